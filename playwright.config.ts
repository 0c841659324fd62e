import { defineConfig } from '@playwright/test';

// E2E tests run against the stand-in MAX web (tests/standin/) with the built extension (.output/chrome-mv3);
// `npm run test:e2e` builds it first. The browser is launched by tests/e2e/fixtures.ts (findChromium).
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['line']] : [['list']],
  outputDir: 'test-results',
  use: {
    headless: true,
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
