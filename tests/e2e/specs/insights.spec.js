// Insights end to end: a week of check-ins and runs entered through the UI shows up in the
// charts, on Today and in the clinician summary; charts with no data; the print view; the
// CSV files; the risk profile; accessibility and offline use.
import { readFileSync } from 'node:fs';
import { test, expect, appReady, expectAccessible, untilControlled } from '../fixtures.js';

const day = (d) => new Date(`2026-11-${String(d).padStart(2, '0')}T07:00:00`);

async function enterWeek(page) {
  await page.clock.install({ time: day(16) });
  for (let d = 16; d <= 22; d++) {
    await page.clock.setSystemTime(day(d));
    await page.goto('/journal');
    await appReady(page);
    await page.getByRole('radio', { name: d % 2 ? '15 min' : '5 min', exact: true }).check();
    await page.getByLabel('Pain on getting up').fill(String(d % 3 + 1));
    await page.getByRole('button', { name: 'Save the check-in' }).click();
    await expect(page.locator('.entry-list').first()).toContainText(`pain ${d % 3 + 1}/10`);
    // Runs of 5 to 8 km on the first six days, then a 10 km spike on the last.
    const km = d < 22 ? 5 + (d - 16) * 0.5 : 10;
    await page.getByLabel('Distance (km)').fill(String(km));
    if (d === 22) {
      // Warned before saving: 10 km against a longest of 7.5 km in the last 30 days.
      await expect(page.locator('.load-guard')).toContainText('33% longer than your longest in the previous 30 days (7.5 km)');
    }
    await page.getByLabel('Time (minutes)').fill(String(Math.round(km * 6)));
    await page.getByRole('button', { name: 'Save the run' }).click();
    await expect(page.getByText(`Run of ${km.toFixed(1)} km saved.`)).toBeVisible();
  }
}

test('a week entered in the UI shows in the charts, on Today and in the summary', async ({ page }) => {
  await enterWeek(page);

  await page.goto('/trends');
  const pain = page.locator('figure').filter({ hasText: 'Morning pain, last 8 weeks' });
  await expect(pain.locator('svg circle.chart-dot')).toHaveCount(7);
  await pain.getByText('Show as a table').click();
  await expect(pain.locator('tbody tr')).toHaveCount(7);
  const distance = page.locator('figure').filter({ hasText: 'Distance per week' });
  await expect(distance.locator('circle.chart-spike')).toHaveCount(1);
  await distance.getByText('Show as a table').click();
  await expect(distance.locator('tbody tr').last()).toContainText('47.5');
  await expect(page.locator('figure').filter({ hasText: 'Function score over time' })).toContainText('Nothing logged in this period yet.');
  await expectAccessible(page, 'trends');

  await page.goto('/');
  await expect(page.locator('.card').filter({ hasText: 'Load warning' })).toContainText('33% longer');
  await expect(page.locator('.card').filter({ hasText: 'Morning check-in' })).toHaveCount(0);

  await page.goto('/summary');
  await expect(page.locator('.summary-table tbody tr')).toHaveCount(7);
  await expect(page.locator('.summary-table tbody tr').first()).toContainText('33% longer');
  await expect(page.locator('.summary figure').first().locator('circle.chart-dot')).toHaveCount(7);
  await expectAccessible(page, 'summary');

  // The print view: no navigation or buttons, the content in black on white.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('summary-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // CSV files of the raw entries.
  const csv = async (name) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return readFileSync(await download.path(), 'utf8');
  };
  const checkins = (await csv('Check-ins (CSV)')).trim().split('\r\n');
  expect(checkins[0]).toBe('date,stiffness_minutes,pain_0_10,note');
  expect(checkins).toHaveLength(8);
  expect(checkins[1]).toBe('2026-11-16,5,2,');
  const runs = (await csv('Runs (CSV)')).trim().split('\r\n');
  expect(runs[0]).toBe('date,distance_km,minutes,terrain,type,shoes,pain_during,pain_after');
  expect(runs[7]).toBe('2026-11-22,10.00,60,road,easy,,0,0');
  expect((await csv('Sessions (CSV)')).trim()).toBe('date,phase,after_tear_phase,sets,pain_during,pain_after');
});

test('charts with no data say so, in light and dark mode', async ({ page }) => {
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/trends');
    await expect(page.locator('.chart-empty')).toHaveCount(4);
    await expect(page.locator('.chart svg')).toHaveCount(0);
    await expectAccessible(page, `empty trends (${colorScheme})`);
  }
});

test('the risk profile marks what can change and links to what helps', async ({ page }) => {
  await page.goto('/risk');
  await page.getByLabel('My weekly distance went up quickly').check();
  await page.getByLabel('I had Achilles pain in the last 12 months').check();
  const list = page.locator('.risk-list li');
  await expect(list).toHaveCount(2);
  await expect(list.nth(0)).toContainText('You can change this');
  await expect(list.nth(0).getByRole('link', { name: 'The run log and its load guard' })).toBeVisible();
  await expect(list.nth(1)).toContainText('Cannot be changed');
  await page.reload();
  await expect(page.getByLabel('My weekly distance went up quickly')).toBeChecked();
  await expectAccessible(page, 'risk');
  await page.goto('/summary');
  await expect(page.getByText('My weekly distance went up quickly')).toBeVisible();
});

test('the journal, trends and summary work offline', async ({ page, context }) => {
  await page.goto('/');
  await untilControlled(page);
  await context.setOffline(true);
  await page.goto('/journal');
  await page.getByRole('button', { name: 'Save the check-in' }).click();
  await expect(page.locator('.entry-list').first()).toContainText('stiff 0 min');
  await page.goto('/trends');
  await expect(page.locator('figure').filter({ hasText: 'Morning pain' }).locator('circle.chart-dot')).toHaveCount(1);
  await page.goto('/summary');
  await appReady(page);
});

test('Trends shows what came before a flare, and how often each kind of run was followed by one', async ({ page }) => {
  await page.clock.install({ time: day(23) });
  await page.goto('/');
  await appReady(page);
  // Mornings at 2/10 and 10 minutes from the 1st to the 14th, except 5/10 on the 10th; an
  // easy 8 km every few days, hill repeats on the 8th and a 12 km spike on the 9th.
  await page.evaluate(() => {
    const put = (key, data) => localStorage.setItem(key, JSON.stringify({ version: 1, data }));
    for (let d = 1; d <= 14; d++) {
      const date = `2026-11-${String(d).padStart(2, '0')}`;
      put(`achilles.checkin.${date}`, { date, stiffness_minutes: 10, pain: d === 10 ? 5 : 2, note: '' });
    }
    const run = (id, d, metres, seconds, kind) => put(`achilles.run.${id}`, {
      id, date: `2026-11-${String(d).padStart(2, '0')}`, metres, seconds, terrain: 'road', kind, pain_during: 1, pain_after: 1,
    });
    run(1, 2, 8000, 2880, 'easy');
    run(2, 5, 8000, 2880, 'easy');
    run(3, 8, 8000, 2880, 'hills');
    run(4, 9, 12000, 4320, 'easy');
    run(5, 12, 8000, 2880, 'easy');
  });
  await page.goto('/trends');
  const flares = page.locator('section.flares');
  await expect(flares.getByRole('heading', { name: 'What came before a flare' })).toBeVisible();
  const list = flares.locator('.flare-list > li');
  await expect(list).toHaveCount(1);
  await expect(list).toContainText('10 Nov 2026: pain was 5/10 against a usual 2/10.');
  await expect(list.locator('.flare-runs li')).toHaveText([
    '8 Nov 2026: 8.0 km, hills, road: hills or trail',
    '9 Nov 2026: 12.0 km, easy, road: longer than the month\'s longest',
  ]);
  const row = (name) => flares.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) }).locator('td');
  await expect(row('hills or trail')).toHaveText(['1', '0']);
  await expect(row("longer than the month's longest")).toHaveText(['1', '0']);
  await expect(row('none of these')).toHaveText(['0', '3']);
  await expect(flares).toContainText('not what caused what');
  await expectAccessible(page, 'flares');
});
