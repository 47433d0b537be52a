// Navigation on a phone (issue 16): five tabs at the bottom of the screen, within thumb
// reach, each at least 44 px, the current place marked, and the rest one tap away in More.
import { test, expect, appReady, expectAccessible, TABS } from '../fixtures.js';

test.use({ hasTouch: true });

const nav = (page) => page.getByRole('navigation', { name: 'Main' });

for (const width of [320, 360]) {
  test(`at ${width} px the tab bar sits at the bottom and a tap reaches every main place`, async ({ page }) => {
    const height = 640;
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await appReady(page);
    const bar = await nav(page).boundingBox();
    expect(Math.round(bar.y + bar.height)).toBe(height);
    expect(bar.x).toBe(0);
    expect(bar.width).toBe(width);
    for (const [name, heading] of TABS) {
      const tab = nav(page).getByRole('link', { name, exact: true });
      const box = await tab.boundingBox();
      expect(box.height, name).toBeGreaterThanOrEqual(44);
      expect(box.width, name).toBeGreaterThanOrEqual(44);
      await tab.tap();
      await expect(page.locator('main h1')).toHaveText(heading);
      await expect(tab).toHaveAttribute('aria-current', 'page');
      await expect(nav(page).locator('[aria-current="page"]')).toHaveCount(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });
}

test('a deep link marks the tab its screen is under', async ({ page }) => {
  for (const [url, tab] of [
    ['/session', 'Rehab'],
    ['/run', 'Rehab'],
    ['/exercises/drop-jump', 'Rehab'],
    ['/checks', 'Check'],
    ['/checks/12345', 'Check'],
    ['/trends', 'Journal'],
    ['/summary', 'Journal'],
    ['/my-data', 'More'],
    ['/about', 'More'],
  ]) {
    await page.goto(url);
    await appReady(page);
    const current = nav(page).locator('[aria-current="page"]');
    await expect(current, url).toHaveCount(1);
    await expect(current, url).toHaveText(tab);
  }
  // An address the app does not know is under no tab.
  await page.goto('/no/such/page');
  await appReady(page);
  await expect(nav(page).locator('[aria-current="page"]')).toHaveCount(0);
});

test('More lists every place that is not a tab, and each opens', async ({ page }) => {
  const places = [
    ['Exercises', 'Exercises'],
    ['Your heel checks', 'Your heel checks'],
    ['Summary for your physiotherapist', 'Summary for your physiotherapist'],
    ['Back to running', 'Back to running'],
    ['Your risk factors', 'Your risk factors'],
    ['My data', 'My data'],
    ['About this app', 'About this app'],
  ];
  await page.goto('/more');
  await appReady(page);
  await expectAccessible(page, '/more');
  await expect(page.locator('main .place-list a')).toHaveCount(places.length);
  for (const [name, heading] of places) {
    await nav(page).getByRole('link', { name: 'More', exact: true }).tap();
    await expect(page.locator('main h1')).toHaveText('More');
    await page.locator('main').getByRole('link', { name }).tap();
    await expect(page.locator('main h1')).toHaveText(heading);
  }
});

test('the end of a long screen is never hidden behind the tab bar', async ({ page }) => {
  await page.goto('/about');
  await appReady(page);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const last = page.locator('main > section > :last-child');
  const lastBox = await last.boundingBox();
  const bar = await nav(page).boundingBox();
  expect(lastBox.y + lastBox.height).toBeLessThanOrEqual(bar.y);
});

test('on a wide screen the tabs are a row in the header', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('/journal');
  await appReady(page);
  const header = await page.locator('header.app-header').boundingBox();
  const bar = await nav(page).boundingBox();
  expect(bar.y).toBeGreaterThanOrEqual(header.y);
  expect(bar.y + bar.height).toBeLessThanOrEqual(header.y + header.height);
  await expect(nav(page).getByRole('link', { name: 'Journal', exact: true })).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page, '/journal, wide');
});
