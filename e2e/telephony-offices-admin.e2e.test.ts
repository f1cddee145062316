import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, loginAs, pageWidth, startJourney, type BrowserJourney } from './support/browser.js';
import { screenshot } from './support/screenshots.js';

/**
 * The admin pages' edits (issue 18), lean: a hotline re-labelled on /verwaltung/telefonie with a bad
 * value first (error next to the field) and a stale save (conflict offered to reload), an ACD agent id
 * listed; a service's duration changed on /verwaltung/terminstandorte. axe at 1366 and 390 px.
 */
describe.skipIf(!browserAvailable)('journey: editing hotlines, agent ids and bookable services', () => {
  let j: BrowserJourney;
  let page: Page;
  beforeAll(async () => {
    j = await startJourney();
    page = await j.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, 'admin');
    await page.getByRole('heading', { name: 'Administration' }).waitFor();
  });
  afterAll(() => j?.close());

  const api = async (method: 'GET' | 'PATCH', url: string, payload?: object) =>
    j.app.inject({ method, url, headers: { cookie: await j.t.login('admin') }, payload });

  it('telephony: a field error, a stale save with reload, then the change; agent ids are listed', async () => {
    await page.goto(`${j.baseUrl}/verwaltung/telefonie`);
    await page.getByRole('heading', { name: 'Telefonie', level: 1 }).waitFor();
    const hotline = ((await api('GET', '/api/v1/telephony/hotlines')).json().items as { dialledNumber: string; version: number }[])[0]!;
    await page.getByRole('button', { name: `Rufnummer ${hotline.dialledNumber} bearbeiten` }).click();
    const form = page.getByRole('form', { name: `Rufnummer ${hotline.dialledNumber} ändern` });
    await form.getByLabel('Bezeichnung').fill('x');
    await form.getByRole('button', { name: 'Änderung speichern' }).click();
    await form.locator('#hotline-edit-label-error').waitFor();
    expect(await form.getByLabel('Bezeichnung').getAttribute('aria-invalid')).toBe('true');

    // Someone else saves meanwhile: this form's version is stale.
    const other = await api('PATCH', `/api/v1/telephony/hotlines/${hotline.dialledNumber}`, {
      version: hotline.version,
      label: 'Von nebenan geändert',
    });
    expect(other.statusCode).toBe(200);
    await form.getByLabel('Bezeichnung').fill('Bürgertelefon (neu)');
    await form.getByRole('button', { name: 'Änderung speichern' }).click();
    await form
      .getByRole('alert')
      .getByText(/inzwischen von jemand anderem geändert/)
      .waitFor();
    await form.getByRole('button', { name: 'Neu laden' }).click();
    const fresh = page.getByRole('form', { name: `Rufnummer ${hotline.dialledNumber} ändern` });
    await expect.poll(() => fresh.getByLabel('Bezeichnung').inputValue()).toBe('Von nebenan geändert');
    await fresh.getByLabel('Bezeichnung').fill('Bürgertelefon (neu)');
    await fresh.getByRole('button', { name: 'Änderung speichern' }).click();
    await page.getByRole('cell', { name: 'Bürgertelefon (neu)' }).waitFor();

    await page.getByRole('table', { name: 'Zugeordnete Agenten-Kennungen' }).getByRole('cell', { name: 'SIP/1001', exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'telephony-admin-1366', { fullPage: true });
  });

  it('offices: a service’s duration is changed (a bad one named next to the field); axe at 390 px', async () => {
    const tenants = (await api('GET', '/api/v1/tenants')).json().items as { id: string; slug: string }[];
    const laatzen = tenants.find((t) => t.slug === 'laatzen')!.id;
    await page.goto(`${j.baseUrl}/verwaltung/terminstandorte?mandant=${laatzen}`);
    await page.getByRole('heading', { name: 'Terminstandorte', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Leistung Personalausweis beantragen bearbeiten' }).click();
    const form = page.getByRole('form', { name: 'Leistung „Personalausweis beantragen“ ändern' });
    await form.getByLabel('Dauer (Minuten)').fill('2');
    await form.getByRole('button', { name: 'Änderung speichern' }).click();
    await form.locator('#service-edit-duration-error').getByText('Mindestens 5 Minuten.').waitFor();
    await form.getByLabel('Dauer (Minuten)').fill('25');
    await form.getByRole('button', { name: 'Änderung speichern' }).click();
    await page.getByRole('cell', { name: '25 min' }).first().waitFor();
    await page.getByRole('button', { name: 'Bürgerbüro Laatzen bearbeiten' }).click();
    await page.getByRole('form', { name: 'Standort „Bürgerbüro Laatzen“ ändern' }).waitFor();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(page);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'offices-admin-390', { fullPage: true });
  });
});
