import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, loginAs, startJourney, type BrowserJourney } from './support/browser.js';

describe.skipIf(!browserAvailable)('journey: the auditor finds a permission change in the audit trail', () => {
  let j: BrowserJourney;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

  it('sees the change on the start page, finds it by actor and action, reads it, and pages with "Weitere laden"', async () => {
    // The admin gives Lars (editor, Laatzen) the back-office role in the UI.
    const admin = await j.newPage();
    await loginAs(admin, 'admin');
    await admin.getByRole('heading', { name: 'Administration' }).waitFor();
    await admin.goto('/verwaltung/konten');
    await admin.getByRole('link', { name: 'Konto redaktion.laatzen bearbeiten' }).click();
    await admin.getByRole('heading', { name: 'Konto redaktion.laatzen', level: 1 }).waitFor();
    await admin.getByLabel('Fachbereich (Zweite Ebene)').check();
    await admin.getByLabel('Standesamt').check();
    await admin.getByRole('button', { name: 'Konto speichern' }).click();
    await admin.getByRole('status').filter({ hasText: 'Das Konto wurde gespeichert.' }).waitFor();

    const page = await j.newPage();
    await loginAs(page, 'revision');
    const recent = page.getByRole('list', { name: 'Letzte Berechtigungsänderungen' });
    await recent.getByText('Berechtigungen geändert durch admin').first().waitFor();
    await recent.getByText('Rollen: Redaktion → Redaktion, Fachbereich').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Protokoll' }).click();
    await page.getByRole('heading', { name: 'Protokoll durchsuchen', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: 'gefunden' }).waitFor();
    await expectNoAxeViolations(page);

    // Keyboard only: fill the filters and submit with Enter.
    await page.getByLabel('Handelnde Person (Benutzername)').focus();
    await page.keyboard.type('admin');
    await page.getByLabel('Aktion (Anfang)').focus();
    await page.keyboard.type('permission.changed');
    await page.getByLabel('Mandant').selectOption({ label: 'Laatzen' });
    await page.getByLabel('Aktion (Anfang)').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('actorName=admin');
    await page.getByRole('status').filter({ hasText: '1 Eintrag gefunden.' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Berechtigungen geändert' });
    expect(await row.count()).toBe(1);
    const text = await row.textContent();
    expect(text).toContain('Rollen: Redaktion → Redaktion, Fachbereich');
    expect(text).toContain('Fachbereiche: keine → 1 Fachbereich');
    expect(text).toContain('Benutzername: redaktion.laatzen');
    expect(text).toContain('Laatzen');
    expect(text).toContain('Konto');
    await expectNoAxeViolations(page);

    // A time range after the change finds nothing.
    await page.getByLabel('Von (Zeitpunkt)').fill('2099-01-01T00:00');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.getByRole('status').filter({ hasText: 'Keine Einträge gefunden.' }).waitFor();

    // Unfiltered, the seeded trail has more than one page: "Weitere laden" appends the next 50.
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await page.getByRole('status').filter({ hasText: '50 oder mehr Einträge gefunden.' }).waitFor();
    expect(await page.getByRole('row').count()).toBe(51);
    await page.getByRole('button', { name: 'Weitere laden' }).click();
    await page.getByRole('status').filter({ hasText: 'weitere Einträge geladen.' }).waitFor();
    expect(await page.getByRole('row').count()).toBeGreaterThan(51);

    // The auditor's own searches are in the trail too.
    const cookie = await j.t.login('revision');
    const searches = await j.app.inject({
      method: 'GET',
      url: '/api/v1/audit?action=audit.searched&actorName=revision&limit=50',
      headers: { cookie },
    });
    expect(searches.json().items.length).toBeGreaterThanOrEqual(4);
  });

  it('keeps the audit page from other roles', async () => {
    const page = await j.newPage();
    await loginAs(page, 'admin');
    await page.getByRole('heading', { name: 'Administration' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Protokoll' }).count()).toBe(0);
    await page.goto('/revision');
    await page.getByRole('heading', { name: 'Kein Zugriff' }).waitFor();
  });
});
