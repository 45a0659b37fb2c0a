// App ready (renderer load → interactive library screen) against a blank page's load, same browser, loopback.
import { createServer } from 'node:http';
import { median } from './browser.mjs';

const RUNS = 10;
/** Keep in step with READY_MARK in renderer/src/ui/common/ready-mark.ts. */
const READY_MARK = 'airr:ready';

async function blankServer() {
  const server = createServer((_, res) =>
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>blank</title>'),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, stop: () => server.close() };
}

export async function benchAppReady(context, appUrl) {
  const blank = await blankServer();
  const blankTimes = [];
  const appTimes = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const page = await context.newPage();
      await page.goto(blank.url, { waitUntil: 'load' });
      blankTimes.push(await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd));
      await page.close();
      const app = await context.newPage();
      await app.goto(appUrl);
      // The app marks the moment its library first shows results (renderer/src/ui/common/ready-mark.ts);
      // reading the mark's time, not "now" after Playwright's polling, keeps the round trips out of it.
      const ready = await app.waitForFunction(
        (name) => performance.getEntriesByName(name)[0]?.startTime,
        READY_MARK,
      );
      appTimes.push(await ready.jsonValue());
      await app.getByRole('heading', { level: 1, name: 'Assessments' }).waitFor();
      await app.getByRole('link', { name: 'New assessment' }).waitFor();
      await app.close();
    }
  } finally {
    blank.stop();
  }
  const blankMs = median(blankTimes);
  const appMs = median(appTimes);
  return [
    ['blank page load (median of 10)', `${blankMs.toFixed(1)} ms`],
    ['app ready: navigation start to library results shown (median of 10)', `${appMs.toFixed(1)} ms`],
    ['app ready ÷ blank page (target ≤ 3)', (appMs / blankMs).toFixed(2)],
  ];
}
