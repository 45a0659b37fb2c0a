/**
 * The one Content-Security-Policy of the app. The app:// protocol handler sends it as a header on every
 * response; the renderer's index.html carries the same string in a meta tag so the browser build gets it too.
 * Nothing is loaded from anywhere but the app's own origin; blob: and data: only where images, fonts and
 * workers need them. 'wasm-unsafe-eval' lets the SHA-256 workers compile the WebAssembly module bundled in
 * the app's own script (hash-wasm); it allows no JavaScript eval and no script from elsewhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self' data:",
  "connect-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
