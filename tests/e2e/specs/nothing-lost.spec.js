// Nothing lost: the attacks of the adversarial review that happen in ordinary use, each
// through the UI of the release build. Native tests and tests/backups/ cover the rest.
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { test, expect, appReady, walkCheck, fillQuota, emptyQuota } from '../fixtures.js';

const userStorage = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('achilles.')).sort().map((k) => [k, localStorage.getItem(k)])));

async function download(page, file) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
  await d.saveAs(file);
}

test('1. a note with "<" in it survives backup, delete everything and restore', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-23T07:30:00') });
  await page.goto('/journal');
  await page.getByRole('radio', { name: '15 min', exact: true }).check();
  await page.getByLabel('Note (optional)').fill('sore after hills<flat road, <b>tight</b>');
  await page.getByRole('button', { name: 'Save the check-in' }).click();
  await expect(page.getByText('Check-in of Mon 23 Nov 2026 saved.')).toBeVisible();
  const before = await userStorage(page);
  await page.goto('/my-data');
  const file = path.join(os.tmpdir(), `achilles-markup-${Date.now()}.json`);
  await download(page, file);
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await expect(page.locator('.card')).toContainText('1 morning check-in');
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  expect(await userStorage(page)).toEqual({});
  await page.setInputFiles('input[type=file]', file);
  await expect(page.locator('.import-preview')).toContainText('1 morning check-in');
  await page.getByRole('button', { name: 'Add to what is here' }).click();
  await expect(page.getByText('Added 1 record(s).')).toBeVisible();
  expect(await userStorage(page)).toEqual(before);
  await page.goto('/journal');
  await expect(page.locator('.entry-list').first()).toContainText('sore after hills<flat road, <b>tight</b>');
});

test('3. a journal left open past midnight saves the new morning under the new day', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-23T07:30:00') });
  await page.goto('/journal');
  await page.getByRole('radio', { name: '15 min', exact: true }).check();
  await page.getByLabel('Pain on getting up').fill('3');
  await page.getByRole('button', { name: 'Save the check-in' }).click();
  const monday = await page.evaluate(() => localStorage.getItem('achilles.checkin.2026-11-23'));
  expect(monday).toContain('"stiffness_minutes":15');
  // Left open all day and night; the next morning the runner fills the form again.
  await page.clock.fastForward('24:00:00');
  await expect(page.locator('.journal h2').first()).toHaveText('Morning check-in');
  await expect(page.getByRole('radio', { name: 'None', exact: true })).toBeChecked();
  await page.getByRole('radio', { name: '5 min', exact: true }).check();
  await page.getByRole('button', { name: 'Save the check-in' }).click();
  await expect(page.getByText('Check-in of Tue 24 Nov 2026 saved.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('achilles.checkin.2026-11-23'))).toBe(monday);
  expect(await page.evaluate(() => localStorage.getItem('achilles.checkin.2026-11-24'))).toContain('"stiffness_minutes":5');
});

test('4. two tabs: a stale check-in form asks before overwriting, and an edit of a deleted run asks', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/journal');
  await b.goto('/journal');
  // A saves this morning's check-in with a note; B's form was opened before that.
  await a.bringToFront();
  await a.getByRole('radio', { name: '30 min', exact: true }).check();
  await a.getByLabel('Note (optional)').fill('hills yesterday');
  await a.getByRole('button', { name: 'Save the check-in' }).click();
  await b.bringToFront();
  await b.getByRole('radio', { name: '5 min', exact: true }).check();
  await b.getByRole('button', { name: 'Save the check-in' }).click();
  const conflict = b.locator('.checkin [role=alert]');
  await expect(conflict).toContainText('was changed elsewhere');
  await expect(conflict).toContainText('stiffness 30 min');
  await expect(conflict).toContainText('hills yesterday');
  const key = await b.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('achilles.checkin.')));
  expect(await b.evaluate((k) => localStorage.getItem(k), key)).toContain('hills yesterday');
  await b.getByRole('button', { name: 'Keep that one' }).click();
  await expect(b.getByLabel('Note (optional)')).toHaveValue('hills yesterday');

  // A run: B opens it for editing, A deletes it, B saves: B is asked, nothing comes back unasked.
  await a.bringToFront();
  await a.getByLabel('Distance (km)').fill('8');
  await a.getByLabel('Time (minutes)').fill('45');
  await a.getByRole('button', { name: 'Save the run' }).click();
  await b.bringToFront();
  await b.getByRole('button', { name: /^Edit the run/ }).first().click();
  await a.bringToFront();
  await a.getByRole('button', { name: 'Delete…' }).first().click();
  await a.getByRole('button', { name: 'Yes, delete this run' }).click();
  await expect.poll(() => a.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('achilles.run.')).length)).toBe(0);
  await b.bringToFront();
  await b.getByRole('button', { name: 'Save the changes' }).click();
  await expect(b.getByText(/This run was deleted in another tab or window/)).toBeVisible();
  expect(await b.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('achilles.run.')).length)).toBe(0);
});

test('5. with the quota full a form says the record was not saved, and names it', async ({ page }) => {
  await page.goto('/journal');
  await appReady(page);
  await fillQuota(page);
  await page.getByLabel('Distance (km)').fill('8');
  await page.getByLabel('Time (minutes)').fill('45');
  await page.getByRole('button', { name: 'Save the run' }).click();
  await expect(page.locator('.run-form [role=alert]').first()).toContainText('The run of 8.0 km was not saved');
  await expect(page.getByText('Run of 8.0 km saved.')).toHaveCount(0);
  await page.getByRole('radio', { name: '15 min', exact: true }).check();
  await page.getByRole('button', { name: 'Save the check-in' }).click();
  await expect(page.locator('.checkin [role=alert]')).toContainText('was not saved');
  await expect(page.locator('.checkin')).not.toContainText(/ saved\.$/);
  await emptyQuota(page);
});

test('6. Replace keeps records this version cannot read, and the confirmation says so', async ({ page }) => {
  await walkCheck(page);
  await page.evaluate(() => {
    localStorage.setItem('achilles.run.1', '{"version":1,"data":{"id":1,"date":"2026-02-30"');
    localStorage.setItem('achilles.future-thing', 'from a later version');
  });
  await page.goto('/my-data');
  await page.setInputFiles('input[type=file]', path.resolve('../backups/ok-two-checks-and-a-draft.json'));
  await page.getByRole('button', { name: 'Replace what is here…' }).click();
  const confirm = page.locator('.import-preview');
  await expect(confirm).toContainText('1 heel check');
  await expect(confirm).toContainText('Kept as they are: 2 stored value(s) this version cannot read');
  await page.getByRole('button', { name: 'Yes, replace everything' }).click();
  await expect(page.getByText(/Restored 3 record\(s\)/)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('achilles.run.1'))).toBe('{"version":1,"data":{"id":1,"date":"2026-02-30"');
  expect(await page.evaluate(() => localStorage.getItem('achilles.future-thing'))).toBe('from a later version');
  // A backup carries them as they are.
  const file = path.join(os.tmpdir(), `achilles-kept-${Date.now()}.json`);
  await download(page, file);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup.backup_version).toBe(2);
  expect(backup.kept_as_is['achilles.future-thing']).toBe('from a later version');
  // Delete everything lists them before it goes.
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await expect(page.locator('.card')).toContainText('2 stored value(s) this version cannot read');
});

test('9. a run dated 2062 is refused with a message, and 1e2 or 1000 km are refused naming the limit', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-23T07:30:00') });
  await page.goto('/journal');
  await page.getByLabel('Date').fill('2062-11-20');
  await page.getByLabel('Distance (km)').fill('8');
  await page.getByLabel('Time (minutes)').fill('45');
  await page.getByRole('button', { name: 'Save the run' }).click();
  await expect(page.locator('.run-form [role=alert]').first()).toContainText('is in the future');
  await page.getByLabel('Date').fill('2026-11-20');
  await page.getByLabel('Distance (km)').fill('1e2');
  await page.getByRole('button', { name: 'Save the run' }).click();
  await expect(page.locator('.run-form [role=alert]').first()).toContainText('for example 5 or 5.5');
  await page.getByLabel('Distance (km)').fill('1000');
  await page.getByRole('button', { name: 'Save the run' }).click();
  await expect(page.locator('.run-form [role=alert]').first()).toContainText('at most 500 km');
  await page.getByLabel('Distance (km)').fill('0.001');
  await page.getByRole('button', { name: 'Save the run' }).click();
  await expect(page.locator('.run-form [role=alert]').first()).toContainText('at least 0.1 km');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('achilles.run.')).length)).toBe(0);
});

test('10. a bulk import in one tab leaves the other tab responsive', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/my-data');
  await b.goto('/journal');
  // A backup of 3,000 check-ins, made here.
  const records = {};
  const start = Date.UTC(2018, 0, 1);
  for (let i = 0; i < 3000; i++) {
    const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    records[`achilles.checkin.${date}`] = { version: 1, data: { date, stiffness_minutes: 10, pain: 2, note: '' } };
  }
  const file = path.join(os.tmpdir(), `achilles-bulk-${Date.now()}.json`);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file, JSON.stringify({ app: 'achilles', backup_version: 1, app_version: '0.1.0', exported_at: '2026-11-22T02:00:00Z', records }));
  await a.bringToFront();
  await a.setInputFiles('input[type=file]', file);
  await a.getByRole('button', { name: 'Add to what is here' }).click();
  await expect(a.getByText('Added 3000 record(s).')).toBeVisible({ timeout: 30_000 });
  // The other tab answers within half a second throughout, and shows the new mornings.
  await b.bringToFront();
  let worst = 0;
  for (let i = 0; i < 10; i++) {
    const t = Date.now();
    await b.evaluate(() => 1);
    worst = Math.max(worst, Date.now() - t);
    await b.waitForTimeout(100);
  }
  expect(worst).toBeLessThan(500);
  await expect(b.locator('.entry-list').first()).toContainText('stiff 10 min');
});
