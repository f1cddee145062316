import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { testNow } from '../test/support/test-clock.js';
import { localDate } from '../src/platform/time/berlin-time.js';
import { browserAvailable, expectNoAxeViolations, loginAs, startJourney, type BrowserJourney } from './support/browser.js';
import { screenshot } from './support/screenshots.js';

/** A month relative to the run's instant (Berlin calendar): -1 is the last complete month. */
function monthBack(n: number) {
  const [y, m] = localDate(testNow()).split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 - n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** axe at desktop and phone width, a screenshot of each, and no page wider than the phone. */
async function checkBothSizes(page: Page, name: string) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await expectNoAxeViolations(page);
  await screenshot(page, `${name}-1366`, { fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoAxeViolations(page);
  // Tables scroll inside their own region; the page itself never gets wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, `${name}-390`, { fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hauptnavigation' });

describe.skipIf(!browserAvailable)('journey: billing staff distribute the costs and issue invoices (four eyes)', () => {
  let j: BrowserJourney;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

  it('preview with the key explained, cost plan edited, drafts, four-eyes approval, XML and PDF, detail, credit note, seller data; tenant contact sees only its own', async () => {
    const demoMonth = monthBack(1); // the demo issued invoices for it
    const period = monthBack(3); // complete, without demo invoices: this journey drafts them
    const page = await j.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, 'abrechnung');
    // The login must have landed before navigating: a goto right after the click aborted the login
    // request and the app sent the browser back to the login form (the cause of the first timeout).
    await page.getByRole('heading', { name: 'Guten Tag, Bernd Buchhalter', level: 1 }).waitFor();
    for (const label of ['Abrechnung', 'Rechnungen', 'Kostenplan', 'Rechnungssteller'])
      expect(await nav(page).getByRole('link', { name: label, exact: true }).count(), label).toBe(1);

    // 1. Preview of the demo month: every cent distributed, shares by call counts, the key explained.
    await page.goto(`/abrechnung?period=${demoMonth}`);
    await page.getByRole('heading', { name: 'Abrechnung: Vorschau und Abrechnungen', level: 1 }).waitFor();
    await page.getByRole('table', { name: /Kostenpositionen im Zeitraum/ }).waitFor();
    expect(await page.locator('.billing-totals div').filter({ hasText: 'Nicht verteilt' }).textContent()).toContain('0,00 €');
    const shares = page.getByRole('table', { name: /Anteile und Grundlagen/ });
    expect(await shares.getByRole('row').count()).toBe(9); // header + 8 pilot tenants
    const langenhagen = shares.getByRole('row', { name: /Stadt Langenhagen/ });
    expect(await langenhagen.textContent()).toMatch(/je bearbeitetem Kontakt.*\d+,\d\d %/);
    await page.getByRole('heading', { name: 'So wird verteilt' }).waitFor();
    await page
      .getByText(/Anteil nach den bearbeiteten Kontakten/)
      .first()
      .waitFor();
    await checkBothSizes(page, 'billing-preview');

    // 2. Cost plan: add an item for the year of the journey's period.
    await page.goto('/abrechnung/kostenplan');
    await page.getByRole('heading', { name: 'Kostenplan und Verteilschlüssel', level: 1 }).waitFor();
    await page.getByRole('spinbutton', { name: 'Jahr' }).fill(period.slice(0, 4));
    await page.getByRole('table', { name: new RegExp(`Kostenpositionen ${period.slice(0, 4)}`) }).waitFor();
    await page.getByLabel('Bezeichnung').fill('Sachkosten: Headsets');
    await page.getByLabel('Art', { exact: true }).selectOption({ label: 'Sachkosten' });
    await page.getByLabel('Träger', { exact: true }).selectOption({ label: 'Teilnehmende (Erstattung)' });
    await page.getByLabel(/Betrag in €/).fill('1200');
    await page.getByLabel('Gilt ab / gebucht am').fill(`${period}-01`);
    await page.getByRole('button', { name: 'Hinzufügen' }).click();
    await page.getByRole('status').filter({ hasText: 'Position „Sachkosten: Headsets“ hinzugefügt.' }).waitFor();
    await page.getByRole('row', { name: /Sachkosten: Headsets/ }).waitFor();
    await page
      .getByRole('table', { name: /Schlüssel mit Gültigkeit/ })
      .getByRole('row', { name: /Stadt Langenhagen/ })
      .waitFor();
    await checkBothSizes(page, 'billing-cost-plan');

    // 2b. Cost import into a year without a plan (the journey's invoices stay untouched): a bad file
    // is refused row by row and imports nothing; a good one, not only checked, creates the plan.
    const importYear = '2095';
    await page.getByRole('spinbutton', { name: 'Jahr' }).fill(importYear);
    await page.getByRole('heading', { name: `Kosten ${importYear} aus CSV importieren` }).waitFor();
    const file = page.getByLabel('CSV-Datei');
    const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}`);
    await file.setInputFiles({
      name: 'kosten-fehler.csv',
      mimeType: 'text/csv',
      buffer: csv(['Kostenart;Position;Betrag;Datum', 'Personal;Team;1.000,00;', 'Reisekosten;Dienstreisen;500;', 'Einmalig;Kurs;12,345;']),
    });
    await page.getByRole('button', { name: 'Datei prüfen' }).click();
    const refused = page.getByRole('table', { name: /Abgewiesene Zeilen/ });
    await refused.getByRole('row', { name: /Zeile 3 .*Reisekosten/ }).waitFor();
    await refused.getByRole('row', { name: /Zeile 4 .*Nachkommastellen/ }).waitFor();
    await screenshot(page, 'billing-cost-import-refused-1366', { fullPage: true });
    await file.setInputFiles({
      name: 'kosten.csv',
      mimeType: 'text/csv',
      buffer: csv([
        'Jahr;Kostenart;Position;Träger;Betrag;Datum;Bemerkung',
        `${importYear};Personal;Team Servicecenter;Teilnehmende;1.200.000,00;;Stellenplan`,
        `${importYear};Personal;Team Servicecenter;Teilnehmende;1.300.000,00;01.09.${importYear};zwei Stellen mehr`,
        `${importYear};Investition;Headsets;Träger;12.345,60;15.03.${importYear};`,
      ]),
    });
    await page.getByLabel(/Nur prüfen/).uncheck();
    await page.getByRole('button', { name: 'Prüfen und übernehmen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Übernommen: 2 Positionen neu/ })
      .waitFor();
    await page
      .getByRole('table', { name: `Kostenpositionen ${importYear}` })
      .getByRole('row', { name: /Headsets/ })
      .waitFor();
    await page.getByRole('table', { name: 'Übernommene Positionen' }).waitFor();
    await checkBothSizes(page, 'billing-cost-import');

    // 3. Drafts for the period: the new item is in the preview and in every draft.
    await page.goto(`/abrechnung?period=${period}`);
    await page.getByRole('row', { name: /Sachkosten: Headsets/ }).waitFor();
    await page.getByRole('button', { name: /^Rechnungsentwürfe für .* erzeugen$/ }).click();
    await page.getByRole('status').filter({ hasText: 'Rechnungsentwürfe erzeugt' }).waitFor();

    await page.goto(`/abrechnung/rechnungen?period=${period}`);
    const list = page.getByRole('table', { name: /Rechnungen und Gutschriften im Zeitraum/ });
    await list.waitFor();
    expect(await list.getByRole('row').count()).toBe(9);
    await page.getByRole('link', { name: 'Details Entwurf Stadt Langenhagen' }).click();
    await page.getByRole('heading', { name: 'Rechnungsentwurf Stadt Langenhagen', level: 1 }).waitFor();
    const detailUrl = page.url();
    await page
      .getByRole('table', { name: 'Positionen' })
      .getByRole('row', { name: /Sachkosten: Headsets/ })
      .waitFor();
    expect(await page.getByRole('table', { name: /Zahlen und Anteil je Monat/ }).textContent()).toMatch(/% \([\d.]+ von [\d.]+ Kontakte\)/);

    // 4. Four eyes: the first person checks, but may not approve what they checked.
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByRole('status').filter({ hasText: 'Prüfen: erledigt.' }).waitFor();
    await page.getByRole('button', { name: 'Freigeben' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.locator('.billing-totals').textContent()).toContain('Geprüft');

    const second = await j.newPage();
    await second.setViewportSize({ width: 1366, height: 768 });
    await loginAs(second, 'abrechnung2');
    await second.getByRole('heading', { name: /^Guten Tag/, level: 1 }).waitFor();
    await second.goto(detailUrl);
    await second.getByRole('button', { name: 'Freigeben' }).click();
    await second.getByRole('status').filter({ hasText: 'Freigeben: erledigt.' }).waitFor();
    await second.getByRole('button', { name: 'Ausstellen und versenden' }).click();
    const issuedHeading = second.getByRole('heading', { name: /^Rechnung DC-\d{4}-\d+$/, level: 1 });
    await issuedHeading.waitFor();
    const number = (await issuedHeading.textContent())!.replace('Rechnung ', '');
    const history = second.getByRole('list', { name: 'Verlauf der Rechnung' });
    for (const step of ['Entwurf erzeugt durch abrechnung', 'Geprüft durch abrechnung', 'Freigegeben (zweite Person) durch abrechnung2'])
      await history.getByText(step).waitFor();
    await history.getByText('Ausgestellt und versandt durch abrechnung2').waitFor();

    // 5. The documents: XRechnung XML with the Leitweg-ID as buyer reference, and the PDF.
    const [download] = await Promise.all([
      second.waitForEvent('download'),
      second.getByRole('link', { name: 'XRechnung (XML) herunterladen' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${number}.xml`);
    const xml = await (
      await second.request.get(`${detailUrl.replace('/abrechnung/rechnungen/', '/api/v1/billing/invoices/')}/xrechnung`)
    ).text();
    expect(xml).toContain(`<cbc:ID>${number}</cbc:ID>`);
    expect(xml).toMatch(/<cbc:BuyerReference>\d{5,8}-DIALOGCENTER-\d{2}<\/cbc:BuyerReference>/);
    const pdfHref = await second.getByRole('link', { name: 'PDF ansehen' }).getAttribute('href');
    const pdf = await second.request.get(pdfHref!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await checkBothSizes(second, 'billing-invoice-detail');

    // 6. Correction: a credit note refers to the issued invoice; an empty reason is refused.
    await second.getByLabel('Grund der Gutschrift').fill('Kontakte doppelt gezählt');
    await second.getByRole('button', { name: 'Gutschrift als Entwurf anlegen' }).click();
    await second.getByRole('heading', { name: 'Gutschriftsentwurf Stadt Langenhagen', level: 1 }).waitFor();
    await second.getByRole('link', { name: new RegExp(`^Rechnung ${number} vom`) }).waitFor();
    await checkBothSizes(second, 'billing-credit-note');

    await page.goto(`/abrechnung/rechnungen?period=${period}`);
    await list.waitFor();
    expect(await list.getByRole('row').count()).toBe(10); // 8 invoices + the credit note
    await list.getByRole('cell', { name: 'Gutschrift' }).waitFor();
    await checkBothSizes(page, 'billing-invoices');

    // 7. Seller data: a wrong IBAN is refused next to its field and nothing is saved.
    await page.goto('/abrechnung/stammdaten');
    await page.getByRole('heading', { name: 'Rechnungsstellerdaten', level: 1 }).waitFor();
    const iban = page.getByLabel('IBAN (BT-84)');
    await expect.poll(() => iban.inputValue()).toBe('DE85250501800000012345');
    await iban.fill('DE00250501800000012345');
    await page.getByLabel('Telefon (BT-42)').fill('0511 168-12345');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Die IBAN ist nicht gültig (Prüfziffer).').waitFor();
    expect(await iban.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByLabel('Telefon (BT-42)').inputValue()).toBe('0511 168-12345'); // the input is kept
    await checkBothSizes(page, 'billing-seller-error');
    await page.reload();
    await expect.poll(() => page.getByLabel('Telefon (BT-42)').inputValue()).toBe('0511 168-0'); // nothing saved
    await page.getByLabel('Telefon (BT-42)').fill('0511 168-12345');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Rechnungsstellerdaten gespeichert.' }).waitFor();
    await page
      .getByRole('table', { name: /Leitweg-IDs der teilnehmenden Verwaltungen/ })
      .getByRole('row', { name: /Stadt Langenhagen/ })
      .getByText(/-DIALOGCENTER-/)
      .waitFor();
    await checkBothSizes(page, 'billing-seller');

    // 8. A tenant's billing contact: only its own issued invoices, no center pages, no workflow.
    const contact = await j.newPage();
    await contact.setViewportSize({ width: 390, height: 844 });
    await loginAs(contact, 'rechnung.langenhagen');
    await contact.getByRole('heading', { name: /^Guten Tag/, level: 1 }).waitFor();
    await contact.getByRole('button', { name: /Menü/ }).click();
    expect(await nav(contact).getByRole('link', { name: 'Rechnungen', exact: true }).count()).toBe(1);
    for (const label of ['Abrechnung', 'Kostenplan', 'Rechnungssteller'])
      expect(await nav(contact).getByRole('link', { name: label, exact: true }).count(), label).toBe(0);
    await contact.goto(`/abrechnung/rechnungen?period=${demoMonth}`);
    const own = contact.getByRole('table', { name: /Rechnungen und Gutschriften im Zeitraum/ });
    await own.waitFor();
    expect(await own.getByRole('row').count()).toBe(2);
    expect(await own.getByRole('cell', { name: 'Stadt Langenhagen' }).count()).toBe(1);
    expect(await own.getByRole('button').count()).toBe(0);
    await checkBothSizes(contact, 'billing-tenant-contact');
    await own.getByRole('link', { name: /^Details DC-/ }).click();
    await contact.getByRole('heading', { name: /^Rechnung DC-/, level: 1 }).waitFor();
    expect(
      await contact
        .getByRole('button')
        .filter({ hasNotText: /Menü|Abmelden/ })
        .count(),
    ).toBe(0);
    await contact.goto('/abrechnung/kostenplan');
    await contact.getByRole('heading', { name: 'Kein Zugriff', level: 1 }).waitFor();

    // 9. Nobody else sees billing.
    const agent = await j.newPage();
    await loginAs(agent, 'agent');
    await agent.getByRole('heading', { name: /^Guten Tag/, level: 1 }).waitFor();
    expect(
      await nav(agent)
        .getByRole('link', { name: /Abrechnung|Rechnungen|Kostenplan/ })
        .count(),
    ).toBe(0);
  }, 420_000);
});
