import { foldUmlauts } from './german-text.js';

/** A piece of text; `hit` marks words the search matched (rendered as <mark>). */
export interface Segment {
  text: string;
  hit: boolean;
}

/**
 * Marks the words of `text` that match one of `terms`: a word matches when it
 * starts with a term (stems, prefixes), or contains a term of five letters or more
 * (compound parts: "ausweis" in "Personalausweis"). Returns plain segments, never
 * HTML, so the front end can render them safely.
 */
export function highlight(text: string, terms: string[]): Segment[] {
  const folded = terms.map((t) => foldUmlauts(t.toLowerCase())).filter((t) => t.length >= 3);
  const stems = folded.map((t) => (t.length > 5 ? t.slice(0, t.length - 1) : t));
  const segments: Segment[] = [];
  const push = (piece: string, hit: boolean) => {
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += piece;
    else segments.push({ text: piece, hit });
  };
  for (const piece of text.split(/([A-Za-zÄÖÜäöüß0-9]+)/)) {
    if (!piece) continue;
    const word = foldUmlauts(piece.toLowerCase());
    const isWord = /^[a-z0-9]+$/.test(word);
    const hit =
      isWord && word.length >= 3 && stems.some((stem, i) => word.startsWith(stem) || (folded[i]!.length >= 5 && word.includes(stem)));
    push(piece, hit);
  }
  return segments;
}
