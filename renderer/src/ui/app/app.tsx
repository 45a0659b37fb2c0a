import { Suspense } from 'react';
import type { Store } from '../../data';
import type { Platform } from '../../platform';
import { AppProvider } from './app-context';
import { AutoBackupProvider } from '../auto-backup/auto-backup-context';
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
export function App({ store, platform }: { store: Store; platform: Platform }) {
  return (
    <AppProvider store={store} platform={platform}>
      <IdentityProvider>
        <AutoBackupProvider>
          <ImportInboxProvider>
            <Routed />
          </ImportInboxProvider>
        </AutoBackupProvider>
      </IdentityProvider>
    </AppProvider>
  );
}
