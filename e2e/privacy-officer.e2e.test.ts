import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_TENANTS, queryRows } from '../src/platform/db/database.js';
import { browserAvailable, expectNoAxeViolations, loginAs, pageWidth, startJourney, type BrowserJourney } from './support/browser.js';
import { screenshot } from './support/screenshots.js';

const EMAIL = 'hedwig.auskunft@example.org';

/**
 * Data protection in the browser (issue 16, decisions 0136/0137): the administrator opens a forwarded
 * request only by break-glass with a reason and sets retention periods (validation, optimistic locking);
 * the data-protection officer finds a citizen across the modules, exports, restricts and erases with the
 * occasion, sees the list of requests and downloads the records of processing activities.
 */
describe.skipIf(!browserAvailable)('journey: data protection (break-glass, retention, citizens’ requests, Art. 30)', () => {
  let j: BrowserJourney;
  let requestId: string;
  beforeAll(async () => {
    j = await startJourney();
    const agent = await j.t.login('agent');
    const tenants = (await j.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { cookie: agent } })).json().items as {
      id: string;
      slug: string;
    }[];
    const langenhagen = tenants.find((x) => x.slug === 'langenhagen')!;
    const departments = (
      await j.app.inject({ method: 'GET', url: `/api/v1/tenants/${langenhagen.id}/departments`, headers: { cookie: agent } })
    ).json().items as { id: string }[];
    const forwarded = await j.app.inject({
      method: 'POST',
      url: '/api/v1/service-requests',
      headers: { cookie: agent },
      payload: {
        tenantId: langenhagen.id,
        departmentId: departments[0]!.id,
        serviceTitle: 'Wohngeld',
        question: 'Wie lange dauert die Bearbeitung meines Wohngeldantrags?',
        citizen: { name: 'Hedwig Auskunft', email: EMAIL, phone: '0511 7788990' },
        answerChannel: 'email',
      },
    });
    expect(forwarded.statusCode, forwarded.body).toBe(201);
    requestId = forwarded.json().id;
    const form = await j.app.inject({
      method: 'POST',
      url: '/api/v1/public/contact-form',
      payload: { tenant: 'langenhagen', name: 'Hedwig Auskunft', email: EMAIL, subject: 'Wohngeld', message: 'Wann kommt mein Bescheid?' },
    });
    expect(form.statusCode, form.body).toBe(202);
  });
  afterAll(() => j?.close());

  const at = async (width: number, height: number, user: string): Promise<Page> => {
    const page = await j.newPage();
    await page.setViewportSize({ width, height });
    await loginAs(page, user);
    // Signed in once the login page is left (its own h1 would not tell: a goto then would race the login).
    await page.waitForURL((url) => !url.pathname.startsWith('/anmelden'));
    await page.locator('main h1').first().waitFor();
    return page;
  };

  it('the administrator reads a forwarded request only with a reason, which the audit trail keeps', async () => {
    const page = await at(1366, 768, 'admin');
    await page.goto(`/anliegen/${requestId}`);
    const form = page.getByRole('form', { name: 'Notfallzugriff auf personenbezogene Daten' });
    await form.waitFor();
    expect(await page.content()).not.toContain('Hedwig Auskunft');
    await expectNoAxeViolations(page);
    await screenshot(page, `break-glass-1366`);

    // Too short a reason: the form says so and nothing is read.
    await form.getByLabel('Begründung des Notfallzugriffs').fill('weil');
    await form.getByRole('button', { name: 'Mit Begründung öffnen' }).click();
    await form.getByText(/mindestens 10 Zeichen/).waitFor();
    const reason = 'Beschwerde der Bürgerin an die Leitung – Ticket INC-4711';
    await form.getByLabel('Begründung des Notfallzugriffs').fill(reason);
    await form.getByRole('button', { name: 'Mit Begründung öffnen' }).click();
    await page.getByText('Hedwig Auskunft').first().waitFor();
    await expectNoAxeViolations(page);

    const [read] = await j.t.db.database.scoped(ALL_TENANTS, (tx) =>
      queryRows<{ details: Record<string, unknown> }>(
        tx,
        sql`select details from audit_log where action = 'personal_data.read' and actor_name = 'admin' and entity_id = ${requestId}`,
      ),
    );
    // The en dash is sent as "-" (header values are Latin-1).
    expect(read?.details).toMatchObject({ breakGlass: true, reason: 'Beschwerde der Bürgerin an die Leitung - Ticket INC-4711' });

    // Leaving and coming back asks again.
    await page.goto('/anliegen');
    await page.goto(`/anliegen/${requestId}`);
    await form.waitFor();
    await page.context().close();
  });

  it('the administrator sets a retention period: refused outside the lawful range, saved inside, a parallel change is not overwritten', async () => {
    const page = await at(1366, 768, 'admin');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Aufbewahrungsfristen' }).click();
    await page.getByRole('heading', { name: 'Aufbewahrungsfristen', level: 1 }).waitFor();
    const callers = page.getByLabel('Frist für Rufnummern der Anrufenden in Tagen');
    await callers.waitFor();
    await expectNoAxeViolations(page);

    await callers.fill('0');
    await page.getByRole('button', { name: 'Fristen speichern' }).click();
    await page.getByText(/Erlaubt sind \d+ bis 3650 Tage/).waitFor();
    expect(await callers.getAttribute('aria-invalid')).toBe('true');
    await callers.fill('30');
    await page.getByRole('button', { name: 'Fristen speichern' }).click();
    await page.getByRole('status').filter({ hasText: 'Eine Frist gespeichert.' }).waitFor();
    await expect.poll(() => callers.inputValue()).toBe('30');
    await screenshot(page, `retention-1366`, { fullPage: true });

    // Someone else changes the same period meanwhile: this page's save is refused, "Neu laden" shows theirs.
    const other = await j.t.login('admin');
    const current = (await j.app.inject({ method: 'GET', url: '/api/v1/privacy/retention', headers: { cookie: other } })).json().items as {
      kind: string;
      version: number;
    }[];
    const parallel = await j.app.inject({
      method: 'PUT',
      url: '/api/v1/privacy/retention',
      headers: { cookie: other },
      payload: { items: [{ kind: 'caller_numbers', days: 60, version: current.find((c) => c.kind === 'caller_numbers')!.version }] },
    });
    expect(parallel.statusCode, parallel.body).toBe(200);
    await callers.fill('45');
    await page.getByRole('button', { name: 'Fristen speichern' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'inzwischen geändert' });
    await conflict.waitFor();
    await conflict.getByRole('button', { name: 'Neu laden' }).click();
    await expect.poll(() => callers.inputValue()).toBe('60');
    await page.context().close();
  });

  it('the data-protection officer finds the citizen, exports, restricts, erases and sees the record of requests', async () => {
    const page = await at(1366, 768, 'datenschutz');
    const start = page.getByRole('region', { name: 'Datenschutz' });
    await start.getByRole('link', { name: 'Person suchen' }).waitFor();
    await expectNoAxeViolations(page);
    await start.getByRole('link', { name: 'Person suchen' }).click();
    await page.getByRole('heading', { name: 'Betroffenenanfragen', level: 1 }).waitFor();

    // Without the occasion nothing is searched.
    await page.getByLabel('E-Mail').fill(EMAIL);
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.locator('#subject-reason-error').waitFor();
    await page.getByLabel('Anlass').fill('Auskunftsersuchen per Brief vom 28.11.2026');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.getByRole('status').filter({ hasText: 'gefunden' }).waitFor();
    const records = page.getByRole('table', { name: 'Gefundene Einträge' });
    await records.getByText('Zweite Ebene (Weiterleitungen)').waitFor();
    await records.getByText('Kontaktformular und Chat').first().waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, `privacy-requests-1366`, { fullPage: true });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Auskunft als PDF' }).click();
    const pdf = await download;
    expect(pdf.suggestedFilename()).toMatch(/^auskunft-.+\.pdf$/);
    await page.getByRole('status').filter({ hasText: 'Auskunft als PDF erstellt' }).waitFor();

    // Restrict the forwarded request, erase the rest: the restricted one stays.
    await records.getByRole('checkbox', { name: 'Alle auswählen' }).uncheck();
    await records.getByRole('row').filter({ hasText: 'Zweite Ebene' }).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Auswahl einschränken (Art. 18)' }).click();
    await page.getByRole('status').filter({ hasText: 'eingeschränkt' }).waitFor();
    await records.getByRole('row').filter({ hasText: 'Zweite Ebene' }).getByText('eingeschränkt').waitFor();
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Auswahl löschen (Art. 17)' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /gelöscht/ })
      .waitFor();

    const list = page.getByRole('table', { name: 'Bisherige Betroffenenanfragen' });
    await list.getByText('Löschung (Art. 17)').waitFor();
    await list.getByText('Einschränkung (Art. 18)').waitFor();
    await list.getByText('Auskunft (Art. 15)').waitFor();
    await expectNoAxeViolations(page);

    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Verarbeitungsverzeichnis' }).click();
    await page.getByRole('heading', { name: 'Verzeichnis der Verarbeitungstätigkeiten', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Verarbeitungstätigkeiten' }).waitFor();
    await expectNoAxeViolations(page);
    const href = await page.getByRole('link', { name: 'PDF' }).getAttribute('href');
    const file = await page.request.get(href!);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('application/pdf');
    await page.context().close();
  });

  it('on a phone (390 px) every data-protection page fits the width and passes axe', async () => {
    const page = await at(390, 844, 'datenschutz');
    for (const [path, heading, shot] of [
      ['/', 'Datenschutz', 'privacy-start-390'],
      ['/datenschutz/anfragen', 'Betroffenenanfragen', 'privacy-requests-390'],
      ['/datenschutz/aufbewahrung', 'Aufbewahrungsfristen', 'retention-390'],
      ['/datenschutz/verzeichnis', 'Verzeichnis der Verarbeitungstätigkeiten', 'records-390'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
      await page.locator('table, .counts').first().waitFor();
      expect(await pageWidth(page), path).toBeLessThanOrEqual(390);
      await expectNoAxeViolations(page);
      await screenshot(page, `${shot}`, { fullPage: true });
    }
    await page.context().close();
    const admin = await at(390, 844, 'admin');
    await admin.goto(`/anliegen/${requestId}`);
    await admin.getByRole('form', { name: 'Notfallzugriff auf personenbezogene Daten' }).waitFor();
    expect(await pageWidth(admin)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(admin);
    await screenshot(admin, `break-glass-390`, { fullPage: true });
    await admin.context().close();
  });
});
