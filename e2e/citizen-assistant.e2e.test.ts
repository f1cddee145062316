import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holidayName } from '../src/platform/calendar/lower-saxony-holidays.js';
import { addDays, isoWeekday, localDate, localInstant } from '../src/platform/time/berlin-time.js';
import { manualClock } from '../src/platform/time/clock.js';
import { testNow } from '../test/support/test-clock.js';
import type { Locator, Page } from 'playwright-core';
import { browserAvailable, expectNoAxeViolations, loginAs, startJourney, type BrowserJourney } from './support/browser.js';
import { screenshot } from './support/screenshots.js';

/** In service hours whatever DC_TEST_NOW says: the next ordinary Wednesday after the run's day, 10:00 Berlin. */
function serviceHours(): Date {
  let day = addDays(localDate(testNow()), 1);
  while (isoWeekday(day) !== 3 || holidayName(day)) day = addDays(day, 1);
  return localInstant(day, '10:00');
}

/** Waits across the two people's pages (polling every 3 s) guard against hangs; they do not measure speed. */
const HANG = { timeout: 90_000 };

/**
 * Presses Tab until the element has the focus, as a keyboard user would (at most 40 steps). A KoliBri
 * button's own <button> sits in its shadow root, so the focus is followed down through shadow roots.
 */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 40; i++) {
    const focused = await target.evaluate((el) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return el === active;
    });
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Mit der Tabulatortaste nicht erreichbar');
}

describe.skipIf(!browserAvailable)('journey: a citizen asks the assistant, then is handed over to a live chat an agent answers', () => {
  let j: BrowserJourney;
  beforeAll(async () => {
    j = await startJourney({ clock: manualClock(serviceHours()) });
  });
  afterAll(() => j?.close());

  it('answers from the official text, announces it, hands over by keyboard with the transcript, and the agent answers in the chat', async () => {
    const citizen = await j.newPage();
    await citizen.setViewportSize({ width: 390, height: 844 });
    await citizen.goto('/de/assistent');
    await citizen.getByRole('heading', { name: 'Fragen Sie den Assistenten' }).waitFor();
    // KoliBri's controls are placeholders until registered (a registered element gets `hydrated`).
    await citizen.locator('.hydrated').first().waitFor();
    expect(await citizen.title()).toBe('Fragen Sie den Assistenten – Bürgerportal Hannover');
    await expectNoAxeViolations(citizen);

    // Keyboard only: type, Enter sends.
    const question = citizen.getByLabel('Ihre Frage');
    await question.focus();
    await citizen.keyboard.type('Ich brauche einen neuen Personalausweis');
    await citizen.keyboard.press('Enter');
    await expect.poll(() => citizen.getByRole('status').first().textContent()).toMatch(/In welcher Stadt oder Gemeinde wohnen Sie/);
    await citizen.keyboard.type('Laatzen');
    await citizen.keyboard.press('Enter');
    await expect.poll(() => citizen.getByRole('status').first().textContent()).toMatch(/offiziellen Leistungsbeschreibung/);
    await citizen.getByRole('link', { name: 'Personalausweis beantragen' }).last().waitFor();
    await citizen.getByRole('link', { name: 'Termin buchen' }).waitFor();
    await expectNoAxeViolations(citizen);
    await screenshot(citizen, `assistant-390`, { fullPage: true });

    await citizen.keyboard.type('ich will mit einem Menschen sprechen');
    await citizen.keyboard.press('Enter');
    await expect.poll(() => citizen.getByRole('status').first().textContent()).toMatch(/Mitarbeiterin oder einem Mitarbeiter/);
    // Keyboard only: Tab to the offer of a live chat, Enter takes it.
    await tabTo(citizen, citizen.getByRole('button', { name: 'Live-Chat mit einer Person' }));
    await citizen.keyboard.press('Enter');
    // The town is known from the answer; the select shows it once its options (fetched) have arrived.
    // (KoliBri's select keeps its own option values: the chosen option is read by its text.)
    await expect
      .poll(() =>
        citizen
          .getByLabel('Ihre Stadt oder Gemeinde (Pflichtfeld)')
          .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent),
      )
      .toMatch(/Laatzen/);
    await expectNoAxeViolations(citizen);
    await tabTo(citizen, citizen.getByRole('button', { name: 'Chat beginnen' }));
    await citizen.keyboard.press('Enter');
    await citizen.waitForURL('**/chat');
    await expect.poll(() => citizen.getByRole('status').first().textContent(), HANG).toMatch(/Vorgangsnummer CH-/);

    // The same journey goes on: an agent (own browser context) takes the chat from the routed queue.
    const agent = await j.newPage();
    await agent.setViewportSize({ width: 1366, height: 768 });
    await loginAs(agent, 'agent');
    await agent.getByRole('heading', { name: 'Telefon und Kontakte' }).waitFor();
    await agent.goto('/arbeitsplatz');
    await agent.getByRole('heading', { name: 'Mein Arbeitsplatz' }).waitFor();
    await agent.getByRole('button', { name: 'Verfügbar' }).click();
    const nextItem = agent.getByRole('button', { name: /Nächstes Anliegen/ });
    await expect.poll(() => nextItem.isEnabled(), HANG).toBe(true);
    await nextItem.click();
    const item = agent.getByRole('region', { name: /Chat: ich will mit einem Menschen sprechen/ });
    await item.waitFor();
    await expect.poll(() => item.textContent()).toContain('Verlauf mit dem Assistenten');
    await expect.poll(() => item.textContent()).toContain('Bürger/in: Ich brauche einen neuen Personalausweis');
    await item.getByRole('button', { name: 'Annehmen' }).click();
    await item.getByRole('textbox', { name: 'Antwort', exact: true }).fill('Guten Tag, ich helfe Ihnen gern weiter.');
    await item.getByRole('button', { name: 'Senden' }).click();
    await expect
      .poll(() => item.getByRole('list', { name: 'Chatverlauf' }).textContent(), HANG)
      .toContain('Guten Tag, ich helfe Ihnen gern weiter.');
    await screenshot(agent, `assistant-agent-1366`, { fullPage: true });

    // The citizen's page (the same one) announces the answer: the chat log is a polite live region.
    const log = citizen.getByRole('list', { name: 'Chatverlauf' });
    expect(await log.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => log.textContent(), HANG).toContain('Guten Tag, ich helfe Ihnen gern weiter.');
    await expect.poll(() => citizen.getByRole('status').first().textContent(), HANG).toMatch(/Anna Agentin ist für Sie da/);
    await expectNoAxeViolations(citizen);
    await screenshot(citizen, `assistant-chat-390`, { fullPage: true });
  }, 300_000);

  it('works in English, gives the emergency numbers at once, and passes axe at 1366 px', async () => {
    const page = await j.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    // The older address still arrives from bookmarks: it leads to the portal's page in its language.
    await page.goto('/buerger/assistent?lang=en');
    await page.waitForURL('**/en/assistant');
    await page.getByRole('heading', { name: 'Ask the assistant' }).waitFor();
    await page.locator('.hydrated').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByLabel('Your question').fill('my father is unconscious');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toMatch(/112 for the fire brigade and ambulance, 110 for the police/);
    await page.getByLabel('Your question').fill('I need a new passport in Garbsen');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/available in German only/);
    await expectNoAxeViolations(page);
    await screenshot(page, `assistant-en-1366`, { fullPage: true });
    // The sources lead to the portal's English service page, for the town the answer was for.
    expect(await page.getByRole('list', { name: 'Source' }).last().getByRole('link').first().getAttribute('href')).toMatch(
      /^\/en\/services\/\d{14}\?ort=garbsen$/,
    );
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForURL('**/de/assistent');
    await page.getByRole('heading', { name: 'Fragen Sie den Assistenten' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
  }, 120_000);
});
