import { municipalitiesForPostalCode } from '../tenancy/index.js';

/** A municipality as the assistant needs it (the tenants of the center, without the Region). */
export interface Town {
  id: string;
  slug: string;
  name: string;
  officialName: string;
  ags: string;
  postalCodes: readonly string[];
}

export type TownFinding =
  | { kind: 'none'; rest: string }
  | { kind: 'one'; town: Town; rest: string }
  | { kind: 'several'; towns: Town[]; postalCode: string; rest: string };

export const foldTown = (text: string) =>
  text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Names a town goes by in a sentence: its short name, its slug, and the first word of a long name ("Neustadt"). */
function namesOf(town: Town): string[] {
  const names = new Set([town.name, town.slug.replace(/-/g, ' ')]);
  const first = town.name.split(' ')[0]!;
  if (first.length >= 5) names.add(first);
  for (const n of [...names]) names.add(foldTown(n));
  return [...names].filter((n) => n.length >= 4).sort((a, b) => b.length - a.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordAt = (word: string) => new RegExp(`(?<![\\p{L}\\d])${escape(word)}(?![\\p{L}\\d])`, 'iu');

/** Words that only glue a town to a sentence ("ich wohne in", "aus", "PLZ"): dropped with it. */
const glue =
  /(?:^|\s)(?:ich wohne in|wohne in|ich lebe in|lebe in|ich bin aus|bin aus|in der stadt|in der gemeinde|stadt|gemeinde|plz|postleitzahl|i live in|im|in|aus|bei|für|fuer|from|for)[\s,:]*$/iu;

/**
 * Finds the citizen's town in what they typed: a postal code of the Region (a code two municipalities share
 * asks which one) or a municipality's name as a whole word. `rest` is the text without it (and the glue
 * words before it), which is what gets searched.
 */
export function findTown(text: string, towns: readonly Town[]): TownFinding {
  const ags = /(?<!\d)(\d{8})(?!\d)/.exec(text);
  const byAgs = ags ? towns.find((t) => t.ags === ags[1]) : undefined;
  if (ags && byAgs) return { kind: 'one', town: byAgs, rest: stripAt(text, ags.index, 8) };
  const code = /(?<!\d)(\d{5})(?!\d)/.exec(text);
  if (code) {
    const keys = municipalitiesForPostalCode(code[1]!);
    const matches = towns.filter((t) => keys.includes(t.ags) || (keys.length === 0 && t.postalCodes.includes(code[1]!)));
    const rest = stripAt(text, code.index, code[1]!.length);
    if (matches.length === 1) return { kind: 'one', town: matches[0]!, rest };
    if (matches.length > 1) return { kind: 'several', towns: matches, postalCode: code[1]!, rest };
  }
  let best: { town: Town; at: number; length: number } | null = null;
  for (const town of towns) {
    for (const name of namesOf(town)) {
      const m = wordAt(name).exec(text);
      if (m && (!best || m[0].length > best.length)) best = { town, at: m.index, length: m[0].length };
    }
  }
  if (best) return { kind: 'one', town: best.town, rest: stripAt(text, best.at, best.length) };
  return { kind: 'none', rest: text.trim() };
}

function stripAt(text: string, at: number, length: number): string {
  const before = text.slice(0, at).replace(glue, '').trimEnd();
  return `${before} ${text.slice(at + length)}`
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.?!:;-]+|[\s,:;-]+$/g, '')
    .trim();
}

/** Whether what is left after the town is no question of its own ("Laatzen", "in 30880", "ich wohne in Sehnde"). */
export const isOnlyTown = (rest: string) =>
  foldTown(rest)
    .replace(/\b(ja|nein|bitte|danke|ok|okay|yes|please|the|city|town|of)\b/g, '')
    .trim().length === 0;
