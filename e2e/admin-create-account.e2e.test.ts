import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, loginAs, startJourney, type BrowserJourney } from './support/browser.js';

describe.skipIf(!browserAvailable)('journey: the admin creates a back-office account for Laatzen', () => {
  let j: BrowserJourney;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

  it('binds the account to Laatzen and two departments; the new person signs in and sees them', async () => {
    const page = await j.newPage();
    await loginAs(page, 'admin');
    await page.getByRole('heading', { name: 'Administration' }).waitFor();
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Konten' }).click();
    await page.getByRole('link', { name: 'Konto fachbereich.laatzen bearbeiten' }).waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Neues Konto anlegen' }).click();
    await page.getByRole('heading', { name: 'Neues Konto', level: 1 }).waitFor();
    const tenant = page.getByLabel('Mandant');
    expect(await tenant.isDisabled()).toBe(true);
    await expectNoAxeViolations(page);

    await page.getByLabel('Benutzername').fill('sachbearbeitung.laatzen');
    await page.getByLabel('Anzeigename').fill('Sina Sachbearbeiterin');
    await page.getByLabel('E-Mail (optional)').fill('sina@laatzen.demo.example.org');
    await page.getByLabel('Erstpasswort').fill('Laatzen-Start-2026!');
    // Keyboard: tick the role checkbox with the space bar.
    await page.getByLabel('Fachbereich (Zweite Ebene)').focus();
    await page.keyboard.press('Space');
    expect(await tenant.isDisabled()).toBe(false);
    expect(await tenant.getAttribute('required')).not.toBeNull();

    // Without a tenant the API refuses; the message sits at the tenant select.
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.locator('#user-tenant-error').getByText('Bitte einen Mandanten wählen.').waitFor();
    expect(await tenant.getAttribute('aria-describedby')).toContain('user-tenant-error');
    await expectNoAxeViolations(page);

    await tenant.selectOption({ label: 'Stadt Laatzen' });
    await page.getByLabel('Bürgerbüro').check();
    await page.getByLabel('Ordnungsamt').check();
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.getByRole('status').filter({ hasText: 'Das Konto „sachbearbeitung.laatzen“ wurde angelegt.' }).waitFor();
    await page.getByRole('heading', { name: 'Konto sachbearbeitung.laatzen', level: 1 }).waitFor();
    expect(await page.getByLabel('Bürgerbüro').isChecked()).toBe(true);
    await expectNoAxeViolations(page);

    // Stored as asked: role, tenant, departments.
    const cookie = await j.t.login('admin');
    const users = await j.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie } });
    const created = users.json().items.find((u: { username: string }) => u.username === 'sachbearbeitung.laatzen');
    const tenants = await j.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { cookie } });
    const laatzen = tenants.json().items.find((t: { slug: string }) => t.slug === 'laatzen');
    expect(created).toMatchObject({ roles: ['backoffice'], tenantId: laatzen.id, active: true });
    expect(created.departmentIds).toHaveLength(2);

    // The list shows the binding.
    await page.getByRole('link', { name: '← Alle Konten' }).click();
    const row = page.getByRole('row').filter({ hasText: 'sachbearbeitung.laatzen' });
    await row.getByText('Bürgerbüro, Ordnungsamt').or(row.getByText('Ordnungsamt, Bürgerbüro')).waitFor();
    expect(await row.textContent()).toContain('Laatzen');

    // The new person signs in and finds the departments on the start page.
    const own = await j.newPage();
    await loginAs(own, 'sachbearbeitung.laatzen', 'Laatzen-Start-2026!');
    await own.getByRole('heading', { name: 'Fachbereich Laatzen' }).waitFor();
    await own.getByRole('list', { name: 'Ihre Fachbereiche' }).getByText('Ordnungsamt').waitFor();
    await own.getByText('24 Stunden an Werktagen').waitFor();
    await expectNoAxeViolations(own);
  });

  it('lifts a lockout, resets the password (refusing one with the username) and adds a role', async () => {
    for (let i = 0; i < 5; i++) {
      await j.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'agent2', password: `falsch-${i}` } });
    }
    const page = await j.newPage();
    await loginAs(page, 'admin');
    await page.getByRole('heading', { name: 'Administration' }).waitFor();
    await page.getByText('Gesperrt:').waitFor();
    await page.getByRole('link', { name: 'agent2' }).click();
    await page.getByRole('heading', { name: 'Konto agent2', level: 1 }).waitFor();
    await page.getByText('Nach zu vielen Fehlversuchen gesperrt').waitFor();
    await page.getByRole('button', { name: 'Sperre aufheben' }).click();
    await page.getByRole('status').filter({ hasText: 'Die Sperre wurde aufgehoben.' }).waitFor();

    await page.getByLabel('Neues Passwort').fill('kurz');
    await page.getByRole('button', { name: 'Passwort zurücksetzen' }).click();
    await page.locator('#reset-password-error').getByText('Das Passwort muss mindestens 12 Zeichen lang sein.').waitFor();
    await page.getByLabel('Neues Passwort').fill('Neues-Agent2-Passwort!');
    await page.getByRole('button', { name: 'Passwort zurücksetzen' }).click();
    await page.locator('#reset-password-error').getByText('Das Passwort darf den Benutzernamen nicht enthalten.').waitFor();
    await page.getByLabel('Neues Passwort').fill('Zweites-Telefon-2026!');
    await page.getByRole('button', { name: 'Passwort zurücksetzen' }).click();
    await page.getByRole('status').filter({ hasText: 'Das Passwort wurde zurückgesetzt' }).waitFor();

    await page.getByLabel('Teamleitung').check();
    await page.getByRole('button', { name: 'Konto speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Das Konto wurde gespeichert.' }).waitFor();
    await expectNoAxeViolations(page);

    const login = await j.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'agent2', password: 'Zweites-Telefon-2026!' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().user.roles).toEqual(['agent', 'supervisor']);
  });
});
