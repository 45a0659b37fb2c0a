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

createRoot(root).render(
  <StrictMode>
    <App store={createStore(openDatabase())} platform={detectPlatform()} />
  </StrictMode>,
);
