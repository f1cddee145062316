import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

/** The portal's search (issue 15): a postal code two municipalities share asks which one is meant. */
describe('public knowledge search: a shared postal code', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());
  const search = async (municipality: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/public/v1/knowledge/search?${new URLSearchParams({ q: 'Wohnsitz ummelden', municipality })}`,
    });
    expect(res.statusCode).toBe(200);
    return res.json<{ municipality: { slug: string } | null; municipalityChoices: { slug: string }[] | null; items: unknown[] }>();
  };

  it('30669 (Hannover and Langenhagen): no town chosen, both offered, the results still shown', async () => {
    const r = await search('30669');
    expect(r.municipality).toBeNull();
    expect(r.municipalityChoices?.map((m) => m.slug).sort()).toEqual(['hannover', 'langenhagen']);
    expect(r.items.length).toBeGreaterThan(0);
  });

  it('a code of one municipality, or a name, resolves as before and offers no choice', async () => {
    const byCode = await search('30851');
    expect(byCode.municipality?.slug).toBe('langenhagen');
    expect(byCode.municipalityChoices).toBeNull();
    const byName = await search('Laatzen');
    expect(byName.municipality?.slug).toBe('laatzen');
    expect(byName.municipalityChoices).toBeNull();
  });
});
