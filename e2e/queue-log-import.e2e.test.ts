import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACD_NAME } from '../src/modules/contacts/index.js';
import { browserAvailable, expectNoAxeViolations, loginAs, startJourney, type BrowserJourney } from './support/browser.js';
import { screenshot } from './support/screenshots.js';

const shoot = async (page: Page, name: string) => {
  await screenshot(page, `${name}`, { fullPage: true });
};

/** A queue_log for the Laatzen hotline: `calls` answered calls with ids starting with `prefix`. */
function queueLog(prefix: string, calls: number, extra: string[] = []) {
  const lines: string[] = [];
  for (let i = 0; i < calls; i++) {
    const epoch = 1782892800 + i * 60;
    const id = `${prefix}${epoch}.${i}`;
    lines.push(`${epoch}|${id}|dc-laatzen|NONE|DID|05111689020`);
    lines.push(`${epoch}|${id}|dc-laatzen|NONE|ENTERQUEUE||0511987${i % 1000}|1`);
    lines.push(`${epoch + 10}|${id}|dc-laatzen|SIP/1001|CONNECT|10|${id}|2`);
    lines.push(`${epoch + 70}|${id}|dc-laatzen|SIP/1001|COMPLETECALLER|10|60|1`);
  }
  return Buffer.from([...lines, ...extra].join('\n'));
}

describe.skipIf(!browserAvailable)('queue_log import page: upload progress, cancel, report of refused lines', () => {
  let j: BrowserJourney;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

  async function events(prefix: string) {
    const r = await j.t.db.database.db.execute(sql`select count(*)::int as n from call_events where call_id like ${`${prefix}%`}`);
    return (r as unknown as { rows: { n: number }[] }).rows[0]!.n;
  }

  async function pageAs(user: string, width: number, height: number) {
    const page = await j.newPage();
    await page.setViewportSize({ width, height });
    await loginAs(page, user);
    await page.waitForURL((url) => !url.pathname.startsWith('/anmelden'));
    await page.goto('/telefonie/import');
    await page.getByRole('heading', { name: 'Verlaufsdaten einlesen (Asterisk queue_log)' }).waitFor();
    return page;
  }

  it('shows the upload progress and a cancel that leaves nothing imported', async () => {
    const page = await pageAs('admin', 1366, 768);
    // A slow line (64 kB/s up), so the upload is seen running and can be cancelled midway.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 64 * 1024 });
    await page.getByLabel('Telefonanlage').selectOption(DEMO_ACD_NAME);
    const file = queueLog('e2e-cancel-', 8000);
    expect(file.length).toBeGreaterThan(1_000_000);
    await page.getByLabel('Datei queue_log').setInputFiles({ name: 'gross.queue_log', mimeType: 'text/plain', buffer: file });
    await page.getByRole('button', { name: 'Einlesen' }).click();
    const label = page.locator('#ql-run-label');
    await expect.poll(() => label.textContent(), { timeout: 60_000 }).toMatch(/^Datei wird hochgeladen: [1-9]/);
    expect(Number(await page.locator('#ql-run-bar').getAttribute('value'))).toBeGreaterThan(0);
    await shoot(page, 'queue-log-upload-1366');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Import abbrechen' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('nichts wurde übernommen');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    // The server saw the upload end early: the run is cancelled and no event of the file was stored.
    await expect
      .poll(async () => {
        const res = await page.request.get('/api/v1/imports?kind=queue_log');
        return (await res.json()).items.find((r: { fileName: string }) => r.fileName === 'gross.queue_log')?.status;
      })
      .toBe('cancelled');
    expect(await events('e2e-cancel-')).toBe(0);
    await page.context().close();
  });

  it('imports a file and lists every refused line with its reason (desktop and phone)', async () => {
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ] as const) {
      const page = await pageAs('admin', width, height);
      await page.getByLabel('Telefonanlage').selectOption(DEMO_ACD_NAME);
      const file = queueLog(`e2e-ok-${width}-`, 30, ['keine queue_log-Zeile', '1782899999|x1|dc-laatzen|NONE|FROBNICATE|1']);
      await page.getByLabel('Datei queue_log').setInputFiles({ name: `bericht-${width}.queue_log`, mimeType: 'text/plain', buffer: file });
      await page.getByRole('button', { name: 'Einlesen' }).click();
      const report = page.locator('#ql-report-title ~ [role=status]');
      await expect.poll(() => report.textContent(), { timeout: 60_000 }).toMatch(/^Übernommen: /);
      expect(await report.textContent()).toContain('2 Zeilen abgewiesen');
      const refused = page.getByRole('table', { name: /^Abgewiesene Zeilen \(2/ });
      await expect.poll(() => refused.getByRole('row').count()).toBe(3);
      expect(await refused.textContent()).toContain('Zeile 121');
      expect(await refused.textContent()).toContain('Unbekanntes Ereignis FROBNICATE');
      expect(await events(`e2e-ok-${width}-`)).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expectNoAxeViolations(page);
      await shoot(page, `queue-log-report-${width}`);
      await page.context().close();
    }
  });
});
