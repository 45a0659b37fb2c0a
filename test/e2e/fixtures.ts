/**
 * Every journey runs in Debian's Chromium with a fresh profile directory, records every request the page
 * makes, and fails if any leaves the app's own origin. `relaunch` reopens the same profile, as a restart or
 * a crash followed by a restart would.
 */
import { test as base, expect, chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** A running app in a fresh profile. `relaunch` closes the browser and reopens the same profile. */
export interface AppSession {
  page: Page;
  relaunch: () => Promise<Page>;
  requests: string[];
}

interface Fixtures {
  app: AppSession;
  page: Page;
  /**
   * Opens the app in another fresh profile (another device) with its own request log; each call is one more
   * profile. Closed, removed and checked for off-origin requests when the test ends.
   */
  openSecondProfile: () => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  app: async ({ baseURL }, use) => {
    const profileDir = mkdtempSync(join(tmpdir(), 'airr-e2e-'));
    const requests: string[] = [];
    let context = await launch(profileDir, requests);
    const open = async () => {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(baseURL ?? '/');
      return page;
    };
    const session: AppSession = {
      page: await open(),
      requests,
      relaunch: async () => {
        await context.close();
        context = await launch(profileDir, requests);
        session.page = await open();
        return session.page;
      },
    };
    await use(session);
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
    assertOnlyOwnOrigin(requests, baseURL ?? '');
  },
  page: async ({ app }, use) => {
    await use(app.page);
  },
  openSecondProfile: async ({ baseURL }, use) => {
    const opened: { dir: string; context: BrowserContext; requests: string[] }[] = [];
    await use(async () => {
      const dir = mkdtempSync(join(tmpdir(), 'airr-e2e-other-'));
      const requests: string[] = [];
      const context = await launch(dir, requests);
      opened.push({ dir, context, requests });
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(baseURL ?? '/');
      return page;
    });
    for (const { dir, context, requests } of opened) {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
      assertOnlyOwnOrigin(requests, baseURL ?? '');
    }
  },
});

async function launch(profileDir: string, requests: string[]): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
  });
  context.on('request', (request) => requests.push(request.url()));
  return context;
}

/** Only the app's own origin, and blob:/data: URLs the app makes itself, may ever be requested. */
export function assertOnlyOwnOrigin(requests: string[], baseURL: string): void {
  const origin = new URL(baseURL).origin;
  const outside = requests.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'),
  );
  expect(outside, 'the app requested something outside its own origin').toEqual([]);
  expect(requests.length, 'the request log recorded the app loading').toBeGreaterThan(0);
}

/**
 * axe-core with WCAG 2.0/2.1 A and AA rules, plus the `region` rule (all content inside landmarks, which
 * screen-reader users navigate by); returns the violations so a test can show them.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const wcag = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const landmarks = await new AxeBuilder({ page }).withRules(['region']).analyze();
  return [...wcag.violations, ...landmarks.violations].map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

export { expect };
