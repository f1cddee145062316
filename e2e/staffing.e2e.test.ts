import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, loginAs, startJourney, type BrowserJourney } from './support/browser.js';

// Screenshots for a person to look at (not compared): set STAFFING_SCREENSHOTS=/some/dir.
const shots = process.env.STAFFING_SCREENSHOTS;

describe.skipIf(!browserAvailable)('journey: the team lead sizes the staff', () => {
  let j: BrowserJourney;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

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
    if (shots) await page.screenshot({ path: `${shots}/calculator-1366.png`, fullPage: true });

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
    await page.getByLabel('Woche ab (Montag)').fill('2026-04-13');
    await page.getByRole('table', { name: /Agenten am Telefon/ }).waitFor();
    await page.getByRole('img', { name: /Balkendiagramm/ }).waitFor();
    const [planXlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Als XLSX herunterladen' }).click(),
    ]);
    expect(planXlsx.suggestedFilename()).toBe('personalbedarf-2026-04-13.xlsx');
    await expectNoAxeViolations(page);
    if (shots) await page.screenshot({ path: `${shots}/plan-1366.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(page);
    if (shots) await page.screenshot({ path: `${shots}/plan-390.png`, fullPage: true });
    await page.context().close();
  });

  it('what-if: a scenario saved on the server, loaded in another session and exported', async () => {
    const page = await supervisorPage();
    await page.goto('/personalbedarf/was-waere-wenn');
    await page.getByRole('heading', { name: 'Was wäre, wenn …', level: 1 }).waitFor();
    await page.getByLabel('Woche ab (Montag)').fill('2026-04-13');
    await page.getByLabel('Bearbeitungszeit in s').fill('90');
    await page.getByRole('button', { name: 'Berechnen' }).click();
    await page.getByRole('table', { name: /Bedarf vorher und nachher/ }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('AHT 90 s');
    await page.getByRole('button', { name: 'Szenario speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Szenario „AHT 90 s“ gespeichert.' }).waitFor();
    await page.getByLabel('Gespeicherte Szenarien').waitFor();
    await expectNoAxeViolations(page);

    // Saved on the server: another session of another supervisor's browser finds, loads and exports it.
    // (supervisorPage waits for the start page: a goto right after the login click cancels the login.)
    const other = await supervisorPage();
    await other.goto('/personalbedarf/was-waere-wenn');
    await other.getByLabel('Gespeicherte Szenarien').waitFor();
    const option = other.getByLabel('Gespeicherte Szenarien').locator('option', { hasText: 'AHT 90 s' });
    await other.getByLabel('Gespeicherte Szenarien').selectOption({ value: (await option.getAttribute('value'))! });
    await expect.poll(() => other.getByLabel('Bearbeitungszeit in s').inputValue()).toBe('90');
    expect(await other.getByLabel('Woche ab (Montag)').inputValue()).toBe('2026-04-13');
    const [scenarioXlsx] = await Promise.all([other.waitForEvent('download'), other.getByRole('link', { name: 'XLSX' }).click()]);
    expect(scenarioXlsx.suggestedFilename()).toBe('szenario-2026-04-13.xlsx');
    await other.context().close();
    if (shots) await page.screenshot({ path: `${shots}/what-if-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1366, height: 768 });
    if (shots) await page.screenshot({ path: `${shots}/what-if-1366.png`, fullPage: true });
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
