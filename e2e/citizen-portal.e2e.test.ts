import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, pageWidth, startJourney, type BrowserJourney } from './support/browser.js';
import { controlsReady, portalPage as openPortalPage } from './support/portal.js';
import { screenshot } from './support/screenshots.js';

/**
 * The citizen portal (issue 15, decisions 0162-0164): its own entry under /de and /en with KoliBri controls.
 * German at 1366 px: question -> service -> appointment booked, by keyboard; English at 390 px: the same
 * pages with the English texts the editors supplied and the note on German-only parts. One axe check per
 * distinct page and width; no request leaves the server's origin.
 */
describe.skipIf(!browserAvailable)(
  'journey: a citizen finds a service and books an appointment on the portal, in German and English',
  () => {
    let j: BrowserJourney;
    const foreign: string[] = [];
    beforeAll(async () => {
      j = await startJourney({ env: { APPOINTMENT_POW_BITS: '8' } });
    });
    afterAll(() => j?.close());

    const portalPage = (width: number) => openPortalPage(j, width, foreign);
    const legalLinks = async (page: Page, names: string[]) => {
      for (const name of names) await page.getByRole('contentinfo').getByRole('link', { name }).waitFor();
    };

    it('German, 1366 px: by keyboard from the question to the service and a booked appointment with codes and .ics', async () => {
      const page = await portalPage(1366);
      await page.goto('/de');
      await controlsReady(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
      expect(await page.title()).toBe('Was möchten Sie erledigen? – Bürgerportal Hannover');
      // The portal's own bundle: the staff app's entry is never loaded.
      expect(
        await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((e) => e.name)
            .filter((n) => /\/assets\/(main|staff-app)-/.test(n)),
        ),
      ).toEqual([]);
      await legalLinks(page, ['Impressum', 'Datenschutz', 'Barrierefreiheit']);
      await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'English' }).waitFor();

      await page.getByLabel('Ihr Anliegen').focus();
      await page.keyboard.type('Personalausweis');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Langenhagen');
      await page.keyboard.press('Enter');
      await page.getByText(/Leistungen? gefunden für Stadt Langenhagen/).waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, 'portal-de-search-1366');

      await page.getByRole('link', { name: 'Personalausweis beantragen', exact: true }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Personalausweis beantragen', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Zuständige Stelle für Stadt Langenhagen' }).waitFor();
      await page.getByRole('heading', { name: 'Welche Gebühren fallen an?' }).waitFor();
      await controlsReady(page);
      await expectNoAxeViolations(page);
      await screenshot(page, 'portal-de-service-1366', { fullPage: true });

      await page.getByRole('link', { name: 'Termin buchen' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/de\/termine\?leika=99010201300000/);
      await controlsReady(page);
      const find = page.getByRole('button', { name: 'Freie Tage anzeigen' });
      await expect.poll(() => find.isEnabled()).toBe(true); // town and service preselected from the service page
      await find.focus();
      await page.keyboard.press('Enter');
      const day = page.getByRole('button', { name: /: \d+ freie? Termine?$/ }).first();
      await day.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: /^Uhrzeit wählen am / }).waitFor();
      await expectNoAxeViolations(page);
      await screenshot(page, 'portal-de-booking-1366', { fullPage: true });

      await page
        .getByRole('button', { name: /^\d\d:\d\d Uhr, Bürgerbüro Langenhagen$/ })
        .first()
        .focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Ihre Angaben' }).waitFor();
      await page.getByLabel('Vor- und Nachname').focus();
      await page.keyboard.type('Bürgerin Beispiel');
      await page.keyboard.press('Tab');
      await page.keyboard.type('buergerin@example.org');
      await page.getByRole('button', { name: 'Termin verbindlich buchen' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Ihr Termin ist gebucht', level: 1 }).waitFor();
      const codes = await page.locator('.portal-code').allTextContents();
      expect(codes[0]).toMatch(/^T-[0-9A-Z]{6}$/);
      expect(codes[1]?.length).toBeGreaterThanOrEqual(6);
      const ics = await page.getByRole('link', { name: 'In den Kalender übernehmen (.ics)' }).getAttribute('href');
      expect(decodeURIComponent(ics ?? '')).toContain('BEGIN:VEVENT');
      await expectNoAxeViolations(page);
      await screenshot(page, 'portal-de-booked-1366', { fullPage: true });

      // The confirmation's manage link carries reference and code (like the mail's): it opens this appointment,
      // which the citizen moves and then cancels without typing either.
      const manage = page.getByRole('link', { name: 'Termin absagen oder verschieben' });
      expect(await manage.getAttribute('href')).toBe(`/buerger/termine/verwalten?termin=${codes[0]}&code=${codes[1]}`);
      await manage.click();
      await page.getByRole('button', { name: 'Anderen Termin suchen' }).click();
      await page.getByRole('heading', { name: 'Neuen Termin wählen' }).waitFor();
      await page.locator('section[aria-labelledby="verschieben"] button').first().click();
      await page.getByText(/^Ihr Termin ist verschoben\./).waitFor();
      await page.getByRole('button', { name: 'Termin absagen' }).click();
      await page.getByText(/^Ihr Termin ist abgesagt\./).waitFor();
      expect(foreign).toEqual([]);
    });

    it('English, 390 px: English texts where supplied, German parts marked, language switch back to German', async () => {
      const page = await portalPage(390);
      await page.goto('/en?q=Personalausweis&ort=Langenhagen');
      await controlsReady(page);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await page.getByRole('link', { name: 'Apply for an identity card' }).waitFor();
      await legalLinks(page, ['Imprint (in German)', 'Privacy notice (in German)', 'Accessibility (in German)']);
      await expectNoAxeViolations(page);
      expect(await pageWidth(page)).toBeLessThanOrEqual(390);
      await screenshot(page, 'portal-en-search-390');

      await page.getByRole('link', { name: 'Apply for an identity card' }).click();
      await page.getByRole('heading', { name: 'Apply for an identity card', level: 1 }).waitFor();
      await page.getByText('Only in German so far.').waitFor();
      await page.getByRole('heading', { name: 'What does it cost?' }).waitFor();
      await page.getByText('EUR 37.00 (aged 24 and over), EUR 22.80 (under 24).').waitFor();
      expect(await page.locator('[lang="de"]', { hasText: 'Der Antrag muss persönlich' }).count()).toBe(1);
      await controlsReady(page);
      await expectNoAxeViolations(page);
      expect(await pageWidth(page)).toBeLessThanOrEqual(390);
      await screenshot(page, 'portal-en-service-390', { fullPage: true });

      await page.getByRole('link', { name: 'Book an appointment' }).click();
      await page.waitForURL(/\/en\/appointments/);
      await controlsReady(page);
      await page.getByRole('button', { name: 'Show free days' }).click();
      await page
        .getByRole('button', { name: /: \d+ free appointments?$/ })
        .first()
        .click();
      await page.getByRole('heading', { name: /^Choose a time on / }).waitFor();
      await expectNoAxeViolations(page);
      expect(await pageWidth(page)).toBeLessThanOrEqual(390);
      await screenshot(page, 'portal-en-booking-390', { fullPage: true });

      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click();
      await page.waitForURL(/\/de\/termine/);
      await page.getByRole('heading', { name: 'Termin buchen', level: 1 }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
      expect(foreign).toEqual([]);
    });
  },
);
