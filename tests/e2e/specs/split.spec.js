// The split wasm (issue 14): a first visit to Today loads only the main module; every other
// screen's module comes when it is first opened, shows a short loading line meanwhile, and
// is precached so that every screen opens offline.
import { test, expect, appReady, expectAccessible, untilControlled, SCREENS } from '../fixtures.js';

const moduleOf = (url) => new URL(url).pathname.match(/\/wasm-[0-9a-f]{16}\/(.+\.wasm)$/)?.[1];

test('Today starts with the main module alone, and another screen fetches its own', async ({ page }) => {
  const fetched = [];
  page.on('request', (request) => {
    const module = moduleOf(request.url());
    if (module) fetched.push(module);
  });
  await page.goto('/');
  await appReady(page);
  await expect(page.locator('main h1')).toHaveText('Today');
  expect(fetched).toEqual(['achilles_bg.wasm']);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'More' }).click();
  await expect(page.locator('main h1')).toHaveText('More');
  expect(fetched).toContain('split_other_screens.wasm');
  expect(fetched.length).toBeGreaterThan(1);
});

test('while a screen\'s module is on its way, a loading line stands in, never a blank page', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/split_other_screens\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await appReady(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opening' })).toBeVisible();
  release();
  await expect(page.locator('main h1')).toHaveText('Journal');
  await expect(page.getByRole('status').filter({ hasText: 'Opening' })).toHaveCount(0);
});

// Without a service worker, whose precache would otherwise answer the second attempt.
test.describe('with the network failing and no service worker yet', () => {
  test.use({ serviceWorkers: 'block' });

  test('a module that cannot be downloaded gives a plain message and a retry, and the app keeps running', async ({ page, guard }) => {
    const rehab = /split_other_screens\.wasm$/;
    await page.route(rehab, (route) => route.abort());
    await page.goto('/');
    await appReady(page);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Rehab' }).click();
    await expect(page.getByRole('alert')).toContainText('This page could not be opened');
    await expect(page.getByRole('alert')).toContainText('everything you entered is kept');
    await expectAccessible(page, 'a module that did not download');
    // The app did not stop: another screen still opens.
    await nav.getByRole('link', { name: 'Today' }).click();
    await expect(page.locator('main h1')).toHaveText('Today');
    // Coming back tries again (a failure is not remembered), and fails again while the download fails.
    await nav.getByRole('link', { name: 'Rehab' }).click();
    await expect(page.getByRole('alert')).toContainText('This page could not be opened');
    // Once the connection is back, "Try again" opens the screen.
    await page.unroute(rehab);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('main h1')).toHaveText('Exercise programme');
    // The console shows the failed downloads, as it should, and nothing else.
    const download = /^(Failed to load resource: net::ERR_FAILED|TypeError: Failed to fetch)/;
    expect(guard.errors.length).toBeGreaterThan(0);
    expect(guard.errors.filter((e) => !download.test(e))).toEqual([]);
    guard.errors.splice(0);
  });
});

test('offline, every screen opens, its module from the precache', async ({ page, context }) => {
  await page.goto('/');
  await appReady(page);
  await untilControlled(page);
  await context.setOffline(true);
  for (const [, url, heading] of SCREENS) {
    await page.goto(url);
    await expect(page.locator('main h1'), url).toHaveText(heading);
  }
});
