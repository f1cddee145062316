import type { Page } from 'playwright-core';
import type { BrowserJourney } from './browser.js';

/**
 * A portal page at phone (390 × 844) or desktop (× 768) width that records every request leaving the
 * server's origin into `foreign` (issue 15: no third-party requests at all).
 */
export async function portalPage(j: BrowserJourney, width: number, foreign: string[]): Promise<Page> {
  const page = await j.newPage();
  await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
  page.on('request', (r) => {
    if (!r.url().startsWith(j.baseUrl) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  return page;
}

/**
 * KoliBri's controls are placeholders until its components are registered; a registered element gets
 * the class `hydrated`.
 */
export const controlsReady = (page: Page) => page.locator('.hydrated').first().waitFor();
