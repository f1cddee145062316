import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

/**
 * The portal's English search (issue 15): an English question meets the German catalogue through the
 * assistant's glossary ('identity card' → Personalausweis); without `language=en` the words are German.
 */
describe('public knowledge search in English', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());
  const search = async (params: Record<string, string>) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/public/v1/knowledge/search?${new URLSearchParams(params)}` });
    return { status: res.statusCode, body: res.json<{ items: { title: string }[]; issues?: { field: string; message: string }[] }>() };
  };

  it.each([
    ['apply for an identity card', 'Personalausweis beantragen'],
    ['bulky waste collection', 'Sperrmüll'],
    ['register my address', 'Wohnsitz anmelden'],
  ])('"%s" with language=en finds "%s" first', async (q, title) => {
    const { status, body } = await search({ q, language: 'en', municipality: 'Laatzen' });
    expect(status).toBe(200);
    expect(body.items[0]?.title).toContain(title);
  });

  it('the same English words without language=en are searched as they are', async () => {
    const { body } = await search({ q: 'apply for an identity card', municipality: 'Laatzen' });
    expect(body.items[0]?.title ?? '').not.toContain('Personalausweis');
  });

  it('an unknown language is refused with a problem, German stays the default', async () => {
    const bad = await search({ q: 'Personalausweis', language: 'fr' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.issues)).toContain('Sprache: de oder en.');
    const german = await search({ q: 'Personalausweis beantragen' });
    expect(german.body.items[0]?.title).toContain('Personalausweis');
  });
});
