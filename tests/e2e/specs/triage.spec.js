// "Check my heel" end to end: each condition, the emergency alert (once by keyboard
// alone), answers that survive a reload, and results that survive a reload and work offline.
import { test, expect, appReady, answerRestOfPage, expectAccessible, untilControlled, walkCheck } from '../fixtures.js';

const next = (page) => page.getByRole('button', { name: 'Next' }).click();
const heading = (page) => page.locator('main h1').first();

/** Answers every page through the UI; what a test leaves out is answered with the
 * least worrying choice, each by a tap (nothing is pre-selected). */
async function answer(page, a = {}) {
  await walkCheck(page, {
    'Signs of a tear': async () => {
      await expect(page.getByText('Step 1 of 8')).toBeVisible();
    },
    'When it started': async () => {
      if (a.side) await page.getByRole('radio', { name: a.side, exact: true }).check();
      if (a.sudden) await page.getByRole('radio', { name: /^Suddenly/ }).check();
      if (a.weeks !== undefined) await page.getByLabel('How many weeks ago did it start?').fill(String(a.weeks));
    },
    'Where it hurts': async () => {
      if (a.where) await page.getByRole('radio', { name: a.where }).check();
    },
    'How it feels': async () => {
      if (a.pain !== undefined) await page.getByLabel('Worst pain in the last 24 hours').fill(String(a.pain));
      if (a.heelRaise) await page.getByRole('radio', { name: a.heelRaise }).check();
      for (const label of a.symptoms ?? []) await page.getByRole('checkbox', { name: label }).check();
    },
    'Other warning signs': async () => {
      for (const label of a.flags ?? []) await page.getByRole('checkbox', { name: label }).check();
    },
    'Recent training': async () => {
      for (const label of a.changes ?? []) await page.getByRole('checkbox', { name: label }).check();
    },
  }, { stopAfter: a.stopAfterSymptoms ? 'How it feels' : undefined });
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
  // Nothing is chosen yet: Tab reaches the first question's first answer ("Yes"), and
  // Space chooses it. The other questions stay blank: a tear sign does not wait for them.
  await expect(page.locator('main input[type=radio]:checked')).toHaveCount(0);
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.name === 'pop_or_snap')) break;
  }
  await page.keyboard.press('Space');
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
  // Six weeks ago: too long ago to be a same-day sign alone, so the check goes on.
  await answer(page, { sudden: true, weeks: 6, pain: 6, heelRaise: "I can't", stopAfterSymptoms: true });
  await expect(page.locator('#emergency-title')).toHaveText('See a doctor today');
  await expect(page.locator('.emergency-kicker')).toHaveText('Possible Achilles tendon rupture');
  // The pages up to the symptoms were answered, so the card reports them.
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
  await answerRestOfPage(page);
  await next(page);
  await page.getByLabel('How many weeks ago did it start?').fill('7');
  await page.getByRole('radio', { name: 'Left', exact: true }).check();
  await answerRestOfPage(page);
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
  await answerRestOfPage(page);
  await next(page);
  await answerRestOfPage(page);
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
  await expect(heading(page)).toHaveText('Signs of a tear');
  for (let i = 0; i < 8; i++) {
    await answerRestOfPage(page);
    await next(page);
  }
  await expect(heading(page)).toHaveText('Check your answers');
  await expect(page.getByText('Last step')).toBeVisible();
  await page.getByRole('button', { name: 'Change: When it started' }).click();
  await expect(heading(page)).toHaveText('When it started');
  await page.getByLabel('How many weeks ago did it start?').fill('13');
  for (let i = 0; i < 7; i++) await next(page);
  await expect(page.locator('.review-list').nth(1)).toContainText('13 weeks ago');
  await expectAccessible(page, 'review page');
});

test('a bad number of weeks is refused with a message', async ({ page }) => {
  await page.goto('/check');
  await answerRestOfPage(page);
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

test('Next with an unanswered tear question is refused and says what is missing', async ({ page }) => {
  await page.goto('/check');
  await expect(page.locator('main input[type=radio]:checked')).toHaveCount(0);
  for (const name of ['pop_or_snap', 'felt_kicked', 'gap_in_tendon', 'four_steps']) {
    await page.locator(`input[name="${name}"]`).nth(1).check();
  }
  await next(page);
  const message = page.locator('.form-error');
  await expect(message).toBeVisible();
  await expect(message).toContainText('Still to answer: bruising');
  await expect(message).toBeFocused();
  await expect(heading(page)).toHaveText('Signs of a tear');
  await expect(page.locator('fieldset.unanswered')).toHaveCount(1);
  await expectAccessible(page, 'unanswered question');
  await page.locator('input[name="heel_bruising"]').nth(1).check();
  await expect(message).toBeHidden();
  await next(page);
  await expect(heading(page)).toHaveText('When it started');
});

test('a sudden push-off injury this week without a pop goes to the tear alert', async ({ page }) => {
  await walkCheck(page, {
    'When it started': async () => {
      await page.getByRole('radio', { name: /^Suddenly/ }).check();
      await page.getByLabel('How many weeks ago did it start?').fill('0');
    },
  });
  await expect(page.locator('.emergency-kicker')).toHaveText('Possible Achilles tendon rupture');
  await expect(page.locator('.clinician-card')).toContainText('started suddenly during activity');
  // The list reads as sentences (no "Do not: testing…").
  await expect(page.locator('.emergency-steps')).toContainText('Do not test the leg with hops');
  await expect(page.locator('.emergency-steps')).not.toContainText('Do not:');
});

test('the partner test after an older sudden start: the foot does not move, so the tear alert', async ({ page }) => {
  await walkCheck(page, {
    'When it started': async () => {
      await page.getByRole('radio', { name: /^Suddenly/ }).check();
      await page.getByLabel('How many weeks ago did it start?').fill('8');
    },
    'A check with a friend': async () => {
      await expect(page.getByText('Step 3 of 9')).toBeVisible();
      await expect(page.locator('.partner-figure')).toHaveCount(2);
      await expect(page.getByText(/no hopping, no heel raises/)).toBeVisible();
      await expectAccessible(page, 'partner test');
      await page.getByRole('radio', { name: 'No, the foot did not move' }).check();
    },
  }, { stopAfter: 'A check with a friend' });
  await expect(page.locator('.emergency-kicker')).toHaveText('Possible Achilles tendon rupture');
  const card = page.locator('.clinician-card');
  await expect(card).toContainText('the foot did not move when a friend squeezed the calf');
  await expect(card).toContainText('sudden, 8 weeks ago');
});

test('a sore, swollen calf is a same-day clot alert with its own don\'ts', async ({ page }) => {
  await walkCheck(page, {
    'Your calf': async () => {
      await page.locator('input[name="calf_pain"]').first().check();
      // A sore calf brings the clot questions.
      await expect(page.getByText('Do any of these apply to you?')).toBeVisible();
      await page.locator('input[name="calf_swollen"]').first().check();
      await answerRestOfPage(page);
      await expectAccessible(page, 'calf questions');
    },
  });
  await expect(page.locator('.emergency-kicker')).toHaveText('Possible blood clot in the calf');
  await expect(page.locator('#emergency-title')).toHaveText('See a doctor today');
  await expect(page.locator('.emergency-steps')).toContainText('Do not massage, stretch or foam-roll the calf.');
  await expect(page.locator('.clinician-card')).toContainText('the calf is swollen compared with the other');
  await expectAccessible(page, 'clot alert');
});

test('a swollen calf with breathlessness, by keyboard alone: call the emergency number', async ({ page }) => {
  await walkCheck(page, {}, { until: 'Your calf' });
  const focus = async (name) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((n) => document.activeElement?.name === n, name)) return;
    }
    throw new Error(`could not tab to ${name}`);
  };
  // Each group's first answer is "Yes"; Space chooses it.
  for (const name of ['calf_pain', 'calf_swollen', 'breathless']) {
    await focus(name);
    await page.keyboard.press('Space');
  }
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.textContent === 'Next')) break;
  }
  await page.keyboard.press('Enter');
  await expect(page.locator('#emergency-title')).toHaveText('Call the emergency number now');
  await expect(page.locator('#emergency-title')).toBeFocused();
  await expect(page.locator('.emergency')).toHaveClass(/emergency-call/);
  await expect(page.locator('.emergency-where')).toHaveText('Call the emergency number, 112, now.');
  // The number is a link the phone dials, the next stop for the keyboard after the heading.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Call 112' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Call 112' })).toHaveAttribute('href', 'tel:112');
  await expect(page.getByText('Your country is not known, so the number shown is 112')).toBeVisible();
  await expect(page.locator('.emergency-steps')).toContainText('Do not drive yourself.');
  await expectAccessible(page, 'call-now alert');
});

test('a leg that cannot take four steps is its own same-day alert', async ({ page }) => {
  await page.goto('/check');
  await page.locator('input[name="four_steps"]').first().check();
  await next(page);
  await expect(page.locator('.emergency-kicker')).toHaveText('The leg cannot take your weight');
  await expect(page.locator('.clinician-card')).toContainText('Four steps on the leg');
});

test('an antibiotic and a gradual weakness: see a clinician, no loading advice, programme held', async ({ page }) => {
  await walkCheck(page, {
    'How it feels': async () => {
      await page.getByRole('radio', { name: "I can't" }).check();
    },
    'Medicines and health': async () => {
      await expectAccessible(page, 'medicines and health');
      await page.locator('input[name="fluoroquinolone"]').first().check();
    },
  });
  await expect(page.getByText('See a doctor or physiotherapist', { exact: true })).toBeVisible();
  const advice = page.locator('ul.advice').first();
  // The course is over ("still taking it?" answered no by the walk): tell the prescriber and
  // rest the leg, no loading.
  await expect(advice).toContainText('Tell the doctor who prescribed the fluoroquinolone about the tendon pain');
  await expect(advice).not.toContainText('start loading');
  await expect(page.getByRole('link', { name: 'Go to the exercise programme' })).toHaveCount(0);
  await expect(page.getByText(/Hold off the loading programme/)).toBeVisible();
  await page.goto('/programme');
  await expect(page.getByText(/should examine before you load the tendon/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the programme' })).toHaveCount(0);
});

for (const scheme of ['light', 'dark']) {
  test(`every page of the check, the partner test and the calf questions included, passes axe offline (${scheme})`, async ({ page, context }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await untilControlled(page);
    await context.setOffline(true);
    const seen = [];
    await walkCheck(page, {
      'When it started': async () => {
        await page.getByRole('radio', { name: "I'm not sure" }).first().check();
      },
      'Your calf': async () => {
        await page.locator('input[name="calf_pain"]').first().check();
        await page.locator('input[name="calf_swollen"]').nth(1).check();
        await page.locator('input[name="calf_warm_or_red"]').nth(1).check();
        await page.getByRole('checkbox', { name: 'None of these' }).check();
        await page.locator('input[name="breathless"]').nth(1).check();
      },
    }, { onEachPage: async (title) => {
      seen.push(title);
      await expectAccessible(page, `${title} (${scheme})`);
    } });
    expect(seen).toEqual([
      'Signs of a tear', 'When it started', 'A check with a friend', 'Where it hurts', 'How it feels',
      'Your calf', 'Other warning signs', 'Medicines and health', 'Recent training', 'Check your answers',
    ]);
    // A sore calf with no clot sign and normal partner tests: nothing at the tendon, but a
    // clot is ruled out by a clinician before any loading, so it is named as a look-alike.
    await expect(heading(page)).toHaveText('Heel or calf pain that needs an examination');
    await expectAccessible(page, `result (${scheme})`);
  });
}
