// Rehab end to end: the illustrated library and its filters, the triage gates, a guided
// session run to its end on Playwright's fake clock, a reload mid-hold, the pain-monitoring
// proposals, the next-morning check-in, and the return-to-running checklist.
import { test, expect, appReady, checkInOnToday, expectAccessible, untilControlled, walkCheck } from '../fixtures.js';

const START = new Date('2026-11-23T07:30:00');

async function heelCheck(page, { where, pop } = {}) {
  if (pop) {
    await page.goto('/check');
    await page.getByRole('radio', { name: 'Yes' }).first().check();
    await page.getByRole('button', { name: 'Next' }).click();
    return;
  }
  await walkCheck(page, {
    'When it started': () => page.getByLabel('How many weeks ago did it start?').fill('3'),
    'Where it hurts': async () => {
      if (where) await page.getByRole('radio', { name: where }).check();
    },
    'How it feels': () => page.getByRole('checkbox', { name: /push off/ }).check(),
  });
}

async function startProgramme(page, phase = 1) {
  await page.goto('/programme');
  if (phase !== 1) await page.getByRole('radio', { name: new RegExp(`^${phase}\\. `) }).check();
  await page.getByRole('button', { name: 'Start the programme' }).click();
  await expect(page.locator('.phase-count')).toContainText(`Phase ${phase} of 5`);
}

test('the library shows 11 illustrated exercises, filters them, and opens each', async ({ page }) => {
  await page.goto('/exercises');
  const cards = page.locator('.exercise-card');
  await expect(cards).toHaveCount(11);
  for (const figure of await page.locator('.exercise-card svg[role=img]').all()) {
    expect((await figure.getAttribute('aria-label')).length).toBeGreaterThan(20);
    expect(await figure.locator('path.fig-body, ellipse.fig-foot').count()).toBeGreaterThan(0);
  }
  await page.getByRole('radio', { name: 'Box' }).check();
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText('Late phase');
  await page.getByRole('radio', { name: 'All', exact: true }).check();
  await page.getByLabel('Search exercises').fill('bosu');
  await expect(cards).toHaveCount(1);
  await page.getByLabel('Search exercises').fill('');
  await page.getByRole('radio', { name: 'Step' }).check();
  await expect(cards).toHaveCount(4);
  await expectAccessible(page, 'exercise library');
  await cards.first().getByRole('link').click();
  await expect(page.locator('main h1')).toHaveText('Calf raise hold');
  await expect(page.locator('ol.steps li')).toHaveCount(4);
  await expectAccessible(page, 'exercise detail');
  await page.goto('/exercises/no-such-thing');
  await expect(page.locator('main h1')).toHaveText('Exercise not found');
});

test('insertional pain adapts the library and the programme', async ({ page }) => {
  await heelCheck(page, { where: /meets the heel bone/ });
  await page.goto('/exercises');
  await expect(page.locator('.exercise-card').filter({ hasText: 'Step calf stretch' })).toContainText('Left out for your heel');
  await expect(page.locator('.exercise-card').filter({ hasText: 'Single-leg heel drop' })).toContainText('Adapted for your heel');
  await page.goto('/programme');
  await expect(page.getByLabel(/meets the heel bone \(adapt/)).toBeChecked();
  await page.getByRole('radio', { name: /^2\. / }).check();
  await page.getByRole('button', { name: 'Start the programme' }).click();
  const session = page.locator('ol.session-list');
  await expect(session).not.toContainText('Step calf stretch');
  await expect(session.locator('li').filter({ hasText: 'Single-leg heel drop' })).toContainText('flat floor');
});

test('a suspected rupture blocks the programme until a clinician has ruled it out', async ({ page }) => {
  await heelCheck(page, { pop: true });
  await page.goto('/programme');
  await expect(page.getByText('Not now: see a doctor first')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the programme' })).toHaveCount(0);
  await page.goto('/session');
  await expect(page.locator('main h1')).toHaveText('No session to run');
  await page.goto('/programme');
  await page.getByRole('button', { name: 'A clinician has ruled out a tear…' }).click();
  await page.getByRole('button', { name: 'Yes, I was examined and there is no tear' }).click();
  await expect(page.getByRole('button', { name: 'Start the programme' })).toBeVisible();
});

test('a guided session runs to its end on a sped-up clock and is logged', async ({ page }) => {
  await page.clock.install({ time: START });
  await startProgramme(page, 1);
  await page.getByRole('link', { name: "Start today's session" }).click();
  const heading = page.locator('main h1');
  // Calf raise hold: 4 × 45 s, each followed by a 60 s rest (the last one before the
  // next exercise).
  for (let set = 1; set <= 4; set++) {
    await expect(page.locator('.step-count')).toHaveText(`Exercise 1 of 3 · Set ${set} of 4`);
    await page.getByRole('button', { name: 'Start the 45 s hold' }).click();
    await page.clock.fastForward(20_000);
    await expect(page.locator('.big-timer')).toHaveText('0:25');
    await page.clock.fastForward(25_000);
    await expect(page.locator('.stage-label')).toHaveText('Rest');
    await page.clock.fastForward(60_000);
  }
  // Wall stretch: 3 × 30 s with 15 s rests; pause and resume once.
  await expect(heading).toHaveText('Standing wall stretch');
  for (let set = 1; set <= 3; set++) {
    await page.getByRole('button', { name: 'Start the 30 s hold' }).click();
    if (set === 1) {
      await page.clock.fastForward(10_000);
      await page.getByRole('button', { name: 'Pause' }).click();
      await page.clock.fastForward(120_000);
      await expect(page.locator('.big-timer')).toHaveText('0:20');
      await page.getByRole('button', { name: 'Resume' }).click();
      await page.clock.fastForward(20_000);
    } else {
      await page.clock.fastForward(30_000);
    }
    await expect(page.locator('.stage-label')).toHaveText('Rest');
    await page.clock.fastForward(15_000);
  }
  // Band push: 3 × 15 reps, counted by taps, 45 s rests.
  await expect(heading).toHaveText('Band foot push');
  for (let set = 1; set <= 3; set++) {
    await page.getByRole('button', { name: 'Start a set of 15' }).click();
    for (let rep = 0; rep < 15; rep++) await page.getByRole('button', { name: '+1 rep' }).click();
    if (set < 3) {
      await expect(page.locator('.stage-label')).toHaveText('Rest');
      await page.getByRole('button', { name: 'Skip the rest' }).click();
    }
  }
  await expect(heading).toHaveText('Session done');
  await expectAccessible(page, 'session end');
  await page.getByLabel('Worst pain during the session').fill('6');
  await page.getByLabel('Pain now, straight after').fill('3');
  await page.getByRole('button', { name: 'Save the session' }).click();
  // Pain above 5 during: the pain-monitoring model proposes a step back, naming the rule.
  const proposal = page.locator('.proposal-back');
  await expect(proposal).toContainText('Proposal: step back');
  await expect(proposal).toContainText('Pain during exercise stays at 5 out of 10 or less');
  await expect(page.getByText(/Last session: .*pain 6\/10 during and 3\/10 straight after/)).toBeVisible();
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('achilles.session.')));
  expect(stored).toHaveLength(1);
});

test('a reload in the middle of a hold resumes it where it was', async ({ page }) => {
  await page.clock.install({ time: START });
  await startProgramme(page, 1);
  await page.goto('/session');
  await page.getByRole('button', { name: 'Start the 45 s hold' }).click();
  await page.clock.fastForward(10_000);
  await page.reload();
  await expect(page.locator('.step-count')).toHaveText('Exercise 1 of 3 · Set 1 of 4');
  await expect(page.locator('.stage-label')).toHaveText('Hold');
  await page.clock.fastForward(5_000);
  await expect(page.locator('.big-timer')).toHaveText(/0:3[01]/);
  await page.clock.fastForward(30_000);
  await expect(page.locator('.stage-label')).toHaveText('Rest');
});

test('pain above 5 steps back a phase when accepted, and the next morning is asked for', async ({ page }) => {
  await page.clock.install({ time: START });
  await startProgramme(page, 2);
  await page.goto('/session');
  await page.getByRole('button', { name: 'End the session' }).click();
  await page.getByLabel('Worst pain during the session').fill('7');
  await page.getByRole('button', { name: 'Save the session' }).click();
  await page.getByRole('button', { name: 'Accept: step back' }).click();
  await expect(page.locator('.phase-count')).toContainText('Phase 1 of 5');
  await expectAccessible(page, 'programme');

  // A calm session, then the next morning: the app asks for the check-in.
  await page.goto('/session');
  await page.getByRole('button', { name: 'End the session' }).click();
  await page.getByLabel('Worst pain during the session').fill('2');
  await page.getByRole('button', { name: 'Save the session' }).click();
  await page.clock.setSystemTime(new Date('2026-11-24T07:00:00'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'How is the tendon this morning?' })).toBeVisible();
  await page.goto('/');
  await checkInOnToday(page, '5 min', 1);
  expect(await page.evaluate(() => localStorage.getItem('achilles.checkin.2026-11-24'))).toContain('"stiffness_minutes":5');
  await page.goto('/programme');
  await expect(page.getByRole('heading', { name: 'Proposal: stay at this level' })).toBeVisible();
});

test('return to running: the checklist, the counted heel raises, then the ladder', async ({ page }) => {
  await page.goto('/run');
  await expect(page.getByText('Not yet')).toBeVisible();
  await page.getByLabel('I can walk briskly for 30 minutes without pain').check();
  await page.getByLabel('How many in a row').fill('15');
  await page.getByLabel('Pain while hopping').fill('2');
  await page.getByRole('button', { name: 'Save the hop test' }).click();
  for (let i = 0; i < 20; i++) await page.getByRole('button', { name: '+1 raise' }).click();
  await page.getByRole('button', { name: 'Save the count' }).click();
  await expect(page.getByText('Saved: 20 raises.')).toBeVisible();
  await expect(page.locator('.ladder li.current')).toHaveText('Run 1 min, walk 1 min, 10 times');
  await expect(page.getByText('Do this rung\'s run first, then log it.')).toBeVisible();
  await page.getByLabel('Worst pain during the run').fill('2');
  await page.getByRole('button', { name: 'Save the run' }).click();
  await expect(page.getByText(/At most one rung every 2 days/)).toBeVisible();
  await expectAccessible(page, 'return to running');
});

test('the programme and a session work offline', async ({ page, context }) => {
  await page.goto('/');
  await untilControlled(page);
  await startProgramme(page, 1);
  await context.setOffline(true);
  await page.goto('/session');
  await expect(page.getByRole('button', { name: 'Start the 45 s hold' })).toBeVisible();
  await page.goto('/exercises');
  await expect(page.locator('.exercise-card')).toHaveCount(11);
  await appReady(page);
});
