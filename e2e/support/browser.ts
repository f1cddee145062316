import { appendFileSync, existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/demo-accounts.js';
import type { Clock } from '../../src/platform/time/clock.js';
import { createTestApp, type TestApp } from '../../test/support/test-app.js';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.js';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

/**
 * Browser journeys run whenever Debian's chromium is installed. Under CI=true a
 * missing browser is a failure, not a skip.
 */
export const browserAvailable = existsSync(CHROMIUM_PATH);
if (!browserAvailable && process.env.CI === 'true') {
  throw new Error(`CI=true, aber kein Chromium unter ${CHROMIUM_PATH}: apt-get install -y chromium`);
}

export interface BrowserJourney {
  t: TestApp;
  app: FastifyInstance;
  baseUrl: string;
  browser: Browser;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** The real server (API + built web app) on a free port, on a test database, and a headless Chromium (settings and clock optional). */
export async function startJourney(options: { env?: Record<string, string>; clock?: Clock } = {}): Promise<BrowserJourney> {
  const t = await createTestApp({ serveWeb: true, ...options });
  const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await sharedBrowser();
  return {
    t,
    app: t.app,
    baseUrl: address,
    browser,
    async newPage() {
      const context = await browser.newContext({ baseURL: address, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
      // Generous waits: a limit guards against hangs, never measures speed (a loaded 2-core CI machine).
      context.setDefaultTimeout(90_000);
      context.setDefaultNavigationTimeout(90_000);
      // Every blocked script, style or image is recorded, so a page the CSP breaks fails its journey.
      await context.addInitScript(() => {
        const record: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = record;
        document.addEventListener('securitypolicyviolation', (e) => record.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const page = await context.newPage();
      // A script error in the page is printed with its URL, so a journey that waits in vain says why.
      page.on('pageerror', (error) => console.error(`[browser] Skriptfehler auf ${page.url()}: ${error.message}`));
      return page;
    },
    async close() {
      // The browser stays for the worker's next journey; this journey's pages and cookies go.
      for (const context of browser.contexts()) await context.close().catch(() => undefined);
      await t.close();
    },
  };
}

/**
 * One Chromium per test worker (the browser project runs with isolate: false, so this module lives as long
 * as the worker): each journey gets fresh contexts, so nothing but the process is shared. Launched anew
 * if it went away. Playwright ends it when the worker exits.
 */
let launched: Promise<Browser> | undefined;
function sharedBrowser(): Promise<Browser> {
  if (launched) {
    const current = launched;
    launched = current.then((b) => (b.isConnected() ? b : chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })));
  } else {
    launched = chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  }
  launched.catch(() => (launched = undefined));
  return launched;
}

/** Signs in through the login form, as a person would. */
export async function loginAs(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/anmelden');
  await page.getByLabel('Benutzername').fill(username);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

/** axe-core over the whole page: WCAG 2.1 A and AA rules must report no violation. */
export async function expectNoAxeViolations(page: Page) {
  // The page is the same web bundle over the same answers on both engines, and axe was a quarter of the
  // browser layer's time: it runs on the PGlite run (the default `npm test`) and, with
  // DC_AXE_ON_POSTGRES=1, also on PostgreSQL (decision 0173). The CSP check runs on both.
  if (process.env.DATABASE_URL && process.env.DC_AXE_ON_POSTGRES !== '1') {
    await expectNoCspViolations(page);
    return;
  }
  const started = performance.now();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  // DC_AXE_TIMING_FILE: where the suite's time goes (CI time), one line per check.
  if (process.env.DC_AXE_TIMING_FILE) {
    appendFileSync(
      process.env.DC_AXE_TIMING_FILE,
      `${Math.round(performance.now() - started)} ${expect.getState().testPath} ${page.url()}\n`,
    );
  }
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(summary).toEqual([]);
  await expectNoCspViolations(page);
}

/** The Content-Security-Policy blocked nothing on this page (no inline script, no foreign source). */
export async function expectNoCspViolations(page: Page) {
  const violations = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  expect(violations).toEqual([]);
}

/** The page's scroll width: wider than the window means the reader scrolls sideways. */
export const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
