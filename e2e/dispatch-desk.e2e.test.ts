import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACD_TOKEN, demoHotline } from '../src/modules/contacts/index.js';
import { browserAvailable, expectNoAxeViolations, loginAs, startJourney, type BrowserJourney } from './support/browser.js';
import { screenshot } from './support/screenshots.js';

const shoot = async (page: Page, name: string) => {
  await screenshot(page, `${name}`);
};

describe.skipIf(!browserAvailable)('journey: a call (outcome 6) becomes an incident, two units go, the incident is closed', () => {
  let j: BrowserJourney;
  const outside: string[] = [];
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

  /** A page that can reach only the DialogCenter server: anything else is recorded and aborted (offline). */
  async function offlinePage(width = 1366, height = 768) {
    const page = await j.newPage();
    await page.setViewportSize({ width, height });
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(j.baseUrl)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    return page;
  }

  it('from the agent desktop to a closed incident with two units, live on two dispatcher screens, offline', async () => {
    // The agent takes a call and documents it with outcome 6.
    const agent = await offlinePage();
    await loginAs(agent, 'agent');
    await agent.getByRole('link', { name: 'Zum Arbeitsplatz' }).click();
    await agent.getByRole('button', { name: 'Verfügbar' }).click();
    await expect.poll(() => agent.getByRole('status').first().textContent()).toContain('Verfügbar');
    const now = j.t.clock.now().getTime();
    const base = { callId: 'e2e-dispatch-1', dialledNumber: demoHotline('03241001'), queue: 'dc-hannover', callerNumber: '0511 9876543' };
    const push = await fetch(`${j.baseUrl}/api/v1/telephony/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_ACD_TOKEN}` },
      body: JSON.stringify({
        events: [
          { ...base, eventId: 'e2e-d1:offered', type: 'offered', occurredAt: new Date(now - 20_000).toISOString() },
          { ...base, eventId: 'e2e-d1:answered', type: 'answered', agentId: 'SIP/1001', occurredAt: new Date(now - 2_000).toISOString() },
        ],
      }),
    });
    expect(push.status).toBe(202);
    await agent.getByRole('heading', { name: /Aktueller Anruf/ }).waitFor({ timeout: 90_000 });
    await agent.getByLabel('Notiz').fill('Laute Musik seit Mitternacht');
    await agent.getByLabel('Ordnungsdienst-Einsatz').check();
    await agent.keyboard.press('Control+Enter');

    // The incident form opens prefilled from the call.
    await agent.getByRole('heading', { name: 'Ordnungsdienst-Einsatz melden' }).waitFor({ timeout: 90_000 });
    await expect.poll(() => agent.getByLabel('Rückrufnummer (optional)').inputValue()).toBe('0511 9876543');
    await expect.poll(() => agent.getByLabel('Beschreibung').inputValue()).toBe('Laute Musik seit Mitternacht');
    await agent.getByLabel('Einsatzart').selectOption({ label: 'Ruhestörung' });
    await agent.getByLabel('Ort (Adresse, Platz oder Park)').fill('Lister Meile 4');
    await agent.getByRole('list', { name: 'Gefundene Orte' }).waitFor();
    await agent.getByLabel('Ort (Adresse, Platz oder Park)').press('Enter');
    await agent.getByText('ungefähre Lage').first().waitFor();
    await shoot(agent, 'intake-1366');
    await expectNoAxeViolations(agent);
    await agent.getByRole('button', { name: 'An die Leitstelle übergeben' }).click();
    const confirmation = agent.getByText(/ist bei der Leitstelle eingegangen/);
    await confirmation.waitFor();
    const number = /E-\d{4}-\d{6}/.exec((await confirmation.textContent()) ?? '')![0];

    // Two dispatchers watch the board.
    const desk = await offlinePage();
    await loginAs(desk, 'leitstelle');
    await desk.waitForURL((url) => !url.pathname.startsWith('/anmelden'));
    await desk.goto('/leitstelle');
    const second = await offlinePage(390, 844);
    await loginAs(second, 'teamleitung');
    await second.waitForURL((url) => !url.pathname.startsWith('/anmelden'));
    await second.goto('/leitstelle');
    const row = (page: Page) => page.locator('.incident-row', { hasText: number });
    await row(desk).waitFor({ timeout: 90_000 });
    expect(await row(desk).textContent()).toContain('Ruhestörung · Lister Meile 4, Hannover');
    await row(second).waitFor({ timeout: 90_000 });
    // The map is drawn from the shipped borders (21 municipalities), no tiles.
    expect(await desk.locator('.dispatch-map path.map-municipality').count()).toBe(21);
    await expectNoAxeViolations(desk);
    await shoot(desk, 'board-1366');
    await shoot(second, 'board-390');

    // Assign two units from the suggestions (nearest first), they go and arrive.
    await row(desk).click();
    await desk.getByRole('heading', { name: new RegExp(`${number}: Ruhestörung`) }).waitFor();
    expect(await desk.getByText('0511 9876543').count()).toBeGreaterThan(0);
    const suggestions = desk.getByRole('group', { name: /Freie Streifen/ }).getByRole('checkbox');
    await expect.poll(() => suggestions.count()).toBeGreaterThanOrEqual(2);
    const names = [(await suggestions.nth(0).locator('..').textContent())!, (await suggestions.nth(1).locator('..').textContent())!].map(
      (t) => t.split(' · ')[0]!.trim(),
    );
    await suggestions.nth(0).check();
    await suggestions.nth(1).check();
    await desk.getByRole('button', { name: 'Zuweisen (2)' }).click();
    await desk.getByText('Streife(n) zugewiesen.').waitFor();
    for (const callSign of names) {
      await desk.locator('.unit-row', { hasText: callSign }).click();
      const group = desk.getByRole('group', { name: `Funkstatus ${callSign}` });
      await group.getByRole('button', { name: '3', exact: true }).click();
      await desk.getByText('Status 3 gesetzt.').waitFor();
      await group.getByRole('button', { name: '4', exact: true }).click();
      await desk.getByText('Status 4 gesetzt.').waitFor();
    }
    await expect.poll(() => row(second).textContent(), { timeout: 90_000 }).toContain('Vor Ort');
    for (const callSign of names) {
      await desk.locator('.unit-row', { hasText: callSign }).click();
      await desk
        .getByRole('group', { name: `Funkstatus ${callSign}` })
        .getByRole('button', { name: '1', exact: true })
        .click();
      await desk.getByText('Status 1 gesetzt.').waitFor();
    }
    await desk.getByText(/Erledigt \d\d:\d\d · Abschluss –/).waitFor({ timeout: 90_000 });
    await desk.getByLabel('Abschlussergebnis').selectOption({ label: 'Verwarnung ausgesprochen' });
    await desk.getByRole('button', { name: 'Abschließen' }).click();
    await desk.getByText('Einsatz abgeschlossen.').waitFor();
    await shoot(desk, 'board-closed-1366');
    await expect.poll(() => row(second).count(), { timeout: 90_000 }).toBe(0);

    // The address look-up and the map worked without any request leaving the server.
    expect(outside).toEqual([]);
  });

  it('the patrol page works on a phone', async () => {
    const res = await j.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'leitstelle', password: 'Dialog-Demo-2026!' },
    });
    const cookie = `dc_session=${res.cookies.find((c) => c.name === 'dc_session')!.value}`;
    const units = (await j.app.inject({ method: 'GET', url: '/api/v1/dispatch/units', headers: { cookie } })).json().items as {
      id: string;
      callSign: string;
    }[];
    const link = (
      await j.app.inject({ method: 'POST', url: `/api/v1/dispatch/units/${units[0]!.id}/patrol-link`, headers: { cookie } })
    ).json() as { path: string };
    const phone = await j.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(link.path);
    await phone.getByRole('heading', { name: units[0]!.callSign }).waitFor();
    await phone.getByRole('button', { name: /2 Frei auf Wache/ }).click();
    await expect.poll(() => phone.getByRole('status').textContent()).toContain('Frei (Wache)');
    await expectNoAxeViolations(phone);
    await shoot(phone, 'streife-390');
  });
});
