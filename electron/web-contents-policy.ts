/**
 * Applied to every webContents the app ever creates: navigation only within our entry document (the hash
 * router), no new windows, no <webview>. Links to outside sites are simply dead: the app is offline.
 */
import type { WebContents } from 'electron';
import { isAllowedNavigation } from './app-origin';

export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
