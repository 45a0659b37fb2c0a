// Starts the two servers the browser benchmarks use: the built app (browser mode) and Vite's dev server,
// through which a benchmark page can import the app's own storage and domain modules unchanged.
import { spawn } from 'node:child_process';
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function startBuiltApp(port) {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (data) => String(data).includes('http://') && resolve());
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}

export async function startModuleServer(port) {
  const server = await createServer({
    configFile: fileURLToPath(new URL('../../renderer/vite.config.mts', import.meta.url)),
    server: { port, host: '127.0.0.1', strictPort: true },
    logLevel: 'error',
  });
  await server.listen();
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}
