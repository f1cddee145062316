import { describe, expect, it } from 'vitest';
import { normaliseAddressText } from './address-text.js';
import { GazetteerIndex, trigramSequence, trigramSimilarity, wordSimilarity } from './gazetteer-index.js';
import type { IndexedPlace } from './gazetteer.repository.js';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
let n = 0;
const place = (p: Partial<IndexedPlace> & { name: string }): IndexedPlace => ({
  id: `id-${n++}`,
  tenantId: A,
  kind: 'place',
  houseNumber: null,
  postalCode: null,
  municipality: 'Hannover',
  district: 'Mitte',
  lat: 52.3744,
  lon: 9.7386,
  endLat: null,
  endLon: null,
  houseFrom: null,
  houseTo: null,
  source: 'demo',
  searchKey: normaliseAddressText(p.name),
  ...p,
});
const everyone = () => true;

describe('pg_trgm-compatible trigram measures', () => {
  it('pads words like pg_trgm and gives its documented figures', () => {
    expect(trigramSequence('word')).toEqual(['  w', ' wo', 'wor', 'ord', 'rd ']);
    // PostgreSQL documentation: similarity('word', 'two words') = 0.363636, word_similarity('word', 'two words') = 0.8
    const word = new Set(trigramSequence('word'));
    expect(trigramSimilarity(word, new Set(trigramSequence('two words')))).toBeCloseTo(0.363636, 5);
    expect(wordSimilarity(word, trigramSequence('two words'))).toBeCloseTo(0.8, 5);
  });
});

describe('in-memory gazetteer index', () => {
  const index = new GazetteerIndex(
    [
      place({ name: 'Kröpcke', lat: 52.3744, lon: 9.7386 }),
      place({ name: 'Kröpcke-Uhr', lat: 52.3745, lon: 9.7387 }),
      place({ name: 'Georgstraße', kind: 'street', lat: 52.3737, lon: 9.7352, endLat: 52.3751, endLon: 9.7431, houseFrom: 1, houseTo: 50 }),
      place({ name: 'Teststraße', kind: 'address', houseNumber: '2a', lat: 52.3702, lon: 9.7352 }),
      place({ name: 'Teststraße', kind: 'address', houseNumber: '10', lat: 52.3703, lon: 9.7353 }),
      place({ name: 'Teststraße', kind: 'address', houseNumber: '2', lat: 52.3701, lon: 9.7351 }),
      place({ name: 'Marktplatz', tenantId: B, municipality: 'Langenhagen', district: 'Langenhagen', lat: 52.44, lon: 9.74 }),
    ],
    'test',
  );

  it('finds typos, umlauts written out or dropped, prefixes and words of longer names', () => {
    for (const q of ['kroepcke', 'kroepke', 'kropcke', 'kroep']) expect(index.search(q, null, 40, everyone)[0]?.name, q).toBe('Kröpcke');
    expect(index.search('kroepcke', null, 40, everyone).map((p) => p.name)).toContain('Kröpcke-Uhr');
    expect(index.search(normaliseAddressText('Georgstr.'), '10', 40, everyone)[0]).toMatchObject({ name: 'Georgstraße', kind: 'street' });
    expect(index.search('xyzabc', null, 40, everyone)).toEqual([]);
  });

  it('gives addresses only with the house number asked for, all of them in number order without one', () => {
    expect(index.search('teststr', '2a', 40, everyone).map((p) => p.houseNumber)).toEqual(['2a']);
    expect(index.search('teststr', '7', 40, everyone)).toEqual([]);
    expect(index.search('teststr', null, 40, everyone).map((p) => p.houseNumber)).toEqual(['2', '2a', '10']);
  });

  it('shows an actor only its tenants’ entries', () => {
    expect(index.search('marktplatz', null, 40, everyone)).toHaveLength(1);
    expect(index.search('marktplatz', null, 40, (t) => t === A)).toEqual([]);
    expect(index.nearestWithDistrict('Langenhagen', 52.4401, 9.7401, 0.0135, (t) => t === A)).toBeUndefined();
  });

  it('finds the nearest entry with a district in the same municipality within the box', () => {
    expect(index.nearestWithDistrict('Hannover', 52.3702, 9.7352, 0.0135, everyone)?.name).toBe('Teststraße');
    expect(index.nearestWithDistrict('Langenhagen', 52.4401, 9.7401, 0.0135, everyone)?.name).toBe('Marktplatz');
    expect(index.nearestWithDistrict('Hannover', 52.2, 9.5, 0.0135, everyone)).toBeUndefined();
  });

  it('finds the same nearest entry as a scan of every entry, ring by ring (decision 0094)', () => {
    let seed = 42;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const entries = Array.from({ length: 3000 }, (_, i) =>
      place({
        name: `Weg ${i}`,
        kind: 'address',
        houseNumber: String(i),
        municipality: next() < 0.8 ? 'Hannover' : 'Laatzen',
        district: next() < 0.9 ? 'Mitte' : null,
        tenantId: next() < 0.9 ? A : B,
        lat: 52.34 + next() * 0.06,
        lon: 9.7 + next() * 0.09,
      }),
    );
    const big = new GazetteerIndex(entries, 'random');
    const onlyA = (t: string) => t === A;
    for (let q = 0; q < 300; q++) {
      const lat = 52.33 + next() * 0.08;
      const lon = 9.69 + next() * 0.11;
      const municipality = q % 3 === 0 ? 'Laatzen' : 'Hannover';
      let expected: IndexedPlace | undefined;
      let bestDistance = Number.POSITIVE_INFINITY;
      for (const p of entries) {
        if (p.district === null || p.municipality !== municipality || p.tenantId !== A) continue;
        if (Math.abs(p.lat - lat) > 0.0135 || Math.abs(p.lon - lon) > 0.0135 * 1.6) continue;
        const d = (p.lat - lat) ** 2 + ((p.lon - lon) * 0.61) ** 2;
        if (d < bestDistance) {
          bestDistance = d;
          expected = p;
        }
      }
      expect(big.nearestWithDistrict(municipality, lat, lon, 0.0135, onlyA)?.id, `${lat} ${lon}`).toBe(expected?.id);
    }
  });
});
