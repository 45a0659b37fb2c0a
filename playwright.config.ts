import { defineConfig } from '@playwright/test';

// Journeys run in Debian's Chromium against the built renderer served on loopback.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  webServer: {
    command: 'node scripts/serve.mjs --port 4719',
    url: 'http://127.0.0.1:4719/',
    reuseExistingServer: false,
    timeout: 30_000,
  },
  use: { baseURL: 'http://127.0.0.1:4719/' },
});
