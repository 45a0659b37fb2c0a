#!/usr/bin/env node
// `npm run bench`: prints the speed figures PRODUCT.md sets targets for. Figures, not assertions: a slow
// machine prints slow numbers; tests never time anything.
import { execFileSync, execSync } from 'node:child_process';
import { withBrowser } from './bench/browser.mjs';
import { startBuiltApp, startModuleServer } from './bench/servers.mjs';
import { benchAppReady } from './bench/app-ready.mjs';
import { benchStorage } from './bench/storage.mjs';
import { benchHashing } from './bench/hashing.mjs';

function print(title, rows) {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
}

/** Runs a Node benchmark bundled by esbuild as native ESM (tsx's CommonJS interop slows hot loops 10×). */
function nodeBench(name) {
  execSync(
    `npx esbuild scripts/bench/${name}.ts --bundle --platform=node --format=esm --packages=external --outfile=.bench/${name}.mjs --log-level=warning`,
    { stdio: 'inherit' },
  );
  return JSON.parse(
    execFileSync(process.execPath, [`.bench/${name}.mjs`], { encoding: 'utf8', maxBuffer: 1 << 24 }),
  );
}

// `npm run bench -- startup` (or any of: report, node, startup, storage) runs only those parts. The servers'
// ports come from AIRR_BENCH_PORT (the app; the module server takes the next one) so two runs can share a machine.
const ALL = ['report', 'node', 'startup', 'storage', 'hashing'];
const parts = new Set(process.argv.slice(2).length > 0 ? process.argv.slice(2) : ALL);
for (const part of parts)
  if (!ALL.includes(part)) throw new Error(`Unknown bench part "${part}": ${ALL.join(', ')}.`);
const PORT = Number(process.env.AIRR_BENCH_PORT ?? 4790);

if (parts.has('report')) print('Signed PDF report', nodeBench('report'));
if (parts.has('node'))
  print(
    `Export and import in Node (AIRR_BENCH_MB=${process.env.AIRR_BENCH_MB ?? 1024})`,
    nodeBench('export-import'),
  );
if (parts.has('startup') || parts.has('storage') || parts.has('hashing')) {
  execSync('npm run build:renderer', { stdio: 'ignore' });
  const app = await startBuiltApp(PORT);
  const modules = await startModuleServer(PORT + 1);
  try {
    await withBrowser(async (context) => {
      if (parts.has('startup')) print('Start-up', (await benchAppReady(context, app.url)).rows);
      if (parts.has('storage')) print('Storage', await benchStorage(context, modules.url));
      if (parts.has('hashing'))
        print(
          `SHA-256 in Chromium (AIRR_BENCH_HASH_MB=${process.env.AIRR_BENCH_HASH_MB ?? 128})`,
          await benchHashing(context, modules.url),
        );
    });
  } finally {
    app.stop();
    await modules.stop();
  }
}
