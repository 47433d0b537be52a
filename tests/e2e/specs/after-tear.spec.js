// After a tear (issue 27): a check that finds a possible tear and a visit that records one
// open the pathway in place of the tendinopathy programme. On a fixed clock at weeks 1, 6,
// 12 and 20 after the injury, no screen offers a stretch, a drop below the foot, heavy slow
// resistance, a hop, a jump or a run before the pathway allows it; the rupture score is
// answered, charted, on the summary and in its CSV; "something wrong" opens a check that
// knows the runner is in a boot.
import { readFileSync } from 'node:fs';
import { test, expect, appReady, expectAccessible, walkCheck } from '../fixtures.js';

const INJURY = '2026-03-02';
/** 08:00 on the day `days` after the injury. */
const day = (days) => {
  const d = new Date(`${INJURY}T08:00:00`);
  d.setDate(d.getDate() + days);
  return d;
};

/** Never on a healing tendon before its time: stretches, drops below a step's level, heavy
 * slow resistance off a step, jumps, the balance board. */
const NEVER_EARLY = [
  'Step calf stretch',
  'Standing wall stretch',
  'Single-leg heel drop',
  'Calf raise off a step',
  'Drop jump',
  'Box jump',
  'BOSU',
];

/** A pop at push-off (the tear alert), then the visit that found a complete tear, treated
 * in a boot. */
async function tearRecorded(page) {
  await page.clock.install({ time: day(1) });
  await page.goto('/check');
  await page.getByRole('radio', { name: 'Yes' }).first().check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await page.goto('/programme');
  await expect(page.getByText('Not now: see a doctor first')).toBeVisible();
  await page.getByRole('radio', { name: 'Yes, a complete tear' }).check();
  await page.getByRole('radio', { name: 'Without an operation, in a boot or brace' }).check();
  await page.getByLabel('Date of the injury').fill(INJURY);
  await page.getByRole('radio', { name: 'Start the exercises of the pathway' }).check();
  await page.getByRole('button', { name: 'Record the visit' }).click();
  await expect(page.locator('.phase-count')).toContainText('After your tear · week 0 since the injury');
}

/** Moves the fixed clock to `days` after the injury and opens `url` afresh. */
async function on(page, days, url) {
  await page.clock.setSystemTime(day(days));
  await page.goto(url);
  await appReady(page);
}

async function offersNothingEarly(page, where) {
  const text = await page.locator('main').innerText();
  for (const name of NEVER_EARLY) expect(text, `${name} on ${where}`).not.toContain(name);
}

test('the pathway replaces the programme and offers nothing early at weeks 1, 6, 12 and 20', async ({ page }) => {
  await tearRecorded(page);
  // Never the tendinopathy programme, nor its start.
  await expect(page.getByRole('button', { name: 'Start the programme' })).toHaveCount(0);

  const weeks = [
    // week, the phase shown, a session exercise or none
    [1, 'Phase 1 of 6: Protect the tendon', null],
    [6, 'Phase 3 of 6: Out of the boot', 'Seated calf raise'],
    [12, 'Phase 4 of 6: Strength on the flat', 'Step raise to level'],
    // Running's date has come, but not its criteria: still phase 4, and saying why.
    [20, 'Phase 4 of 6: Strength on the flat', 'Heel raise on the flat floor'],
  ];
  for (const [week, phase, exercise] of weeks) {
    await on(page, week * 7, '/programme');
    await expect(page.locator('.phase-count')).toContainText(`week ${week} since the injury`);
    await expect(page.locator('h2.phase-title')).toHaveText(phase);
    const session = page.locator('ol.session-list');
    if (exercise) await expect(session).toContainText(exercise);
    else await expect(page.getByText('No exercises for the calf in this phase')).toBeVisible();
    await offersNothingEarly(page, `the pathway, week ${week}`);

    await on(page, week * 7, '/session');
    if (exercise) await expect(page.locator('main')).toContainText(/Exercise 1 of \d/);
    else await expect(page.locator('main h1')).toHaveText('No session to run');
    await offersNothingEarly(page, `the session, week ${week}`);
    // Leave the session unstarted for the next week's.
    await page.evaluate(() => localStorage.removeItem('achilles.player'));

    await on(page, week * 7, '/run');
    await expect(page.getByRole('heading', { name: 'Not yet' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The walk–run ladder' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Save the hop test' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Save the run' })).toHaveCount(0);

    await on(page, week * 7, '/');
    const card = page.locator('.card').filter({ hasText: 'After your tear' });
    await expect(card).toContainText(`Week ${week} · phase ${phase.slice(6, 7)} of 6`);
  }
  // Week 20: the calendar alone would allow running; the screen says what holds it.
  await on(page, 140, '/programme');
  await expect(page.getByText(/By the calendar you could be in phase 5/)).toBeVisible();
  await expect(page.locator('main')).toContainText("A clinician's go-ahead to run");
  await expect(page.locator('main')).toContainText('The heel-rise test on both legs.');

  // The library marks what is never for a healing tendon.
  await page.goto('/exercises');
  for (const name of ['Step calf stretch', 'Single-leg heel drop', 'Drop jump']) {
    await expect(page.locator('.exercise-card').filter({ hasText: name })).toContainText('Not after a tear');
  }
  await expect(page.locator('.exercise-card').filter({ hasText: 'Seated calf raise' })).toContainText('After a tear: from phase 3');
});

test('the pathway screen is accessible, fits 320 px and works by keyboard', async ({ page }) => {
  await tearRecorded(page);
  await on(page, 6 * 7, '/programme');
  await expectAccessible(page, 'the pathway, week 6');
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, 'the pathway, week 6, dark, 320 px');
  // The session starts from the keyboard.
  const start = page.getByRole('link', { name: "Start today's session" });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toContainText(/Exercise 1 of \d/);
});

test('the rupture score and the heel-rise milestone are charted, on the summary and in their CSVs', async ({ page }) => {
  await tearRecorded(page);
  // Due from week 6.
  await on(page, 6 * 7, '/programme');
  const form = page.locator('form.rupture-score');
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Save the rupture score' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Answer every question first. Still to answer: 1, 2, 3' })).toBeVisible();
  const sliders = form.locator('input[type=range]');
  await expect(sliders).toHaveCount(10);
  for (let i = 0; i < 10; i++) await sliders.nth(i).fill(i < 5 ? '6' : '9');
  await form.getByRole('button', { name: 'Save the rupture score' }).click();
  // Limits 5 × 6 + 5 × 9 = 75: a score of 25 out of 100.
  // Saved, the form goes (the next is due in four weeks) and the word stays.
  await expect(page.getByRole('status').filter({ hasText: 'Rupture score saved: 25 out of 100.' })).toBeVisible();
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Answer the rupture score now' })).toBeVisible();
  await expect(page.locator('figure.chart').filter({ hasText: 'Rupture score (out of 100)' })).toBeVisible();
  await expectAccessible(page, 'the rupture score');

  // Week 12: the heel-rise milestone on both legs (the right leg is the injured one).
  await on(page, 12 * 7, '/programme');
  await page.locator('#left-raises').fill('25');
  await page.locator('#right-raises').fill('15');
  await page.getByRole('button', { name: 'Save the test' }).click();
  await expect(page.getByText('Test saved: the sore leg did 60% of the other leg.')).toBeVisible();
  await expect(page.locator('figure.chart').filter({ hasText: 'Sore leg against the other' }).locator('circle.chart-dot')).toHaveCount(1);

  await page.goto('/summary');
  await expect(page.locator('main')).toContainText('After the tear');
  await expect(page.locator('main')).toContainText('left 25, right 15 raises, symmetry 60%');
  const heelRises = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Heel-rise tests (CSV)' }).click();
  const rows = readFileSync(await (await heelRises).path(), 'utf8').trim().split('\n');
  expect(rows[1].trim()).toBe('2026-05-25,25,15,60');
  await expect(page.locator('main')).toContainText('phase 4 of 6, strength on the flat');
  await expect(page.locator('main')).toContainText('25 out of 100');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Rupture scores (CSV)' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8').trim().split('\n');
  expect(csv[0]).toMatch(/^date,/);
  expect(csv[1]).toContain('2026-04-13');
  expect(csv[1]).toContain(',25');
});

test('something wrong in the boot opens a check that knows it, and a calf sign there is a clot alert', async ({ page }) => {
  await tearRecorded(page);
  await on(page, 3 * 7, '/programme');
  await page.getByRole('button', { name: 'Do the heel check now' }).click();
  await expect(page).toHaveURL(/\/check$/);
  await appReady(page);
  // The first page asks about a sudden loss of push-off too (a re-rupture).
  await expect(page.locator('main h1')).toHaveText('Signs of a tear');
  await expect(page.locator('input[name="push_off_lost"]')).toHaveCount(2);
  await walkCheck(page, {
    // In a boot, calf pain is a clot until shown otherwise.
    'Your calf': () => page.locator('input[name="calf_pain"]').first().check(),
  }, { stopAfter: 'Your calf', here: true });
  await expect(page.locator('.emergency-kicker')).toHaveText('Possible blood clot in the calf');
  await expectAccessible(page, 'a clot alert in the boot');
});
