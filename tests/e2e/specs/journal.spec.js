// Journal end to end: a check-in in a few taps (one per day, editable), a spiking run
// warned about before it is saved, units, and the function check's score and history.
import { test, expect, appReady, checkInOnToday, expectAccessible } from '../fixtures.js';

const TODAY = new Date('2026-11-23T07:30:00');

test('a morning check-in takes a few taps, one per day, and can be edited', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await page.goto('/');
  await checkInOnToday(page, '15 min', 3);
  const stored = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('achilles.checkin.')));
  expect(await stored()).toEqual(['achilles.checkin.2026-11-23']);

  await page.goto('/journal');
  await expect(page.locator('.entry-list').first()).toContainText('stiff 15 min, pain 3/10');
  await page.getByRole('button', { name: /Edit the check-in of/ }).click();
  await page.getByRole('radio', { name: '30 min', exact: true }).check();
  await page.getByLabel('Note (optional)').fill('<b>tight</b> after hills');
  await page.getByRole('button', { name: 'Save the check-in' }).click();
  await expect(page.locator('.entry-list').first()).toContainText('stiff 30 min');
  // Text is shown as text, never as markup.
  await expect(page.locator('.entry-list').first()).toContainText('<b>tight</b> after hills');
  expect(await stored()).toEqual(['achilles.checkin.2026-11-23']);
  await expectAccessible(page, 'journal');
});

test('a run that spikes is warned about while typing, before it is saved', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await page.goto('/journal');
  await page.getByLabel('Date').fill('2026-11-18');
  await page.getByLabel('Distance (km)').fill('10');
  await page.getByLabel('Time (minutes)').fill('55');
  await page.getByRole('button', { name: 'Save the run' }).click();
  await expect(page.getByText('Run of 10.0 km saved.')).toBeVisible();

  await page.getByLabel('Date').fill('2026-11-23');
  await page.getByLabel('Distance (km)').fill('10.5');
  await expect(page.locator('.load-guard')).not.toContainText('Load warning');
  await page.getByLabel('Distance (km)').fill('14');
  const guard = page.locator('.load-guard');
  await expect(guard).toContainText('Load warning');
  await expect(guard).toContainText('40% longer than your longest in the previous 30 days (10.0 km)');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('achilles.run.')).length)).toBe(1);

  await page.getByLabel('Time (minutes)').fill('80');
  await page.getByLabel('Shoes (optional)').fill('Blue racers');
  await page.getByRole('button', { name: 'Save the run' }).click();
  await expect(page.getByText('Run of 14.0 km saved.')).toBeVisible();
  await expect(page.getByText('Blue racers: 14.0 km')).toBeVisible();
  // Today repeats the warning.
  await page.goto('/');
  await expect(page.locator('.card').filter({ hasText: 'Load warning' })).toContainText('40% longer');

  // Miles, if preferred.
  await page.goto('/journal');
  await page.getByRole('radio', { name: 'miles' }).check();
  await expect(page.getByText('Blue racers: 8.7 miles')).toBeVisible();
});

test('a run can be edited and deleted after confirming', async ({ page }) => {
  await page.goto('/journal');
  await page.getByLabel('Distance (km)').fill('6');
  await page.getByLabel('Time (minutes)').fill('35');
  await page.getByRole('button', { name: 'Save the run' }).click();
  await page.getByRole('button', { name: /Edit the run of 6.0 km/ }).click();
  await page.getByLabel('Distance (km)').fill('7');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.locator('.entry-list').last()).toContainText('7.0 km in 35 min');
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Yes, delete this run' }).click();
  await expect(page.getByText('No runs logged yet.')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('achilles.run.')).length)).toBe(0);
});

test("a run's terrain and type are chosen from their lists, kept, and shown again when editing", async ({ page }) => {
  await page.goto('/journal');
  await page.getByLabel('Distance (km)').fill('8');
  await page.getByLabel('Time (minutes)').fill('50');
  await page.getByLabel('Terrain').selectOption({ label: 'Trail' });
  await page.getByLabel('Type of run').selectOption({ label: 'Hills' });
  await page.getByRole('button', { name: 'Save the run' }).click();
  await expect(page.locator('.entry-list').last()).toContainText('8.0 km in 50 min, hills, trail');
  // A new run starts from the usual road and easy run again.
  await expect(page.getByLabel('Terrain').locator('option:checked')).toHaveText('Road');
  await expect(page.getByLabel('Type of run').locator('option:checked')).toHaveText('Easy');
  await page.getByRole('button', { name: /Edit the run of 8.0 km/ }).click();
  await expect(page.getByLabel('Terrain').locator('option:checked')).toHaveText('Trail');
  await expect(page.getByLabel('Type of run').locator('option:checked')).toHaveText('Hills');
  await page.getByLabel('Type of run').selectOption({ label: 'Race' });
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await expect(page.locator('.entry-list').last()).toContainText('8.0 km in 50 min, race, trail');
});

test('the function check scores 0 to 100 and marks a meaningful change', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await page.goto('/function-check');
  await appReady(page);
  // Defaults: six items at 5 (30), modified training (4), pain but finishing 1–10 min (4).
  await expect(page.getByText('Score: 38 out of 100')).toBeVisible();
  await page.getByRole('button', { name: 'Save the check' }).click();
  for (let i = 1; i <= 6; i++) await page.getByLabel(new RegExp(`^${i}\\. `)).fill('10');
  await page.getByRole('radio', { name: /usual level, or better/ }).check();
  await page.getByRole('radio', { name: 'No pain while I train' }).check();
  await page.getByRole('radio', { name: 'More than 30 minutes' }).check();
  await expect(page.getByText('Score: 100 out of 100')).toBeVisible();
  await page.getByRole('button', { name: 'Save the check' }).click();
  const history = page.locator('.entry-list li');
  await expect(history).toHaveCount(2);
  await expect(history.nth(1)).toContainText('100 out of 100 (+62: a meaningful change');
  await expect(history.nth(1)).toContainText('recovered range');
  await expectAccessible(page, 'function check');
});

test('a logged run that hurt above 5 out of 10 brings advice to Today', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await page.goto('/journal');
  await page.getByLabel('Distance (km)').fill('8');
  await page.getByLabel('Time (minutes)').fill('45');
  await page.getByLabel('Worst pain during the run').fill('5');
  await page.getByRole('button', { name: 'Save the run' }).click();
  await expect(page.getByText('Run of 8.0 km saved.')).toBeVisible();
  // 5 out of 10 is within the limits: nothing on Today.
  await page.goto('/');
  await appReady(page);
  await expect(page.locator('.card').filter({ hasText: 'A run that hurt' })).toHaveCount(0);
  await page.goto('/journal');
  await page.getByLabel('Distance (km)').fill('6');
  await page.getByLabel('Time (minutes)').fill('35');
  await page.getByLabel('Worst pain during the run').fill('7');
  await page.getByRole('button', { name: 'Save the run' }).click();
  await page.goto('/');
  const card = page.locator('.card').filter({ hasText: 'A run that hurt' });
  await expect(card).toContainText('hurt 7/10 during');
  await expect(card).toContainText('Ease off');
  await expectAccessible(page, 'today with a painful run');
});
