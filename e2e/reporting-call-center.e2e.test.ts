import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACD_TOKEN, knownDayEvents, knownDayLateEvent } from '../src/modules/contacts/index.js';
import { berlinYmd } from '../src/modules/reporting/index.js';
import { browserAvailable, expectNoAxeViolations, loginAs, pageWidth, startJourney, type BrowserJourney } from './support/browser.js';
import { screenshot } from './support/screenshots.js';

/**
 * The call-center report pages (QueueMetrics style): interval report, trend, heat map, agents, top services,
 * channel mix. Each: heading, text summary, chart (ECharts chunk), data table, filters in the URL, exports,
 * no axe violation at 1366 and 390 px and no page wider than the phone. Figures are compared with the API
 * (hand-computed figures: src/modules/reporting/contact-reports.int.test.ts and call-report.int.test.ts).
 */
describe.skipIf(!browserAvailable)('journey: a supervisor reads the call-center reports', () => {
  let j: BrowserJourney;
  let today: string;
  beforeAll(async () => {
    j = await startJourney();
    today = berlinYmd(j.t.clock.now());
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

  const yesterday = () => new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

  /** Opens a page at 1366 px, checks chart, table, export links and axe; then the same at 390 px; screenshots of both. */
  async function look(url: string, heading: string, table: string | RegExp, shot: string) {
    const page = await j.newPage();
    await loginAs(page, 'teamleitung');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(url);
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    await page.getByTestId('summary').waitFor();
    await page.getByRole('table', { name: table }).waitFor();
    await page.getByTestId('chart').locator('svg').first().waitFor();
    for (const format of ['csv', 'xlsx', 'pdf']) {
      const link = page.getByRole('link', { name: { csv: 'CSV', xlsx: 'Excel', pdf: 'PDF' }[format]! });
      expect(await link.getAttribute('href')).toContain(`format=${format}`);
    }
    expect(await pageWidth(page)).toBeLessThanOrEqual(1366);
    await expectNoAxeViolations(page);
    await screenshot(page, `${shot}-1366`, { fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);
    await screenshot(page, `${shot}-390`, { fullPage: true });
    return page;
  }
  const api = (page: import('playwright-core').Page, path: string) =>
    page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<Record<string, any>>;

  it('interval report: the known day per 30 minutes, with its summary; the grouping goes into the URL', async () => {
    const page = await look(
      '/berichte/intervalle?from=2025-03-30&to=2025-03-30&tenant=03241010',
      'Intervallbericht',
      'Kennzahlen je 30 Minuten',
      'intervals',
    );
    expect(await page.getByTestId('summary').textContent()).toContain('5 Anrufe angeboten');
    await page.getByLabel('Gruppiert nach').selectOption('interval15');
    await expect.poll(() => page.url()).toContain('groupBy=interval15');
    await page.getByRole('table', { name: 'Kennzahlen je 15 Minuten' }).waitFor();
  });

  it('trend over months: the known days in March 2025; switching to weeks keeps the URL', async () => {
    const page = await look(
      '/berichte/verlauf?from=2025-01-01&to=2025-04-30&tenant=03241010&groupBy=month',
      'Verlauf',
      'Kennzahlen je Monat',
      'trend',
    );
    const march = page.getByRole('table', { name: 'Kennzahlen je Monat' }).getByRole('row', { name: /März 2025/ });
    expect(await march.getByRole('cell').first().textContent()).toBe('6');
    expect(await page.getByTestId('summary').textContent()).toContain('6 Anrufe angeboten in 4 Zeiträumen');
    await page.getByLabel('Je', { exact: true }).selectOption('week');
    await expect.poll(() => page.url()).toContain('groupBy=week');
    await page.getByRole('table', { name: 'Kennzahlen je Kalenderwoche' }).waitFor();
  });

  it('heat map: weekday x half hour grid as a table beside the chart', async () => {
    const page = await look(
      '/berichte/heatmap?from=2025-03-29&to=2025-03-30&tenant=03241010',
      'Heatmap Wochentag und Uhrzeit',
      /je Wochentag und halber Stunde/,
      'heatmap',
    );
    const sunday = page.getByRole('row', { name: /^Sonntag/ });
    expect(await sunday.textContent()).toMatch(/\d/);
    expect(await page.getByTestId('summary').textContent()).toContain('6 Anrufe angeboten');
    await page.getByLabel('Kennzahl').selectOption('serviceLevel');
    await expect.poll(() => page.url()).toContain('metric=serviceLevel');
  });

  it('agent report: the demo agents with time per state and calls, the same totals as the API', async () => {
    const from = yesterday();
    const page = await look(`/berichte/agenten?from=${from}&to=${today}&tenant=all`, 'Agentenbericht', 'Kennzahlen je Agent/in', 'agents');
    const body = await api(page, `/api/v1/reports/agents?from=${from}&to=${today}&tenant=all`);
    expect(await page.getByTestId('summary').textContent()).toContain(
      `${body.totals.callsAnswered.toLocaleString('de-DE')} Anrufe angenommen`,
    );
    expect(await page.getByRole('table', { name: 'Kennzahlen je Agent/in' }).getByRole('row').count()).toBe(body.rows.length + 2);
  });

  it('top services and channel mix: figures from the documented demo contacts, as the API gives them', async () => {
    const from = yesterday();
    const page = await look(
      `/berichte/leistungen?from=${from}&to=${today}&tenant=all&limit=10`,
      'Meistgefragte Leistungen',
      /Leistungen nach Zahl/,
      'services',
    );
    const services = await api(page, `/api/v1/reports/services?from=${from}&to=${today}&tenant=all&limit=10`);
    expect(services.documented).toBeGreaterThan(0);
    expect(await page.getByTestId('summary').textContent()).toContain(
      `${services.documented.toLocaleString('de-DE')} dokumentierte Kontakte`,
    );
    expect(
      await page
        .getByRole('row', { name: new RegExp(services.rows[0].label) })
        .first()
        .textContent(),
    ).toContain(services.rows[0].documented.toLocaleString('de-DE'));

    const mix = await look(`/berichte/kanaele?from=${from}&to=${today}&tenant=all`, 'Kanalmix', 'Kennzahlen je Kanal', 'channels');
    const channels = await api(mix, `/api/v1/reports/channels?from=${from}&to=${today}&tenant=all`);
    expect(await mix.getByTestId('summary').textContent()).toContain(
      `${channels.totals.received.toLocaleString('de-DE')} Anliegen eingegangen`,
    );
    const phone = mix.getByRole('table', { name: 'Kennzahlen je Kanal' }).getByRole('row', { name: /^Telefon/ });
    expect(await phone.getByRole('cell').first().textContent()).toBe(channels.rows[0].received.toLocaleString('de-DE'));
  });
});
