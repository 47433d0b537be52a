// Shared test fixtures: every test fails on a console error or a request that leaves
// 127.0.0.1, plus helpers for axe-core, the service worker, and extra servers.
import { test as base, expect } from '@playwright/test';
import { CHROMIUM, serve, untilControlled } from './browser.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The test server's port; E2E_PORT moves it (and the extra servers above it), so two
 * checkouts can run their suites at once. */
export const PORT = Number(process.env.E2E_PORT ?? 4173);

export const DIST = process.env.DIST ?? path.resolve(here, '../../dist');
export const DIST_NEXT = process.env.DIST_NEXT ?? path.resolve(here, '../../target/e2e/dist-next');
export const DIST_SUBPATH = process.env.DIST_SUBPATH ?? path.resolve(here, '../../target/e2e/dist-subpath');

/** Console errors and foreign requests, recorded for every page of the test's context. */
export const test = base.extend({
  guard: [
    async ({ context }, use) => {
      const errors = [];
      const foreign = [];
      const watch = (page) => {
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('pageerror', (e) => errors.push(String(e)));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      // Anything that is not our own server is recorded and refused, never sent.
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.hostname !== '127.0.0.1') {
          foreign.push(url.href);
          return route.abort();
        }
        return route.continue();
      });
      await use({ errors, foreign });
      expect(errors, 'console errors').toEqual([]);
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect, CHROMIUM, serve, untilControlled };

/** The app has mounted and drawn a screen. */
export async function appReady(page) {
  await expect(page.locator('main h1').first()).toBeVisible();
}

/** Every screen the app has: a short name (for screenshot files), its address, and the
 * heading it shows with no data stored. */
export const SCREENS = [
  ['today', '/', 'Today'],
  ['check', '/check', 'Signs of a tear'],
  ['checks', '/checks', 'Your heel checks'],
  ['journal', '/journal', 'Journal'],
  ['trends', '/trends', 'Trends'],
  ['risk', '/risk', 'Your risk factors'],
  ['summary', '/summary', 'Summary for your physiotherapist'],
  ['function-check', '/function-check', 'Function check'],
  ['programme', '/programme', 'Exercise programme'],
  ['session', '/session', 'No session to run'],
  ['run', '/run', 'Back to running'],
  ['exercises', '/exercises', 'Exercises'],
  ['exercise', '/exercises/drop-jump', 'Drop jump'],
  ['my-data', '/my-data', 'My data'],
  ['about', '/about', 'About this app'],
  ['more', '/more', 'More'],
  ['check-not-found', '/checks/12345', 'Check not found'],
  ['not-found', '/no/such/page', 'Page not found'],
];

/** The tab bar's tabs and the heading each leads to, in an order where every tab is a new
 * place after the one before, starting from Today. */
export const TABS = [
  ['Check', 'Signs of a tear'],
  ['Rehab', 'Exercise programme'],
  ['Journal', 'Journal'],
  ['More', 'More'],
  ['Today', 'Today'],
];

/** Fills in Today's morning check-in (stiffness as its chip's label, pain 0–10), saves it,
 * and waits for the card to go, as it does once today's check-in exists. */
export async function checkInOnToday(page, stiffness, pain) {
  const card = page.locator('.card').filter({ hasText: 'Morning check-in' });
  await card.getByRole('radio', { name: stiffness, exact: true }).check();
  await card.getByLabel('Pain on getting up').fill(String(pain));
  await card.getByRole('button', { name: 'Save the check-in' }).click();
  await expect(page.locator('.card').filter({ hasText: 'Morning check-in' })).toHaveCount(0);
}

/** axe-core finds no serious or critical violation on the current screen. */
export async function expectAccessible(page, where) {
  // Injected through the DevTools protocol, so the page's CSP needs no exception for it.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    })
  );
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `accessibility violations on ${where}`).toEqual([]);
}

/** The least worrying answer of each radio question, chosen where a test says nothing. */
const SAFE_CHOICE = {
  side: 'Right',
  onset: /^Gradually/,
  pain_location: "I'm not sure",
  heel_raise: 'Yes, without much pain',
  calf_squeeze: 'Yes, the foot moved down',
  foot_hang: 'No, both hang the same',
  worsening_how: /^Over a day or more/,
};

/** What is typed in each number question a test leaves empty: an adult, a few weeks. */
const SAFE_NUMBER = { weeks: '3', age: '35', 'worsening-weeks': '10' };

/** Answers, by tapping, every question of the current check page that is still
 * unanswered: "No", the safe choice, "None of these", and a touch of the pain slider. */
export async function answerRestOfPage(page) {
  // A screen opened by address may still be loading its module: wait for its heading.
  await appReady(page);
  const groups = page.locator('main fieldset.question');
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    if (await group.locator('input:checked').count()) continue;
    const radios = group.locator('input[type=radio]');
    if (await radios.count()) {
      const name = await radios.first().getAttribute('name');
      const safe = SAFE_CHOICE[name] ?? 'No';
      await group.getByRole('radio', typeof safe === 'string' ? { name: safe, exact: true } : { name: safe }).check();
    } else {
      const none = group.getByRole('checkbox', { name: 'None of these' });
      if (await none.count()) await none.check();
    }
  }
  const numbers = page.locator('main input[type=number]');
  for (let i = 0; i < (await numbers.count()); i++) {
    const field = numbers.nth(i);
    if ((await field.inputValue()) === '') await field.fill(SAFE_NUMBER[await field.getAttribute('id')] ?? '1');
  }
  const pain = page.locator('.pain-question.unanswered, .pain-question:has(.hint:not([hidden]))');
  if (await pain.count()) await pain.locator('input[type=range]').fill(await pain.locator('input[type=range]').inputValue());
}

/** Walks "Check my heel" through the UI from the first page. `pages` maps a page heading
 * to what to do on it before the rest is answered safely. Stops after the page named by
 * `stopAfter` (the alert may follow), before the page named by `until`, or on the result.
 * `here`: the check is already open (reached by a link), so no navigation.
 * `onEachPage(title)`: called on arrival at every page (axe, say). */
export async function walkCheck(page, pages = {}, { stopAfter, until, here = false, onEachPage } = {}) {
  // A page behind another tab gets animation frames only about every 2 s, and every
  // Playwright action waits for one: act on the page in front.
  await page.bringToFront();
  if (!here) await page.goto('/check');
  const heading = page.locator('main h1').first();
  for (let i = 0; i < 12; i++) {
    await expect(heading).toBeVisible();
    const title = await heading.textContent();
    if (onEachPage) await onEachPage(title);
    if (title === 'Check your answers') {
      await page.getByRole('button', { name: 'See my result' }).click();
      await expect(page).toHaveURL(/\/checks\/\d+$/);
      return;
    }
    if (title === until) return;
    if (pages[title]) await pages[title](page);
    await answerRestOfPage(page);
    await page.getByRole('button', { name: 'Next' }).click();
    if (title === stopAfter) return;
    await expect(heading).not.toHaveText(title);
    if (/\/checks\/\d+$/.test(page.url())) return;
  }
  throw new Error('the check did not end');
}

/** Fills what is left of localStorage's quota with another site's data (remove it after
 * with `emptyQuota`), so the app's next write fails as on a full phone. */
export async function fillQuota(page) {
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    let i = 0;
    for (let size = chunk.length; size >= 1; ) {
      try {
        localStorage.setItem(`filler-${i++}`, chunk.slice(0, size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

export async function emptyQuota(page) {
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
}
