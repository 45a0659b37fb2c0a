import { StrictMode, useLayoutEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import '@trussworks/react-uswds/lib/uswds.css';
import '@trussworks/react-uswds/lib/index.css';
import './ui/app/app.css';
import { App } from './ui/app/app';
import { markStart, onReady, START_MARKS } from './ui/common/ready-mark';
import { openDatabase } from './storage/database';
import { createStore, DEFAULT_QUERY, preloadStorageCode } from './data';
import { detectPlatform } from './platform/detect-platform';
import { parseRoute, showsLibrary } from './ui/app/router';
import { PAGE_SIZE } from './ui/library/assessments-page';

markStart(START_MARKS.script);
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

/** Marks the first commit of the whole tree (START_MARKS.rendered), for the bench. */
function FirstCommit({ children }: { children: ReactNode }) {
  useLayoutEffect(() => markStart(START_MARKS.rendered), []);
  return children;
}

const db = openDatabase();
// Opening IndexedDB runs in the browser process: start it now, so it overlaps the first render instead of
// waiting for the first query. A failure shows where the screens read (their queries fail the same way).
void db.open().then(
  () => markStart(START_MARKS.database),
  () => undefined,
);
const store = createStore(db);
// Edits typed just before the last reload, close or crash are applied before any screen can edit the same
// fields (storage/pending-edits.ts); with nothing logged this reads local storage only. Then, if the library
// is the first screen, its first page is read before the first render, so that render shows the rows
// (data/primed-page.ts) instead of "Loading…" and a second render, style and layout for them.
void store
  .replayPendingEdits()
  .catch(() => undefined)
  .then(() =>
    showsLibrary(parseRoute(window.location.hash))
      ? store.primeLibraryPage(DEFAULT_QUERY, 0, PAGE_SIZE)
      : undefined,
  )
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <FirstCommit>
          <App store={store} platform={detectPlatform()} />
        </FirstCommit>
      </StrictMode>,
    ),
  );

// The storage code the library does not need loads once the library shows, while the user reads it, so the
// next screen opens without waiting for it (Chromium and Electron both have requestIdleCallback).
// Then private files an earlier session left (a spool of a sealed import or export) are swept, off the start.
onReady(() => {
  const preload = () => void preloadStorageCode().catch(() => undefined);
  window.requestIdleCallback(preload, { timeout: 2000 });
  const sweep = () =>
    void import('./platform/private-files').then((files) => files.sweepAtStart()).catch(() => undefined);
  window.requestIdleCallback(sweep, { timeout: 5000 });
});
