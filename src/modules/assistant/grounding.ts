/**
 * The assistant's no-invented-facts rule (issue 15), enforced in code: every fact in a
 * reply (number, amount, date, time, phone number, postal code, street address) must
 * occur in the official text it cites. A reply that fails is not sent; the caller shows
 * the plain excerpt or offers a person instead.
 */

/** Facts in a text: digit runs with their separators (amounts, dates, times, phone numbers) and street addresses. */
export function extractFacts(text: string): string[] {
  const facts = new Set<string>();
  // 37,00 € / 12.03.2026 / 08:00 / 0511 168-0 / 30159 / 2 Wochen
  // (a separator joins digits only when a digit follows at once; a space only between digit groups)
  for (const m of text.matchAll(/\d+(?:(?:[.,:/\-–]|\s(?=\d))\d+)*/g)) facts.add(normaliseFact(m[0]));
  // Street addresses: "Trammplatz 2", "Hildesheimer Straße 20", "Am Markt 1"
  const street =
    /(?:\p{Lu}[\p{L}ß-]*\s)?\p{Lu}?[\p{L}ß-]*(?:[Ss]traße|[Ss]trasse|[Ss]tr\.|[Ww]eg|[Pp]latz|[Aa]llee|[Rr]ing|[Dd]amm|[Gg]asse|[Uu]fer|[Mm]arkt|[Tt]or|[Hh]of|[Cc]haussee|[Pp]romenade|[Ww]all|[Bb]erg|[Ff]eld)\s\d+\s?[a-z]?\b/gu;
  for (const m of text.matchAll(street)) facts.add(normaliseFact(m[0]));
  return [...facts].filter(Boolean);
}

/** Whitespace and dash variants do not make a different fact. */
export function normaliseFact(fact: string): string {
  return fact
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,:\-/\s]+$/, '');
}

export interface GroundingResult {
  ok: boolean;
  /** Facts of the reply that no source contains. */
  unsupported: string[];
}

/** Checks that every fact of `reply` occurs in one of `sources` (the cited official texts). */
export function checkGrounded(reply: string, sources: string[]): GroundingResult {
  const haystack = normaliseFact(sources.join('\n'));
  const compact = haystack.replace(/\s+/g, '');
  // "20" is not supported by "8205": a fact must not continue into further digits.
  const occurs = (text: string, fact: string) =>
    new RegExp(`(?<![\\d.,])${fact.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d]|[.,:]\\d)`, 'u').test(text);
  const unsupported = extractFacts(reply).filter((f) => !occurs(haystack, f) && !occurs(compact, f.replace(/\s+/g, '')));
  return { ok: unsupported.length === 0, unsupported };
}
