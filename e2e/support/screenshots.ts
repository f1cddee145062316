import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * Screenshots are for people to look at, never compared, so they never fail a journey.
 * They are taken only when SCREENSHOT_DIR names a folder (`SCREENSHOT_DIR=/tmp/shots npm run test:browser`);
 * CI leaves it unset. Why: a full-page capture of a long page under load can exceed
 * Playwright's 30 s timeout (seen on PostgreSQL CI, reporting-call-center), and a
 * picture nobody looks at must not decide whether a submission lands.
 */
const dir = process.env.SCREENSHOT_DIR;

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  try {
    await page.screenshot({ path: `${dir}/${name}.png`, fullPage: options.fullPage ?? false, timeout: 15_000 });
  } catch (error) {
    console.warn(`screenshot ${name} not taken: ${(error as Error).message.split('\n')[0]}`);
  }
}
