import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, pageWidth, startJourney, type BrowserJourney } from './support/browser.js';
import { screenshot } from './support/screenshots.js';

/** Imprint, privacy notice and accessibility statement: reachable from every citizen page (BITV 2.0, DDG). */
describe.skipIf(!browserAvailable)('journey: a citizen finds the imprint, the privacy notice and the accessibility statement', () => {
  let j: BrowserJourney;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

  it('every citizen page links them in its footer; each reads well at 390 and 1366 px with no axe violations', async () => {
    const page = await j.newPage();
    for (const path of ['/buerger/leistungen', '/buerger/termine', '/buerger/assistent', '/kontakt', '/chat', '/status']) {
      await page.goto(path);
      const footer = page.getByRole('navigation', { name: 'Service und rechtliche Hinweise' });
      await footer.getByRole('link', { name: 'Impressum' }).waitFor();
      await footer.getByRole('link', { name: 'Datenschutz' }).waitFor();
      await footer.getByRole('link', { name: 'Barrierefreiheit' }).waitFor();
    }
    // Keyboard: from the contact form's footer to the accessibility statement and its feedback route.
    await page.goto('/kontakt');
    await page.getByRole('navigation', { name: 'Service und rechtliche Hinweise' }).getByRole('link', { name: 'Barrierefreiheit' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Erklärung zur Barrierefreiheit', level: 1 }).waitFor();
    expect(await page.title()).toBe('Erklärung zur Barrierefreiheit – DialogCenter Hannover');
    await page.getByRole('heading', { name: 'Barrieren melden: Feedback und Kontakt' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Kontaktformular' }).waitFor();

    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
      for (const [path, title] of [
        ['/buerger/impressum', 'Impressum'],
        ['/buerger/datenschutz', 'Datenschutzhinweise'],
        ['/buerger/barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
      ] as const) {
        await page.goto(path);
        await page.getByRole('heading', { name: title, level: 1 }).waitFor();
        if (path === '/buerger/datenschutz') {
          // The periods come from the retention the administration set.
          await page.getByRole('table').getByRole('row').nth(1).waitFor();
          expect(await page.getByRole('table').textContent()).toMatch(/\d+ (Tage|Jahre?)/);
        }
        await expectNoAxeViolations(page);
        expect(await pageWidth(page)).toBeLessThanOrEqual(width);
        await screenshot(page, `legal-${path.split('/').pop()}-${width}`, { fullPage: true });
      }
    }
  });
});
