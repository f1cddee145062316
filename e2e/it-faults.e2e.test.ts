import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACD_TOKEN, demoHotline } from '../src/modules/contacts/index.js';
import { itFaultJobs } from '../src/modules/itfaults/index.js';
import { manualClock } from '../src/platform/time/clock.js';
import { testNow } from '../test/support/test-clock.js';
import { browserAvailable, expectNoAxeViolations, loginAs, startJourney, type BrowserJourney } from './support/browser.js';
import { screenshot } from './support/screenshots.js';

const STATUS_TOKEN = 'e2e-it-servicedesk-token-0123456789';
const quietLog = { info() {}, warn() {}, error() {} };

/** The IT service desk's webhook receiver: answers 503 to the first call, then 202. */
function startReceiver() {
  const calls: { key: string | undefined; answered: number }[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const answered = calls.length === 0 ? 503 : 202;
      calls.push({ key: req.headers['idempotency-key'] as string | undefined, answered });
      res.writeHead(answered, { 'content-type': 'application/json' });
      res.end(answered === 202 ? '{"ticket":"INC-E2E-1"}' : '{"error":"busy"}');
    });
  });
  return new Promise<{ url: string; calls: typeof calls; close(): Promise<void> }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/it/hook`,
        calls,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

describe.skipIf(!browserAvailable)('journey: IT fault desk (intake from a call, known errors, mass outage, IT desk pages)', () => {
  let j: BrowserJourney;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const clock = manualClock(testNow());
  beforeAll(async () => {
    receiver = await startReceiver();
    j = await startJourney({
      clock,
      env: {
        ITFAULT_WEBHOOK_URL: receiver.url,
        ITFAULT_WEBHOOK_SECRET: 'e2e-webhook-geheimnis-2026',
        ITFAULT_STATUS_TOKEN: STATUS_TOKEN,
        ITFAULT_WEBHOOK_RETRY_SECONDS: '30',
      },
    });
  });
  afterAll(async () => {
    await j?.close();
    await receiver?.close();
  });

  const runWebhookJob = () =>
    itFaultJobs(j.app.config)
      .find((job) => job.name === 'itfaults-webhook')!
      .handler({ database: j.t.db.database, clock, log: quietLog });

  /** The page at 1366 and at 390 px: a screenshot of each to look at, no sideways scrolling, axe clean. */
  async function checkBothSizes(page: Page, name: string) {
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await screenshot(page, `itfaults-${name}-${width}`, { fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  }

  async function pushAnsweredCall(callId: string, agentId: string, callerNumber: string) {
    const now = clock.now().getTime();
    const base = { callId, dialledNumber: demoHotline('03241001'), queue: 'dc-hannover', callerNumber };
    const push = await fetch(`${j.baseUrl}/api/v1/telephony/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_ACD_TOKEN}` },
      body: JSON.stringify({
        events: [
          { ...base, eventId: `${callId}:offered`, type: 'offered', occurredAt: new Date(now - 20_000).toISOString() },
          { ...base, eventId: `${callId}:answered`, type: 'answered', agentId, occurredAt: new Date(now - 2_000).toISOString() },
        ],
      }),
    });
    expect(push.status).toBe(202);
  }

  async function pageOf(username: string) {
    const page = await j.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, username);
    await page.waitForURL((url) => !url.pathname.startsWith('/anmelden'));
    return page;
  }

  it('a call documented with outcome 5 becomes a fault with an explained priority, goes to IT (failing, then delivered) and is closed', async () => {
    const agent = await pageOf('agent');
    await agent.goto('/arbeitsplatz');
    await agent.getByRole('button', { name: 'Verfügbar' }).click();
    await expect.poll(() => agent.getByRole('status').first().textContent()).toContain('Verfügbar');
    await pushAnsweredCall('e2e-itf-1', 'SIP/1001', '0511 168-42001');
    await agent.getByRole('heading', { name: /Aktueller Anruf/ }).waitFor({ timeout: 90_000 });
    await agent.getByLabel('Notiz').fill('PC startet nicht, Bildschirm bleibt schwarz');
    await agent.getByLabel('IT-Störung aufgenommen').check();
    await agent.keyboard.press('Control+Enter');

    // The intake opens prefilled from the call.
    await agent.getByRole('heading', { name: 'IT-Störung aufnehmen', level: 1 }).waitFor({ timeout: 90_000 });
    await expect.poll(() => agent.getByLabel('Telefon', { exact: true }).inputValue()).toBe('0511 168-42001');
    await expect.poll(() => agent.getByLabel(/^Beschreibung/).inputValue()).toBe('PC startet nicht, Bildschirm bleibt schwarz');
    await agent.getByLabel('Name', { exact: true }).fill('Jonas Keller');
    await agent.getByLabel(/^Fachbereich/).selectOption({ label: 'Standesamt (StA)' });
    await agent.getByLabel('Raum').fill('B 1.03');
    await agent.getByLabel('Kategorie').selectOption({ label: 'Arbeitsplatz-PC' });
    await agent.getByLabel('Gerät oder Inventarnummer (optional)').fill('PC-HAN-004712');
    await agent.getByLabel('Ein Team').check();
    await agent.getByLabel('kann nicht arbeiten').check();
    // The priority, computed live and explained in words.
    await expect.poll(() => agent.getByTestId('itf-formula').textContent()).toBe('Ein Team × kann nicht arbeiten = P2 hoch');
    await agent.getByLabel('Ein ganzer Fachbereich oder Standort').check();
    await expect
      .poll(() => agent.getByTestId('itf-formula').textContent())
      .toBe('Ganzer Fachbereich oder Standort × kann nicht arbeiten = P1 kritisch');
    await agent.getByLabel('Ein Team').check();
    await agent.getByText('Ganze Matrix ansehen').click();
    await checkBothSizes(agent, 'intake');

    // A different priority without a reason is refused, nothing is lost; with a reason it is taken.
    await agent.getByLabel('Priorität abweichend festlegen').check();
    await agent.getByLabel('Priorität', { exact: true }).selectOption({ label: 'P1 kritisch' });
    await agent.getByRole('button', { name: 'Störung aufnehmen und an die IT übergeben' }).click();
    await agent.getByRole('alert').filter({ hasText: 'Eine abweichende Priorität braucht eine Begründung.' }).waitFor();
    await agent.getByText('Die Matrix ergibt P2 hoch; bitte begründen, warum P1 kritisch.').first().waitFor();
    await expect.poll(() => agent.getByLabel('Name', { exact: true }).inputValue()).toBe('Jonas Keller');
    await agent.getByLabel(/^Begründung/).fill('Trauungen heute Vormittag: das Standesamt kann nicht beurkunden.');
    await agent.getByRole('button', { name: 'Störung aufnehmen und an die IT übergeben' }).click();
    const confirmation = agent.getByText(/IT-Störung ITS-\d{4}-\d{6} aufgenommen/);
    await confirmation.waitFor();
    expect(await confirmation.textContent()).toContain('P1 kritisch');
    const reference = /ITS-\d{4}-\d{6}/.exec((await confirmation.textContent()) ?? '')![0];
    await agent.getByRole('link', { name: 'Störung ansehen' }).click();
    await agent.getByRole('heading', { name: new RegExp(reference) }).waitFor();
    const faultId = new URL(agent.url()).pathname.split('/').pop()!;

    // Hand-over: the IT service desk's receiver fails once, then accepts; the page shows both states.
    await runWebhookJob();
    await agent.reload();
    await agent.getByText('Zustellung scheitert (wird wiederholt)').waitFor();
    await agent
      .getByRole('region', { name: 'Webhook-Zustellungen (scrollbar)' })
      .getByText(/HTTP 503/)
      .waitFor();
    clock.advance(31_000);
    await runWebhookJob();
    await agent.reload();
    await agent.getByTestId('itf-delivery-status').getByText('zugestellt').waitFor();
    expect(receiver.calls.map((c) => c.answered)).toEqual([503, 202]);
    expect(new Set(receiver.calls.map((c) => c.key)).size).toBe(1);

    // IT answers over the API (token), then the IT desk works the fault on its pages.
    const accepted = await fetch(`${j.baseUrl}/api/v1/it-faults/${faultId}/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${STATUS_TOKEN}` },
      body: JSON.stringify({ status: 'accepted', itTicketNumber: 'INC-E2E-1', message: 'Techniker ist unterwegs.' }),
    });
    expect(accepted.status).toBe(200);
    clock.advance(20 * 60_000);
    const desk = await pageOf('itdesk');
    await desk.goto('/it-stoerungen/liste');
    await desk.getByRole('link', { name: reference }).waitFor();
    await checkBothSizes(desk, 'list');
    await desk.getByLabel('Priorität').selectOption({ label: 'P1 kritisch' });
    await desk.getByRole('link', { name: reference }).click();
    await desk.getByRole('heading', { name: new RegExp(reference) }).waitFor();
    await desk.getByText('Techniker ist unterwegs.').first().waitFor();
    await desk.getByLabel('Neuer Status').selectOption({ label: 'gelöst' });
    await desk.getByLabel('Nachricht (sieht die meldende Person)').fill('Netzteil getauscht.');
    await desk.getByLabel('Umgehung (optional)').fill('Bis zum Tausch: Ersatz-PC im Raum B 1.01 nutzen.');
    await desk.getByRole('button', { name: 'Status speichern' }).click();
    // The resolution with a workaround proposes a known error, which the desk confirms.
    await desk.getByRole('heading', { name: 'Als bekannter Fehler vorgeschlagen' }).waitFor();
    await checkBothSizes(desk, 'detail');
    await desk.getByRole('button', { name: 'Vorschlag bestätigen' }).click();
    await desk.getByText('Bekannter Fehler bestätigt').waitFor();
    await desk.getByLabel('Neuer Status').selectOption({ label: 'geschlossen' });
    await desk.getByRole('button', { name: 'Status speichern' }).click();
    await desk.getByText('Status geschlossen').first().waitFor();

    // The agent sees the status and the history.
    await agent.reload();
    await agent.getByText('Status geschlossen').first().waitFor();
    await agent
      .getByText(/Gelöst \(IT-Service-Desk\)|gelöst \(IT-Service-Desk\)/)
      .first()
      .waitFor();
    expect(await agent.getByRole('button', { name: 'Status speichern' }).count()).toBe(0);

    // The report (pilot evaluation) counts it.
    const supervisor = await pageOf('teamleitung');
    await supervisor.goto('/berichte/pilot');
    // The evaluation loads first, so the link no longer moves when it is clicked (failed once in CI: the
    // click went elsewhere and the report never opened).
    await supervisor.getByTestId('summary').waitFor();
    await supervisor.getByRole('link', { name: /IT-Störungen: Reaktions- und Lösungszeiten/ }).click();
    await supervisor.waitForURL('**/berichte/it-stoerungen');
    await supervisor.getByRole('heading', { name: 'IT-Störungen: Reaktions- und Lösungszeiten' }).waitFor();
    await supervisor.getByRole('region', { name: 'Zeiten je Priorität (scrollbar)' }).waitFor();
    await checkBothSizes(supervisor, 'report');
  }, 240_000);

  it('finds the printer known error by colloquial words and attaches the fault to it instead of a new ticket', async () => {
    const agent = await pageOf('agent2');
    await agent.goto('/it-stoerungen/neu');
    await agent.getByLabel(/^Beschreibung/).fill('drucker druckt nicht');
    const hit = agent.getByRole('article').filter({ hasText: 'Netzwerkdrucker im Neuen Rathaus druckt nicht' });
    await hit.waitFor({ timeout: 90_000 });
    await hit.getByText(/Ersatzdrucker/).waitFor();
    await hit.getByRole('button', { name: 'An bekannten Fehler anhängen' }).click();
    await agent.getByText('Wird angehängt:').waitFor();
    await agent.getByLabel('Name', { exact: true }).fill('Sabine Roth');
    await agent.getByLabel(/^Fachbereich/).selectOption({ label: 'Bürgerbüro (BB)' });
    await agent.getByLabel('Eine Person').check();
    await agent.getByLabel('ist behindert').check();
    await checkBothSizes(agent, 'intake-known-error');
    await agent.getByRole('button', { name: 'An bekannten Fehler anhängen und speichern' }).click();
    await agent
      .getByText(/Dem bekannten Fehler „Netzwerkdrucker im Neuen Rathaus druckt nicht“ zugeordnet: kein neues IT-Ticket/)
      .waitFor();

    // The known-error list, searched in other everyday words, for first level and the IT desk.
    await agent.goto('/it-stoerungen/bekannte-fehler?q=drucker%20spinnt');
    await agent.getByRole('heading', { name: 'Netzwerkdrucker im Neuen Rathaus druckt nicht' }).waitFor();
    expect(await agent.getByRole('button', { name: /Bearbeiten/ }).count()).toBe(0);
    await checkBothSizes(agent, 'known-errors');
    const desk = await pageOf('itdesk');
    await desk.goto('/it-stoerungen/bekannte-fehler');
    await desk.getByRole('button', { name: 'Neuen bekannten Fehler anlegen' }).click();
    await desk.getByRole('button', { name: 'Speichern', exact: true }).click();
    await desk.getByText('Bitte einen Titel angeben.').first().waitFor();
    await desk.getByLabel('Titel').fill('Scanner am Bürgerbüro speichert nicht');
    await desk.getByLabel(/^Symptom \(wie/).fill('Scanner scannt, aber die Datei kommt nicht an');
    await desk.getByLabel(/^Stichwörter/).fill('scannen geht nicht pdf fehlt');
    await desk.getByLabel('Umgehung zum Vorlesen').fill('Am Scanner „An mich senden“ wählen statt „Ordner“.');
    await desk.getByLabel('Kategorie').selectOption({ label: 'Sonstiges' });
    await checkBothSizes(desk, 'known-error-editor');
    await desk.getByRole('button', { name: 'Speichern', exact: true }).click();
    await desk.getByRole('heading', { name: 'Scanner am Bürgerbüro speichert nicht' }).waitFor();
  }, 240_000);

  it('an outage declared by IT shows on the agent desktop, counts a call once, and goes when IT closes it', async () => {
    const agent = await pageOf('agent2');
    await agent.goto('/arbeitsplatz');
    // The demo's open outage stands on every agent page.
    await agent.getByTestId('itf-outage').filter({ hasText: 'OK.EWO nicht erreichbar' }).waitFor();
    await agent.getByRole('button', { name: 'Verfügbar' }).click();
    await expect.poll(() => agent.getByRole('status').first().textContent()).toContain('Verfügbar');

    const desk = await pageOf('itdesk');
    await desk.goto('/it-stoerungen/leitstand');
    await desk.getByRole('heading', { name: 'Massenstörungen', level: 1 }).waitFor();
    const since = new Date(clock.now().getTime() - 30 * 60_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const berlin = new Date(since.toLocaleString('en-US', { timeZone: 'Europe/Berlin' }));
    await desk.getByLabel('Was ist gestört?').fill('E-Mail gestört');
    await desk.getByLabel('Kategorie').selectOption({ label: 'E-Mail' });
    await desk
      .getByLabel('Seit')
      .fill(
        `${berlin.getFullYear()}-${pad(berlin.getMonth() + 1)}-${pad(berlin.getDate())}T${pad(berlin.getHours())}:${pad(berlin.getMinutes())}`,
      );
    await desk.getByLabel('Nachricht für die Anrufenden').fill('Der E-Mail-Versand ist gestört; die IT arbeitet daran.');
    await desk.getByRole('button', { name: 'Massenstörung ausrufen' }).click();
    await desk.getByText('Massenstörung ausgerufen').waitFor();

    // Live on the agent's open desktop, no reload.
    const notice = agent.getByTestId('itf-outage').filter({ hasText: 'E-Mail gestört' });
    await notice.waitFor({ timeout: 90_000 });
    await notice.getByText('Der E-Mail-Versand ist gestört; die IT arbeitet daran.').waitFor();
    expect(await notice.getByTestId('itf-outage-count').textContent()).toBe('0 Anrufe');
    await pushAnsweredCall('e2e-itf-2', 'SIP/1002', '0511 168-43999');
    await agent.getByRole('heading', { name: /Aktueller Anruf/ }).waitFor({ timeout: 90_000 });
    await notice.getByRole('button', { name: 'Anruf zur Störung zählen' }).click();
    await expect.poll(() => notice.getByTestId('itf-outage-count').textContent()).toBe('1 Anruf');
    await notice.getByText('Anruf gezählt.').waitFor();
    await notice.getByRole('button', { name: 'Anruf zur Störung zählen' }).click();
    await notice.getByText('Dieser Anruf war schon gezählt.').waitFor();
    expect(await notice.getByTestId('itf-outage-count').textContent()).toBe('1 Anruf');
    await checkBothSizes(agent, 'desktop-outage');

    await desk.reload();
    const card = desk.getByRole('article').filter({ hasText: 'E-Mail gestört' });
    expect(await card.getByTestId('itf-desk-count').textContent()).toBe('1 Anruf');
    await checkBothSizes(desk, 'outages');
    await card.getByLabel('Vermerk zum Ende (optional)').fill('Mailgateway neu gestartet');
    await card.getByRole('button', { name: /Störung beenden/ }).click();
    await desk.getByText('„E-Mail gestört“ beendet; die IT erhält die Zahl der Anrufe (1).').waitFor();
    await desk
      .getByRole('region', { name: 'Beendete Massenstörungen (scrollbar)' })
      .getByText('Mailgateway neu gestartet', { exact: true })
      .waitFor();
    // Gone from the agent's page by itself; the demo's outage stays.
    await expect.poll(() => agent.getByTestId('itf-outage').filter({ hasText: 'E-Mail gestört' }).count(), { timeout: 90_000 }).toBe(0);
    expect(await agent.getByTestId('itf-outage').filter({ hasText: 'OK.EWO' }).count()).toBe(1);
  }, 240_000);
});
