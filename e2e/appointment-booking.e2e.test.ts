import { simpleParser, type ParsedMail } from 'mailparser';
import { chromium, type Browser } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchOutboxOnce } from '../src/jobs.js';
import { createTestApp, type TestApp } from '../test/support/test-app.js';
import { browserAvailable, CHROMIUM_ARGS, CHROMIUM_PATH, expectNoAxeViolations, loginAs } from './support/browser.js';

describe.skipIf(!browserAvailable)('journey: a citizen books an appointment on the public page and gets the confirmation mail', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  let smtp: SMTPServer;
  const mails: ParsedMail[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, done) {
        simpleParser(stream).then((m) => {
          mails.push(m);
          done();
        }, done);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as { port: number }).port;
    t = await createTestApp({ serveWeb: true, env: { SMTP_URL: `smtp://127.0.0.1:${port}`, APPOINTMENT_POW_BITS: '8' } });
    baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('finds a slot by keyboard, books it, and the mail carries the .ics and the cancel link', async () => {
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    await page.goto('/buerger/termine');
    await page.getByRole('heading', { name: 'Termin im Bürgerbüro oder in der Ausländerbehörde buchen' }).waitFor();
    await page.getByLabel('Stadt oder Gemeinde').selectOption({ label: 'Stadt Langenhagen' });
    await page.getByLabel('Anliegen').selectOption({ label: 'Personalausweis beantragen' });
    await expectNoAxeViolations(page);
    // Keyboard: the search button is reachable and works with Enter.
    await page.getByRole('button', { name: 'Freie Termine suchen' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Freie Termine' }).waitFor();
    await page.getByRole('heading', { name: 'Bürgerbüro Langenhagen' }).waitFor();
    await expectNoAxeViolations(page);

    const slot = page.getByRole('button', { name: /Uhr, Bürgerbüro Langenhagen wählen/ }).first();
    await slot.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Ihre Angaben' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Vor- und Nachname').fill('Bürgerin Beispiel');
    await page.getByLabel('E-Mail-Adresse (für die Bestätigung)').fill('buergerin@example.org');
    await page.getByRole('button', { name: 'Termin verbindlich buchen' }).dblclick();
    await page.getByRole('heading', { name: 'Ihr Termin ist gebucht' }).waitFor();
    await expectNoAxeViolations(page);
    const reference = (await page.locator('dd').first().textContent())!.trim();
    expect(reference).toMatch(/^T-[0-9A-Z]{6}$/);

    await dispatchOutboxOnce(t.db.database, t.app.config, t.clock);
    await expect.poll(() => mails.filter((m) => m.subject?.includes(reference)).length, { timeout: 90_000 }).toBe(1);
    const mail = mails.find((m) => m.subject?.includes(reference))!;
    expect(mail.attachments.some((a) => a.filename === 'termin.ics')).toBe(true);
    const link = mail.text!.match(/https?:\/\/\S+verwalten\S+/)![0];

    // The link from the mail opens the manage page, which is accessible too.
    await page.goto(new URL(link).pathname + new URL(link).search);
    await page.getByRole('button', { name: 'Termin absagen' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('an office sees the day list, and an agent books during a call', async () => {
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
    const page = await context.newPage();
    await loginAs(page, 'agent');
    await page.getByRole('link', { name: 'Termin buchen' }).click();
    await page.getByLabel('Stadt oder Gemeinde').selectOption({ label: 'Stadt Laatzen' });
    await page.getByLabel('Anliegen').selectOption({ label: 'Wohnsitz anmelden oder ummelden' });
    await page.getByRole('button', { name: 'Freie Termine suchen' }).click();
    await page
      .getByRole('button', { name: /Uhr, Bürgerbüro Laatzen wählen/ })
      .first()
      .click();
    await page.getByLabel('Vor- und Nachname').fill('Anrufer Am Telefon');
    await page.getByRole('button', { name: 'Verbindlich buchen' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Code zum Absagen');
    await expectNoAxeViolations(page);

    const office = await (await browser.newContext({ baseURL: baseUrl, locale: 'de-DE', timezoneId: 'Europe/Berlin' })).newPage();
    await loginAs(office, 'fachbereich.laatzen');
    await office.getByRole('link', { name: 'Tagesliste Termine' }).click();
    await office.getByRole('heading', { name: /Tagesliste Bürgerbüro Laatzen/ }).waitFor();
    await office.getByText('Schließtag oder Sonderöffnung eintragen').click();
    await expectNoAxeViolations(office);
    await office.getByLabel('Tag', { exact: true }).first().fill('2026-12-25');
    await expect.poll(() => office.getByText(/Feiertag \(1\. Weihnachtstag\): geschlossen\./).count()).toBe(1);
  });
});
