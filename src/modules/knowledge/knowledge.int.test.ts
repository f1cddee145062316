import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { ALL_TENANTS } from '../../platform/db/database.js';
import { findServiceByLeikaKey } from './catalogue.service.js';
import { noteDocumentedService } from './search.service.js';

let t: TestApp;
let agent: string;
beforeAll(async () => {
  t = await createTestApp();
  agent = await t.login('agent');
});
afterAll(() => t.close());

const search = async (q: string, municipality?: string, cookie = agent) => {
  const params = new URLSearchParams({ q, ...(municipality ? { municipality } : {}) });
  return t.app.inject({ method: 'GET', url: `/api/v1/knowledge/search?${params}`, headers: { cookie } });
};

describe('knowledge search', () => {
  it('finds the service behind compounds, colloquial words and typos', async () => {
    for (const [q, expected] of [
      ['Personalausweisantrag', 'Personalausweis beantragen'],
      ['Perso verlängern', 'Personalausweis beantragen'],
      ['Knöllchen bezahlen', 'Verwarnungsgeld wegen Falschparkens bezahlen'],
      ['Sperrmüll', 'Sperrmüll anmelden'],
      ['Ummeldung', 'Wohnsitz ummelden (Umzug innerhalb der Kommune)'],
      ['fürerschein umtauschen', 'Papierführerschein in Kartenführerschein umtauschen'],
    ] as const) {
      const res = await search(q, 'Langenhagen');
      expect(res.statusCode, q).toBe(200);
      expect(res.json().items[0].title, q).toBe(expected);
    }
  });

  it('weighs words by how much they tell and cuts the irrelevant tail (issue 15 examples)', async () => {
    const death = (await search('sterbefall melden wer ist zuständig', 'Sehnde')).json();
    expect(death.items[0].title).toBe('Sterbefall beurkunden lassen');
    // Generic words alone (melden, zuständig) no longer bring Kfz-Steuer or noise complaints.
    expect(death.items.map((i: { title: string }) => i.title)).not.toContain('Kfz-Steuer: Auskunft und Zuständigkeit');
    const ticket = (await search('knöllchen', 'Hannover')).json();
    expect(ticket.items[0].title).toBe('Verwarnungsgeld wegen Falschparkens bezahlen');
    expect(ticket.items.map((i: { title: string }) => i.title)).not.toContain('Leistungen für Bildung und Teilhabe beantragen');
    const perso = (await search('perso', 'Hannover')).json();
    expect(perso.items[0].title).toBe('Personalausweis beantragen');
    for (const item of perso.items) expect(item.title, 'no Grabstelle or Taxi for "perso"').toMatch(/Personalausweis/);
  });

  it('shows the Region office for a car question from Burgwedel, and the city office for Hannover', async () => {
    const burgwedel = (await search('Auto anmelden', 'Burgwedel')).json();
    expect(burgwedel.municipality.slug).toBe('burgwedel');
    expect(burgwedel.items[0].title).toBe('Fahrzeug neu zulassen');
    expect(burgwedel.items[0].tenant.slug).toBe('region-hannover');
    expect(burgwedel.items[0].responsibleUnit.unitName).toContain('Region Hannover');
    const hannover = (await search('Auto anmelden', '30159')).json();
    expect(hannover.municipality.slug).toBe('hannover');
    expect(hannover.items[0].tenant.slug).toBe('hannover');
    const dogTax = (await search('Hundesteuer', '03241009')).json();
    expect(dogTax.municipality.slug).toBe('laatzen');
    expect(dogTax.items[0].tenant.slug).toBe('laatzen');
    expect(dogTax.items[0].responsibleUnit.localFees).toContain('Laatzen');
    expect(dogTax.items[0].answerText).toContain('Zuständig:');
  });

  it('highlights matches and reports who verified the entry', async () => {
    const body = (await search('Ausweis verloren', 'Laatzen')).json();
    const item = body.items[0];
    expect(item.title).toContain('Personalausweis');
    expect(item.highlights.title.some((s: { hit: boolean; text: string }) => s.hit && s.text.includes('Personalausweis'))).toBe(true);
    expect(item.verifiedBy).toBeTruthy();
    expect(item.responsibleUnit.verifiedBy).toBe('Redaktion Laatzen');
  });

  it('refuses an unknown municipality and an empty query in German, and anonymous callers', async () => {
    const unknown = await search('Sperrmüll', 'Atlantis');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().detail).toContain('Atlantis');
    const empty = await search(' ');
    expect(empty.statusCode).toBe(400);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/knowledge/search?q=Sperrm%C3%BCll' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('knowledge gaps', () => {
  it('collects searches without a click or with another documented service; clicks remove them', async () => {
    const useless = (await search('Drachenfutter Zuschuss', 'Wedemark')).json();
    expect(useless.searchId).toBeTruthy();
    const found = (await search('Bibliotheksausweis', 'Wedemark')).json();
    const click = await t.app.inject({
      method: 'POST',
      url: `/api/v1/knowledge/searches/${found.searchId}/click`,
      headers: { cookie: agent },
      payload: { leikaKey: found.items[0].leikaKey },
    });
    expect(click.statusCode).toBe(204);
    // The contacts module reports that the agent documented a service the search did not offer.
    const other = (await search('Sonnenschirm Gehweg', 'Wedemark')).json();
    const linked = await t.db.database.scoped(ALL_TENANTS, (tx) =>
      noteDocumentedService(tx, { searchId: other.searchId, leikaKey: '99150101500000', at: t.clock.now() }),
    );
    expect(linked).toBe(true);

    const editor = await t.login('redaktion.zentral');
    const gaps = (await t.app.inject({ method: 'GET', url: '/api/v1/knowledge/gaps', headers: { cookie: editor } })).json().items;
    const queries = gaps.map((g: { query: string }) => g.query);
    expect(queries).toContain('drachenfutter zuschuss');
    expect(queries).not.toContain('bibliotheksausweis');
    const documented = gaps.find((g: { query: string }) => g.query === 'sonnenschirm gehweg');
    expect(documented.documentedOther).toBe(1);
    expect(documented.tenant.slug).toBe('wedemark');

    // A Laatzen editor sees only Laatzen's gaps.
    const laatzen = await t.login('redaktion.laatzen');
    const own = (await t.app.inject({ method: 'GET', url: '/api/v1/knowledge/gaps', headers: { cookie: laatzen } })).json().items;
    expect(own.every((g: { tenant: { slug: string } }) => g.tenant.slug === 'laatzen')).toBe(true);
  });

  it('lets other modules look a service up by its LeiKa key in their transaction', async () => {
    const service = await t.db.database.scoped(ALL_TENANTS, (tx) => findServiceByLeikaKey(tx, '99030100100000'));
    expect(service?.title).toBe('Sperrmüll anmelden');
    expect(await t.db.database.scoped(ALL_TENANTS, (tx) => findServiceByLeikaKey(tx, 'abc'))).toBeUndefined();
  });
});

describe('public read API', () => {
  it('serves search and detail without login, cacheable, without editor names', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/v1/knowledge/search?q=Sperrm%C3%BCll&municipality=Garbsen' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('max-age=300');
    const body = res.json();
    expect(body.items[0].title).toBe('Sperrmüll anmelden');
    expect(body.items[0].verifiedBy).toBeNull();
    expect(body.items[0].responsibleUnit.unitName).toContain('aha');
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/public/v1/knowledge/services/${body.items[0].leikaKey}?municipality=Garbsen`,
    });
    expect(detail.statusCode).toBe(200);
    const etag = detail.headers.etag as string;
    const again = await t.app.inject({
      method: 'GET',
      url: `/api/public/v1/knowledge/services/${body.items[0].leikaKey}?municipality=Garbsen`,
      headers: { 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    const missing = await t.app.inject({ method: 'GET', url: '/api/public/v1/knowledge/services/99999999999999' });
    expect(missing.statusCode).toBe(404);
  });
});
