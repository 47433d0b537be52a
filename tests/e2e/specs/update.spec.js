// Updates without surprises: a new build served in place of the old one leads to the
// prompt, the page never reloads by itself, and after Reload the new version runs with
// the user's data intact.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, appReady, untilControlled, serve, DIST, DIST_NEXT, answerRestOfPage, PORT } from '../fixtures.js';

test('a new version prompts, waits for the user, and keeps their data', async ({ page }) => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'achilles-host-'));
  cpSync(DIST, root, { recursive: true });
  const host = await serve(root, PORT + 7);
  try {
    await page.goto(host.url);
    await appReady(page);
    await untilControlled(page);
    const oldBuild = await page.locator('meta[name="app-build"]').getAttribute('content');

    // Some user data: a finished heel check.
    await page.goto(host.url + 'check');
    for (let i = 0; i < 8; i++) {
      const title = await page.locator('main h1').textContent();
      await answerRestOfPage(page);
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.locator('main h1')).not.toHaveText(title);
    }
    await page.getByRole('button', { name: 'See my result' }).click();
    await expect(page.locator('main h1')).toHaveText('No clear signs of an Achilles problem');

    // Deploy the next build in place of the first.
    for (const entry of readdirSync(root)) rmSync(path.join(root, entry), { recursive: true, force: true });
    cpSync(DIST_NEXT, root, { recursive: true });
    await page.evaluate(() => { window.__samePage = true; });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

    await expect(page.getByText('A new version is ready.')).toBeVisible({ timeout: 20_000 });
    // It waits for the user: same page, same build, some seconds later.
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => window.__samePage)).toBe(true);
    await expect(page.locator('main h1')).toHaveText('No clear signs of an Achilles problem');

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
    await appReady(page);
    const newBuild = await page.locator('meta[name="app-build"]').getAttribute('content');
    expect(newBuild).not.toEqual(oldBuild);
    await page.goto(host.url + 'about');
    await expect(page.locator('.version')).toContainText('release e2e-next');
    await page.goto(host.url + 'checks');
    await expect(page.locator('.history li')).toHaveCount(1);
    // The old build's cache is gone, the new one's is there.
    const names = await page.evaluate(() => caches.keys());
    expect(names).toEqual([`achilles-${newBuild}`]);
  } finally {
    host.close();
    rmSync(root, { recursive: true, force: true });
  }
});

test('Reload asks first when a form holds input not yet saved', async ({ page }) => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'achilles-host-'));
  cpSync(DIST, root, { recursive: true });
  const host = await serve(root, PORT + 8);
  try {
    await page.goto(host.url);
    await appReady(page);
    await untilControlled(page);
    await page.goto(host.url + 'journal');
    await page.getByLabel('Distance (km)').fill('12.5');

    for (const entry of readdirSync(root)) rmSync(path.join(root, entry), { recursive: true, force: true });
    cpSync(DIST_NEXT, root, { recursive: true });
    await page.evaluate(() => { window.__samePage = true; });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await expect(page.getByText('A new version is ready.')).toBeVisible({ timeout: 20_000 });

    await page.getByRole('button', { name: 'Reload' }).click();
    const prompt = page.locator('.update-prompt');
    await expect(prompt.getByRole('alert')).toContainText('You have typed something not yet saved (the run form)');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => window.__samePage)).toBe(true);
    await expect(page.getByLabel('Distance (km)')).toHaveValue('12.5');
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload anyway' }).click()]);
    await appReady(page);
  } finally {
    host.close();
    rmSync(root, { recursive: true, force: true });
  }
});
