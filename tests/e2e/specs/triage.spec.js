// "Check my heel" end to end: each condition, the emergency alert (once by keyboard
// alone), answers that survive a reload, and results that survive a reload and work offline.
import { test, expect, appReady, expectAccessible, untilControlled } from '../fixtures.js';

const next = (page) => page.getByRole('button', { name: 'Next' }).click();
const heading = (page) => page.locator('main h1').first();

/** Answers the six pages through the UI. Unlisted answers keep their defaults. */
async function answer(page, a = {}) {
  await page.goto('/check');
  await expect(heading(page)).toHaveText('Signs of a tear');
  await expect(page.getByText('Step 1 of 6')).toBeVisible();
  await next(page);

  await expect(page.getByText('Step 2 of 6')).toBeVisible();
  if (a.side) await page.getByRole('radio', { name: a.side, exact: true }).check();
  if (a.sudden) await page.getByRole('radio', { name: /^Suddenly/ }).check();
  if (a.weeks !== undefined) await page.getByLabel('How many weeks ago did it start?').fill(String(a.weeks));
  await next(page);

  await expect(heading(page)).toHaveText('Where it hurts');
  if (a.where) await page.getByRole('radio', { name: a.where }).check();
  await next(page);

  await expect(heading(page)).toHaveText('How it feels');
  if (a.pain !== undefined) await page.getByLabel('Worst pain in the last 24 hours').fill(String(a.pain));
  if (a.heelRaise) await page.getByRole('radio', { name: a.heelRaise }).check();
  for (const label of a.symptoms ?? []) await page.getByRole('checkbox', { name: label }).check();
  await next(page);
  if (a.stopAfterSymptoms) return;

  await expect(heading(page)).toHaveText('Other warning signs');
  for (const label of a.flags ?? []) await page.getByRole('checkbox', { name: label }).check();
  await next(page);

  await expect(heading(page)).toHaveText('Recent training');
  for (const label of a.changes ?? []) await page.getByRole('checkbox', { name: label }).check();
  await next(page);

  await expect(heading(page)).toHaveText('Check your answers');
  await page.getByRole('button', { name: 'See my result' }).click();
}

test('hill repeats for four weeks: acute tendinitis, self-care, with reasons and first-days advice', async ({ page }) => {
  await answer(page, {
    weeks: 4, where: /middle of the tendon/, pain: 4,
    symptoms: ['Sharp pain as you push off when walking or running'], changes: ['More hills'],
  });
  await expect(heading(page)).toHaveText('Likely acute Achilles tendinitis');
  await expect(page.getByText('Self-care is reasonable')).toBeVisible();
  const why = page.locator('ul.reasons');
  await expect(why).toContainText('4 weeks');
  await expect(why).toContainText('pain when pushing off');
  await expect(why).toContainText('More hills');
  await expect(page.locator('ul.advice').first()).toContainText('relative rest');
  await expect(page.locator('ul.advice').first()).toContainText('ice');
  await expect(page.getByText('not a diagnosis')).toBeVisible();
  await expectAccessible(page, 'acute result');
});

test('six months of stiff mornings at the insertion: chronic tendinopathy, see a clinician', async ({ page }) => {
  await answer(page, {
    weeks: 26, where: /meets the heel bone/, pain: 3,
    symptoms: ['Stiff or sore when you get up in the morning', 'It eases once you have warmed up, then returns afterwards'],
  });
  await expect(heading(page)).toHaveText('Likely chronic Achilles tendinopathy');
  await expect(page.getByText('See a doctor or physiotherapist', { exact: true })).toBeVisible();
  await expect(page.locator('ul.reasons')).toContainText('three months or longer');
  // Insertional pain: no drops below step level.
  await expect(page.getByText(/below the level of a step/)).toBeVisible();
  await expectAccessible(page, 'chronic result');
});

test('no symptom at all: no clear signs', async ({ page }) => {
  await answer(page, {});
  await expect(heading(page)).toHaveText('No clear signs of an Achilles problem');
  await expect(page.getByText('Self-care is reasonable')).toBeVisible();
});

test('red flags send to a clinician and explain each one', async ({ page }) => {
  await answer(page, {
    side: 'Both', weeks: 3, pain: 3,
    flags: ['Aches or swelling in other joints or elsewhere in the body', 'Numbness or pins and needles in the foot'],
  });
  await expect(heading(page)).toHaveText('Likely acute Achilles tendinitis');
  await expect(page.getByText('See a doctor or physiotherapist', { exact: true })).toBeVisible();
  const why = page.locator('ul.reasons');
  await expect(why).toContainText('both heels');
  await expect(why).toContainText('nerve');
});

test('a pop, answered by keyboard alone, goes straight to the emergency alert', async ({ page }) => {
  await page.goto('/check');
  await appReady(page);
  // Tab to the first question (its checked "No" radio), choose "Yes" with an arrow key.
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.name === 'pop_or_snap')) break;
  }
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: 'Yes' }).first()).toBeChecked();
  // Tab on to Next and press Enter.
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.textContent === 'Next')) break;
  }
  await page.keyboard.press('Enter');

  const alert = page.locator('section.emergency');
  await expect(alert).toBeVisible();
  await expect(page.locator('#emergency-title')).toHaveText('See a doctor today');
  await expect(page.locator('#emergency-title')).toBeFocused();
  await expect(alert).toContainText('emergency department or an urgent care centre today');
  await expect(alert).toContainText('hops, heel raises');
  await expect(alert).toContainText('does not rule out a tear');
  const card = alert.locator('.clinician-card');
  await expect(card).toContainText('pop or snap');
  // Pages never reached are not reported as answers.
  await expect(card).not.toContainText('Worst pain');
  await expect(card).not.toContainText('heel raise');
  await expect(card).toContainText('Not asked');
  // The alert says where to go once, and the page below it does not repeat the advice.
  await expect(page.getByText('Go to an emergency department or an urgent care centre today.')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'What to do now' })).toHaveCount(0);
  await expect(page).toHaveURL(/\/checks\/\d+$/);
  // The alert comes before anything else in the page.
  const first = await page.evaluate(() => document.querySelector('main').firstElementChild?.className);
  expect(first).toContain('emergency');
  await expectAccessible(page, 'emergency alert');

  // Today shows it too, loudly.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.locator('.card-emergency')).toContainText('See a doctor today');
});

test('a sudden start without a single-leg heel raise alerts after the symptoms page', async ({ page }) => {
  await answer(page, { sudden: true, weeks: 0, pain: 6, heelRaise: "I can't", stopAfterSymptoms: true });
  await expect(page.locator('#emergency-title')).toHaveText('See a doctor today');
  await expect(page.locator('.emergency-kicker')).toHaveText('Possible Achilles tendon rupture');
  // Pages 1 to 4 were answered, so the card reports them.
  await expect(page.locator('.clinician-card')).toContainText('6/10');
  await expect(page.locator('.clinician-card')).toContainText('not possible');
});

test('fever with a hot red heel is a same-day alert for infection', async ({ page }) => {
  await answer(page, {
    weeks: 1, pain: 5,
    flags: ['The back of the heel looks red or feels hot', 'You have a fever or feel feverish'],
  });
  await expect(page.locator('#emergency-title')).toHaveText('See a doctor today');
  await expect(page.locator('.emergency-kicker')).toHaveText('Possible infection');
  await expect(page.locator('.emergency')).not.toContainText('does not rule out a tear');
});

test('answers in progress survive a reload, and Back keeps them', async ({ page }) => {
  await page.goto('/check');
  await next(page);
  await page.getByLabel('How many weeks ago did it start?').fill('7');
  await page.getByRole('radio', { name: 'Left', exact: true }).check();
  await next(page);
  await page.getByRole('radio', { name: /middle of the tendon/ }).check();
  await page.reload();
  await expect(heading(page)).toHaveText('Where it hurts');
  await expect(page.getByRole('radio', { name: /middle of the tendon/ })).toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('How many weeks ago did it start?')).toHaveValue('7');
  await expect(page.getByRole('radio', { name: 'Left', exact: true })).toBeChecked();
  // Today offers to continue it.
  await page.goto('/');
  await page.getByRole('link', { name: 'Continue the check' }).click();
  await expect(heading(page)).toHaveText('When it started');
});

test('the leg drawing can be tapped to choose the place', async ({ page }) => {
  await page.goto('/check');
  await next(page);
  await next(page);
  await expect(heading(page)).toHaveText('Where it hurts');
  const zones = page.locator('ellipse.leg-zone');
  await expect(zones).toHaveCount(3);
  await zones.nth(2).click();
  await expect(page.getByRole('radio', { name: /meets the heel bone/ })).toBeChecked();
  await expect(zones.nth(2)).toHaveClass(/selected/);
  await zones.nth(0).click();
  await expect(page.getByRole('radio', { name: 'The calf muscle' })).toBeChecked();
});

test('the review page changes an answer and returns', async ({ page }) => {
  await page.goto('/check');
  for (let i = 0; i < 6; i++) await next(page);
  await expect(heading(page)).toHaveText('Check your answers');
  await expect(page.getByText('Last step')).toBeVisible();
  await page.getByRole('button', { name: 'Change: When it started' }).click();
  await expect(heading(page)).toHaveText('When it started');
  await page.getByLabel('How many weeks ago did it start?').fill('13');
  for (let i = 0; i < 5; i++) await next(page);
  await expect(page.locator('.review-list').nth(1)).toContainText('13 weeks ago');
  await expectAccessible(page, 'review page');
});

test('a bad number of weeks is refused with a message', async ({ page }) => {
  await page.goto('/check');
  await next(page);
  const weeks = page.getByLabel('How many weeks ago did it start?');
  await weeks.fill('3');
  await weeks.fill('-2');
  await expect(page.getByText('Enter a whole number of weeks from 0 to 520.')).toBeVisible();
  await expect(weeks).toHaveAttribute('aria-invalid', 'true');
  await weeks.fill('5');
  await expect(page.getByText('Enter a whole number of weeks from 0 to 520.')).toBeHidden();
});

test('results are saved with their date, listed in history, and survive a reload and going offline', async ({ page, context }) => {
  await page.goto('/');
  await untilControlled(page);
  await answer(page, { weeks: 4, pain: 4, symptoms: ['Swelling at the back of the ankle'] });
  await expect(heading(page)).toHaveText('Likely acute Achilles tendinitis');
  const resultUrl = page.url();
  await page.reload();
  await expect(heading(page)).toHaveText('Likely acute Achilles tendinitis');

  await answer(page, {});
  await expect(heading(page)).toHaveText('No clear signs of an Achilles problem');

  await context.setOffline(true);
  await page.goto('/checks');
  await expect(page.locator('.history li')).toHaveCount(2);
  const today = await page.evaluate(() => new Date().toDateString().slice(4, 10).replace(/^(\w+) 0?(\d+)$/, '$2 $1'));
  await expect(page.locator('.history li').first()).toContainText(today);
  await expect(page.locator('.history li').first()).toContainText('No clear signs');
  await page.goto(resultUrl);
  await expect(heading(page)).toHaveText('Likely acute Achilles tendinitis');
  await page.goto('/');
  await expect(page.locator('.card').filter({ hasText: 'Latest heel check' })).toContainText('No clear signs of an Achilles problem');
  await expectAccessible(page, 'history offline');
});
