/**
 * Deny by default for the window's session: no request leaves the app origin (devtools: only in development
 * builds), no permission is granted
 * (camera, notifications, geolocation, HID, serial...), no download starts behind the app's back (saves go
 * through the save:* channels).
 */
import type { Session } from 'electron';
import { isAllowedRequestUrl } from './app-origin';

/** `devTools`: whether this build has DevTools (devtools-policy.ts); only then are devtools: requests allowed. */
export function hardenSession(session: Session, options: { devTools: boolean }): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, options.devTools) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}
