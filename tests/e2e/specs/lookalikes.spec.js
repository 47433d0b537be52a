// The catalogue's look-alikes end to end: each alert variant it added (the spinal nerves,
// compartment syndrome, a diabetic foot, a fluoroquinolone, a tear on an old ache), the
// follow-up questions that decide them, the emergency number by country with tap to call,
// and the stop-and-check link from a guided session. A runner in the UK: 999 and "A&E".
import { test, expect, appReady, expectAccessible, walkCheck } from '../fixtures.js';

test.use({ locale: 'en-GB' });

const kicker = (page) => page.locator('.emergency-kicker');
const title = (page) => page.locator('#emergency-title');
const steps = (page) => page.locator('.emergency-steps');

test('both legs numb and weak, getting worse: the emergency department now, in British words, 999 to tap', async ({ page }) => {
  await walkCheck(page, {
    'Other warning signs': async () => {
      await page.getByRole('checkbox', { name: 'Numbness or pins and needles in the foot' }).check();
      await page.getByRole('checkbox', { name: /foot or leg feels weak/ }).check();
    },
    'More about those signs': async () => {
      await expect(page.getByText('Is it in both legs?')).toBeVisible();
      await expectAccessible(page, 'more about those signs');
      await page.locator('input[name="nerves_both_legs"]').first().check();
      await page.locator('input[name="nerves_worse"]').first().check();
    },
  }, { stopAfter: 'More about those signs' });
  await expect(kicker(page)).toHaveText('Possible pressure on the nerves in the spine');
  await expect(title(page)).toHaveText('Go to an emergency department now');
  await expect(page.locator('.emergency-where')).toHaveText(
    'Go to A&E now. If you cannot get there quickly, call the emergency number, 999.',
  );
  await expect(page.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  await expect(page.getByText('Numbers for United Kingdom.')).toBeVisible();
  await expect(page.locator('.clinician-card')).toContainText('Nerve signs');
  await expectAccessible(page, 'nerves alert');
});

test('numbness in one foot, steady, no back pain: the follow-ups keep it to a clinician soon', async ({ page }) => {
  await walkCheck(page, {
    'Other warning signs': () => page.getByRole('checkbox', { name: 'Numbness or pins and needles in the foot' }).check(),
  });
  await expect(page.locator('section.emergency')).toHaveCount(0);
  await expect(page.getByText('See a doctor or physiotherapist', { exact: true })).toBeVisible();
});

test('a hard, tight calf with pain out of proportion: the emergency department now', async ({ page }) => {
  await walkCheck(page, {
    'Your calf': async () => {
      await page.locator('input[name="calf_pain"]').first().check();
      await expect(page.getByText('Does the calf feel hard and tight')).toBeVisible();
      await page.locator('input[name="calf_tense"]').first().check();
    },
  }, { stopAfter: 'Your calf' });
  await expect(kicker(page)).toHaveText('Possible pressure building inside the calf');
  await expect(title(page)).toHaveText('Go to an emergency department now');
  await expect(steps(page)).toContainText('Do not raise the leg high or wrap it tightly.');
  await expect(page.getByRole('link', { name: 'Call 999' })).toBeVisible();
  await expectAccessible(page, 'compartment alert');
});

test('diabetes and a warm, swollen foot without fever or much pain: a same-day foot check', async ({ page }) => {
  await walkCheck(page, {
    'Medicines and health': async () => {
      await page.getByRole('checkbox', { name: 'Diabetes' }).check();
      await page.locator('input[name="foot_warm_red_swollen"]').first().check();
      await expectAccessible(page, 'medicines and health with diabetes');
    },
  }, { stopAfter: 'Medicines and health' });
  await expect(kicker(page)).toHaveText('A warm, red or swollen foot with diabetes');
  await expect(title(page)).toHaveText('See a doctor today');
  await expect(page.locator('.emergency-where')).toContainText('your doctor or diabetes foot team, or an urgent treatment centre');
  await expect(page.locator('.emergency-where')).toContainText('go to A&E now');
  await expect(steps(page)).toContainText('Do not wait for pain or a fever.');
  await expectAccessible(page, 'diabetic foot alert');
});

test('an ache while still on ciprofloxacin: stop it now and call today, even before reaching anyone', async ({ page }) => {
  await walkCheck(page, {
    'How it feels': () => page.getByLabel('Worst pain in the last 24 hours').fill('3'),
    'Medicines and health': async () => {
      await page.locator('input[name="fluoroquinolone"]').first().check();
      await page.locator('input[name="fluoroquinolone_now"]').first().check();
    },
  }, { stopAfter: 'Medicines and health' });
  await expect(kicker(page)).toHaveText('Tendon pain on a fluoroquinolone antibiotic');
  await expect(title(page)).toHaveText('Stop the antibiotic and call today');
  await expect(page.locator('.emergency-where')).toHaveText(
    'Contact the doctor who prescribed the antibiotic, your GP or a pharmacist today; out of hours, call 111.',
  );
  await expect(steps(page)).toContainText('even if you cannot reach anyone today');
  await expect(steps(page)).not.toContainText('without asking');
  await expectAccessible(page, 'medicine alert');
  // Named by its alert in the list of checks and on Today.
  await page.goto('/checks');
  await expect(page.locator('.history li').first()).toContainText('Tendon pain on a fluoroquinolone antibiotic');
  await expect(page.locator('.history li').first()).toContainText('Stop the antibiotic and call today');
  await page.goto('/');
  await expect(page.locator('.card-emergency h2')).toHaveText('Stop the antibiotic and call today');
});

test('a long-standing ache that gave way on a sprint last week: a tear until examined', async ({ page }) => {
  await walkCheck(page, {
    'When it started': () => page.getByLabel('How many weeks ago did it start?').fill('40'),
    'Other warning signs': () => page.getByRole('checkbox', { name: /suddenly got much worse/ }).check(),
    'More about those signs': async () => {
      await page.getByLabel('How many weeks ago did it get much worse?').fill('1');
      await page.getByRole('radio', { name: /^At a moment during activity/ }).check();
    },
  }, { stopAfter: 'More about those signs' });
  await expect(kicker(page)).toHaveText('Possible Achilles tendon rupture');
  await expect(page.locator('.clinician-card')).toContainText('got much worse during activity less than a month ago');
});

test('weeks and age start empty and must be answered on purpose', async ({ page }) => {
  await page.goto('/check');
  for (const name of ['pop_or_snap', 'felt_kicked', 'gap_in_tendon', 'four_steps', 'heel_bruising']) {
    await page.locator(`input[name="${name}"]`).nth(1).check();
  }
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('main h1')).toHaveText('When it started');
  await expect(page.getByLabel('How many weeks ago did it start?')).toHaveValue('');
  await expect(page.getByLabel('How old are you?')).toHaveValue('');
  await page.getByRole('radio', { name: 'Left', exact: true }).check();
  await page.getByRole('radio', { name: /^Gradually/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.form-error')).toContainText('Still to answer: how many weeks ago and your age');
  await page.getByLabel('How many weeks ago did it start?').fill('0');
  await page.getByLabel('How old are you?').fill('61');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('main h1')).toHaveText('Where it hurts');
});

test('the country chosen in More sets the number the alerts show', async ({ page }) => {
  await page.goto('/more');
  await expect(page.getByText('Emergency number: 999. Urgent medical advice: 111.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'United States' });
  await expect(page.getByText('Emergency number: 911.')).toBeVisible();
  await expectAccessible(page, 'more with the country');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveValue(/\d+/);
  await expect(page.getByText('Emergency number: 911.')).toBeVisible();
  // A call-now alert now dials 911, and names the ER.
  await walkCheck(page, {
    'Your calf': async () => {
      await page.locator('input[name="calf_pain"]').first().check();
      await page.locator('input[name="calf_swollen"]').first().check();
      await page.locator('input[name="breathless"]').first().check();
    },
  }, { stopAfter: 'Your calf' });
  await expect(page.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
  await expect(page.getByText('Numbers for United States.')).toBeVisible();
  await page.goto('/');
  await expect(page.locator('.card-emergency').getByRole('link', { name: 'Call 911' })).toBeVisible();
});

test('a pop during a session: stop-and-check starts a fresh heel check in one tap, and rehab pauses', async ({ page }) => {
  await walkCheck(page, {
    'When it started': () => page.getByLabel('How many weeks ago did it start?').fill('3'),
    'Where it hurts': () => page.getByRole('radio', { name: /middle of the tendon/ }).check(),
    'How it feels': () => page.getByRole('checkbox', { name: /push off/ }).check(),
  });
  await page.goto('/programme');
  await page.getByRole('button', { name: 'Start the programme' }).click();
  await page.goto('/exercises/calf-raise');
  await expect(page.locator('.stop-and-check')).toContainText('A pop, a kick at the back of the leg, or a sudden sharp pain?');
  await page.goto('/session');
  await appReady(page);
  const net = page.locator('.stop-and-check');
  await expect(net).toBeVisible();
  await expectAccessible(page, 'session with stop-and-check');
  await net.getByRole('button', { name: 'Do the heel check now' }).click();
  await expect(page).toHaveURL(/\/check$/);
  await expect(page.locator('main h1')).toHaveText('Signs of a tear');
  await expect(page.getByText('Step 1 of 8')).toBeVisible();
  await expect(page.locator('main input[type=radio]:checked')).toHaveCount(0);
  await page.locator('input[name="pop_or_snap"]').first().check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(title(page)).toHaveText('See a doctor today');
  // Today's programme card no longer invites a session.
  await page.goto('/');
  const programme = page.locator('.card').filter({ hasText: 'Exercise programme' });
  await expect(programme).toContainText('Paused');
  await expect(programme.getByRole('link', { name: "Today's session" })).toHaveCount(0);
});
