import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, loginAs, startJourney, type BrowserJourney } from './support/browser.js';

describe.skipIf(!browserAvailable)('journey: an agent logs in and sees the agent start page', () => {
  let j: BrowserJourney;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

  it('shows the login form, refuses a wrong password, then opens the agent start page', async () => {
    const page = await j.newPage();
    await page.goto('/');
    await expect.poll(() => page.url()).toContain('/anmelden');
    await expectNoAxeViolations(page);

    await loginAs(page, 'agent', 'falsches-passwort');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Benutzername oder Passwort ist falsch');

    await loginAs(page, 'agent');
    await page.getByRole('heading', { name: 'Agenten-Arbeitsplatz' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Guten Tag, Anna Agentin');
    await page.getByRole('list', { name: 'Angeschlossene Verwaltungen' }).getByText('Stadt Langenhagen').waitFor();
    await expectNoAxeViolations(page);

    // Keyboard: the skip link is the first stop and leads to the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zum Inhalt springen');

    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('heading', { name: 'Anmeldung DialogCenter' }).waitFor();
  });
});
