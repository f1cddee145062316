import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, pageWidth, startJourney, type BrowserJourney } from './support/browser.js';
import { controlsReady, portalPage as openPortalPage } from './support/portal.js';
import { screenshot } from './support/screenshots.js';

/**
 * Finding a service by topic on the portal (issue 15: "by question or by topic, for my town"). German at
 * 1366 px and English at 390 px, by keyboard: the town typed on the home page, a topic link, a service
 * link, the office for that town. axe on each new page at both widths in both languages; an unknown
 * topic says so and links back; no request leaves the server's origin.
 */
describe.skipIf(!browserAvailable)('journey: a citizen finds a service by topic, for a town, in German and English', () => {
  let j: BrowserJourney;
  const foreign: string[] = [];
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

  const portalPage = (width: number) => openPortalPage(j, width, foreign);
  const pressOn = async (page: Page, locator: ReturnType<Page['getByRole']>) => {
    await locator.focus();
    await page.keyboard.press('Enter');
  };

  it('German, 1366 px: by keyboard from /de with a town to a topic and on to the service with its office', async () => {
    const page = await portalPage(1366);
    await page.goto('/de');
    await controlsReady(page);
    const topics = page.getByRole('navigation', { name: 'Oder nach Thema suchen' });
    await topics.getByRole('link', { name: 'Bürgeramt', exact: true }).waitFor();
    await page.getByLabel('Ihr Wohnort oder Ihre Postleitzahl').focus();
    await page.keyboard.type('Langenhagen');
    await expectNoAxeViolations(page);
    await screenshot(page, 'topics-de-home-1366', { fullPage: true });

    await pressOn(page, topics.getByRole('link', { name: 'Bürgeramt', exact: true }));
    await page.waitForURL(/\/de\/themen\/buergeramt\?ort=Langenhagen$/);
    await page.getByRole('heading', { name: 'Bürgeramt', level: 1 }).waitFor();
    expect(await page.title()).toBe('Bürgeramt – Bürgerportal Hannover');
    await page.getByText(/^\d+ Leistungen · Die Links zeigen die zuständige Stelle für Langenhagen\.$/).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'topics-de-topic-1366', { fullPage: true });

    await pressOn(page, page.getByRole('link', { name: 'Personalausweis beantragen', exact: true }));
    await page.waitForURL(/\/de\/leistungen\/99010201300000\?ort=Langenhagen$/);
    await page.getByRole('heading', { name: 'Personalausweis beantragen', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Zuständige Stelle für Stadt Langenhagen' }).waitFor();

    // The language switch keeps the topic and the town.
    await page.goBack();
    await page.getByRole('heading', { name: 'Bürgeramt', level: 1 }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link').getAttribute('href')).toBe(
      '/en/topics/buergeramt?ort=Langenhagen',
    );

    // An unknown topic: a clear message and the way back to all topics.
    await page.goto('/de/themen/wetter');
    await page.getByRole('heading', { name: 'Dieses Thema gibt es nicht.', level: 1 }).waitFor();
    await pressOn(page, page.getByRole('link', { name: 'Alle Themen' }));
    await page.waitForURL(/\/de\/themen$/);
    await page.getByRole('heading', { name: 'Leistungen nach Thema', level: 1 }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Kfz-Zulassung' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'topics-de-list-1366', { fullPage: true });
    expect(foreign).toEqual([]);
  });

  it('English, 390 px: by keyboard from /en to a topic and a service; German-only texts marked lang="de"', async () => {
    const page = await portalPage(390);
    await page.goto('/en');
    await controlsReady(page);
    const topics = page.getByRole('navigation', { name: 'Or browse by topic' });
    await topics.getByRole('link', { name: 'Citizens’ office' }).waitFor();
    await page.getByLabel('Your town or postal code').focus();
    await page.keyboard.type('Langenhagen');
    await expectNoAxeViolations(page);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'topics-en-home-390', { fullPage: true });

    await pressOn(page, topics.getByRole('link', { name: 'Citizens’ office' }));
    await page.waitForURL(/\/en\/topics\/buergeramt\?ort=Langenhagen$/);
    await page.getByRole('heading', { name: 'Citizens’ office', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // A service without an English title shows its German one, marked as German.
    const german = page.locator('.portal-results [lang="de"]');
    expect(await german.count()).toBeGreaterThan(0);
    expect(await page.locator('.portal-results a', { hasText: 'Apply for an identity card' }).locator('[lang="de"]').count()).toBe(0);
    await expectNoAxeViolations(page);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'topics-en-topic-390', { fullPage: true });

    await pressOn(page, page.getByRole('link', { name: 'Apply for an identity card' }));
    await page.waitForURL(/\/en\/services\/99010201300000\?ort=Langenhagen$/);
    await page.getByRole('heading', { name: 'Apply for an identity card', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Office responsible for Stadt Langenhagen' }).waitFor();

    await page.goto('/en/topics/weather');
    await page.getByRole('heading', { name: 'This topic does not exist.', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'All topics' }).waitFor();
    await page.goto('/en/topics');
    await page.getByRole('heading', { name: 'Services by topic', level: 1 }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Vehicle registration' }).waitFor();
    await expectNoAxeViolations(page);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await screenshot(page, 'topics-en-list-390', { fullPage: true });
    expect(foreign).toEqual([]);
  });

  it('axe on the new pages at the other width of each language (German 390 px, English 1366 px)', async () => {
    for (const [width, urls] of [
      [390, ['/de', '/de/themen', '/de/themen/buergeramt?ort=Laatzen', '/de/themen/wetter']],
      [1366, ['/en', '/en/topics', '/en/topics/schule_kita', '/en/topics/weather']],
    ] as const) {
      const page = await portalPage(width);
      for (const url of urls) {
        await page.goto(url);
        await page.locator('h1').waitFor();
        await page
          .getByRole('status')
          .filter({ hasText: /Wird geladen|Loading/ })
          .waitFor({ state: 'detached' });
        if (url === '/de' || url === '/en') await page.locator('.portal-topics a').first().waitFor();
        await expectNoAxeViolations(page);
        if (width === 390) expect(await pageWidth(page)).toBeLessThanOrEqual(390);
        await screenshot(page, `topics${url.replace(/[/?=]/g, '-')}-${width}`, { fullPage: true });
      }
      await page.close();
    }
    expect(foreign).toEqual([]);
  });
});
