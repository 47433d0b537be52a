// Every screen at 360 px, light and dark, written to tests/e2e/screenshots/ so a reviewer
// can look at them without building the app. The clock is fixed and motion reduced, so the
// pictures only change when the screens do. Each screen also passes axe in both schemes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, appReady, expectAccessible, SCREENS } from '../fixtures.js';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

test.use({ viewport: { width: 360, height: 780 }, reducedMotion: 'reduce' });

for (const scheme of ['light', 'dark']) {
  test(`every screen at 360 px, ${scheme}`, async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-23T08:00:00') });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    for (const [name, url, heading] of SCREENS) {
      await page.goto(url);
      await appReady(page);
      await expect(page.locator('main h1'), name).toHaveText(heading);
      await expect(page.getByRole('status').filter({ hasText: 'Opening' })).toHaveCount(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(360);
      await page.screenshot({ path: path.join(OUT, `${name}-${scheme}.png`) });
      await expectAccessible(page, `${name} (${scheme}, 360 px)`);
    }
  });
}
