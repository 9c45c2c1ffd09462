import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/find-chromium';

export default defineConfig({
  testDir: 'e2e',
  testMatch: /.*\.e2e\.ts$/,
  outputDir: 'e2e/output/test-results',
  timeout: 60_000,
  // A set lands after its diagnosis, which runs in a worker: on two loaded cores that can pass the default 5 s.
  expect: { timeout: 15_000 },
  // Two cores: one worker keeps the browser and backend from starving each other.
  workers: 1,
  retries: 0,
  use: {
    browserName: 'chromium',
    viewport: { width: 1400, height: 900 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
});
