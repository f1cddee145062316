import { describe, expect, it } from 'vitest';
import {
  buildSearchPlan,
  groupToTsquery,
  groupWeights,
  planToTsquery,
  queryWords,
  type SynonymHit,
  type TokenAnalysis,
} from './query-plan.js';

const facts = (entries: [string, Partial<TokenAnalysis>][]) =>
  new Map(entries.map(([token, a]) => [token, { token, exact: false, prefix: false, similar: [], ...a }]));
const plan = (query: string, analysis: [string, Partial<TokenAnalysis>][] = [], synonyms: SynonymHit[] = [], knownParts: string[] = []) =>
  buildSearchPlan({ query, analysis: facts(analysis), knownParts: new Set(knownParts), synonyms });

describe('query plan', () => {
  it('asks the vocabulary about each word and its umlaut spelling, once, without filler words', () => {
    expect(queryWords('Wo kann ich meinen Fuehrerschein umtauschen? Fuehrerschein!')).toEqual([
      'fuehrerschein',
      'führerschein',
      'umtauschen',
    ]);
    expect(queryWords('Müll')).toEqual(['müll']);
    expect(queryWords('Mu\u0308ll')).toEqual(['müll']);
    expect(queryWords('?!  …')).toEqual([]);
  });

  it('searches a word typed without umlauts by the spelling the vocabulary knows', () => {
    const p = plan('fuehrerschein', [['führerschein', { exact: true }]]);
    expect(p.groups).toEqual([{ source: 'fuehrerschein', alternatives: ['führerschein'] }]);
    expect(p.corrections).toEqual([]);
  });

  it('keeps numbers and known prefixes as they are', () => {
    const p = plan('perso 115', [['perso', { prefix: true }]]);
    expect(p.groups.map((g) => g.alternatives)).toEqual([['perso'], ['115']]);
    expect(planToTsquery(p)).toBe('(perso:*) | (115)');
  });

  it('corrects an unknown word with at most two vocabulary words above the similarity threshold', () => {
    const p = plan('ausweiss', [
      [
        'ausweiss',
        {
          similar: [
            { word: 'ausweis', similarity: 0.7 },
            { word: 'auswertung', similarity: 0.4 },
            { word: 'ausreise', similarity: 0.35 },
          ],
        },
      ],
    ]);
    expect(p.groups[0]!.alternatives).toEqual(['ausweiss', 'ausweis', 'auswertung']);
    expect(p.corrections).toEqual([
      { from: 'ausweiss', to: 'ausweis' },
      { from: 'ausweiss', to: 'auswertung' },
    ]);
    const weak = plan('xylofon', [['xylofon', { similar: [{ word: 'xenon', similarity: 0.33 }] }]]);
    expect(weak.groups[0]!.alternatives).toEqual(['xylofon']);
    expect(weak.corrections).toEqual([]);
  });

  it('expands a single-word synonym into its words and pins its service', () => {
    const p = plan(
      'hartz',
      [['hartz', { exact: true }]],
      [{ term: 'hartz', expansion: 'Bürgergeld Grundsicherung', leikaKey: '99108001000000' }],
    );
    expect(p.groups[0]!.alternatives).toEqual(['hartz', 'bürgergeld', 'grundsicherung']);
    expect(p.pinnedLeikaKeys).toEqual(['99108001000000']);
  });

  it('lets a multi-word synonym cover its words, and pins nothing for a synonym without a service', () => {
    const p = plan(
      'grauer Lappen tauschen',
      [['tauschen', { exact: true }]],
      [{ term: 'grauer lappen', expansion: 'Führerschein umtauschen', leikaKey: null }],
    );
    expect(p.groups).toEqual([
      { source: 'grauer lappen', alternatives: ['führerschein', 'umtauschen'] },
      { source: 'tauschen', alternatives: ['tauschen'] },
    ]);
    expect(p.pinnedLeikaKeys).toEqual([]);
  });

  it('highlights only words of three letters or more', () => {
    const p = plan('kfz ab zulassung', [
      ['kfz', { exact: true }],
      ['zulassung', { exact: true }],
    ]);
    expect(p.groups.map((g) => g.source)).toEqual(['kfz', 'ab', 'zulassung']);
    expect(p.highlightTerms).toEqual(['kfz', 'zulassung']);
  });

  it('builds tsquery text only from plain words: operators in the input or in a synonym cannot reach PostgreSQL', () => {
    expect(groupToTsquery({ source: 'x', alternatives: ['ausweis', 'kfz', "a'b", 'c:*', 'd&e', 'f|g', '!h', '(i)'] })).toBe(
      '(ausweis:* | kfz)',
    );
    expect(groupToTsquery({ source: 'x', alternatives: ["'); drop table knowledge_services; --"] })).toBe('');
    const p = plan(
      "Ausweis') | !pass & (*",
      [['ausweis', { exact: true }]],
      [{ term: 'ausweis', expansion: "pass' & !visum", leikaKey: null }],
    );
    const tsquery = planToTsquery(p);
    expect(tsquery).toMatch(/^[a-zäöüß0-9:*|() ]*$/);
    expect(tsquery).toBe('(ausweis:* | pass:* | visum:*) | (pass:*)');
  });

  it('gives an empty plan, not an error, for a query of filler words and punctuation', () => {
    const p = plan('Wo kann ich ... ?!');
    expect(p).toEqual({
      normalized: 'wo kann ich',
      groups: [],
      pinnedLeikaKeys: [],
      highlightTerms: [],
      corrections: [],
      hasUnknownWords: false,
    });
    expect(planToTsquery(p)).toBe('');
  });
});

describe('groupWeights (IDF)', () => {
  it('gives a rare word more weight than a common one and generic request words a quarter', () => {
    const g = (source: string, ...alternatives: string[]) => ({ source, alternatives: alternatives.length ? alternatives : [source] });
    const freq = new Map([
      ['sterbefall', 2],
      ['kind', 40],
      ['zuständig', 2],
      ['urkunde', 90],
      ['geburtsurkunde', 3],
    ]);
    const [rare, common, generic, compound] = groupWeights(
      [g('sterbefall'), g('kind'), g('zuständig'), g('geburtsurkunde', 'geburtsurkunde', 'geburt', 'urkunde')],
      300,
      freq,
    );
    expect(rare!).toBeGreaterThan(common! * 2);
    expect(generic!).toBeCloseTo(rare! / 4, 5);
    // A compound's weight follows the compound, not its common part.
    expect(compound!).toBeGreaterThan(common!);
    // A typo: the first alternative that occurs (the correction) gives the weight.
    const [typo] = groupWeights([g('sterbfall', 'sterbfall', 'kind')], 300, freq);
    expect(typo!).toBeCloseTo(common!, 5);
  });

  it("shares a compound's weight among its part groups by how much each part tells", () => {
    const freq = new Map([
      ['büchereiausweis', 0],
      ['bücherei', 2],
      ['ausweis', 60],
      ['antrag', 2],
    ]);
    const whole = ['bücherei', 'ausweis'];
    const part = (p: string, parts = whole) => ({
      source: 'büchereiausweis',
      alternatives: [p],
      compound: { whole: parts, part: p, parts },
    });
    const [single] = groupWeights([{ source: 'bücherei', alternatives: ['bücherei'] }], 300, freq);
    const [rarePart, commonPart] = groupWeights([part('bücherei'), part('ausweis')], 300, freq);
    // Together the parts weigh what the compound weighs (the first alternative that occurs: "bücherei").
    expect(rarePart! + commonPart!).toBeCloseTo(single!, 5);
    // A service with only "ausweis" gets the smaller share.
    expect(rarePart!).toBeGreaterThan(commonPart! * 2);
    // A part that only names the kind of request counts a quarter within the compound.
    const [matter, request] = groupWeights([part('bücherei', ['bücherei', 'antrag']), part('antrag', ['bücherei', 'antrag'])], 300, freq);
    expect(request!).toBeCloseTo(matter! / 4, 5);
  });
});
