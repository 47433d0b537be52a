// The app shell: it mounts cleanly, every screen is reachable by URL and by keyboard,
// and every screen passes axe-core.
import { test, expect, appReady, expectAccessible, SCREENS, TABS } from '../fixtures.js';

for (const [, url, heading] of SCREENS) {
  test(`${url} opens by URL and passes axe`, async ({ page }) => {
    await page.goto(url);
    await appReady(page);
    await expect(page.locator('main h1')).toHaveText(heading);
    await expectAccessible(page, url);
  });
}

test('navigation works by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  // The first Tab reaches the skip link; Enter moves focus to the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [name, heading] of TABS) {
    const link = nav.getByRole('link', { name, exact: true });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toHaveText(heading);
    await expect(link).toHaveAttribute('aria-current', 'page');
  }
  // The places that are not tabs are one step further, from More.
  for (const [name, heading] of [
    ['Exercises', 'Exercises'],
    ['My data', 'My data'],
    ['About this app', 'About this app'],
  ]) {
    await nav.getByRole('link', { name: 'More', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toHaveText('More');
    await page.locator('main').getByRole('link', { name }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toHaveText(heading);
  }
});

test('works at 320 px wide without sideways scrolling, in dark mode too', async ({ page }) => {
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 320, height: 640 });
    for (const url of ['/', '/check', '/journal', '/function-check', '/trends', '/risk', '/summary', '/programme', '/run', '/exercises', '/my-data', '/about']) {
      await page.goto(url);
      await appReady(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${url} in ${colorScheme}`).toBeLessThanOrEqual(0);
      await expectAccessible(page, `${url} (${colorScheme}, 320 px)`);
    }
  }
});

test('touch targets are at least 44 px tall', async ({ page }) => {
  for (const url of ['/', '/check', '/journal', '/function-check', '/trends', '/risk', '/summary', '/programme', '/run', '/exercises', '/my-data', '/about']) {
    await page.goto(url);
    await appReady(page);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('button, .button, nav a, label.option')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => [el.textContent.trim().slice(0, 30), el.getBoundingClientRect().height])
        .filter(([, h]) => h < 44)
    );
    expect(small, url).toEqual([]);
  }
});

test('the page carries a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain('unsafe-inline');
});

test('the accessibility check itself catches a real violation', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  // An image with no text alternative and a button with no name: axe must object.
  await page.evaluate(() => {
    document.querySelector('main').insertAdjacentHTML('beforeend', '<img src="icons/icon-192.png"><button></button>');
  });
  await expect(expectAccessible(page, 'planted violation')).rejects.toThrow(/image-alt|button-name/);
});

test('the loading text goes as the app mounts, and Today marks start-up once', async ({ page }) => {
  // index.html holds a loading text for slow networks; it must not linger under the app.
  const html = await (await page.request.get('/')).text();
  expect(html).toContain('id="boot"');
  await page.goto('/');
  await appReady(page);
  await expect(page.locator('#boot')).toHaveCount(0);
  // `make bench` measures start-up to this mark: set once, after Today rendered.
  const marks = () => page.evaluate(() => performance.getEntriesByName('achilles:today-ready').length);
  await expect.poll(marks).toBe(1);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'More' }).click();
  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(page.locator('main h1')).toHaveText('Today');
  expect(await marks()).toBe(1);
  // A start on another screen has no Today start-up to mark.
  await page.goto('/about');
  await appReady(page);
  expect(await marks()).toBe(0);
});

test('start-up on Today reads the recent records first, and the whole history right after', async ({ page }) => {
  // Two runs ten and zero days ago make a spike Today must show at once; a run saved a year
  // ago is history, read after the first paint.
  const day = (offset) => new Date(Date.now() - offset * 86_400_000);
  const run = (when, metres) => JSON.stringify({
    version: 1,
    data: {
      id: when.getTime(), date: when.toLocaleDateString('en-CA'), metres, seconds: 1800,
      terrain: 'road', shoe: null, kind: 'easy', pain_during: 0, pain_after: 0,
    },
  });
  await page.goto('/about');
  await page.evaluate((runs) => runs.forEach(([key, text]) => localStorage.setItem(key, text)), [
    [`achilles.run.${day(400).getTime()}`, run(day(400), 21_100)],
    [`achilles.run.${day(10).getTime()}`, run(day(10), 5_000)],
    [`achilles.run.${day(0).getTime()}`, run(day(0), 9_000)],
  ]);
  await page.goto('/');
  await appReady(page);
  await expect(page.locator('.card').filter({ hasText: 'Load warning' })).toContainText('80% longer');
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(page.locator('.entry-list').last().locator('li')).toHaveCount(3);
  await expect(page.locator('.entry-list').last()).toContainText('21.1 km');
});

test('the server compresses like a static host, and the app still loads', async ({ page }) => {
  const wasm = (await (await page.request.get('/')).text()).match(/href="\/?([^"]+\.wasm)"/);
  expect(wasm).not.toBeNull();
  const response = await page.request.get('/' + wasm[1], { headers: { 'Accept-Encoding': 'gzip' } });
  expect(response.headers()['content-encoding']).toBe('gzip');
  expect(response.headers()['content-type']).toBe('application/wasm');
});
