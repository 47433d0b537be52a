// Stored data that cannot be read is reported, kept byte for byte, downloadable, never
// overwritten, and removed only at the user's confirmed request; good records beside it
// stay usable, and the app keeps working.
import { readFileSync } from 'node:fs';
import { test, expect, appReady, answerRestOfPage, walkCheck } from '../fixtures.js';

const CORRUPT = '{"version":1,"data":{"id":1,"date":"2026-02-30"';

async function finishEmptyCheck(page) {
  await walkCheck(page);
  await expect(page.locator('main h1')).toHaveText('No clear signs of an Achilles problem');
}

test('a corrupt record is reported, kept, downloadable, and discarded only when confirmed', async ({ page }) => {
  await finishEmptyCheck(page);
  await page.evaluate((raw) => localStorage.setItem('achilles.check.1', raw), CORRUPT);
  await page.reload();
  await appReady(page);

  const notice = page.locator('.notice-error').filter({ hasText: 'We could not read a saved heel check' });
  await expect(notice).toContainText('left exactly as it was');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: 'Download the raw text' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe(CORRUPT);

  // The good record beside it is listed, and new checks save normally.
  await page.goto('/checks');
  await expect(page.locator('.history li')).toHaveCount(1);
  await finishEmptyCheck(page);
  await page.goto('/checks');
  await expect(page.locator('.history li')).toHaveCount(2);
  await expect(page.locator('.notice-error').filter({ hasText: 'Not saved' })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('achilles.check.1'))).toBe(CORRUPT);

  // Discard asks first; "Keep it" keeps it.
  await notice.getByRole('button', { name: 'Discard it…' }).click();
  await notice.getByRole('button', { name: 'Keep it' }).click();
  expect(await page.evaluate(() => localStorage.getItem('achilles.check.1'))).toBe(CORRUPT);
  await notice.getByRole('button', { name: 'Discard it…' }).click();
  await notice.getByRole('button', { name: 'Yes, discard it for good' }).click();
  await expect(notice).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('achilles.check.1'))).toBeNull();
  await page.reload();
  await expect(page.locator('.history li')).toHaveCount(2);
});

test('a corrupt answer in progress blocks saves until discarded, then what was typed is saved', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('achilles.check-draft', '{"version":1,"data":{"step":"nowhere"}}'));
  await page.reload();
  await expect(page.getByText(/could not read the heel check you were filling in/)).toBeVisible();
  await page.goto('/check');
  await answerRestOfPage(page);
  await page.getByRole('button', { name: 'Next' }).click();
  const notSaved = page.getByRole('alert').filter({ hasText: 'Not saved, to protect the heel check you were filling in' });
  await expect(notSaved).toBeVisible();
  const notice = page.locator('.notice-error').filter({ hasText: 'We could not read' });
  await notice.getByRole('button', { name: 'Discard it…' }).click();
  await notice.getByRole('button', { name: 'Yes, discard it for good' }).click();
  await expect(notSaved).toBeHidden();
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('achilles.check-draft')));
  expect(stored.data.step).toBe('onset');
});

test('data from a newer version of the app is left untouched', async ({ page }) => {
  const newer = '{"version":99,"data":{"future":true}}';
  await page.goto('/');
  await page.evaluate((raw) => localStorage.setItem('achilles.check-draft', raw), newer);
  await page.reload();
  await expect(page.getByText(/saved by a newer version of this app/)).toBeVisible();
  await page.goto('/check');
  await answerRestOfPage(page);
  await page.getByRole('button', { name: 'Next' }).click();
  expect(await page.evaluate(() => localStorage.getItem('achilles.check-draft'))).toBe(newer);
});
