import type { Tx } from '../../../platform/db/database.js';
import { compoundCandidates, indexableParts, normalizeText, restoreUmlauts, tokenize } from './german-text.js';
import { buildSearchPlan, groupToTsquery, groupWeights, planToTsquery, queryWords, type SearchPlan } from './query-plan.js';
import * as searchRepo from './search.repository.js';

/**
 * Keeps the search index current: vocabulary, compound parts, weighted document.
 * Call after services were inserted, changed or imported (same transaction).
 */
export async function reindexServices(tx: Tx, ids?: string[]): Promise<void> {
  await searchRepo.rebuildVocabulary(tx);
  const vocabulary = await searchRepo.loadVocabulary(tx);
  const sources = await searchRepo.listIndexSources(tx, ids);
  const rows = sources.map((s) => {
    const words = new Set(normalizeText(`${s.title} ${s.keywords.join(' ')}`).split(' '));
    const parts = new Set<string>();
    for (const w of words) for (const p of indexableParts(w, (x) => vocabulary.has(x))) parts.add(p);
    return { id: s.id, compoundParts: [...parts].join(' ') };
  });
  await searchRepo.writeSearchIndex(tx, rows);
  await searchRepo.rebuildLexemeStats(tx);
}

export interface EngineResult {
  plan: SearchPlan;
  rows: searchRepo.RankedRow[];
}

/** Plans the query against the vocabulary and synonyms, then ranks the services. */
export async function runSearch(tx: Tx, query: string, limit: number): Promise<EngineResult> {
  const words = queryWords(query);
  if (words.length === 0) {
    return { plan: { normalized: normalizeText(query), groups: [], pinnedLeikaKeys: [], highlightTerms: [], corrections: [] }, rows: [] };
  }
  const candidates = new Set<string>();
  for (const token of tokenize(query)) {
    if (token.length < 7) continue;
    for (const spelling of new Set([token, restoreUmlauts(token)])) for (const c of compoundCandidates(spelling)) candidates.add(c);
  }
  const normalized = normalizeText(query);
  const {
    analysis,
    known: knownParts,
    synonyms,
  } = await searchRepo.lookupQueryFacts(tx, {
    words,
    candidates: [...candidates],
    phrases: [normalized, restoreUmlauts(normalized)],
  });
  const plan = buildSearchPlan({ query, analysis, knownParts, synonyms });
  const tsquery = planToTsquery(plan);
  if (!tsquery && plan.pinnedLeikaKeys.length === 0) return { plan, rows: [] };
  const groups = plan.groups.filter((g) => groupToTsquery(g) !== '');
  const stats = await searchRepo.lexemeFrequencies(tx, [...new Set(groups.flatMap((g) => g.alternatives))]);
  const weights = groupWeights(groups, stats.documents, stats.frequency);
  const rows = await searchRepo.rankServices(tx, {
    tsquery: tsquery || 'xxxxxxxx',
    groups: groups.map((g, i) => ({
      query: groupToTsquery(g),
      strong: groupToTsquery(g, 'AB'),
      short: groupToTsquery(g, 'C'),
      weight: weights[i]!,
    })),
    normalized: plan.normalized,
    pinned: plan.pinnedLeikaKeys,
    fuzzy: plan.hasUnknownWords === true,
    limit,
  });
  return { plan, rows };
}
