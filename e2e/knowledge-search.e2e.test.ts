import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, loginAs, startJourney, type BrowserJourney } from './support/browser.js';

describe.skipIf(!browserAvailable)('journey: knowledge base', () => {
  let j: BrowserJourney;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

  it('an agent finds the Region office for a car question from Burgwedel with the keyboard and copies the answer', async () => {
    const page = await j.newPage();
    await loginAs(page, 'agent');
    await page.getByRole('heading', { name: 'Agenten-Arbeitsplatz' }).waitFor();
    await page.goto('/wissen');
    await page.getByLabel('Wohnort des Anrufers (Ort, PLZ oder Gemeindeschlüssel)').fill('Burgwedel');
    await page.getByLabel('Anliegen').fill('Auto anmelden');
    const results = page.getByRole('list', { name: 'Suchergebnisse' });
    await results.getByText('Fahrzeug neu zulassen').first().waitFor();
    await page.getByLabel('Anliegen').press('Enter');
    const detail = page.getByRole('region', { name: 'Ausgewählte Leistung' });
    await detail.getByRole('heading', { name: 'Fahrzeug neu zulassen' }).waitFor();
    expect(await detail.textContent()).toContain('Kfz-Zulassungsstelle der Region Hannover');
    await expectNoAxeViolations(page);
    await page.getByLabel('Anliegen').press('Alt+k');
    await expect.poll(() => detail.getByRole('status').textContent()).toContain('kopiert');
  });

  it('a citizen finds the responsible office on the accessible public page', async () => {
    const page = await j.newPage();
    await page.goto('/buerger/leistungen');
    await page.getByRole('heading', { name: 'Was möchten Sie erledigen?' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Ihr Anliegen').fill('Hund anmelden');
    await page.getByLabel('Ihr Wohnort oder Ihre Postleitzahl').fill('30880');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.getByRole('heading', { name: 'Hund anmelden (Hundesteuer)' }).waitFor();
    expect(await page.getByRole('status').first().textContent()).toContain('Stadt Laatzen');
    await expectNoAxeViolations(page);
  });

  it('a Langenhagen editor sees due reviews on the start page and the freshness dashboard', async () => {
    const page = await j.newPage();
    await loginAs(page, 'redaktion.langenhagen');
    await page.getByRole('heading', { name: 'Wissensdatenbank: Überprüfungen' }).waitFor();
    await page.goto('/wissen/aktualitaet');
    await page.getByRole('heading', { name: 'Örtliche Einträge' }).waitFor();
    await expectNoAxeViolations(page);

    // Edit the local part of dog registration: draft, review, publish; the version history shows the change.
    await page.goto('/wissen/redaktion');
    await page.getByLabel('LeiKa-Schlüssel der Leistung').fill('99040100100000');
    await page.getByRole('button', { name: 'Laden' }).click();
    await page.getByLabel('Telefon').fill('0511 9999 4242');
    await page.getByRole('button', { name: 'Als Entwurf speichern' }).click();
    await page.getByText('Entwurf gespeichert').waitFor();
    await page.getByRole('button', { name: 'Zur Prüfung geben' }).first().click();
    await page.getByText('Status geändert.').waitFor();
    // Four eyes: the author is told that a second editor publishes.
    await page.getByRole('button', { name: 'Veröffentlichen' }).first().click();
    await page.getByRole('alert').getByText('Vier-Augen-Prinzip').waitFor();

    const reviewer = await j.newPage();
    await loginAs(reviewer, 'pruefung.langenhagen');
    await reviewer.getByRole('heading', { name: 'Wissensdatenbank: Überprüfungen' }).waitFor();
    await reviewer.goto('/wissen/redaktion');
    await reviewer.getByRole('button', { name: 'Veröffentlichen' }).first().click();
    await reviewer.getByText('Veröffentlicht.').waitFor();
    await reviewer.getByLabel('LeiKa-Schlüssel der Leistung').fill('99040100100000');
    await reviewer.getByRole('button', { name: 'Laden' }).click();
    await reviewer.getByRole('region', { name: 'Versionen' }).getByText('0511 9999 4242').waitFor();
    await expectNoAxeViolations(reviewer);
  });
});
