import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

/** English service texts (decision 0163): kept by the central editors through draft → publish, read by the portal. */
let t: TestApp;
let central: string;
let centralReviewer: string;
let langenhagen: string;
beforeAll(async () => {
  t = await createTestApp();
  central = await t.login('redaktion.zentral');
  centralReviewer = await t.login('pruefung.zentral');
  langenhagen = await t.login('redaktion.langenhagen');
});
afterAll(() => t.close());

const SPERRMUELL = '99030100100000';

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, payload?: unknown) =>
  t.app.inject({ method, url: `/api/v1/knowledge${url}`, headers: { cookie }, payload: payload as object });
const publicGet = (url: string) => t.app.inject({ method: 'GET', url: `/api/public/v1/knowledge${url}` });

const english = {
  title: 'Booking a bulky waste collection',
  shortText: 'Order a collection of bulky waste such as furniture from your home.',
  fees: 'Two collections a year are free of charge.',
  procedure: 'Book online or by phone; put the items out on the morning of the collection.',
};

/** The live shared part as draft content (the read-only fields stripped). */
async function sharedContent(cookie: string) {
  const detail = (await call('GET', `/services/${SPERRMUELL}`, cookie)).json();
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
  return content as Record<string, unknown>;
}

async function draftIds(cookie: string) {
  return ((await call('GET', '/drafts', cookie)).json().items as { id: string }[]).map((d) => d.id);
}

describe('English service texts', () => {
  it('a central editor publishes English texts through draft → publish; the public detail and search return them', async () => {
    const before = (await publicGet(`/services/${SPERRMUELL}`)).json();
    expect(before.service.en ?? null).toBeNull();

    const content = await sharedContent(central);
    const created = await call('POST', '/drafts', central, { part: 'shared', leikaKey: SPERRMUELL, content: { ...content, en: english } });
    expect(created.statusCode).toBe(201);
    expect(created.json().content.en).toEqual(english);
    const draftId = created.json().id;
    expect((await call('POST', `/drafts/${draftId}/submit`, central)).statusCode).toBe(200);
    // Unpublished English texts stay off the public API.
    expect((await publicGet(`/services/${SPERRMUELL}`)).json().service.en ?? null).toBeNull();
    const published = await call('POST', `/drafts/${draftId}/publish`, centralReviewer, { comment: 'Englisch geprüft' });
    expect(published.statusCode).toBe(200);
    expect(published.json().status).toBe('published');

    const detail = await publicGet(`/services/${SPERRMUELL}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().service.en).toMatchObject(english);
    // The German texts are untouched.
    expect(detail.json().service.title).toBe(content.title);
    expect(detail.json().service.shortText).toBe(content.shortText);

    const search = await publicGet('/search?q=Sperrm%C3%BCll');
    expect(search.statusCode).toBe(200);
    const hit = search.json().items.find((i: { leikaKey: string }) => i.leikaKey === SPERRMUELL);
    expect(hit.en).toEqual({ title: english.title, shortText: english.shortText });
    // A service without English texts says so with null.
    const other = search.json().items.find((i: { leikaKey: string }) => i.leikaKey !== SPERRMUELL);
    if (other) expect(other.en).toBeNull();

    // The English texts are versioned like any other shared field.
    const versions = (await call('GET', `/services/${SPERRMUELL}/versions`, central)).json().items;
    const latest = versions
      .filter((v: { part: string }) => v.part === 'shared')
      .sort((a: { versionNo: number }, b: { versionNo: number }) => b.versionNo - a.versionNo)[0];
    expect(latest.diff.en.to).toMatchObject(english);
  });

  it.each([
    ['too long', { title: 'x'.repeat(201) }, 'content.en.title'],
    ['of the wrong type', { fees: 42 }, 'content.en.fees'],
    ['not an English part', { legalBasis: 'Section 1 of the waste statute' }, 'content.en'],
    ['not an object', 'Bulky waste', 'content.en'],
  ])('refuses an English field %s with 400 naming the field, and saves nothing', async (_label, en, field) => {
    const liveBefore = (await publicGet(`/services/${SPERRMUELL}`)).json().service;
    const draftsBefore = await draftIds(central);
    const content = await sharedContent(central);

    const bad = await call('POST', '/drafts', central, { part: 'shared', leikaKey: SPERRMUELL, content: { ...content, en } });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const issues = bad.json().issues as { field: string; message: string }[];
    expect(issues.map((i) => i.field)).toContain(field);
    if (field === 'content.en' && typeof en === 'object') expect(issues.find((i) => i.field === field)!.message).toContain('legalBasis');

    expect(await draftIds(central)).toEqual(draftsBefore);
    expect((await publicGet(`/services/${SPERRMUELL}`)).json().service).toEqual(liveBefore);
  });

  it('refuses a bad English field when an existing draft is changed, and keeps the draft as it was', async () => {
    const content = await sharedContent(central);
    const draft = (await call('POST', '/drafts', central, { part: 'shared', leikaKey: SPERRMUELL, content })).json();
    const bad = await call('PATCH', `/drafts/${draft.id}`, central, {
      version: draft.version,
      content: { ...content, en: { shortText: 'y'.repeat(1001) } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { field: string }) => i.field)).toContain('en.shortText');
    const reread = (await call('GET', '/drafts', central)).json().items.find((d: { id: string }) => d.id === draft.id);
    expect(reread.version).toBe(draft.version);
    expect(reread.content).toEqual(draft.content);
  });

  it('a municipality editor may not set English texts (403), and nothing is saved', async () => {
    const liveBefore = (await publicGet(`/services/${SPERRMUELL}`)).json().service;
    const content = await sharedContent(langenhagen);
    const draftsBefore = await draftIds(langenhagen);
    const refused = await call('POST', '/drafts', langenhagen, {
      part: 'shared',
      leikaKey: SPERRMUELL,
      content: { ...content, en: { title: 'Bulky waste, the Langenhagen way' } },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain('Zentralredaktion');
    expect(await draftIds(langenhagen)).toEqual(draftsBefore);
    expect((await publicGet(`/services/${SPERRMUELL}`)).json().service).toEqual(liveBefore);
  });
});
