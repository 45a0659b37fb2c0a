#!/usr/bin/env node
// Launcher for the command-line verifier: builds cli/airr.ts (and the domain code it uses) into one native
// ES module with esbuild on first use or when a source changed, then runs it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.bench', 'airr-cli.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const sources = Math.max(
  newestSource(join(root, 'cli')),
  newestSource(join(root, 'renderer', 'src', 'domain')),
);
if (!existsSync(out) || statSync(out).mtimeMs < sources) {
  const { buildSync } = createRequire(import.meta.url)('esbuild');
  buildSync({
    entryPoints: [join(root, 'cli', 'airr.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: out,
    logLevel: 'warning',
  });
}
process.argv.splice(1, 1, out);
await import(pathToFileURL(out).href);
