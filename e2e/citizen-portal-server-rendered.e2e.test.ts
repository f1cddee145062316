import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, startJourney, type BrowserJourney } from './support/browser.js';
import { screenshot } from './support/screenshots.js';

/**
 * Server-rendered service pages (issue 15, decision 0174): the page's HTML already holds the service, the
 * office for the town, its hours and fees, and the frame with the language switch and the legal links, so
 * it reads with JavaScript switched off; with JavaScript the portal hydrates that markup (no mismatch, no
 * second request for the service) and KoliBri's controls take over the actions.
 */
describe.skipIf(!browserAvailable)('server-rendered service pages of the citizen portal', () => {
  let j: BrowserJourney;
  const passport = '99010201300000';
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

  async function pageWithoutScript(width: number): Promise<Page> {
    const context = await j.browser.newContext({ baseURL: j.baseUrl, javaScriptEnabled: false, locale: 'de-DE' });
    context.setDefaultTimeout(90_000);
    const page = await context.newPage();
    await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
    return page;
  }

  it('reads without JavaScript: service, office, hours, fees, language switch and legal links; links lead on', async () => {
    const page = await pageWithoutScript(390);
    const response = await page.goto(`/de/leistungen/${passport}?ort=Langenhagen`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('Personalausweis beantragen – Bürgerportal Hannover');
    await page.getByRole('heading', { name: 'Personalausweis beantragen', level: 1 }).waitFor();
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Zuständige Stelle für Stadt Langenhagen' }).waitFor();
    const text = (await main.textContent())!;
    expect(text).toContain('Bürgerbüro Stadt Langenhagen');
    expect(text).toContain('Rathausplatz 1');
    expect(text).toContain('Mo, Di, Fr 8:00–12:00');
    expect(text).toContain('37,00 Euro');
    for (const name of ['Impressum', 'Datenschutz', 'Barrierefreiheit'])
      await page.getByRole('contentinfo').getByRole('link', { name }).waitFor();
    await screenshot(page, 'portal-ssr-no-js-390', { fullPage: true });

    // The language switch is a plain link to the English twin, itself server-rendered, German parts marked.
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`**/en/services/${passport}?ort=Langenhagen`);
    await page.getByRole('heading', { name: 'Apply for an identity card', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('.portal-unit').getAttribute('lang')).toBe('de');
    await page.context().close();
  }, 120_000);

  it('a service that does not exist answers 404 with a readable page', async () => {
    const page = await pageWithoutScript(1366);
    for (const [url, heading] of [
      ['/de/leistungen/99999999999999', 'Diese Leistung gibt es nicht.'],
      ['/en/services/not-a-key', 'This service does not exist.'],
    ] as const) {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.getByRole('link', { name: /Zur Suche|Back to search/ }).waitFor();
    }
    await page.context().close();
  }, 120_000);

  it('with JavaScript: hydrates the same markup without a second request for the service; axe at 390 and 1366 px', async () => {
    const page = await j.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    const detailRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/public/v1/knowledge/services/')) detailRequests.push(r.url());
    });
    // Every heading or paragraph the page removes (hydration keeps the server's nodes; a mismatch replaces them).
    await page.addInitScript(() => {
      const removed: string[] = [];
      (window as unknown as { __removed: string[] }).__removed = removed;
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.removedNodes)
            if (n instanceof Element)
              for (const el of [n, ...n.querySelectorAll('h1, h2, p')])
                if (/^(H1|H2|P)$/.test(el.tagName)) removed.push(el.outerHTML.slice(0, 80));
      }).observe(document, { childList: true, subtree: true });
    });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/de/leistungen/${passport}?ort=Langenhagen`);
    // KoliBri's link buttons replace the native links once registered: the page is live.
    await page.locator('.hydrated').first().waitFor();
    await page.getByRole('heading', { name: 'Personalausweis beantragen', level: 1 }).waitFor();
    expect(detailRequests).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __removed: string[] }).__removed)).toEqual([]);
    expect(problems.filter((p) => /hydrat|React error #4(18|23|25)/i.test(p))).toEqual([]);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1366, height: 768 });
    await expectNoAxeViolations(page);
    await screenshot(page, 'portal-ssr-hydrated-1366', { fullPage: true });

    // A client-side move to another page still loads its own data: back to the search, then the English twin.
    await page.getByRole('link', { name: 'Zur Suche' }).click();
    await page.waitForURL('**/de?ort=Langenhagen');
    await page.getByRole('heading', { name: 'Was möchten Sie erledigen?', level: 1 }).waitFor();
  }, 120_000);
});
