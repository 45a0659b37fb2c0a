/**
 * The app:// scheme that serves dist/renderer. A standard, secure scheme gives the renderer a real origin
 * (IndexedDB, WebCrypto, ES modules) without file:// and its broad privileges; the handler only ever reads
 * inside the renderer root (see protocol-path.ts).
 */
import { protocol, type Session } from 'electron';
import { APP_SCHEME } from './app-origin';
import { appResponse } from './app-response';

/** Must run before the app's `ready` event. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export function serveAppScheme(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, (request) => appResponse(rendererRoot, request));
}
