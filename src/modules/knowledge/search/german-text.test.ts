import { describe, expect, it } from 'vitest';
import { compoundCandidates, indexableParts, normalizeText, restoreUmlauts, splitCompound, tokenize } from './german-text.js';
import { highlight } from './highlight.js';
import { buildSearchPlan, planToTsquery, type TokenAnalysis } from './query-plan.js';

const vocabulary = new Set([
  'personal',
  'ausweis',
  'antrag',
  'hund',
  'steuer',
  'marke',
  'geburt',
  'urkunde',
  'sperr',
  'müll',
  'personalausweis',
]);
const known = (w: string) => vocabulary.has(w);

describe('German text handling', () => {
  it('normalises and drops the filler words of spoken questions', () => {
    expect(normalizeText('  Wo kann ich meinen PERSO verlängern?! ')).toBe('wo kann ich meinen perso verlängern');
    expect(tokenize('Wo kann ich meinen Perso verlängern?')).toEqual(['perso', 'verlängern']);
    expect(restoreUmlauts('fuehrerschein')).toBe('führerschein');
  });

  it('splits compounds into known parts, with linking elements', () => {
    expect(splitCompound('personalausweisantrag', known)).toEqual(['personalausweis', 'antrag']);
    expect(splitCompound('hundesteuermarke', known)).toEqual(['hund', 'steuer', 'marke']);
    expect(splitCompound('geburtsurkunde', known)).toEqual(['geburt', 'urkunde']);
    expect(splitCompound('sperrmüll', known)).toEqual(['sperr', 'müll']);
    expect(splitCompound('wohngeld', known)).toBeNull();
  });

  it('offers candidate parts for lookup and indexes the head of a compound', () => {
    const candidates = compoundCandidates('personalausweisantrag');
    expect(candidates).toEqual(expect.arrayContaining(['personal', 'ausweis', 'antrag', 'personalausweis']));
    expect(candidates).not.toContain('personalausweisantrag');
    expect(indexableParts('personalausweis', known)).toEqual(['personal', 'ausweis']);
    expect(indexableParts('kinderreisepass', (w) => w === 'pass')).toEqual(['pass']);
  });
});

describe('search plan', () => {
  const analysis = (entries: [string, Partial<TokenAnalysis>][]) =>
    new Map(entries.map(([token, a]) => [token, { token, exact: false, prefix: false, similar: [], ...a }]));

  it('expands synonyms, splits compounds and corrects typos', () => {
    const plan = buildSearchPlan({
      query: 'Perso Hundesteuermarke fürerschein',
      analysis: analysis([
        ['perso', { prefix: true }],
        ['fürerschein', { similar: [{ word: 'führerschein', similarity: 0.6 }] }],
      ]),
      knownParts: vocabulary,
      synonyms: [{ term: 'perso', expansion: 'personalausweis', leikaKey: '99010201300000' }],
    });
    // Each part of the compound is a group of its own (they share the compound's weight, see groupWeights).
    expect(plan.groups.map((g) => g.alternatives)).toEqual([
      ['perso', 'personalausweis'],
      ['hund'],
      ['steuer'],
      ['marke'],
      ['fürerschein', 'führerschein'],
    ]);
    expect(plan.groups[2]!.compound).toEqual({ whole: ['hund', 'steuer', 'marke'], part: 'steuer', parts: ['hund', 'steuer', 'marke'] });
    expect(plan.pinnedLeikaKeys).toEqual(['99010201300000']);
    expect(plan.corrections).toEqual([{ from: 'fürerschein', to: 'führerschein' }]);
    // The typo was corrected by the vocabulary: no costly fuzzy title match.
    expect(plan.hasUnknownWords).toBe(false);
    expect(planToTsquery(plan)).toBe('(perso | personalausweis:*) | (hund:*) | (steuer:*) | (marke:*) | (fürerschein:* | führerschein:*)');
  });

  it('lets multi-word synonyms replace the words they cover', () => {
    const plan = buildSearchPlan({
      query: 'grauer Lappen umtauschen',
      analysis: analysis([['umtauschen', { exact: true }]]),
      knownParts: new Set(),
      synonyms: [{ term: 'grauer lappen', expansion: 'papierführerschein umtauschen', leikaKey: null }],
    });
    expect(plan.groups.map((g) => g.source)).toEqual(['grauer lappen', 'umtauschen']);
  });
});

describe('highlighting', () => {
  it('marks words starting with a term and compounds containing one, as plain segments', () => {
    const segments = highlight('Personalausweis beantragen <b>', ['ausweis', 'beantragen']);
    expect(segments).toEqual([
      { text: 'Personalausweis', hit: true },
      { text: ' ', hit: false },
      { text: 'beantragen', hit: true },
      { text: ' <b>', hit: false },
    ]);
  });
});
