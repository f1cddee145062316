import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { categories } from './knowledge.categories.js';

/** Finding a service by topic (issue 15): the public topic list and the services of one topic, no login, cacheable. */
describe('public knowledge topics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());
  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/api/public/v1/knowledge${url}`, headers });

  interface Topic {
    key: string;
    label: string;
    labelEn: string;
    services: number;
  }

  it('lists every subject area with German and English label and its number of published services, cacheable', async () => {
    const res = await get('/topics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toMatch(/^public, max-age=\d+/);
    const { items } = res.json<{ items: Topic[] }>();
    expect(items.map((i) => i.key)).toEqual([...categories]);
    const office = items.find((i) => i.key === 'buergeramt')!;
    expect(office).toMatchObject({ label: 'Bürgeramt', labelEn: 'Citizens’ office' });
    expect(office.services).toBeGreaterThan(0);
    for (const item of items) expect(item.labelEn).not.toBe('');
    // The same body again: 304 by the ETag.
    const again = await get('/topics', { 'if-none-match': String(res.headers.etag) });
    expect(again.statusCode).toBe(304);
  });

  it("lists a topic's published services with the English texts editors supplied; the count matches the list", async () => {
    const topics = (await get('/topics')).json<{ items: Topic[] }>().items;
    const res = await get('/topics/buergeramt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toMatch(/^public/);
    const body = res.json<{
      topic: Topic;
      items: { leikaKey: string; title: string; shortText: string; en: { title: string | null; shortText: string | null } | null }[];
    }>();
    expect(body.topic).toEqual(topics.find((i) => i.key === 'buergeramt'));
    expect(body.items).toHaveLength(body.topic.services);
    const card = body.items.find((i) => i.leikaKey === '99010201300000')!;
    expect(card.title).toBe('Personalausweis beantragen');
    expect(card.en).toEqual({
      title: 'Apply for an identity card',
      shortText: 'Apply for a new identity card, for example because your old one is expiring or has expired.',
    });
    // Only what the topic list promises: no other fields (no editor names, no local parts).
    expect(Object.keys(card).sort()).toEqual(['en', 'leikaKey', 'shortText', 'title']);
    // Every published service sits in exactly one topic.
    const total = topics.reduce((n, i) => n + i.services, 0);
    const all = await Promise.all(topics.map(async (i) => (await get(`/topics/${i.key}`)).json<{ items: unknown[] }>().items.length));
    expect(all.reduce((n, k) => n + k, 0)).toBe(total);
  });

  it('an unknown topic is a 400 problem that names it', async () => {
    const res = await get('/topics/wetter');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json<{ detail?: string; issues?: { message: string }[] }>().issues?.[0]?.message).toBe('Unbekannter Themenbereich.');
  });
});
