import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testNow } from '../test/support/test-clock.js';
import { localDate } from '../src/platform/time/berlin-time.js';
import { browserAvailable, expectNoAxeViolations, loginAs, startJourney, type BrowserJourney } from './support/browser.js';

// Screenshots for a person to look at (not compared): set BILLING_SCREENSHOTS=/some/dir.
const shots = process.env.BILLING_SCREENSHOTS;

/** The last complete month at the run's instant (the demo data issued invoices for it). */
function lastMonth() {
  const [y, m] = localDate(testNow()).split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 2, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

describe.skipIf(!browserAvailable)('journey: billing staff distribute the costs and issue invoices', () => {
  let j: BrowserJourney;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

  it('preview shows every cent, invoices list the issued ones, cost plan and keys; axe clean on desktop and phone', async () => {
    const period = lastMonth();
    const page = await j.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, 'abrechnung');
    await page.goto(`/abrechnung?period=${period}`);
    await page.getByRole('heading', { name: 'Abrechnung: Vorschau und Abrechnungen', level: 1 }).waitFor();
    await page.getByRole('table', { name: /Kostenpositionen im Zeitraum/ }).waitFor();
    const undistributed = page.locator('.billing-totals div').filter({ hasText: 'Nicht verteilt' });
    expect(await undistributed.textContent()).toContain('0,00 €');
    expect(
      await page
        .getByRole('table', { name: /Anteile und Grundlagen/ })
        .getByRole('row')
        .count(),
    ).toBe(9); // header + 8 pilot tenants
    await expectNoAxeViolations(page);
    if (shots) await page.screenshot({ path: `${shots}/billing-preview-1366.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(page);
    if (shots) await page.screenshot({ path: `${shots}/billing-preview-390.png`, fullPage: true });

    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`/abrechnung/rechnungen?period=${period}`);
    const invoices = page.getByRole('table', { name: /Rechnungen und Gutschriften im Zeitraum/ });
    await invoices.waitFor();
    expect(await invoices.getByRole('row').count()).toBe(9);
    expect(await invoices.getByRole('link', { name: /^XRechnung DC-/ }).count()).toBe(8);
    await expectNoAxeViolations(page);
    if (shots) await page.screenshot({ path: `${shots}/billing-invoices-1366.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(page);
    if (shots) await page.screenshot({ path: `${shots}/billing-invoices-390.png`, fullPage: true });

    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/abrechnung/kostenplan');
    await page.getByRole('heading', { name: 'Kostenplan und Verteilschlüssel', level: 1 }).waitFor();
    await page.getByLabel('Jahr').fill(period.slice(0, 4));
    await page.getByRole('table', { name: new RegExp(`Kostenpositionen ${period.slice(0, 4)}`) }).waitFor();
    await page
      .getByRole('table', { name: /Schlüssel mit Gültigkeit/ })
      .getByRole('row', { name: /Stadt Langenhagen/ })
      .waitFor();
    await expectNoAxeViolations(page);
    if (shots) await page.screenshot({ path: `${shots}/billing-cost-plan-1366.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(page);
    if (shots) await page.screenshot({ path: `${shots}/billing-cost-plan-390.png`, fullPage: true });

    // A tenant's billing contact: only its own invoice, no workflow buttons.
    const contact = await j.newPage();
    await contact.setViewportSize({ width: 390, height: 844 });
    await loginAs(contact, 'rechnung.langenhagen');
    await contact.goto(`/abrechnung/rechnungen?period=${period}`);
    const own = contact.getByRole('table', { name: /Rechnungen und Gutschriften im Zeitraum/ });
    await own.waitFor();
    expect(await own.getByRole('row').count()).toBe(2);
    expect(await own.getByRole('cell', { name: 'Stadt Langenhagen' }).count()).toBe(1);
    expect(await own.getByRole('button').count()).toBe(0);
    await expectNoAxeViolations(contact);
    if (shots) await contact.screenshot({ path: `${shots}/billing-tenant-contact-390.png`, fullPage: true });
  }, 240_000);
});
