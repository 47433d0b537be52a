// Stored data that cannot be read is reported, kept byte for byte, downloadable, never
// overwritten, and removed only at the user's confirmed request; the rest of the app works,
// and what was done in the meantime is saved once the broken value is gone.
import { readFileSync } from 'node:fs';
import { test, expect, appReady } from '../fixtures.js';

const CORRUPT = '{"version":1,"data":[{"id":1,"date":"2026-02-30"';

test('a corrupt history is reported, kept, downloadable, and discarded only when confirmed', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await page.evaluate((raw) => localStorage.setItem('achilles.checks', raw), CORRUPT);
  await page.reload();
  await appReady(page);

  const notice = page.locator('.notice-error').filter({ hasText: 'We could not read your heel-check history' });
  await expect(notice).toContainText('We could not read your heel-check history');
  await expect(notice).toContainText('left exactly as it was');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Download the raw text' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe(CORRUPT);

  // The rest of the app still works, and a new check is not allowed to overwrite the old text.
  await page.goto('/check');
  for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.locator('main h1')).toHaveText('No clear signs of an Achilles problem');
  const notSaved = page.getByRole('alert').filter({ hasText: 'Not saved, to protect your heel-check history' });
  await expect(notSaved).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('achilles.checks'))).toBe(CORRUPT);

  // Discard asks first; "Keep it" keeps it.
  await notice.getByRole('button', { name: 'Discard it…' }).click();
  await notice.getByRole('button', { name: 'Keep it' }).click();
  expect(await page.evaluate(() => localStorage.getItem('achilles.checks'))).toBe(CORRUPT);
  await notice.getByRole('button', { name: 'Discard it…' }).click();
  await notice.getByRole('button', { name: 'Yes, discard it for good' }).click();
  await expect(notice).toBeHidden();
  // The check made in the meantime is saved now, and the error is gone.
  await expect(notSaved).toBeHidden();
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('achilles.checks')));
  expect(stored.version).toBe(1);
  expect(stored.data).toHaveLength(1);
  expect(stored.data[0].assessment.condition).toBe('no_clear_signs');
  await page.reload();
  await page.goto('/checks');
  await expect(page.locator('.history li')).toHaveCount(1);
});

test('data from a newer version of the app is left untouched', async ({ page }) => {
  const newer = '{"version":99,"data":{"future":true}}';
  await page.goto('/');
  await page.evaluate((raw) => localStorage.setItem('achilles.check-draft', raw), newer);
  await page.reload();
  await expect(page.getByText(/saved by a newer version of this app/)).toBeVisible();
  await page.goto('/check');
  await page.getByRole('button', { name: 'Next' }).click();
  expect(await page.evaluate(() => localStorage.getItem('achilles.check-draft'))).toBe(newer);
});
