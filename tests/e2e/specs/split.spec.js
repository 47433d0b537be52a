// The split wasm (issue 14): a first visit to Today loads only the main module; every other
// screen's module comes when it is first opened, shows a short loading line meanwhile, and
// is precached so that every screen opens offline.
import { test, expect, appReady, untilControlled } from '../fixtures.js';

const SCREENS = [
  ['/check', 'Signs of a tear'],
  ['/checks', 'Your heel checks'],
  ['/checks/12345', 'Check not found'],
  ['/journal', 'Journal'],
  ['/function-check', 'Function check'],
  ['/trends', 'Trends'],
  ['/risk', 'Your risk factors'],
  ['/summary', 'Summary for your physiotherapist'],
  ['/programme', 'Exercise programme'],
  ['/session', 'No session to run'],
  ['/run', 'Back to running'],
  ['/exercises', 'Exercises'],
  ['/exercises/drop-jump', 'Drop jump'],
  ['/my-data', 'My data'],
  ['/about', 'About this app'],
  ['/no/such/page', 'Page not found'],
];

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
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' }).click();
  await expect(page.locator('main h1')).toHaveText('About this app');
  expect(fetched).toContain('split_my_data_screens.wasm');
  expect(fetched.length).toBeGreaterThan(1);
});

test('while a screen\'s module is on its way, a loading line stands in, never a blank page', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/split_journal_screens\.wasm$/, async (route) => {
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

test('offline, every screen opens, its module from the precache', async ({ page, context }) => {
  await page.goto('/');
  await appReady(page);
  await untilControlled(page);
  await context.setOffline(true);
  for (const [url, heading] of SCREENS) {
    await page.goto(url);
    await expect(page.locator('main h1'), url).toHaveText(heading);
  }
});
