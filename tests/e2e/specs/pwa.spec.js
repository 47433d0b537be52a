// Installable and offline: the manifest passes Chrome's installability checks, and once
// the service worker is in control the app starts and works with no network at all.
import { chromium } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, appReady, untilControlled, CHROMIUM, answerRestOfPage, DIST } from '../fixtures.js';
import { CEILING, measureVisit } from '../../../bench/bytes.mjs';

test('Chrome reports no installability errors', async ({ baseURL }) => {
  // The default context is incognito, which Chrome never installs from: use a fresh profile.
  const profile = mkdtempSync(path.join(os.tmpdir(), 'achilles-profile-'));
  const context = await chromium.launchPersistentContext(profile, { ...CHROMIUM, viewport: { width: 360, height: 780 } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(baseURL + '/');
    await appReady(page);
    await untilControlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the manifest names the app and offers regular and maskable icons', async ({ request }) => {
  const res = await request.get('/manifest.webmanifest');
  expect(res.headers()['content-type']).toContain('application/manifest+json');
  const m = await res.json();
  expect(m).toMatchObject({ short_name: 'Achilles', display: 'standalone', start_url: './', scope: './' });
  const sizes = m.icons.map((i) => `${i.sizes} ${i.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of m.icons) {
    expect((await request.get('/' + icon.src)).ok(), icon.src).toBeTruthy();
  }
});

test('after the first visit the app starts and works offline', async ({ page, context }) => {
  await page.goto('/');
  await appReady(page);
  await untilControlled(page);
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Today');
  // A deep link that was never visited comes from the cached app shell.
  await page.goto('/about');
  await expect(page.locator('main h1')).toHaveText('About this app');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check', exact: true }).click();
  await expect(page.locator('main h1')).toHaveText('Signs of a tear');
  await answerRestOfPage(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('main h1')).toHaveText('When it started');
});

test('the service worker precaches every file of the build under a build-specific cache', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await untilControlled(page);
  const { names, cached, build } = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names[0]);
    const cached = (await cache.keys()).map((r) => new URL(r.url).pathname);
    const build = document.querySelector('meta[name="app-build"]').content;
    return { names, cached, build };
  });
  expect(names).toEqual([`achilles-${build}`]);
  // The app shell (index.html) is kept under the scope's own URL, the one a visit loads.
  expect(cached).toEqual(expect.arrayContaining(['/', '/manifest.webmanifest', '/icons/favicon.svg']));
  // The icons only installing uses are fetched by the browser when it installs the app and
  // kept by the system; precaching them would add 43 KB to every first visit.
  expect(cached).not.toContain('/icons/icon-512.png');
  // The split wasm: the main module with its bindings, and every other screen's module, so
  // each screen opens offline.
  const wasmDir = readdirSync(DIST).find((f) => /^wasm-[0-9a-f]{16}$/.test(f));
  expect(wasmDir).toBeTruthy();
  expect(cached).toEqual(expect.arrayContaining([`/${wasmDir}/achilles_bg.wasm`, `/${wasmDir}/achilles.js`, `/${wasmDir}/__wasm_split.js`]));
  const modules = readdirSync(path.join(DIST, wasmDir)).filter((f) => f.endsWith('.wasm'));
  // The main module, the check's, the other screens' and the chunk they share.
  expect(modules.length).toBeGreaterThanOrEqual(4);
  expect(cached).toEqual(expect.arrayContaining(modules.map((f) => `/${wasmDir}/${f}`)));
  expect(cached.filter((p) => p.endsWith('.css')).length).toBeGreaterThanOrEqual(4);
});

// Counted at the server, where the service worker's own requests show too, by the same
// measurement as the byte check (bench/bytes.mjs). A browser of its own: the suite's guard
// routes every request through Playwright, which turns the HTTP cache off, and the HTTP
// cache is the point here.
test('a first visit sends each file once, the service worker\'s precache included', async () => {
  const visit = await measureVisit(DIST, 4190);
  expect(visit.sentTwice, 'files sent more than once').toEqual([]);
  // Everything precached arrived, the main wasm module among it.
  expect(visit.mainWasm).toBeGreaterThan(0);
  console.log(`first visit: ${visit.whole.responses} responses, ${visit.whole.bytes} bytes`);
  expect(visit.whole.bytes).toBeLessThanOrEqual(CEILING.firstVisitGzip);
});
