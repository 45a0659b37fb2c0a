// App ready (renderer load → interactive library screen) against a blank page's load, same browser, loopback,
// with where the app's time goes: its HTML, script (parse, compile, run), style and layout, the first paint.
import { createServer } from 'node:http';
import { median } from './browser.mjs';

const RUNS = 10;
/** Keep in step with READY_MARK and START_MARKS in renderer/src/ui/common/ready-mark.ts. */
const READY_MARK = 'airr:ready';
const START_MARKS = { script: 'airr:script', database: 'airr:database', rendered: 'airr:rendered' };

async function blankServer() {
  const server = createServer((_, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>blank</title>'),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, stop: () => server.close() };
}

/** Main-thread time Chromium spent on the page so far, in ms (CDP Performance metrics). */
async function mainThreadTimes(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return {
    script: value('ScriptDuration'),
    style: value('RecalcStyleDuration'),
    layout: value('LayoutDuration'),
  };
}

/** Navigation, paint and resource timings of the page, read in it, up to `until` (ms since navigation). */
function pageTimings({ until, marks }) {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  const navigation = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByName('first-paint')[0];
  const bytes = { script: 0, css: 0, font: 0 };
  for (const entry of performance.getEntriesByType('resource')) {
    if (entry.startTime > until) continue;
    const kind = /\.js$/.test(entry.name)
      ? 'script'
      : /\.css$/.test(entry.name)
        ? 'css'
        : /\.woff2?$/.test(entry.name)
          ? 'font'
          : null;
    if (kind) bytes[kind] += entry.decodedBodySize;
  }
  return {
    html: navigation.responseEnd,
    domContentLoaded: navigation.domContentLoadedEventEnd,
    firstPaint: paint?.startTime ?? NaN,
    script: at(marks.script),
    database: at(marks.database),
    rendered: at(marks.rendered),
    bytes,
  };
}

async function loadBlank(context, url) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  } finally {
    await page.close();
  }
}

async function loadApp(context, url) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    // The app marks the moment its library first shows results (renderer/src/ui/common/ready-mark.ts);
    // reading the mark's time, not "now" after Playwright's polling, keeps the round trips out of it.
    const handle = await page.waitForFunction(
      (name) => performance.getEntriesByName(name)[0]?.startTime,
      READY_MARK,
    );
    // Read at once: the main-thread totals then include little beyond the ready mark.
    const thread = await mainThreadTimes(cdp);
    const ready = await handle.jsonValue();
    const timings = await page.evaluate(pageTimings, { until: ready, marks: START_MARKS });
    await page.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor();
    await page.getByRole('link', { name: 'New assessment' }).waitFor();
    return { ready, ...timings, thread };
  } finally {
    await page.close();
  }
}

/**
 * Loads a blank page and the app alternately, RUNS times each, in one browser profile (as a user starts the
 * app again and again). Returns the printed rows and the medians for .bench/results.json.
 */
export async function benchAppReady(context, appUrl) {
  const blank = await blankServer();
  const blankTimes = [];
  const runs = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      blankTimes.push(await loadBlank(context, blank.url));
      runs.push(await loadApp(context, appUrl));
    }
  } finally {
    blank.stop();
  }
  const of = (pick) => median(runs.map(pick));
  const blankMs = median(blankTimes);
  const figures = {
    blankMs,
    readyMs: of((run) => run.ready),
    htmlMs: of((run) => run.html),
    domContentLoadedMs: of((run) => run.domContentLoaded),
    firstPaintMs: of((run) => run.firstPaint),
    scriptRunMs: of((run) => run.script),
    databaseOpenMs: of((run) => run.database),
    renderedMs: of((run) => run.rendered),
    scriptMs: of((run) => run.thread.script),
    styleMs: of((run) => run.thread.style),
    layoutMs: of((run) => run.thread.layout),
    scriptKB: of((run) => run.bytes.script) / 1000,
    cssKB: of((run) => run.bytes.css) / 1000,
    fontKB: of((run) => run.bytes.font) / 1000,
  };
  figures.readyOverBlank = figures.readyMs / blankMs;
  const ms = (value) => `${value.toFixed(1)} ms`;
  const rows = [
    [`blank page load (median of ${RUNS})`, ms(blankMs)],
    ['app: HTML received', ms(figures.htmlMs)],
    ['app: start chunk evaluated (main.tsx runs)', ms(figures.scriptRunMs)],
    ['app: scripts run, DOMContentLoaded', ms(figures.domContentLoadedMs)],
    ['app: database open (its backing store warmed by the early script)', ms(figures.databaseOpenMs)],
    ['app: first render committed', ms(figures.renderedMs)],
    ['app: first paint', ms(figures.firstPaintMs)],
    ['app ready: library results shown', ms(figures.readyMs)],
    ['  main thread until ready: script (parse, compile, run)', ms(figures.scriptMs)],
    ['  main thread until ready: style recalculation', ms(figures.styleMs)],
    ['  main thread until ready: layout', ms(figures.layoutMs)],
    [
      '  loaded before ready: script / CSS / fonts',
      `${figures.scriptKB.toFixed(0)} / ${figures.cssKB.toFixed(0)} / ${figures.fontKB.toFixed(0)} kB`,
    ],
    ['app ready ÷ blank page (target ≤ 3)', figures.readyOverBlank.toFixed(2)],
  ];
  return { rows, figures };
}
