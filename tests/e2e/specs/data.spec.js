// My data: backup and restore, every bad file refused with nothing changed, a full quota,
// storage switched off, two tabs, delete everything, and no CSP violation anywhere.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, appReady, untilControlled, walkCheck, fillQuota, emptyQuota } from '../fixtures.js';

const BACKUPS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../backups');

async function finishCheck(page, weeks) {
  await walkCheck(page, {
    'When it started': async () => {
      if (weeks !== undefined) await page.getByLabel('How many weeks ago did it start?').fill(String(weeks));
    },
  });
  await expect(page).toHaveURL(/\/checks\/\d+$/);
}

const userStorage = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('achilles.')).sort().map((k) => [k, localStorage.getItem(k)])));

test('backup, delete everything, restore: the same data comes back', async ({ page }) => {
  await finishCheck(page, 3);
  await finishCheck(page, 20);
  const before = await userStorage(page);
  expect(Object.keys(before).filter((k) => k.startsWith('achilles.check.'))).toHaveLength(2);

  await page.goto('/my-data');
  await expect(page.getByText('2 heel checks')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^achilles-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = path.join(os.tmpdir(), `achilles-${Date.now()}.json`);
  await download.saveAs(file);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup).toMatchObject({ app: 'achilles', backup_version: 1 });

  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('Everything has been deleted from this device.')).toBeVisible();
  expect(await userStorage(page)).toEqual({});
  await expect(page.getByText('0 heel checks')).toBeVisible();

  await page.setInputFiles('input[type=file]', file);
  await expect(page.locator('.import-preview')).toContainText('2 heel checks');
  await page.getByRole('button', { name: 'Add to what is here' }).click();
  // Two checks and the (empty) answers in progress.
  await expect(page.getByText('Added 3 record(s).')).toBeVisible();
  // Byte for byte, every stored record is back.
  expect(await userStorage(page)).toEqual(before);
  await page.goto('/checks');
  await expect(page.locator('.history li')).toHaveCount(2);
});

test('replace asks first, then leaves only what the file holds', async ({ page }) => {
  await finishCheck(page, 1);
  await page.goto('/my-data');
  await page.setInputFiles('input[type=file]', path.join(BACKUPS, 'ok-two-checks-and-a-draft.json'));
  await page.getByRole('button', { name: 'Replace what is here…' }).click();
  await page.getByRole('button', { name: 'Go back' }).click();
  await page.getByRole('button', { name: 'Replace what is here…' }).click();
  await page.getByRole('button', { name: 'Yes, replace everything' }).click();
  await expect(page.getByText('Restored 3 record(s). What was here before has been replaced.')).toBeVisible();
  const keys = Object.keys(await userStorage(page));
  expect(keys).toEqual(['achilles.check-draft', 'achilles.check.1772000000000', 'achilles.check.1779000000000']);
});

const badFiles = readdirSync(BACKUPS).filter((f) => !f.startsWith('ok-'));

test('every bad backup file is refused with a clear message and nothing changes', async ({ page }) => {
  await finishCheck(page, 2);
  await page.goto('/my-data');
  const before = await userStorage(page);
  const huge = path.join(os.tmpdir(), 'achilles-too-large.json');
  writeFileSync(huge, ' '.repeat(5 * 1024 * 1024 + 1));
  const cases = [...badFiles.map((f) => [f, path.join(BACKUPS, f)]), ['too large', huge]];
  expect(cases.length).toBeGreaterThanOrEqual(11);
  for (const [name, file] of cases) {
    await page.setInputFiles('input[type=file]', file);
    const alert = page.locator('.restore [role=alert]');
    await expect(alert, name).toContainText('Nothing was changed.');
    await expect(page.locator('.import-preview'), name).toHaveCount(0);
    expect(await userStorage(page), name).toEqual(before);
  }
  // The messages say what went wrong, in words.
  await page.setInputFiles('input[type=file]', path.join(BACKUPS, 'truncated-cut-while-copying.json'));
  await expect(page.locator('.restore [role=alert]')).toContainText('cut off');
  await page.setInputFiles('input[type=file]', path.join(BACKUPS, 'newer-backup-format.json'));
  await expect(page.locator('.restore [role=alert]')).toContainText('newer version');
  await page.setInputFiles('input[type=file]', huge);
  await expect(page.locator('.restore [role=alert]')).toContainText('never larger than 5 MB');
  await page.setInputFiles('input[type=file]', path.join(BACKUPS, 'bad-record-impossible-date.json'));
  await expect(page.locator('.restore [role=alert]')).toContainText('damaged');
});

test('a full quota gives a plain error and keeps the old data intact', async ({ page }) => {
  await finishCheck(page, 2);
  const before = await userStorage(page);
  // Fill the rest of the quota with someone else's data.
  await fillQuota(page);
  await finishCheck(page, 5);
  const error = page.getByRole('alert').filter({ hasText: 'probably because its storage is full' });
  await expect(error).toContainText('Your earlier data is unchanged');
  expect(await userStorage(page)).toEqual(before);
  // A full store is not a disabled one: after a reload the saved check is still shown.
  await page.goto('/checks');
  await expect(page.locator('.history li')).toHaveCount(1);
  await expect(page.getByText('Nothing will be kept.')).toHaveCount(0);
  await emptyQuota(page);
});

test('with storage switched off the app runs in memory and says nothing will be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  await page.goto('/');
  await appReady(page);
  await expect(page.getByText('Nothing will be kept.')).toBeVisible();
  await expect(page.locator('.notice-warning')).toContainText('(SecurityError)');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check', exact: true }).click();
  await walkCheck(page, {}, { here: true });
  await expect(page.locator('main h1')).toHaveText('No clear signs of an Achilles problem');
});

test('two tabs stay current and both keep their own edits', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto('/checks');
  await b.goto('/checks');
  await finishCheck(a, 1);
  await expect(b.locator('.history li')).toHaveCount(1);
  await finishCheck(b, 2);
  await a.goto('/checks');
  await expect(a.locator('.history li')).toHaveCount(2);
  // No write-back loop: the stored values stay as written, and nothing keeps changing.
  const snapshot = await userStorage(a);
  await a.waitForTimeout(500);
  expect(await userStorage(b)).toEqual(snapshot);
  // Another tab's delete-everything empties this one too.
  await b.goto('/my-data');
  await b.getByRole('button', { name: 'Delete everything…' }).click();
  await b.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(a.locator('.history li')).toHaveCount(0);
});

test('after delete everything, nothing of the user remains in storage or in the caches', async ({ page }) => {
  await page.goto('/');
  await untilControlled(page);
  await finishCheck(page, 4);
  await page.goto('/my-data');
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  expect(await userStorage(page)).toEqual({});
  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  // The worker keeps the app shell (index.html) under the scope's own URL, "/".
  const precached = [...(await (await page.request.get('/sw.js')).text()).matchAll(/^\s*"([^"]+)",?$/gm)].map((m) => (m[1] === 'index.html' ? '/' : '/' + m[1]));
  expect(cached.length).toBeGreaterThan(0);
  for (const url of cached) expect(precached, url).toContain(url);
});

test('no Content-Security-Policy violation on any screen', async ({ page }) => {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const url of ['/', '/check', '/checks', '/journal', '/function-check', '/trends', '/risk', '/summary', '/programme', '/session', '/run', '/exercises', '/exercises/box-jump', '/my-data', '/about']) {
    await page.goto(url);
    await appReady(page);
    expect(await page.evaluate(() => window.__csp), url).toEqual([]);
  }
});
