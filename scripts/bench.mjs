#!/usr/bin/env node
// `npm run bench`: prints the speed figures PRODUCT.md sets targets for. Figures, not assertions: a slow
// machine prints slow numbers; tests never time anything.
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { withBrowser } from './bench/browser.mjs';
import { startBuiltApp, startModuleServer } from './bench/servers.mjs';
import { benchAppReady } from './bench/app-ready.mjs';
import { benchStorage } from './bench/storage.mjs';
import { benchHashing } from './bench/hashing.mjs';
import { benchLibraryUi } from './bench/library-ui.mjs';
import { benchRendererPath, growthRows } from './bench/renderer-path.mjs';
import { flatResults } from './bench/results.mjs';

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
    execFileSync(process.execPath, [`.bench/${name}.mjs`], { encoding: 'utf8', maxBuffer: 1 << 26 }),
  );
}

// `npm run bench -- startup` (or any of the parts in ALL) runs only those parts. The servers' ports come from
// AIRR_BENCH_PORT (the app; the module server takes the next one) so two runs can share a machine. The
// figures also go to .bench/results.json (ratios are app ÷ reference: higher is better, except start-up).
const ALL = ['startup', 'library', 'renderer', 'node', 'report', 'storage', 'hashing'];
const parts = new Set(process.argv.slice(2).length > 0 ? process.argv.slice(2) : ALL);
for (const part of parts)
  if (!ALL.includes(part)) throw new Error(`Unknown bench part "${part}": ${ALL.join(', ')}.`);
const PORT = Number(process.env.AIRR_BENCH_PORT ?? 4790);
const BENCH_MB = Number(process.env.AIRR_BENCH_MB ?? 1024);
const results = { measuredAt: new Date().toISOString(), parts: [...parts], benchMB: BENCH_MB };

if (['startup', 'library', 'renderer', 'storage', 'hashing'].some((part) => parts.has(part))) {
  // The same 10,000 realistic headers for the library in the real screen and in the storage modules.
  const headers = nodeBench('library-headers');
  execSync('npm run build:renderer', { stdio: 'ignore' });
  const app = await startBuiltApp(PORT);
  const modules = await startModuleServer(PORT + 1);
  try {
    if (parts.has('startup')) {
      const startup = await withBrowser((context) => benchAppReady(context, app.url));
      print('Start-up', startup.rows);
      results.startup = startup.figures;
    }
    if (parts.has('library')) {
      const library = await withBrowser((context) => benchLibraryUi(context, app.url, headers));
      print('Library of 10,000 in the real screen (built app)', library.rows);
      results.library = library.figures;
    }
    if (parts.has('renderer')) {
      const renderer = await benchRendererPath(app.url, BENCH_MB);
      print(`Renderer path: the built app in Chromium (AIRR_BENCH_MB=${BENCH_MB})`, renderer.rows);
      results.renderer = renderer.figures;
    }
    // AIRR_BENCH_GROWTH=128,512,1024,2048 repeats the journey at each size (long: tens of minutes at 2 GB).
    const growth = (process.env.AIRR_BENCH_GROWTH ?? '').split(',').filter(Boolean).map(Number);
    if (parts.has('renderer') && growth.length > 0) {
      const runs = [];
      for (const megabytes of growth)
        runs.push({ megabytes, figures: (await benchRendererPath(app.url, megabytes)).figures });
      print('Renderer path growth: time per step / browser peak RSS above idle', growthRows(runs));
      results.rendererGrowth = runs;
    }
    await withBrowser(async (context) => {
      if (parts.has('storage')) print('Storage', await benchStorage(context, modules.url, headers));
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
if (parts.has('node')) {
  const rows = nodeBench('export-import');
  print(`Export and import in Node, domain code only (AIRR_BENCH_MB=${BENCH_MB})`, rows);
  results.node = Object.fromEntries(rows);
}
if (parts.has('report')) print('Signed PDF report', nodeBench('report'));

mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/results.json', `${JSON.stringify(flatResults(results), null, 2)}\n`);
console.log('\nFigures written to .bench/results.json');
