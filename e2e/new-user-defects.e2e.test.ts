import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACD_TOKEN, demoHotline } from '../src/modules/contacts/index.js';
import { browserAvailable, expectNoAxeViolations, loginAs, pageWidth, startJourney, type BrowserJourney } from './support/browser.js';

/**
 * The defects a new user hit in the browser (issue 9, item 9), one test each: screens at
 * 1366x768 (office), 390x844 (phone) and 1920x1080 (wall screen).
 */
describe.skipIf(!browserAvailable)('what a new user hit in the browser', () => {
  let j: BrowserJourney;
  beforeAll(async () => {
    j = await startJourney();
  });
  afterAll(() => j?.close());

  async function pageAt(width: number, height: number, user?: string): Promise<Page> {
    const context = await j.browser.newContext({
      baseURL: j.baseUrl,
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      viewport: { width, height },
    });
    const page = await context.newPage();
    if (user) {
      await loginAs(page, user);
      await page.locator('#hauptnavigation').waitFor({ state: 'attached' });
    }
    return page;
  }
  const push = (events: object[]) =>
    fetch(`${j.baseUrl}/api/v1/telephony/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_ACD_TOKEN}` },
      body: JSON.stringify({ events }),
    });

  // "Weitere Tage anzeigen" (appointments) is the same .link-button; whether it shows depends on the
  // free slots of the day, so its colour is checked through the two buttons below.
  it('desktop: the service suggestions are readable, Enter picks one and the list stays closed, documenting confirms', async () => {
    const page = await pageAt(1366, 768, 'agent2');
    await page.goto('/arbeitsplatz');
    await page.getByRole('heading', { name: 'Mein Arbeitsplatz' }).waitFor();
    await page.getByRole('button', { name: 'Verfügbar' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Verfügbar');

    const now = j.t.clock.now().getTime();
    const call = { callId: 'defects-1', dialledNumber: demoHotline('03241010'), queue: 'dc-langenhagen', callerNumber: '0511 7654321' };
    expect(
      (
        await push([
          { ...call, eventId: 'defects-1:offered', type: 'offered', occurredAt: new Date(now - 20_000).toISOString() },
          {
            ...call,
            eventId: 'defects-1:answered',
            type: 'answered',
            agentId: 'SIP/1002' /* agent2's demo line */,
            occurredAt: new Date(now - 2_000).toISOString(),
          },
        ])
      ).status,
    ).toBe(202);
    await page.getByRole('heading', { name: 'Aktueller Anruf: Langenhagen' }).waitFor({ timeout: 90_000 });

    const search = page.getByLabel('Leistung (Wissensdatenbank)');
    await search.fill('Personalausweis');
    const list = page.getByRole('list', { name: 'Treffer' });
    await list.waitFor();
    // The suggestions show their titles in link colour, not white on white.
    const first = list.getByRole('button').first();
    expect((await first.textContent())?.trim()).toMatch(/Personalausweis/);
    expect(await first.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 75, 135)');
    await expectNoAxeViolations(page);

    // Enter takes the first hit; the list does not come back after the search delay.
    await search.press('Enter');
    await page.getByText(/^Auskunft:/).waitFor();
    await page.waitForTimeout(800);
    expect(await list.count()).toBe(0);

    // Documenting during the call: a confirmation, and why the state still says "Im Gespräch".
    await page.keyboard.press('1');
    await page.keyboard.press('Control+Enter');
    const notice = page.getByText(/^Kontakt dokumentiert:/);
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Der Anruf läuft noch');
    // After hanging up the documented call there is no wrap-up: the agent is available again.
    await push([{ ...call, eventId: 'defects-1:ended', type: 'ended', occurredAt: j.t.clock.now().toISOString() }]);
    await expect.poll(() => page.locator('.state-now').textContent(), { timeout: 90_000 }).toContain('Verfügbar');
    await page.context().close();
  });

  it('phone (390 px): the navigation folds behind a Menü button and the content gets the width', async () => {
    const page = await pageAt(390, 844, 'teamleitung');
    await page.getByRole('heading', { name: 'Zweite Ebene' }).waitFor();
    const menu = page.getByRole('button', { name: 'Menü' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).isVisible()).toBe(false);
    expect((await page.locator('main').boundingBox())!.width).toBeGreaterThan(350);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await nav.getByRole('link', { name: 'Wallboard' }).click();
    await page.getByRole('heading', { name: 'Wallboard', level: 1 }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await page.getByTestId('waiting-calls').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);

    // Esc closes the open menu and puts the focus back on its button.
    await menu.click();
    await nav.getByRole('link', { name: 'Startseite' }).focus();
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Menü');
    await page.context().close();
  });

  it('tables fit their page at 1366 px: wallboard, deadline report, tenant departments (buttons on screen)', async () => {
    const page = await pageAt(1366, 768, 'teamleitung');
    for (const [path, ready] of [
      ['/wallboard', 'Warteschlangen und Mandanten heute'],
      ['/berichte/fristtreue', 'Fristtreue je Fachbereich'],
    ] as const) {
      await page.goto(path);
      const region = page.getByRole('region', { name: ready });
      await region.waitFor();
      expect(await pageWidth(page), path).toBeLessThanOrEqual(1366);
      // The table fits its region: no scrolling needed on an office screen.
      expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth), path).toBeLessThanOrEqual(1);
      await expectNoAxeViolations(page);
    }
    await page.context().close();

    const admin = await pageAt(1366, 768, 'admin');
    await admin.goto('/verwaltung/mandanten');
    await admin.getByRole('link', { name: 'Stadt Langenhagen' }).click();
    const deactivate = admin.getByRole('button', { name: /deaktivieren$/ }).first();
    await deactivate.waitFor();
    const box = (await deactivate.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1366);
    expect(await pageWidth(admin)).toBeLessThanOrEqual(1366);
    await expectNoAxeViolations(admin);
    await admin.context().close();
  });

  it('wall screen at 1920x1080: figures on one line, table and tiles on the one screen', async () => {
    const page = await pageAt(1920, 1080, 'teamleitung');
    await page.goto('/wandanzeige');
    await page.getByTestId('waiting-calls').waitFor();
    const layout = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
      wrapped: [...document.querySelectorAll('.tile strong')]
        .filter((el) => {
          const e = el as HTMLElement;
          return e.offsetHeight > parseFloat(getComputedStyle(e).lineHeight) * 1.5 || e.scrollWidth > e.clientWidth + 1;
        })
        .map((el) => el.textContent),
      tableBottom: document.querySelector('table')!.getBoundingClientRect().bottom,
    }));
    expect(layout.wrapped).toEqual([]);
    expect(layout.width).toBeLessThanOrEqual(1920);
    expect(layout.height).toBeLessThanOrEqual(1080);
    expect(layout.tableBottom).toBeLessThanOrEqual(1080);
    await page.context().close();
  });

  it('every page has its own title (WCAG 2.4.2)', async () => {
    const titles = new Map<string, string>();
    for (const user of ['teamleitung', 'admin', 'redaktion.zentral']) {
      const page = await pageAt(1366, 768, user);
      const links = await page
        .getByRole('navigation', { name: 'Hauptnavigation' })
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      // Through the menu as a person moves (no reload per page: forty full loads took over a minute).
      let previous = await page.title();
      for (const href of links) {
        const from = new URL(page.url());
        if (from.pathname + from.search === href) {
          titles.set(href, previous);
          continue;
        }
        await page.getByRole('navigation', { name: 'Hauptnavigation' }).locator(`a[href="${href}"]`).first().click();
        await page.waitForURL((url) => url.pathname + url.search === href);
        await page.locator('main h1').first().waitFor();
        // A page that kept the previous page's title fails here, as one with the default title does.
        await expect.poll(() => page.title(), { message: href }).not.toBe(previous);
        await expect.poll(() => page.title(), { message: href }).not.toBe('DialogCenter Hannover');
        previous = await page.title();
        titles.set(href, previous);
      }
      await page.context().close();
    }
    const citizen = await pageAt(1366, 768);
    for (const href of ['/anmelden', '/kontakt', '/chat', '/status', '/buerger/termine', '/buerger/leistungen']) {
      await citizen.goto(href);
      await citizen.locator('h1').first().waitFor();
      await expect.poll(() => citizen.title(), { message: href }).not.toBe('DialogCenter Hannover');
      titles.set(href, await citizen.title());
    }
    await citizen.context().close();
    const byTitle = new Map<string, string[]>();
    for (const [href, title] of titles) byTitle.set(title, [...(byTitle.get(title) ?? []), href]);
    expect([...byTitle.values()].filter((hrefs) => hrefs.length > 1)).toEqual([]);
    expect(titles.get('/wallboard')).toBe('Wallboard – DialogCenter Hannover');
    // About 40 page loads for three people: more than the default minute on a loaded machine.
  }, 240_000);

  it('German plurals follow the count (Intl.PluralRules): start page, day list', async () => {
    const page = await pageAt(1366, 768, 'teamleitung');
    const body = page.locator('main');
    await body.getByText(/offene Anfrage/).waitFor();
    await body.getByText(/Tagesliste für \d/).waitFor();
    const counted: [RegExp, string, string][] = [
      [/(\d+) offene (Anfragen?)/g, 'Anfrage', 'Anfragen'],
      [/für (\d+) (Standorte?)/g, 'Standort', 'Standorte'],
      [/(\d+) (Rückrufe? warten?)/g, 'Rückruf wartet', 'Rückrufe warten'],
      [/für (\d+) (Verwaltungen?)/g, 'Verwaltung', 'Verwaltungen'],
    ];
    // The start page's sections load independently: wait until at least three counted phrases are there.
    const matches = (t: string) => counted.reduce((n, [pattern]) => n + [...t.matchAll(pattern)].length, 0);
    await expect.poll(async () => matches((await body.textContent()) ?? ''), { timeout: 90_000 }).toBeGreaterThanOrEqual(3);
    const text = (await body.textContent())!;
    let checked = 0;
    for (const [pattern, one, other] of counted) {
      for (const m of text.matchAll(pattern)) {
        expect(m[2], m[0]).toBe(Number(m[1]) === 1 ? one : other);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3);
    expect(text).not.toMatch(/\b1 offene Anfragen|\b1 Standorte|\b1 Rückrufe/);
    await page.context().close();
  });

  it('citizen pages load no staff chunk; the staff app loads it (bundle split)', async () => {
    const page = await pageAt(1366, 768);
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
    });
    for (const [href, heading] of [
      ['/kontakt', 'Kontaktformular'],
      ['/chat', 'Chat mit dem DialogCenter'],
      ['/status', 'Stand Ihres Anliegens abfragen'],
      ['/buerger/termine', 'Termin im Bürgerbüro oder in der Ausländerbehörde buchen'],
      ['/buerger/leistungen', 'Was möchten Sie erledigen?'],
    ] as const) {
      await page.goto(href);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    }
    expect(scripts.length).toBeGreaterThan(1);
    expect(scripts.filter((s) => s.includes('staff-app'))).toEqual([]);
    await page.context().close();

    const staff = await pageAt(1366, 768);
    const staffScripts: string[] = [];
    staff.on('response', (r) => {
      if (r.url().endsWith('.js')) staffScripts.push(new URL(r.url()).pathname);
    });
    await loginAs(staff, 'agent');
    await staff.getByRole('heading', { name: 'Telefon und Kontakte' }).waitFor();
    expect(staffScripts.some((s) => s.includes('staff-app'))).toBe(true);
    await staff.context().close();
  });

  it('a knowledge search without hits says so', async () => {
    const page = await pageAt(1366, 768, 'agent');
    await page.goto('/wissen');
    await page.getByLabel('Anliegen', { exact: true }).fill('xyzquatschwort');
    await page.getByText('Keine Treffer für „xyzquatschwort“').waitFor();
    expect(await page.getByText('Noch keine Suche.').count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it('the number the contact form confirms is found by /status; "Weiteres Anliegen weiterleiten" is readable', async () => {
    const page = await pageAt(390, 844);
    await page.goto('/kontakt');
    await page.getByLabel('Ihre Stadt oder Gemeinde (Pflichtfeld)').selectOption({ label: 'Stadt Laatzen' });
    await page.getByLabel('Ihr Name (Pflichtfeld)').fill('Lena Lindner');
    await page.getByLabel('Ihre E-Mail-Adresse (Pflichtfeld)').fill('lena@example.org');
    await page.getByLabel('Betreff (Pflichtfeld)').fill('Straßenlaterne defekt');
    await page.getByLabel('Ihr Anliegen (Pflichtfeld)').fill('In der Hildesheimer Straße ist eine Laterne aus.');
    await page.getByRole('button', { name: 'Absenden' }).click();
    await page.getByRole('heading', { name: 'Vielen Dank für Ihre Nachricht' }).waitFor();
    const reference = /Vorgangsnummer (\S+)\)/.exec((await page.getByRole('status').textContent())!)![1]!;

    // Typed in by hand on the status page.
    await page.goto('/status');
    await page.getByLabel('Vorgangsnummer').fill(reference.toLowerCase());
    await page.getByRole('button', { name: 'Stand abfragen' }).click();
    await page.getByRole('heading', { name: `Ihre Nachricht ${reference}` }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Eingegangen');
    await expectNoAxeViolations(page);
    await page.context().close();

    // The second level's "Weiteres Anliegen weiterleiten" after forwarding: visible link colour, axe clean.
    const agent = await pageAt(1366, 768, 'agent');
    await agent.goto('/weiterleitung/neu');
    await agent.getByLabel('Verwaltung').selectOption({ label: 'Stadt Langenhagen' });
    await agent.getByLabel('Zuständiger Fachbereich').selectOption({ label: 'Bürgerbüro' });
    await agent.getByLabel('Leistung', { exact: true }).fill('Personalausweis beantragen');
    await agent.getByLabel('Frage der Bürgerin / des Bürgers').fill('Kann ich den Ausweis ohne Termin beantragen?');
    await agent.getByLabel('Name', { exact: true }).fill('Erika Mustermann');
    await agent.getByLabel('E-Mail-Adresse').fill('erika@example.org');
    await agent.getByRole('button', { name: 'Weiterleiten' }).click();
    const again = agent.getByRole('button', { name: 'Weiteres Anliegen weiterleiten' });
    await again.waitFor();
    expect(await again.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 75, 135)');
    await expectNoAxeViolations(agent);
    const code = (await agent.locator('dd strong').first().textContent())!.trim();
    await agent.goto(`/status?code=${encodeURIComponent(code)}`);
    await agent.getByRole('heading', { name: `Vorgang ${code}` }).waitFor();
    await agent.context().close();
  });
});
