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

print('Signed PDF report', nodeBench('report'));
print(`Export and import (AIRR_BENCH_MB=${process.env.AIRR_BENCH_MB ?? 1024})`, nodeBench('export-import'));
execSync('npm run build:renderer', { stdio: 'ignore' });
const app = await startBuiltApp(4790);
const modules = await startModuleServer(4791);
try {
  await withBrowser(async (context) => {
    print('Start-up', await benchAppReady(context, app.url));
    print('Storage', await benchStorage(context, modules.url));
    print(
      `SHA-256 in Chromium (AIRR_BENCH_HASH_MB=${process.env.AIRR_BENCH_HASH_MB ?? 128})`,
      await benchHashing(context, modules.url),
    );
  });
} finally {
  app.stop();
  await modules.stop();
}
