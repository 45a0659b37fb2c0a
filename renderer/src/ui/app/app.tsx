import { Suspense } from 'react';
import type { AirrDatabase } from '../../storage/database';
import type { Platform } from '../../platform/platform';
import { AppProvider } from './app-context';
import { IdentityProvider } from '../identity/identity-provider';
import { ImportInboxProvider } from '../import/import-inbox';
import { Frame } from './frame';
import { useRoute } from './router';
import { resolveRoute } from './routes';

function Routed() {
  const { parts } = useRoute();
  const { section, element } = resolveRoute(parts);
  return (
    <Frame section={section}>
      <Suspense fallback={<p role="status">Loading…</p>}>{element}</Suspense>
    </Frame>
  );
}

/** The whole renderer: services in context, then the routed screen inside the frame. */
export function App({ db, platform }: { db: AirrDatabase; platform: Platform }) {
  return (
    <AppProvider db={db} platform={platform}>
      <IdentityProvider>
        <ImportInboxProvider>
          <Routed />
        </ImportInboxProvider>
      </IdentityProvider>
    </AppProvider>
  );
}
