import { foldUmlauts, normalizeText, restoreUmlauts, tokenize } from '../knowledge/index.js';

/**
 * Text handling of the known-error search, on the knowledge search's German
 * normalisation (lower case, punctuation, filler words of spoken questions such as
 * "nicht", "mein", "geht's"): what the caller says is matched by German stems and
 * prefixes in PostgreSQL full text, by trigram similarity for typos, and ranked by
 * how many of the caller's words a known error covers.
 */

/** Stored search text: title, symptom and keywords normalised, plus umlaut-folded spellings. */
export function searchTextOf(title: string, symptom: string, keywords: string): string {
  const text = normalizeText(`${title} ${symptom} ${keywords}`);
  const folded = foldUmlauts(text);
  return folded === text ? text : `${text} ${folded}`;
}

/** The words of a spoken symptom, each with its umlaut spelling ("fuer" → "für"). */
export function symptomWords(query: string): string[] {
  const words = new Set<string>();
  for (const token of tokenize(query)) {
    words.add(token);
    words.add(restoreUmlauts(token));
  }
  return [...words];
}

/** OR of prefix terms for to_tsquery('german', …); words are letters and digits only (normalizeText). */
export const symptomTsquery = (words: string[]) => words.map((w) => `${w}:*`).join(' | ');

const prefixOf = (word: string) => {
  const folded = foldUmlauts(word);
  return folded.length <= 4 ? folded : folded.slice(0, Math.max(4, folded.length - 2));
};

/** Share of the caller's words (by stem prefix, also inside compounds) found in a known error's text. */
export function coverage(query: string, searchText: string): number {
  const tokens = tokenize(query);
  if (tokens.length === 0) return 0;
  const words = foldUmlauts(searchText).split(' ');
  const hits = tokens.filter((token) => {
    const prefix = prefixOf(token);
    return words.some((w) => w.startsWith(prefix) || (prefix.length >= 5 && w.includes(prefix)));
  });
  return hits.length / tokens.length;
}

export const normalizedQuery = (query: string) => normalizeText(query);
