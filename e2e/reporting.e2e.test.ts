import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACD_TOKEN, knownDayEvents, knownDayLateEvent } from '../src/modules/contacts/index.js';
import { browserAvailable, expectNoAxeViolations, loginAs, startJourney, type BrowserJourney } from './support/browser.js';

const SHOTS = process.env.SCREENSHOT_DIR ?? '/tmp/dc-reporting-shots';

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
    await page.screenshot({ path: `${SHOTS}/calls-1366.png`, fullPage: false });

    await page.getByLabel('Gruppiert nach').selectOption('interval60');
    await page.getByRole('table', { name: 'Kennzahlen je Stunde' }).waitFor();
    expect(page.url()).toContain('groupBy=interval60');
    expect(page.url()).toContain('tenant=03241010');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `${SHOTS}/calls-390.png`, fullPage: false });
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
    await page.screenshot({ path: `${SHOTS}/pilot-1366.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/pilot-390.png` });
  });
});
