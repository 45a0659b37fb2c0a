import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@trussworks/react-uswds/lib/uswds.css';
import '@trussworks/react-uswds/lib/index.css';
import './ui/app/app.css';
import { App } from './ui/app/app';
import { openDatabase } from './storage/database';
import { createStore } from './data';
import { detectPlatform } from './platform/detect-platform';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

const store = createStore(openDatabase());
// Edits typed just before the last reload, close or crash are applied before any screen can edit the same
// fields (storage/pending-edits.ts); with nothing logged this reads local storage only.
void store
  .replayPendingEdits()
  .catch(() => undefined)
  .then(() =>
    createRoot(root).render(
      <StrictMode>
        <App store={store} platform={detectPlatform()} />
      </StrictMode>,
    ),
  );
