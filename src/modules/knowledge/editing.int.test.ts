import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
let central: string;
let langenhagen: string;
let laatzen: string;
let agent: string;
let centralReviewer: string;
let langenhagenReviewer: string;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  central = await t.login('redaktion.zentral');
  centralReviewer = await t.login('pruefung.zentral');
  langenhagen = await t.login('redaktion.langenhagen');
  langenhagenReviewer = await t.login('pruefung.langenhagen');
  admin = await t.login('admin');
  laatzen = await t.login('redaktion.laatzen');
  agent = await t.login('agent');
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, cookie: string, payload?: unknown) =>
  t.app.inject({ method, url: `/api/v1/knowledge${url}`, headers: { cookie }, payload: payload as object });

const SPERRMUELL = '99030100100000';
const HUND_ANMELDEN = '99040100100000';
const ZULASSUNG = '99020100100000';

const localContent = {
  unitName: 'Steuern und Abgaben Stadt Langenhagen',
  street: 'Marktplatz 1',
  postalCode: '30853',
  city: 'Langenhagen',
  openingHours: 'Mo–Fr 8:00–12:00',
  phone: '0511 9999 1005',
  email: 'hundesteuer@langenhagen.demo.example.org',
  web: 'https://www.langenhagen.demo.example.org/hundesteuer',
  localFees: 'Hundesteuer Langenhagen: 120,00 Euro für den ersten Hund.',
  localNotes: 'Hundesteuermarken liegen im Bürgerbüro bereit.',
};

describe('distributed editing', () => {
  it('a tenant editor drafts, submits and publishes the local part; a version with the diff is kept and agents see it', async () => {
    const created = await call('POST', '/drafts', langenhagen, { part: 'local', leikaKey: HUND_ANMELDEN, content: localContent });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    expect(draft.status).toBe('draft');
    const submitted = await call('POST', `/drafts/${draft.id}/submit`, langenhagen);
    expect(submitted.json().status).toBe('in_review');
    // Four eyes: the author cannot publish alone; a second editor of Langenhagen can.
    const alone = await call('POST', `/drafts/${draft.id}/publish`, langenhagen, { comment: 'geprüft' });
    expect(alone.statusCode).toBe(403);
    expect(alone.json().code).toBe('FOUR_EYES_REQUIRED');
    expect(alone.json().detail).toContain('Vier-Augen-Prinzip');
    expect((await call('GET', '/drafts', langenhagen)).json().items.find((d: { id: string }) => d.id === draft.id).status).toBe(
      'in_review',
    );
    const published = await call('POST', `/drafts/${draft.id}/publish`, langenhagenReviewer, { comment: 'geprüft' });
    expect(published.statusCode).toBe(200);
    expect(published.json().status).toBe('published');
    expect(published.json().reviewedBy).toBe('pruefung.langenhagen');

    const search = (await call('GET', `/search?q=Hund%20anmelden&municipality=Langenhagen`, agent)).json();
    expect(search.items[0].responsibleUnit.localFees).toBe(localContent.localFees);
    expect(search.items[0].responsibleUnit.verifiedBy).toBe('Petra Prüferin');

    const versions = (await call('GET', `/services/${HUND_ANMELDEN}/versions`, langenhagen)).json().items;
    const latest = versions.find((v: { part: string; versionNo: number }) => v.part === 'local' && v.versionNo === 2);
    expect(latest.diff.localFees.to).toBe(localContent.localFees);
    expect(latest.diff.street).toEqual({ from: 'Rathausplatz 1', to: 'Marktplatz 1' });
    expect(latest.diff).not.toHaveProperty('unitName');
  });

  it('keeps tenant editors out of shared texts, other tenants and other levels', async () => {
    const shared = await call('POST', '/drafts', langenhagen, {
      part: 'shared',
      leikaKey: SPERRMUELL,
      content: {
        title: 'Sperrmüll anmelden',
        category: 'abfall',
        responsibility: 'region',
        shortText: 'Eine Sperrmüllabholung bestellen.',
      },
    });
    expect(shared.statusCode).toBe(403);
    expect(shared.json().detail).toContain('Zentralredaktion');
    // Vehicle registration is the Region's (or Hannover's) business, not Langenhagen's.
    const otherLevel = await call('POST', '/drafts', langenhagen, { part: 'local', leikaKey: ZULASSUNG, content: localContent });
    expect(otherLevel.statusCode).toBe(403);
    // A Langenhagen draft is invisible to Laatzen's editors (row-level security) and cannot be published by them.
    const draft = (
      await call('POST', '/drafts', langenhagen, {
        part: 'local',
        leikaKey: HUND_ANMELDEN,
        content: { ...localContent, phone: '0511 1234' },
      })
    ).json();
    await call('POST', `/drafts/${draft.id}/submit`, langenhagen);
    const foreign = await call('POST', `/drafts/${draft.id}/publish`, laatzen);
    expect(foreign.statusCode).toBe(404);
    const list = (await call('GET', '/drafts', laatzen)).json().items;
    expect(list.some((d: { id: string }) => d.id === draft.id)).toBe(false);
    // Agents cannot edit.
    expect((await call('POST', '/drafts', agent, { part: 'local', leikaKey: HUND_ANMELDEN, content: localContent })).statusCode).toBe(403);
  });

  it('central editors change shared texts; a stale draft is refused; bad input gets German field messages', async () => {
    const detail = (await call('GET', `/services/${SPERRMUELL}`, central)).json();
    const {
      id: _id,
      leikaKey: _k,
      status: _s,
      reviewDue: _r,
      verifiedBy: _v,
      verifiedAt: _a,
      version: _ver,
      updatedAt: _u,
      ...content
    } = detail.service;
    const first = (
      await call('POST', '/drafts', central, {
        part: 'shared',
        leikaKey: SPERRMUELL,
        content: { ...content, fees: 'Zwei Abholungen im Jahr gebührenfrei.' },
      })
    ).json();
    const second = (
      await call('POST', '/drafts', central, {
        part: 'shared',
        leikaKey: SPERRMUELL,
        content: { ...content, notes: 'Bitte Termin abwarten.' },
      })
    ).json();
    for (const d of [first, second]) await call('POST', `/drafts/${d.id}/submit`, central);
    expect((await call('POST', `/drafts/${first.id}/publish`, centralReviewer)).statusCode).toBe(200);
    const stale = await call('POST', `/drafts/${second.id}/publish`, centralReviewer);
    expect(stale.statusCode).toBe(409);
    const after = (await call('GET', `/services/${SPERRMUELL}`, agent)).json();
    expect(after.service.fees).toBe('Zwei Abholungen im Jahr gebührenfrei.');
    expect(after.service.verifiedBy).toBe('Paul Prüfer');

    const bad = await call('POST', '/drafts', central, { part: 'shared', leikaKey: '123', content: { ...content, shortText: 'kurz' } });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().issues.map((i: { field: string }) => i.field);
    expect(fields).toContain('leikaKey');
  });

  it('lets the admin switch the four-eyes rule off for one tenant only', async () => {
    const tenants = (await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { cookie: admin } })).json();
    const list = Array.isArray(tenants) ? tenants : tenants.items;
    const lh = list.find((x: { slug: string }) => x.slug === 'langenhagen');
    expect(lh.knowledgeFourEyes).toBe(true);
    const off = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/tenants/${lh.id}`,
      headers: { cookie: admin },
      payload: { version: lh.version, knowledgeFourEyes: false },
    });
    expect(off.statusCode).toBe(200);
    expect(off.json().knowledgeFourEyes).toBe(false);
    try {
      const draft = (
        await call('POST', '/drafts', langenhagen, {
          part: 'local',
          leikaKey: HUND_ANMELDEN,
          content: { ...localContent, phone: '0511 7777' },
        })
      ).json();
      await call('POST', `/drafts/${draft.id}/submit`, langenhagen);
      expect((await call('POST', `/drafts/${draft.id}/publish`, langenhagen)).statusCode).toBe(200);
      // Hannover keeps the rule: its central editor still cannot publish alone.
      const detail = (await call('GET', `/services/${SPERRMUELL}`, central)).json();
      const {
        id: _id,
        leikaKey: _k,
        status: _s,
        reviewDue: _r,
        verifiedBy: _v,
        verifiedAt: _a,
        version: _ver,
        updatedAt: _u,
        ...content
      } = detail.service;
      const shared = (
        await call('POST', '/drafts', central, { part: 'shared', leikaKey: SPERRMUELL, content: { ...content, notes: 'Vier Augen.' } })
      ).json();
      await call('POST', `/drafts/${shared.id}/submit`, central);
      expect((await call('POST', `/drafts/${shared.id}/publish`, central)).json().code).toBe('FOUR_EYES_REQUIRED');
    } finally {
      const now = (await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${lh.id}`, headers: { cookie: admin } })).json();
      await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/tenants/${lh.id}`,
        headers: { cookie: admin },
        payload: { version: now.tenant.version, knowledgeFourEyes: true },
      });
    }
  });

  it('verifies an entry without change and shows freshness with overdue and missing fields', async () => {
    const before = (await call('GET', '/freshness', laatzen)).json();
    expect(before.tenant.slug).toBe('laatzen');
    expect(before.summary.total).toBeGreaterThan(150);
    expect(before.summary.overdue).toBeGreaterThan(0);
    const overdue = before.local.find((e: { isOverdue: boolean }) => e.isOverdue);
    const verified = await call('POST', `/services/${overdue.leikaKey}/verify`, laatzen, { part: 'local' });
    expect(verified.statusCode).toBe(200);
    const after = (await call('GET', '/freshness', laatzen)).json();
    expect(after.summary.overdue).toBe(before.summary.overdue - 1);
    expect(before.local.some((e: { missing: string[] }) => e.missing.includes('Telefon'))).toBe(true);
    // Central editors also see the shared texts' freshness.
    const centralView = (await call('GET', '/freshness', central)).json();
    expect(centralView.summary.sharedOverdue).toBeGreaterThan(0);
    const admin = await t.login('admin');
    const reminders = (await t.app.inject({ method: 'POST', url: '/api/v1/knowledge/review-reminders', headers: { cookie: admin } })).json()
      .items;
    expect(reminders.length).toBeGreaterThan(10);
  });

  it('lets central editors add a colloquial synonym that the search then understands', async () => {
    const before = (await call('GET', '/search?q=Schnullerkasse', agent)).json();
    expect(before.items.find((i: { title: string }) => i.title === 'Elterngeld beantragen')).toBeUndefined();
    const created = await call('POST', '/synonyms', central, {
      term: 'Schnullerkasse',
      expansion: 'elterngeld',
      leikaKey: '99080100800000',
    });
    expect(created.statusCode).toBe(201);
    const after = (await call('GET', '/search?q=Schnullerkasse', agent)).json();
    expect(after.items[0].title).toBe('Elterngeld beantragen');
    expect((await call('POST', '/synonyms', langenhagen, { term: 'test', expansion: 'test' })).statusCode).toBe(403);
  });
});
