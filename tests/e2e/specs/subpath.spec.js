// Hosted under a sub-path (as on GitHub Pages): routes, the service worker's scope and
// offline start all stay inside /achilles/.
import { test, expect, appReady, untilControlled, serve, DIST_SUBPATH, PORT } from '../fixtures.js';

test('the app works from /achilles/, online and offline', async ({ page, context }) => {
  const host = await serve(DIST_SUBPATH, PORT + 8, '/achilles/');
  try {
    await page.goto(host.url);
    await appReady(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check', exact: true }).click();
    await expect(page).toHaveURL(host.url + 'check');
    await expect(page.locator('main h1')).toHaveText('Signs of a tear');
    await untilControlled(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(host.url);

    await page.goto(host.url + 'about');
    await expect(page.locator('main h1')).toHaveText('About this app');
    await context.setOffline(true);
    await page.goto(host.url + 'checks');
    await expect(page.locator('main h1')).toHaveText('Your heel checks');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await expect(page).toHaveURL(host.url);
  } finally {
    await context.setOffline(false);
    host.close();
  }
});
