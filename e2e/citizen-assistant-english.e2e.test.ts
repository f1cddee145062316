import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, startJourney, type BrowserJourney } from './support/browser.js';
import { screenshot } from './support/screenshots.js';

/**
 * The assistant in English (issue 15): its answer quotes the German official text, and that excerpt sits in
 * an element with lang="de" (from the reply's `parts`), so a screen reader reads it in German.
 */
describe.skipIf(!browserAvailable)('journey: an English answer of the assistant marks its German excerpt', () => {
  let j: BrowserJourney;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

  it('390 px, keyboard: the German official text in the English answer is inside lang="de"', async () => {
    const page = await j.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/en/assistant');
    await page.getByRole('heading', { name: 'Ask the assistant', level: 1 }).waitFor();
    await page.getByLabel('Your question').focus();
    await page.keyboard.type('I need to renew my passport in Garbsen');
    await page.keyboard.press('Enter');
    const answer = page.locator('.assistant-assistant .assistant-text').last();
    await answer.getByText(/available in German only/).waitFor();
    const german = answer.locator('[lang="de"]');
    expect(await german.count()).toBe(1);
    expect(await german.textContent()).toMatch(/Reisepass/);
    // The English intro is not inside the German part.
    expect(await german.textContent()).not.toMatch(/available in German only/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'assistant-en-answer-390', { fullPage: true });
  });
});
