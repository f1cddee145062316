import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDate } from '../src/platform/time/berlin-time.js';
import { browserAvailable, expectNoAxeViolations, loginAs, startJourney, type BrowserJourney } from './support/browser.js';
import { screenshot } from './support/screenshots.js';

describe.skipIf(!browserAvailable)('journey: the admin issues and revokes an API token', () => {
  let j: BrowserJourney;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());
  const reportUrl = () => {
    const day = addDays(localDate(j.t.clock.now()), -1);
    return `/api/v1/reports/calls?from=${day}&to=${day}`;
  };

  it('shows the token once, it reads reports, the list shows it without the token, revoking ends it', async () => {
    const page = await j.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, 'admin');
    await page.getByRole('heading', { name: 'Administration' }).waitFor();
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'API-Tokens' }).click();
    await page.getByRole('heading', { name: 'API-Tokens', level: 1 }).waitFor();
    // The demo telephone system's token is listed (taken over as an API token).
    await page.getByRole('row').filter({ hasText: 'Telefonanlage' }).first().waitFor();
    await expectNoAxeViolations(page);

    // Without a scope the API refuses; the message sits at the scopes.
    await page.getByLabel('Bezeichnung').fill('Controlling Region');
    await page.getByRole('button', { name: 'Token ausstellen' }).click();
    await page.locator('#token-scopes-error').waitFor();
    await page.getByLabel(/Berichte lesen/).check();
    await page.getByLabel('Gültig (Tage)').fill('90');
    await page.getByRole('button', { name: 'Token ausstellen' }).click();
    const shown = page.getByRole('region', { name: 'Neues Token' }).locator('code');
    await shown.waitFor();
    const token = (await shown.textContent())!.trim();
    expect(token).toMatch(/^dc_/);
    await expectNoAxeViolations(page);
    await screenshot(page, `api-tokens-1366`);

    const report = await j.app.inject({ method: 'GET', url: reportUrl(), headers: { authorization: `Bearer ${token}` } });
    expect(report.statusCode).toBe(200);

    // After a reload the token is gone from the page; the row stays with its prefix.
    await page.reload();
    const row = page.getByRole('row').filter({ hasText: 'Controlling Region' });
    await row.waitFor();
    expect(await page.content()).not.toContain(token);
    expect(await row.textContent()).toContain(token.slice(0, 10));

    page.once('dialog', (d) => void d.accept());
    await row.getByRole('button', { name: 'Token Controlling Region widerrufen' }).click();
    await row.getByText('widerrufen', { exact: true }).waitFor();
    const refused = await j.app.inject({ method: 'GET', url: reportUrl(), headers: { authorization: `Bearer ${token}` } });
    expect(refused.statusCode).toBe(401);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { name: 'API-Tokens', level: 1 }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, `api-tokens-390`, { fullPage: true });
  });
});
