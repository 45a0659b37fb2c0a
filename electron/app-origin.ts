/**
 * The app's own origin. Everything the window loads comes from app://bundle/; any other URL is foreign.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for URLs served by our protocol handler (scheme and host both match). */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/**
 * Requests the session lets through: our own origin, blob: URLs minted by our origin (evidence previews,
 * workers) and, in development builds only (`allowDevTools`), devtools:. Everything else (http, https,
 * file, ws, data for fetches...) is cancelled.
 */
export function isAllowedRequestUrl(url: string, allowDevTools = false): boolean {
  if (isAppUrl(url)) return true;
  if (/^devtools:/i.test(url)) return allowDevTools;
  if (url.startsWith('blob:')) return isAppUrl(url.slice('blob:'.length));
  return false;
}

/**
 * Navigation stays on the entry document: only the hash (the renderer's router) may change. Anything else —
 * another path of our origin, another origin, a file — is denied.
 */
export function isAllowedNavigation(url: string): boolean {
  const parsed = parse(url);
  if (parsed === null || !isAppUrl(url)) return false;
  return parsed.pathname === '/index.html' || parsed.pathname === '/';
}
