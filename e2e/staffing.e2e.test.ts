import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holidayName } from '../src/platform/calendar/lower-saxony-holidays.js';
import { addDays, isoWeekday, localDate, localInstant } from '../src/platform/time/berlin-time.js';
import { DEMO_ACD_TOKEN, demoHotline } from '../src/modules/contacts/index.js';
import { browserAvailable, expectNoAxeViolations, loginAs, pageWidth, startJourney, type BrowserJourney } from './support/browser.js';
import { screenshot } from './support/screenshots.js';

describe.skipIf(!browserAvailable)('journey: the team lead sizes the staff', () => {
  let j: BrowserJourney;
  // The plan and the what-if read the week after the test clock's week, from six weeks of history before it.
  let planWeek = '';
  beforeAll(async () => {
    // The history runs up to the Sunday before the plan week, days after the test clock's instant:
    // live events that far ahead are refused by default (TELEPHONY_EVENT_MAX_FUTURE_SECONDS, decision 0143).
    j = await startJourney({ env: { TELEPHONY_EVENT_MAX_FUTURE_SECONDS: String(8 * 86_400) } });
    const today = localDate(j.t.clock.now());
    planWeek = addDays(today, 8 - isoWeekday(today));
    await seedHistory(planWeek);
  });
  afterAll(() => j?.close());

  /**
   * Six weeks of Langenhagen's calls through the telephone-system endpoint, as an ACD sends them:
   * working days 08:00-17:59, two calls per half hour (four on Mondays), 200 s each, every sixth abandoned.
   */
  async function seedHistory(week: string) {
    const events: Record<string, unknown>[] = [];
    for (let day = addDays(week, -42); day < week; day = addDays(day, 1)) {
      if (isoWeekday(day) > 5 || holidayName(day) !== undefined) continue;
      const perHalfHour = isoWeekday(day) === 1 ? 4 : 2;
      for (let slot = 0; slot < 20; slot++)
        for (let k = 0; k < perHalfHour; k++) {
          const minute = slot * 30 + k * 7;
          const start = localInstant(
            day,
            `${String(8 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`,
          );
          const id = `staff-e2e-${day}-${slot}-${k}`;
          const at = (seconds: number) => new Date(start.getTime() + seconds * 1000).toISOString();
          const common = { callId: id, dialledNumber: demoHotline('03241010'), queue: 'dc-langenhagen' };
          events.push({ ...common, eventId: `${id}:offered`, type: 'offered', occurredAt: at(0) });
          if ((slot + k) % 6 === 5) events.push({ ...common, eventId: `${id}:abandoned`, type: 'abandoned', occurredAt: at(45) });
          else {
            events.push({ ...common, eventId: `${id}:answered`, type: 'answered', occurredAt: at(20), agentId: 'SIP/1004' });
            events.push({ ...common, eventId: `${id}:ended`, type: 'ended', occurredAt: at(220) });
          }
        }
    }
    for (let i = 0; i < events.length; i += 1000) {
      const res = await fetch(`${j.baseUrl}/api/v1/telephony/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_ACD_TOKEN}` },
        body: JSON.stringify({ events: events.slice(i, i + 1000) }),
      });
      expect(res.status, await res.text()).toBe(202);
    }
  }

  it('calculator: Erlang C and Erlang A side by side, axe on desktop', async () => {
    const page = await j.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, 'teamleitung');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Erlang-Rechner' }).click();
    await page.getByRole('heading', { name: 'Personalbedarf: Erlang-Rechner', level: 1 }).waitFor();
    await page.getByLabel('Anrufe je Intervall').fill('100');
    await page.getByLabel('Bearbeitungszeit (AHT) in s').fill('180');
    await page.getByLabel('Mittlere Geduld in s (Erlang A)').fill('300');
    await page.getByLabel('Zielzeit in s').fill('20');
    await page.getByLabel('Agenten (leer: berechnen)').fill('14');
    await page.getByRole('button', { name: 'Berechnen' }).click();
    const table = page.getByRole('table', { name: /Ergebnis für 100 Anrufe/ });
    await table.waitFor();
    // pyworkforce's reference: Erlang A, 14 agents -> SL 91.7 %, abandons 1.4 %
    const slRow = table.getByRole('row', { name: /^Servicelevel/ });
    expect(await slRow.textContent()).toContain('91,7 %');
    expect(await table.getByRole('row', { name: /Abbruchquote/ }).textContent()).toContain('1,4 %');
    expect(await table.getByRole('row', { name: /Positionen/ }).textContent()).toContain('20');
    await expectNoAxeViolations(page);
    await screenshot(page, `calculator-1366`, { fullPage: true });

    // Erlang C refuses an unstable queue in its column, Erlang A still answers.
    await page.getByLabel('Agenten (leer: berechnen)').fill('9');
    await page.getByRole('button', { name: 'Berechnen' }).click();
    await table.getByRole('alert').filter({ hasText: 'Auslastung' }).waitFor();
    await expectNoAxeViolations(page);
  });

  async function supervisorPage() {
    const page = await j.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, 'teamleitung');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    return page;
  }

  it('plan: chart and table of the week, exported as XLSX by the server', async () => {
    const page = await supervisorPage();
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Personalbedarfsplan' }).click();
    await page.getByLabel('Woche ab (Montag)').fill(planWeek);
    const table = page.getByRole('table', { name: /Agenten am Telefon/ });
    await table.waitFor();
    await page.getByRole('img', { name: /Balkendiagramm/ }).waitFor();
    // The history gives a real need: agents at the Monday peak, and a forecast error for Langenhagen.
    await expect.poll(() => page.getByText(/^\d+ Agenten? gleichzeitig$/).textContent()).not.toMatch(/^0 /);
    expect(await page.getByRole('table', { name: /Prognosefehler/ }).textContent()).toContain('Langenhagen');
    const [planXlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Als XLSX herunterladen' }).click(),
    ]);
    expect(planXlsx.suggestedFilename()).toBe(`personalbedarf-${planWeek}.xlsx`);
    await expectNoAxeViolations(page);
    await screenshot(page, `plan-1366`, { fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);
    await screenshot(page, `plan-390`, { fullPage: true });
    await page.context().close();
  });

  it('what-if: a scenario saved on the server, loaded in another session and exported', async () => {
    const page = await supervisorPage();
    await page.goto('/personalbedarf/was-waere-wenn');
    await page.getByRole('heading', { name: 'Was wäre, wenn …', level: 1 }).waitFor();
    await page.getByLabel('Woche ab (Montag)').fill(planWeek);
    await page.getByLabel('Garbsen').check();
    await page.getByLabel('Bearbeitungszeit in s').fill('900');
    await page.getByRole('button', { name: 'Berechnen' }).click();
    const compared = page.getByRole('table', { name: /Bedarf vorher und nachher/ });
    await compared.waitFor();
    // Calls of 15 minutes (the history's are shorter) and Garbsen joining: the peak rises.
    const peak = (
      await compared
        .getByRole('row', { name: /Spitzenbedarf/ })
        .getByRole('cell')
        .allTextContents()
    ).map(Number);
    expect(peak[0]).toBeGreaterThan(0);
    expect(peak[1]).toBeGreaterThan(peak[0]!);
    await page.getByLabel('Name', { exact: true }).fill('AHT 900 s');
    await page.getByRole('button', { name: 'Szenario speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Szenario „AHT 900 s“ gespeichert.' }).waitFor();
    await page.getByLabel('Gespeicherte Szenarien').waitFor();
    await expectNoAxeViolations(page);

    // Saved on the server: another session of another supervisor's browser finds, loads and exports it.
    // (supervisorPage waits for the start page: a goto right after the login click cancels the login.)
    const other = await supervisorPage();
    await other.goto('/personalbedarf/was-waere-wenn');
    await other.getByLabel('Gespeicherte Szenarien').waitFor();
    const option = other.getByLabel('Gespeicherte Szenarien').locator('option', { hasText: 'AHT 900 s' });
    await other.getByLabel('Gespeicherte Szenarien').selectOption({ value: (await option.getAttribute('value'))! });
    await expect.poll(() => other.getByLabel('Bearbeitungszeit in s').inputValue()).toBe('900');
    await expect.poll(() => other.getByLabel('Woche ab (Montag)').inputValue()).toBe(planWeek);
    const [scenarioXlsx] = await Promise.all([other.waitForEvent('download'), other.getByRole('link', { name: 'XLSX' }).click()]);
    expect(scenarioXlsx.suggestedFilename()).toBe(`szenario-${planWeek}.xlsx`);
    await other.context().close();
    await screenshot(page, `what-if-1366`, { fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);
    await screenshot(page, `what-if-390`, { fullPage: true });
    await page.context().close();
  });

  it('the missed half hours of a month; agents have no staffing pages', async () => {
    const page = await supervisorPage();
    await page.goto('/personalbedarf/rueckblick');
    await page.getByRole('heading', { name: 'Rückblick: verfehlte halbe Stunden', level: 1 }).waitFor();
    await page.getByLabel('Monat').fill('2026-03');
    await page.getByRole('status').filter({ hasText: 'halben Stunden' }).waitFor();
    await expectNoAxeViolations(page);

    // Agents have no staffing pages.
    const agent = await j.newPage();
    await loginAs(agent, 'agent');
    await agent.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    expect(await agent.getByRole('link', { name: 'Erlang-Rechner' }).count()).toBe(0);
  });
});
