import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, loginAs, startJourney, type BrowserJourney } from './support/browser.js';

/** Every role's start page shows the foundation's overview with real data, accessibly. */
describe.skipIf(!browserAvailable)('journey: each role opens its start page', () => {
  let j: BrowserJourney;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

  const cases: { username: string; heading: string; shows: string }[] = [
    { username: 'admin', heading: 'Administration', shows: 'Konten insgesamt' },
    { username: 'revision', heading: 'Letzte Berechtigungsänderungen', shows: 'Alle Berechtigungsänderungen' },
    { username: 'teamleitung', heading: 'Zielwerte der Servicevereinbarungen', shows: '75 % in 30 s' },
    { username: 'abrechnung', heading: 'Abrechnung: teilnehmende Verwaltungen', shows: 'Stadt Langenhagen' },
    { username: 'leitstelle', heading: 'Leitstelle Städtischer Ordnungsdienst', shows: 'ordnungsamt@hannover.demo.example.org' },
    { username: 'redaktion.langenhagen', heading: 'Redaktion Stadt Langenhagen', shows: 'Steuern und Abgaben' },
    { username: 'fachbereich.langenhagen', heading: 'Fachbereich Langenhagen', shows: 'buergerbuero@langenhagen.demo.example.org' },
  ];

  for (const c of cases) {
    it(`${c.username}: "${c.heading}" with real data, no axe violations`, async () => {
      const page = await j.newPage();
      await loginAs(page, c.username);
      const section = page.locator('section').filter({ has: page.getByRole('heading', { name: c.heading, exact: true }) });
      await section.getByText(c.shows).first().waitFor();
      expect(await section.getByRole('alert').count()).toBe(0);
      await expectNoAxeViolations(page);
      await page.context().close();
    });
  }
});
