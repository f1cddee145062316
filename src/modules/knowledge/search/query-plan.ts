import { genericRequestWords, normalizeText, restoreUmlauts, splitCompound, tokenize } from './german-text.js';

/** What the vocabulary knows about one query word. */
export interface TokenAnalysis {
  token: string;
  /** The word itself is in the vocabulary. */
  exact: boolean;
  /** Some vocabulary word starts with it (perso → personalausweis). */
  prefix: boolean;
  /** Closest vocabulary words by trigram similarity, best first. */
  similar: { word: string; similarity: number }[];
}

export interface SynonymHit {
  term: string;
  expansion: string;
  leikaKey: string | null;
}

/** One group per thing the caller said; a service matches a group if it matches any alternative. */
export interface QueryGroup {
  source: string;
  alternatives: string[];
  /** Alternatives matched as whole words only, not as prefixes (a word an editor's synonym explains). */
  exact?: string[];
  /**
   * One part of a compound the caller typed (büchereiausweis → bücherei, ausweis): each part is a
   * group of its own (the whole word or this part), and the compound's weight is shared among its
   * parts by how much each tells, so that a service matching only the common part ("ausweis") gets
   * only that part's share, not the whole word's.
   */
  compound?: { whole: string[]; part: string; parts: string[] };
}

export interface SearchPlan {
  normalized: string;
  groups: QueryGroup[];
  /** Services that editor-kept synonyms point to directly. */
  pinnedLeikaKeys: string[];
  /** Every word that should be highlighted in results. */
  highlightTerms: string[];
  /** Corrections made for typos, to show "Meinten Sie …". */
  corrections: { from: string; to: string }[];
  /** Some word was neither in the vocabulary nor close to a word in it (typo or unknown): also try fuzzy title matching. */
  hasUnknownWords?: boolean;
}

const MIN_SIMILARITY = 0.34;

/** The words we need vocabulary facts for: tokens and their umlaut-restored spellings. */
export function queryWords(query: string): string[] {
  const words = new Set<string>();
  for (const token of tokenize(query)) {
    words.add(token);
    const restored = restoreUmlauts(token);
    if (restored !== token) words.add(restored);
  }
  return [...words];
}

/**
 * Turns the caller's words into query groups: each word may be searched as itself
 * (prefix), as its umlaut spelling, as a typo correction, as compound parts, and as
 * the expansions of editor-kept synonyms.
 */
export function buildSearchPlan(input: {
  query: string;
  analysis: Map<string, TokenAnalysis>;
  knownParts: Set<string>;
  synonyms: SynonymHit[];
}): SearchPlan {
  const normalized = normalizeText(input.query);
  const tokens = tokenize(input.query);
  const corrections: SearchPlan['corrections'] = [];
  const groups: QueryGroup[] = [];
  const pinned = new Set<string>();
  const consumed = new Set<string>();
  let hasUnknownWords = false;

  // Multi-word synonyms ("grauer lappen", "hartz 4") replace the words they cover.
  for (const hit of input.synonyms) {
    if (!hit.term.includes(' ')) continue;
    groups.push({ source: hit.term, alternatives: words(hit.expansion) });
    if (hit.leikaKey) pinned.add(hit.leikaKey);
    for (const w of hit.term.split(' ')) consumed.add(w);
  }
  const singleSynonyms = new Map(input.synonyms.filter((s) => !s.term.includes(' ')).map((s) => [s.term, s]));

  for (const token of tokens) {
    if (consumed.has(token)) continue;
    const alternatives = new Set<string>();
    const restored = restoreUmlauts(token);
    const spellings = restored === token ? [token] : [token, restored];
    let recognised = false;
    for (const spelling of spellings) {
      const facts = input.analysis.get(spelling);
      if (facts?.exact || facts?.prefix || /^[0-9]+$/.test(spelling)) {
        alternatives.add(spelling);
        recognised = true;
      }
    }
    // "steuer" contains a real "ue": try the word as typed before its umlaut spelling.
    const parts = spellings.map((w) => splitCompound(w, (x) => input.knownParts.has(x))).find(Boolean) ?? null;
    if (parts) {
      for (const p of parts) alternatives.add(p);
      recognised = true;
    }
    if (!recognised) {
      // Unknown word: keep it (the stemmer may still match) and add the closest vocabulary words.
      alternatives.add(token);
      const facts = input.analysis.get(restored) ?? input.analysis.get(token);
      // A word that only names the kind of request ("antrag") is not corrected into a matter ("eintrag").
      const best = genericRequestWords.has(token) ? [] : (facts?.similar.filter((s) => s.similarity >= MIN_SIMILARITY).slice(0, 2) ?? []);
      for (const s of best) {
        alternatives.add(s.word);
        corrections.push({ from: token, to: s.word });
      }
      // Fuzzy title matching (costly: it compares the query with every title) only for a word the
      // vocabulary could not explain, and not for one that only names the kind of request.
      if (best.length === 0 && !genericRequestWords.has(token)) hasUnknownWords = true;
    }
    const exact: string[] = [];
    let explained = false;
    for (const candidate of [...alternatives]) {
      const synonym = singleSynonyms.get(candidate);
      if (!synonym) continue;
      explained = true;
      // "perso" means what the editors said (Personalausweis), not every word starting with it (Personenbeförderung).
      // Only short words (abbreviations such as "perso", "kita"); "ausweis" stays a prefix of "ausweise".
      if (candidate.length < 6 && !words(synonym.expansion).includes(candidate)) exact.push(candidate);
      for (const w of words(synonym.expansion)) alternatives.add(w);
      if (synonym.leikaKey) pinned.add(synonym.leikaKey);
    }
    if (parts && !explained) {
      const whole = [...alternatives];
      const wordItself = whole.filter((a) => !parts.includes(a));
      for (const part of new Set(parts)) {
        groups.push({ source: token, alternatives: [...wordItself, part], compound: { whole, part, parts: [...new Set(parts)] } });
      }
      continue;
    }
    groups.push(
      exact.length ? { source: token, alternatives: [...alternatives], exact } : { source: token, alternatives: [...alternatives] },
    );
  }

  const highlightTerms = new Set<string>();
  for (const g of groups) for (const a of g.alternatives) if (a.length >= 3) highlightTerms.add(a);
  return { normalized, groups, pinnedLeikaKeys: [...pinned], highlightTerms: [...highlightTerms], corrections, hasUnknownWords };
}

function words(text: string): string[] {
  return normalizeText(text)
    .split(' ')
    .filter((w) => w.length >= 2);
}

/**
 * A group as to_tsquery text: alternatives ORed, longer words as prefixes. Words are [a-zäöüß0-9] only.
 * `weights` ("AB", "C") restricts the match to those parts of the document (title and keywords A,
 * compound parts B, short text C, documents and notes D), which is cheaper than filtering the document.
 */
export function groupToTsquery(group: QueryGroup, weights = ''): string {
  const exact = new Set(group.exact ?? []);
  const terms = group.alternatives
    .filter((a) => /^[a-zäöüß0-9]+$/.test(a))
    .map((a) => (a.length >= 4 && !exact.has(a) ? `${a}:*${weights}` : weights ? `${a}:${weights}` : a));
  return terms.length ? `(${terms.join(' | ')})` : '';
}

/**
 * The whole query, which finds the candidates: any group may match; ranking rewards services
 * matching more groups. Words that only name the kind of request (genericRequestWords: "antrag",
 * "melden") find no candidates of their own when the caller also named the matter: they would
 * bring in a third of the catalogue for the scoring stage to look at, to no use.
 */
export function planToTsquery(plan: SearchPlan): string {
  const matter = plan.groups.filter((g) => !genericRequestWords.has(g.source) && groupToTsquery(g) !== '');
  return (matter.length ? matter : plan.groups)
    .map((g) => groupToTsquery(g))
    .filter(Boolean)
    .join(' | ');
}

/**
 * How much each group tells (BM25's inverse document frequency over the published
 * catalogue): ln(1 + (N − df + 0.5) / (df + 0.5)), with df the document frequency of
 * the group's first alternative that occurs at all: the word as typed (or its umlaut
 * spelling), else its typo correction. The compound parts and synonyms a group also
 * matches widen what it finds but not its weight: "geburtsurkunde" is rare even though
 * "urkunde" is common. Words that only name the kind of request (genericRequestWords)
 * count a quarter.
 */
export function groupWeights(groups: QueryGroup[], documents: number, frequency: Map<string, number>): number[] {
  const n = Math.max(documents, 1);
  const idf = (df: number) => {
    // A word no service contains matches nothing; it still counts as said (full weight).
    const clamped = Math.min(df, n);
    return Math.log(1 + (n - clamped + 0.5) / (clamped + 0.5));
  };
  const firstOccurring = (words: string[]) => words.map((a) => frequency.get(a) ?? 0).find((f) => f > 0) ?? 0;
  // A part that only names the kind of request ("…antrag") tells a quarter, as the word alone would.
  const partIdf = (part: string) => idf(frequency.get(part) ?? 0) / (genericRequestWords.has(part) ? 4 : 1);
  return groups.map((g) => {
    const weight = idf(firstOccurring(g.compound ? g.compound.whole : g.alternatives));
    const generic = genericRequestWords.has(g.source) ? weight / 4 : weight;
    if (!g.compound) return generic;
    const total = g.compound.parts.reduce((sum, p) => sum + partIdf(p), 0);
    return total > 0 ? (generic * partIdf(g.compound.part)) / total : generic / g.compound.parts.length;
  });
}
