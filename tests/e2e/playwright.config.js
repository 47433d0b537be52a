// End-to-end tests in Debian's headless Chromium against the release build on 127.0.0.1.
// Playwright never downloads a browser here: executablePath points at /usr/bin/chromium.
import { defineConfig } from '@playwright/test';
import { CHROMIUM, PORT } from './fixtures.js';

export default defineConfig({
  testDir: './specs',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 360, height: 780 },
    // A language with no region: the app falls back to 112 and general words unless a test
    // names a country (the look-alike tests use en-GB).
    locale: 'en',
    launchOptions: CHROMIUM,
    serviceWorkers: 'allow',
  },
  webServer: {
    command: `python3 ../../.ci/serve.py --dir "${process.env.DIST ?? '../../dist'}" --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
