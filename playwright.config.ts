import { defineConfig } from '@playwright/test';

// PW_PORT (and AIRR_RENDERER_OUT for the build) let two e2e runs share a machine.
const PORT = Number(process.env.PW_PORT ?? 4719);

// Journeys run in Debian's Chromium against the built renderer served on loopback.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
  use: { baseURL: `http://127.0.0.1:${PORT}/`, actionTimeout: 20_000, navigationTimeout: 30_000 },
});
