import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, expectNoAxeViolations, startJourney, type BrowserJourney } from './support/browser.js';
import { screenshot } from './support/screenshots.js';

/**
 * The assistant widget a municipality embeds (decision 0165): a page of its own site (here another origin,
 * http://localhost:<port>, against the product on 127.0.0.1) loads the script; the button opens the
 * assistant in a frame, which answers for the town the site named. A site that is not configured gets no
 * frame: the browser refuses it by the Content-Security-Policy's frame-ancestors.
 */
describe.skipIf(!browserAvailable)('journey: the assistant embedded on a municipality site', () => {
  let j: BrowserJourney;
  const sites: Server[] = [];
  let productUrl = '';

  /** A municipality's page: its own text, then the one script line of the widget. */
  async function site(): Promise<string> {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Stadt Laatzen – Bürgerservice</title></head>
<body><main><h1>Bürgerservice der Stadt Laatzen</h1><p>Fragen rund um die Verwaltung beantwortet der Assistent des Bürgerservice 115.</p>
<script src="${productUrl}/assistent-widget.js" data-sprache="de" data-ort="laatzen" defer></script></main></body></html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    sites.push(server);
    return `http://localhost:${(server.address() as AddressInfo).port}`;
  }

  let allowed = '';
  let other = '';
  beforeAll(async () => {
    allowed = await site();
    other = await site();
    j = await startJourney({ env: { ASSISTANT_WIDGET_ORIGINS: allowed } });
    productUrl = j.baseUrl;
  });
  afterAll(async () => {
    await j?.close();
    for (const s of sites) s.close();
  });

  it('opens from the button, answers for the site’s town by keyboard, and its links leave the frame', async () => {
    const page = await j.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(allowed);
    const open = page.getByRole('button', { name: 'Fragen Sie den Assistenten (115)' });
    expect(await open.getAttribute('aria-expanded')).toBe('false');
    await open.focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('button', { name: 'Assistenten schließen' }).getAttribute('aria-expanded')).toBe('true');
    const frame = page.frameLocator('iframe[title="Assistent des Bürgerservice 115"]');
    await frame.getByRole('heading', { name: 'Fragen Sie den Assistenten' }).waitFor();
    // The embedded page is the assistant alone: no portal header or footer inside the site's page.
    expect(await frame.getByRole('contentinfo').count()).toBe(0);
    await frame.getByLabel('Ihre Frage').fill('Ich brauche einen neuen Personalausweis');
    await frame.getByLabel('Ihre Frage').press('Enter');
    // The site said Laatzen: the assistant answers at once instead of asking for the town.
    await expect.poll(() => frame.getByRole('status').first().textContent()).toMatch(/offiziellen Leistungsbeschreibung/);
    const source = frame.getByRole('list', { name: 'Quelle' }).last().getByRole('link', { name: 'Personalausweis beantragen' });
    expect(await source.getAttribute('href')).toBe('/de/leistungen/99010201300000?ort=laatzen');
    expect(await source.getAttribute('target')).toBe('_top');
    await expectNoAxeViolations(page);
    await screenshot(page, 'assistant-widget-390', { fullPage: true });
    await page.getByRole('button', { name: 'Assistenten schließen' }).click();
    expect(await page.locator('iframe').isHidden()).toBe(true);
  }, 120_000);

  it('a site that is not configured gets no frame (the browser refuses it)', async () => {
    const page = await j.newPage();
    await page.goto(other);
    await page.getByRole('button', { name: 'Fragen Sie den Assistenten (115)' }).click();
    await page.locator('iframe').waitFor();
    // Refused by frame-ancestors, the frame shows the browser's error page, never the assistant.
    await expect
      .poll(
        () =>
          page
            .frames()
            .find((f) => f !== page.mainFrame())
            ?.url(),
        { timeout: 60_000 },
      )
      .toMatch(/^chrome-error:/);
  }, 120_000);
});
