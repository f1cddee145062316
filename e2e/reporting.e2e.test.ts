import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACD_TOKEN, knownDayEvents, knownDayLateEvent } from '../src/modules/contacts/index.js';
import { browserAvailable, expectNoAxeViolations, loginAs, pageWidth, startJourney, type BrowserJourney } from './support/browser.js';
import { screenshot } from './support/screenshots.js';

describe.skipIf(!browserAvailable)('journey: a supervisor reads the call report and the pilot evaluation', () => {
  let j: BrowserJourney;
  beforeAll(async () => {
    j = await startJourney();
    for (const events of [knownDayEvents, knownDayLateEvent]) {
      const res = await j.app.inject({
        method: 'POST',
        url: '/api/v1/telephony/events',
        headers: { authorization: `Bearer ${DEMO_ACD_TOKEN}` },
        payload: { events },
      });
      expect(res.statusCode).toBe(202);
    }
  });
  afterAll(() => j?.close());

  it('call report: summary, chart, data table, filters in the URL, exports linked; no axe violation at desktop and phone size', async () => {
    const page = await j.newPage();
    await loginAs(page, 'teamleitung');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    await page.goto('/berichte/anrufe?from=2025-03-29&to=2025-03-30&tenant=03241010&groupBy=day');
    await page.getByRole('heading', { name: 'Anrufbericht', level: 1 }).waitFor();
    const summary = page.getByTestId('summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('6 Anrufe angeboten');
    const table = page.getByRole('table', { name: 'Kennzahlen je Tag' });
    const day = table.getByRole('row', { name: /30\.03\.2025/ });
    expect(await day.getByRole('cell').first().textContent()).toBe('5');
    expect(await day.textContent()).toContain('40 %');
    await page.getByTestId('chart').locator('svg').waitFor();
    expect(await page.getByRole('link', { name: 'PDF' }).getAttribute('href')).toContain('format=pdf');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(page, `calls-1366`);

    await page.getByLabel('Gruppiert nach').selectOption('interval60');
    await page.getByRole('table', { name: 'Kennzahlen je Stunde' }).waitFor();
    expect(page.url()).toContain('groupBy=interval60');
    expect(page.url()).toContain('tenant=03241010');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(page);
    await screenshot(page, `calls-390`);
  });

  it('pilot evaluation: lights with words, a summary sentence per month', async () => {
    const page = await j.newPage();
    await loginAs(page, 'teamleitung');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    await page.goto('/berichte/pilot?tenant=03241010&from=2025-03&to=2025-04');
    await page.getByRole('heading', { name: /Langenhagen seit 01\.01\.2022/ }).waitFor();
    const march = page.getByRole('row', { name: /März 2025/ });
    expect(await march.textContent()).toContain('50 % verfehlt');
    await page
      .getByRole('listitem')
      .filter({ hasText: /^Langenhagen, März 2025: Servicelevel 50 % \(Ziel 75 %\) verfehlt/ })
      .waitFor();
    expect(await page.getByTestId('summary').textContent()).toMatch(/^Langenhagen, März 2025/);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(page, `pilot-1366`);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, `pilot-390`);
  });

  const pageWidth = (page: import('playwright-core').Page) => page.evaluate(() => document.documentElement.scrollWidth);

  it('service agreement: each promise per month kept or missed with its numbers, chart chunk, exports; axe at 1366 and 390 px', async () => {
    const page = await j.newPage();
    await loginAs(page, 'teamleitung');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/berichte/servicevereinbarung?tenant=03241010&from=2025-03&to=2025-04');
    await page.getByRole('heading', { name: /Langenhagen seit 01\.01\.2022/ }).waitFor();
    // 29/30 March 2025 (weekend): 6 offered, 3 of them within 30 s = 50 %; no call inside the service hours (Mon-Fri).
    const march = page.getByRole('table', { name: /Zusagen je Monat/ }).getByRole('row', { name: /März 2025/ });
    expect(await march.textContent()).toContain('50 % nicht gehalten (3/6)');
    expect(await march.textContent()).toContain('ohne Messwert');
    await page.getByText('nicht gehalten: 3 von 6 Anrufen in 30 s angenommen (50 %, Ziel 75 %; verfehlt)').waitFor();
    expect(await page.getByTestId('summary').textContent()).toContain('6 Anrufe angeboten, davon 6 außerhalb der Servicezeiten');
    await page.getByTestId('chart').locator('svg').waitFor();
    expect(await page.getByRole('link', { name: 'Excel' }).getAttribute('href')).toBe(
      '/api/v1/reports/agreement-compliance?tenant=03241010&from=2025-03&to=2025-04&format=xlsx',
    );
    expect(await pageWidth(page)).toBeLessThanOrEqual(1366);
    await expectNoAxeViolations(page);
    await screenshot(page, `compliance-1366`, { fullPage: true });
    // The month filter goes into the URL.
    await page.getByLabel('Bis Monat').fill('2025-03');
    await expect.poll(() => page.url()).toContain('to=2025-03');
    await page.setViewportSize({ width: 390, height: 844 });
    // The chart redraws at the new width when its container's resize is observed.
    await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);
    await screenshot(page, `compliance-390`, { fullPage: true });
  });

  it('data basis: knowledge base state, trend chart and what the call figures rest on; axe at 1366 and 390 px', async () => {
    const page = await j.newPage();
    await loginAs(page, 'teamleitung');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/berichte/datenbasis?tenant=03241010&from=2025-03&to=2025-03');
    await page.getByRole('heading', { name: 'Langenhagen, 01.03.2025 – 31.03.2025' }).waitFor();
    const api = await page.evaluate(async () => (await fetch('/api/v1/reports/data-basis?tenant=03241010&from=2025-03&to=2025-03')).json());
    expect(await page.getByTestId('summary').textContent()).toContain(
      `${api.knowledge.complete.toLocaleString('de-DE')} von ${api.knowledge.localParts.toLocaleString('de-DE')} lokalen Teilen vollständig`,
    );
    // The known days: 8 calls on 29/30 March 2025; 21 working days in March, none of them with a call.
    const basis = page.getByRole('table', { name: 'Anrufe und Kontakte im Zeitraum' });
    expect(await basis.getByRole('row', { name: /^Anrufe/ }).textContent()).toContain('8');
    expect(await basis.getByRole('row', { name: /Werktage mit Anrufen/ }).textContent()).toContain('0 von 21');
    await page.getByTestId('chart').locator('svg').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(1366);
    await expectNoAxeViolations(page);
    await screenshot(page, `data-basis-1366`, { fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    // The chart redraws at the new width when its container's resize is observed.
    await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);
    await screenshot(page, `data-basis-390`, { fullPage: true });
  });
});
