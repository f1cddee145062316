import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACD_TOKEN, demoHotline } from '../src/modules/contacts/index.js';
import { browserAvailable, expectNoAxeViolations, loginAs, pageWidth, startJourney, type BrowserJourney } from './support/browser.js';
import { screenshot } from './support/screenshots.js';

const GARBSEN_AGS = '03241005';
const berlinDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(d);

describe.skipIf(!browserAvailable)('journey: onboarding Garbsen from the agreement to its first routed call', () => {
  let j: BrowserJourney;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

  const adminApi = async (method: 'GET' | 'PATCH', url: string) => {
    const cookie = await j.t.login('admin');
    return j.app.inject({ method, url, headers: { cookie } });
  };
  const garbsenId = async () =>
    ((await adminApi('GET', '/api/v1/tenants')).json().items as { id: string; slug: string }[]).find((t) => t.slug === 'garbsen')!.id;

  it('shows the failing checks with their links, saves a step and a PDF, is refused, goes ahead with a reason, and the agent gets the call', async () => {
    const today = berlinDay(j.t.clock.now());
    const page = await j.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await loginAs(page, 'admin');
    await page.getByRole('heading', { name: 'Administration' }).waitFor();

    // The tenant list links planned municipalities to their onboarding.
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Mandanten' }).click();
    await page.getByRole('heading', { name: 'Mandanten', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Onboarding Stadt Garbsen' }).click();
    await page.getByRole('heading', { name: 'Onboarding Stadt Garbsen', level: 1 }).waitFor();
    await page
      .getByTestId('readiness-summary')
      .getByText(/Noch nicht bereit/)
      .waitFor();

    // Half-way (demo): the department without contact fails, with the link that fixes it.
    const departments = page.locator('li[data-check="departments"]');
    await expect.poll(() => departments.getAttribute('class')).toBe('readiness-fail');
    expect(await departments.textContent()).toContain('Ohne Kontakt');
    expect(await departments.getByRole('link', { name: 'Fachbereiche und Ansprechpersonen' }).getAttribute('href')).toMatch(
      /\/verwaltung\/mandanten\/[0-9a-f-]+#departments-heading$/,
    );
    await expectNoAxeViolations(page);
    await screenshot(page, `onboarding-1366`);

    // A step: "done" without its date is refused next to the field, with the date it is saved.
    const tasks = page.locator('form[data-step="technical"]');
    await tasks.getByLabel('Stand').selectOption('done');
    await tasks.getByRole('button', { name: 'Schritt speichern' }).click();
    await tasks.getByText('Für einen erledigten Schritt bitte das Datum angeben.').waitFor();
    expect(await tasks.getByLabel('Erledigt am').getAttribute('aria-invalid')).toBe('true');
    await tasks.getByLabel('Erledigt am').fill(today);
    await tasks.getByRole('button', { name: 'Schritt speichern' }).click();
    await tasks.getByRole('status').getByText('Schritt „Technische Voraussetzungen“ gespeichert.').waitFor();
    await tasks.getByRole('heading', { name: /Technische Voraussetzungen \(erledigt am/ }).waitFor();

    // The signed agreement as PDF: uploaded to its step, listed, downloadable.
    await page.getByLabel('Schritt', { exact: true }).selectOption('tasks');
    await page.getByLabel('PDF-Datei (höchstens 5 MB)').setInputFiles({
      name: 'Zweckvereinbarung Garbsen.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Hochladen' }).click();
    await page.getByRole('link', { name: 'Zweckvereinbarung Garbsen.pdf' }).waitFor();
    await page.getByText(/„Zweckvereinbarung Garbsen\.pdf“ wurde zum Schritt/).waitFor();
    const href = await page.getByRole('link', { name: 'Zweckvereinbarung Garbsen.pdf' }).getAttribute('href');
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('application/pdf');
    expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // Not a PDF: refused with the reason, nothing added.
    await page
      .getByLabel('PDF-Datei (höchstens 5 MB)')
      .setInputFiles({ name: 'notiz.txt', mimeType: 'text/plain', buffer: Buffer.from('nur Text') });
    await page.getByRole('button', { name: 'Hochladen' }).click();
    await page.getByRole('alert').getByText('Bitte ein PDF hochladen.').waitFor();
    expect(await page.getByRole('link', { name: /\.pdf$/ }).count()).toBe(1);

    // Going into the pilot while checks fail: refused, the failing checks are shown.
    await page.getByLabel('Neue Betriebsart').selectOption('pilot');
    await page.getByLabel('Beginn', { exact: true }).fill(today);
    await page.getByRole('button', { name: 'Pilotbetrieb starten' }).click();
    const refused = page.getByTestId('refused-checks');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('Fachbereiche mit Kontakt');
    expect((await adminApi('GET', `/api/v1/tenants/${await garbsenId()}`)).json().tenant.lifecycle).toBe('planned');
    await expectNoAxeViolations(page);

    // The override needs a reason of 10 characters; with it the pilot starts (audited).
    await page.getByLabel('Begründung für das Übersteuern').fill('kurz');
    await page.getByRole('button', { name: 'Trotzdem starten (übersteuern)' }).click();
    await page.getByText('Bitte die Begründung in mindestens 10 Zeichen angeben.').first().waitFor();
    await page.getByLabel('Begründung für das Übersteuern').fill('Bürgermeister hat den Start zum Monatsanfang zugesagt');
    await page.getByRole('button', { name: 'Trotzdem starten (übersteuern)' }).click();
    await page
      .getByRole('status')
      .getByText(/Garbsen ist jetzt im Pilotbetrieb – übersteuert/)
      .waitFor();
    const detail = (await adminApi('GET', `/api/v1/tenants/${await garbsenId()}`)).json();
    expect(detail.tenant).toMatchObject({ lifecycle: 'pilot', pilotStart: today });
    await screenshot(page, `onboarding-go-live-1366`);

    // At phone width: nothing wider than the window, axe clean.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('heading', { name: 'Onboarding Stadt Garbsen', level: 1 }).waitFor();
    await page.getByTestId('readiness-summary').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);
    await screenshot(page, `onboarding-390`, { fullPage: true });

    // The agent sees that Garbsen joined, and its hotline is routed: the first call pops with Garbsen.
    const agent = await j.newPage();
    await loginAs(agent, 'agent');
    await agent.getByRole('heading', { name: 'Telefon und Kontakte' }).waitFor();
    await agent
      .getByTestId('tenant-changes-banner')
      .getByText(/Garbsen ist seit .* dabei \(Pilotbetrieb\)/)
      .waitFor();
    await agent.getByRole('link', { name: 'Zum Arbeitsplatz' }).click();
    await agent.getByRole('heading', { name: 'Mein Arbeitsplatz' }).waitFor();
    await agent.getByRole('button', { name: 'Verfügbar' }).click();
    await expect.poll(() => agent.getByRole('status').first().textContent()).toContain('Verfügbar');
    await expectNoAxeViolations(agent);
    await screenshot(agent, `onboarding-agent-banner-1366`);

    const now = j.t.clock.now().getTime();
    const base = { callId: 'e2e-garbsen-1', dialledNumber: demoHotline(GARBSEN_AGS), queue: 'dc-garbsen', callerNumber: '05131 123456' };
    const res = await fetch(`${j.baseUrl}/api/v1/telephony/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_ACD_TOKEN}` },
      body: JSON.stringify({
        events: [
          { ...base, eventId: 'e2e-garbsen-1:offered', type: 'offered', occurredAt: new Date(now - 20_000).toISOString() },
          {
            ...base,
            eventId: 'e2e-garbsen-1:answered',
            type: 'answered',
            agentId: 'SIP/1001',
            occurredAt: new Date(now - 2_000).toISOString(),
          },
        ],
      }),
    });
    expect(res.status).toBe(202);
    await agent.getByRole('heading', { name: 'Aktueller Anruf: Garbsen' }).waitFor({ timeout: 90_000 });
  });
});
