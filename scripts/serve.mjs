#!/usr/bin/env node
// Browser mode: serves the built renderer (dist/renderer) on 127.0.0.1 only, with the same
// Content-Security-Policy the HTML carries, so any Chromium can run the app without Electron.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(
  process.env.AIRR_RENDERER_OUT ?? fileURLToPath(new URL('../dist/renderer', import.meta.url)),
);
const portArg = process.argv.indexOf('--port');
const PORT = portArg > 0 ? Number(process.argv[portArg + 1]) : Number(process.env.PORT ?? 4173);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

// Everything Vite writes under assets/ has its content's hash in its name, so a browser may keep it for good:
// a later start then reads the scripts from its disk cache, with V8's compiled code cached beside them, instead
// of fetching and compiling 400 kB again. index.html names those files and is never kept, so a new build shows.
const ASSETS = join(ROOT, 'assets') + sep;
const IMMUTABLE = 'public, max-age=31536000, immutable';

let csp = '';
try {
  const html = await readFile(join(ROOT, 'index.html'), 'utf8');
  csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
} catch {
  console.error('No build found in dist/renderer: run `npm run build:renderer` first.');
  process.exit(1);
}

function resolveInside(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = normalize(join(ROOT, decoded === '/' ? '/index.html' : decoded));
  return candidate === ROOT || candidate.startsWith(ROOT + sep) ? candidate : null;
}

const server = createServer(async (req, res) => {
  const file = req.method === 'GET' || req.method === 'HEAD' ? resolveInside(req.url ?? '/') : null;
  if (!file) {
    res.writeHead(req.method === 'GET' ? 400 : 405).end();
    return;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': file.startsWith(ASSETS) ? IMMUTABLE : 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404).end();
  }
});

server.on('error', (error) => {
  const why =
    error.code === 'EADDRINUSE' ? 'is already in use' : `cannot be used (${error.code ?? error.message})`;
  console.error(`Port ${PORT} on 127.0.0.1 ${why}: set PORT to another port number and try again.`);
  process.exit(1);
});

server.listen(PORT, '127.0.0.1', () => {
  console.log(
    `AIRR Assessor (browser mode) at http://127.0.0.1:${PORT}/ — open it in Chromium; Ctrl+C stops.`,
  );
});
