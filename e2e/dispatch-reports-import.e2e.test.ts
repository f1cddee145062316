import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, loginAs, startJourney, type BrowserJourney } from './support/browser.js';
import { screenshot } from './support/screenshots.js';

const shoot = async (page: Page, name: string) => {
  await screenshot(page, `${name}`, { fullPage: true });
};

describe.skipIf(!browserAvailable)('dispatch reports (heat map, XLSX) and the gazetteer import page', () => {
  let j: BrowserJourney;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

  async function pageAs(user: string, width: number, height: number) {
    const page = await j.newPage();
    await page.setViewportSize({ width, height });
    await loginAs(page, user);
    await page.waitForURL((url) => !url.pathname.startsWith('/anmelden'));
    await page.locator('main h1').first().waitFor();
    return page;
  }

  it('a supervisor sees the heat map by district and downloads the XLSX', async () => {
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ] as const) {
      const page = await pageAs('teamleitung', width, height);
      await page.goto('/leitstelle/berichte');
      await page.locator('main h1').first().waitFor();
      // A period wide enough for the demo incidents at any test clock.
      await page.getByLabel('Von').fill('2000-01-01');
      await page.getByLabel('Bis (ausschließlich)').fill('2100-01-01');
      await page.getByRole('heading', { name: 'Wärmekarte nach Bezirk' }).waitFor();
      const table = page.getByRole('table', { name: 'Einsätze je Gemeinde und Stadtbezirk' });
      await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(3);
      await expect.poll(() => page.locator('.heat-map path.map-municipality').count()).toBe(21);
      expect(await page.locator('.heat-map .heat-district').count()).toBeGreaterThanOrEqual(3);
      expect(await page.locator('.heat-map path.heat-0').count()).toBeLessThan(21); // some municipality has incidents
      if (width === 1366) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: 'XLSX herunterladen' }).click(),
        ]);
        expect(download.suggestedFilename()).toBe('reaktionszeiten-category.xlsx');
        await page.getByRole('button', { name: 'Stadt Hannover' }).click();
        await expect.poll(() => page.locator('.heat-label').count()).toBeGreaterThanOrEqual(3);
        // The district labels stay readable: no two overlap.
        const boxes = await page
          .locator('.heat-label')
          .evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
        const overlapping = boxes.flatMap((a, i) =>
          boxes.slice(i + 1).filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h),
        );
        expect(overlapping).toEqual([]);
      }
      // The page never gets wider than the window (the response-time table scrolls inside its region).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expectNoAxeViolations(page);
      await shoot(page, `leitstelle-berichte-${width}`);
      await page.context().close();
    }
  });

  it('an admin imports an address list: a bad file is refused with its rows named, a good one applied and found', async () => {
    const page = await pageAs('admin', 1366, 768);
    await page.goto('/leitstelle/ortsverzeichnis');
    await page.getByRole('heading', { name: 'Ortsverzeichnis importieren' }).waitFor();
    const bad = 'strasse;hausnummer;plz;lat;lon;stadtbezirk\nSeitenweg;1;30159;52.3701;9.7351;Mitte\nSeitenweg;2;301;52.52;13.40;Mitte\n';
    await page.getByLabel('Datei', { exact: true }).setInputFiles({ name: 'falsch.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByLabel('Nur prüfen, nichts übernehmen').uncheck();
    await page.getByRole('button', { name: 'Prüfen und übernehmen' }).click();
    await expect.poll(() => page.locator('#gaz-report-title ~ [role=status]').textContent()).toMatch(/^Abgewiesen: /);
    const refused = page.getByRole('table', { name: /^Abgewiesene Zeilen \(\d+/ });
    await expect.poll(() => refused.getByRole('row').count()).toBeGreaterThanOrEqual(3);
    expect(await refused.textContent()).toMatch(/plz/);
    await expectNoAxeViolations(page);
    await shoot(page, 'leitstelle-ortsverzeichnis-abgewiesen-1366');

    const good =
      'strasse;hausnummer;plz;lat;lon;stadtbezirk\nSeitenweg;1;30159;52.3701;9.7351;Mitte\nSeitenweg;2;30159;52.3703;9.7353;Mitte\n';
    await page
      .getByLabel('Datei', { exact: true })
      .setInputFiles({ name: 'adressen.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByRole('button', { name: 'Prüfen und übernehmen' }).click();
    await expect.poll(() => page.locator('#gaz-report-title ~ [role=status]').textContent()).toMatch(/^Übernommen: 2 Einträge/);
    await expect.poll(() => page.locator('.import-history li').count()).toBeGreaterThanOrEqual(2);
    await page.locator('.import-history summary', { hasText: 'falsch.csv' }).click();
    await page.getByRole('table', { name: 'Abgewiesene Zeilen von falsch.csv' }).waitFor();
    const lookup = await page.evaluate(async () => (await fetch('/api/v1/dispatch/places?q=Seitenweg%202')).status);
    expect(lookup).toBe(403); // admins import; the look-up is the desk's and the agents'
    await page.context().close();

    const phone = await pageAs('teamleitung', 390, 844);
    await phone.goto('/leitstelle/ortsverzeichnis');
    await phone.getByRole('heading', { name: 'Letzte Importe' }).waitFor();
    await expect.poll(() => phone.locator('.import-history li').count()).toBeGreaterThanOrEqual(2);
    const found = await phone.evaluate(async () => (await (await fetch('/api/v1/dispatch/places?q=Seitenweg%202')).json()).items[0]);
    expect(found).toMatchObject({ label: 'Seitenweg 2, Hannover', isApproximate: false });
    await expectNoAxeViolations(phone);
    await shoot(phone, 'leitstelle-ortsverzeichnis-390');
    await phone.context().close();
  });
});
