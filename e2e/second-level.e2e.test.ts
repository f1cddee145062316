import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_TENANTS, queryRows } from '../src/platform/db/database.js';
import { browserAvailable, expectNoAxeViolations, loginAs, startJourney, type BrowserJourney } from './support/browser.js';

describe.skipIf(!browserAvailable)(
  'journey: an agent forwards a concern, the department answers by link, the citizen checks the status',
  () => {
    let j: BrowserJourney;
    beforeAll(async () => {
      j = await startJourney();
    });
    afterAll(() => j?.close());

    it('forwards through the form, answers through the secure link and shows the public status without personal data', async () => {
      const page = await j.newPage();
      await loginAs(page, 'agent');
      await page.getByRole('heading', { name: 'Zweite Ebene' }).waitFor();
      await page.goto('/weiterleitung/neu');
      await page.getByRole('heading', { name: 'Anliegen an den Fachbereich weiterleiten' }).waitFor();
      await expectNoAxeViolations(page);

      // Submitting empty names the missing fields in German.
      await page.getByRole('button', { name: 'Weiterleiten' }).click();
      await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('nicht gültig');

      await page.getByLabel('Verwaltung').selectOption({ label: 'Stadt Langenhagen' });
      await page.getByLabel('Zuständiger Fachbereich').selectOption({ label: 'Bürgerbüro' });
      await page.getByLabel('Leistung', { exact: true }).fill('Meldebescheinigung');
      await page.getByLabel('Frage der Bürgerin / des Bürgers').fill('Bekomme ich die Meldebescheinigung auch per Post zugeschickt?');
      await page.getByLabel('Name').fill('Erika Mustermann');
      await page.getByLabel('E-Mail-Adresse').fill('erika@example.org');
      await page.getByRole('button', { name: 'Weiterleiten' }).click();
      await page.getByRole('heading', { name: 'Anliegen weitergeleitet' }).waitFor();
      const code = (await page.locator('dd strong').first().textContent())!.trim();
      expect(code).toMatch(/^DC-\d{4}-\d{6}-[A-Z2-9]{4}$/);
      await expectNoAxeViolations(page);

      // The department's secure link, as it stands in the mail in the outbox.
      const [mail] = await j.t.db.database.scoped(ALL_TENANTS, (tx) =>
        queryRows<{ body: string }>(
          tx,
          sql`select body_text as body from outbox_mail where purpose = 'request.delivery' and subject like ${`%${code}%`}`,
        ),
      );
      const answerPath = /\/antwort\/[A-Za-z0-9_-]{43}/.exec(mail!.body)![0];
      const department = await j.newPage();
      await department.goto(answerPath);
      await department.getByRole('heading', { name: 'Anfrage aus dem DialogCenter beantworten' }).waitFor();
      await department.getByText('Bekomme ich die Meldebescheinigung').waitFor();
      await expectNoAxeViolations(department);
      await department.getByLabel('Antwort', { exact: true }).fill('Ja, auf Antrag per Post gegen eine Gebühr von 5 Euro.');
      await department.getByRole('button', { name: 'Absenden' }).click();
      await expect.poll(() => department.getByRole('status').first().textContent()).toContain('Vielen Dank');

      const citizen = await j.newPage();
      await citizen.goto('/status');
      await expectNoAxeViolations(citizen);
      await citizen.getByLabel('Vorgangsnummer').fill(code.toLowerCase());
      await citizen.getByRole('button', { name: 'Stand abfragen' }).click();
      await citizen.getByRole('heading', { name: `Vorgang ${code}` }).waitFor();
      const text = await citizen.locator('main').textContent();
      expect(text).toContain('Stadt Langenhagen');
      expect(text).toMatch(/Beantwortet/);
      expect(text).not.toContain('Erika');
      expect(text).not.toContain('Meldebescheinigung');
      await expectNoAxeViolations(citizen);
    });

    it('the department answers in its inbox; the call-back reaches the agents’ list', async () => {
      const agent = await j.newPage();
      await loginAs(agent, 'agent');
      await agent.getByRole('heading', { name: 'Zweite Ebene' }).waitFor();
      await agent.goto('/weiterleitung/neu');
      await agent.getByLabel('Verwaltung').selectOption({ label: 'Stadt Langenhagen' });
      await agent.getByLabel('Zuständiger Fachbereich').selectOption({ label: 'Steuern und Abgaben' });
      await agent.getByLabel('Leistung', { exact: true }).fill('Hundesteuer');
      await agent.getByLabel('Frage der Bürgerin / des Bürgers').fill('Muss ich für einen Blindenhund Hundesteuer zahlen?');
      await agent.getByLabel('Name').fill('Bruno Blind');
      await agent.getByLabel('Rückruf').check();
      await agent.getByLabel('Telefonnummer').fill('0511 987654');
      await agent.getByRole('button', { name: 'Weiterleiten' }).click();
      await agent.getByRole('heading', { name: 'Anliegen weitergeleitet' }).waitFor();
      const code = (await agent.locator('dd strong').first().textContent())!.trim();

      const department = await j.newPage();
      await loginAs(department, 'fachbereich.langenhagen');
      await department.getByRole('heading', { name: 'Zweite Ebene' }).waitFor();
      await department.goto('/anliegen');
      await department.getByRole('heading', { name: 'Posteingang des Fachbereichs' }).waitFor();
      await expectNoAxeViolations(department);
      await department.getByRole('link', { name: code }).click();
      await department.getByRole('heading', { name: `Anfrage ${code}` }).waitFor();
      await expectNoAxeViolations(department);
      await department.getByLabel('Antwort an die Bürgerin / den Bürger').fill('Nein, Blindenführhunde sind von der Hundesteuer befreit.');
      await department.getByRole('button', { name: 'Antwort senden' }).click();
      await department.getByText('beantwortet, Übermittlung offen').first().waitFor();

      await agent.goto('/rueckrufe');
      await agent.getByRole('heading', { name: 'Rückrufe' }).waitFor();
      const card = agent.getByRole('listitem').filter({ hasText: code });
      await card.getByText('Blindenführhunde sind von der Hundesteuer befreit').waitFor();
      await expectNoAxeViolations(agent);
      await card.getByRole('button', { name: 'Erledigt' }).click();
      await expect.poll(() => agent.getByRole('status').first().textContent()).toContain(`Rückruf zu ${code} erledigt`);
    });
  },
);
