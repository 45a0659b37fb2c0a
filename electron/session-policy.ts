/**
 * Deny by default for the window's session: no request leaves the app origin, no permission is granted
 * (camera, notifications, geolocation, HID, serial...), no download starts behind the app's back (saves go
 * through the save:* channels).
 */
import type { Session } from 'electron';
import { isAllowedRequestUrl } from './app-origin';

export function hardenSession(session: Session): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}
