/**
 * Builds the response for one app:// request: GET/HEAD only, our host only, a guarded path, and the same
 * security headers on every response (errors included) so no document ever renders without the CSP.
 */
import { readFile } from 'node:fs/promises';
import { APP_HOST } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './csp';
import { mimeTypeFor } from './mime-types';
import { resolveAppPath } from './protocol-path';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

export async function appResponse(root: string, request: { url: string; method: string }): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return plain(400, 'Bad request');
  }
  if (url.host !== APP_HOST) return plain(404, 'Not found');
  const resolved = await resolveAppPath(root, url.pathname);
  if (!resolved.ok) return plain(resolved.code === 'not-found' ? 404 : 403, 'Not found');
  const body = await readFile(resolved.value);
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(resolved.value) },
  });
}
