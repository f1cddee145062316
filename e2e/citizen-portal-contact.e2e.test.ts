import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, pageWidth, startJourney, type BrowserJourney } from './support/browser.js';
import { screenshot } from './support/screenshots.js';

/**
 * Contact form and status look-up inside the citizen portal (issue 15): in English at phone width, by
 * keyboard; the reference number the form confirms is found by the status page it links to, which shows
 * no personal data. The older German addresses lead to the portal pages.
 */
describe.skipIf(!browserAvailable)('journey: a citizen writes through the portal and looks up the status, in English', () => {
  let j: BrowserJourney;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

  it('English, 390 px: a refused empty form, then a sent message found on the status page; axe at 390 and 1366 px', async () => {
    const page = await j.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/en/contact');
    await page.getByRole('heading', { name: 'Contact form', level: 1 }).waitFor();
    await page.locator('.hydrated').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('alert').getByText('Please check your details.').waitFor();
    await expectNoAxeViolations(page);

    await page.getByLabel('Your town or municipality (required)').selectOption({ label: 'Stadt Laatzen' });
    await page.getByLabel('Your name (required)').fill('Lena Lindner');
    await page.getByLabel('Your e-mail address (required)').fill('lena@example.org');
    await page.getByLabel('Subject (required)').fill('Street lamp out');
    await page.getByLabel('Your message (required)').fill('A street lamp in Hildesheimer Straße is out.');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { name: 'Thank you for your message', level: 1 }).waitFor();
    const reference = /reference number (\S+)\)/.exec((await page.getByRole('status').first().textContent())!)![1]!;
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'portal-en-contact-done-390', { fullPage: true });

    await page.getByRole('link', { name: 'Check the status with this number' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/status\?code=/);
    await page.getByRole('heading', { name: `Your message ${reference}` }).waitFor();
    const main = (await page.getByRole('main').textContent())!;
    expect(main).toContain('Received on');
    expect(main).not.toContain('Lena');
    expect(main).not.toContain('lena@example.org');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1366, height: 768 });
    await expectNoAxeViolations(page);
    await screenshot(page, 'portal-en-status-1366', { fullPage: true });

    // The older addresses (mails, bookmarks) lead to the portal, the code and the language kept.
    await page.goto(`/status?code=${encodeURIComponent(reference)}&lang=en`);
    await page.waitForURL(/\/en\/status\?code=/);
    await page.getByRole('heading', { name: `Your message ${reference}` }).waitFor();
    await page.goto('/kontakt');
    await page.waitForURL('**/de/kontakt');
    await page.getByRole('heading', { name: 'Kontaktformular', level: 1 }).waitFor();
  }, 180_000);

  it('German, 1366 px: a postal code two municipalities share asks which one, then shows the office of the chosen', async () => {
    const page = await j.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`/de?${new URLSearchParams({ q: 'Wohnsitz ummelden', ort: '30669' })}`);
    const note = page.getByRole('status').getByText(/Die Postleitzahl 30669 gehört zu .* und .*\. Welche Kommune meinen Sie\?/);
    await note.waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('status').getByRole('link', { name: 'Stadt Langenhagen' }).click();
    await page.getByText(/Leistungen? gefunden für Stadt Langenhagen/).waitFor();
    expect(await page.getByText(/Die Postleitzahl 30669 gehört zu/).count()).toBe(0);
  }, 120_000);
});
