/**
 * German text handling for the knowledge search, in plain functions: normalising
 * what callers type, dropping filler words, and splitting compound words
 * (Personalausweisantrag → personal + ausweis + antrag) against the vocabulary of
 * the knowledge base. PostgreSQL's German stemmer does not split compounds, so we
 * do it here, on the index side and on the query side alike.
 */

/** Filler words of spoken questions ("wo kann ich meinen …"); they carry no search meaning. */
export const germanStopwords = new Set(
  (
    'ich du er sie es wir ihr mein meine meinen meinem meiner meines dein deine sein seine ihre ihren unser unsere ' +
    'der die das den dem des ein eine einen einem einer eines und oder aber wo wie was wann wer warum weshalb welche welcher welches ' +
    'kann könnte können muss müssen möchte möchten will wollen soll sollte brauche brauchen benötige benötigen bitte mal noch schon auch nur ' +
    'hier da dort dafür für mit von vom zu zum zur bei beim im in an am auf aus nach über um vor hat habe haben hatte ist bin sind war wird werden wurde ' +
    'nicht kein keine keinen mich mir uns sich man gibt so jetzt heute gerne hallo guten tag frage fragen wissen wegen machen mache tun ' +
    'bekommen bekomme kriege krieg dass ob wenn als etwas was denn doch ja nein eigentlich einfach irgendwie gern lassen lasse ' +
    'jemand jemanden meinem unserem unseren gestern letzte letzten neulich schnell sofort wieder dann sonst bis seit'
  ).split(' '),
);

/**
 * Words that name the kind of request, not the matter ("wer ist zuständig", "melden",
 * "beantragen"): searched, but weighted low, because in the catalogue's texts they are
 * rarer than in citizens' questions (a service text seldom says "zuständig").
 */
export const genericRequestWords = new Set(
  (
    'zuständig zuständige zuständigen zuständiger zuständigkeit zustaendig melden meldet gemeldet beantragen beantragt ' +
    'beantragung antrag anträge bestellen bestelle anfordern beantrage ausstellen stelle amt ämter behörde behörden auskunft info infos information informationen formular ' +
    'formulare erledigen erledigt hilfe help apply office'
  ).split(' '),
);

/** Lower case, umlauts kept, everything but letters and digits becomes a space. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^a-zäöüß0-9]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Umlauts and ß folded (ä → a, ß → ss), for comparing spellings. */
export function foldUmlauts(word: string): string {
  return word.replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
}

/** "fuehrerschein" typed without umlauts → "führerschein". */
export function restoreUmlauts(word: string): string {
  return word.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/ue/g, 'ü');
}

export function tokenize(text: string): string[] {
  const normalized = normalizeText(text);
  if (!normalized) return [];
  return normalized.split(' ').filter((w) => w.length >= 2 && !germanStopwords.has(w));
}

/** Linking elements (Fugenelemente) between compound parts: Hund-e-steuer, Geburt-s-urkunde. */
const linkingElements = ['', 's', 'es', 'n', 'en', 'e', 'er'];
const MIN_PART = 3;

/**
 * Splits a compound into known words, longest first part preferred. Returns null
 * when the word cannot be covered completely by known parts.
 */
export function splitCompound(word: string, isKnown: (w: string) => boolean, depth = 0): string[] | null {
  if (depth > 3 || word.length < MIN_PART * 2) return null;
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const head = word.slice(0, cut);
    if (!isKnown(head)) continue;
    for (const link of linkingElements) {
      const rest = word.slice(cut);
      if (!rest.startsWith(link)) continue;
      const tail = rest.slice(link.length);
      if (tail.length < MIN_PART) continue;
      if (isKnown(tail)) return [head, tail];
      const tailParts = splitCompound(tail, isKnown, depth + 1);
      if (tailParts) return [head, ...tailParts];
    }
  }
  return null;
}

/**
 * The substrings of a word that could be compound parts (prefixes and suffixes,
 * with and without a linking element): the candidates to look up in the vocabulary.
 */
export function compoundCandidates(word: string): string[] {
  const out = new Set<string>();
  if (word.length < MIN_PART * 2) return [];
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    out.add(head);
    out.add(tail);
    for (const link of linkingElements) {
      if (link && tail.startsWith(link) && tail.length - link.length >= MIN_PART) out.add(tail.slice(link.length));
    }
    // Middle parts of three-part compounds (personal|ausweis|antrag).
    for (let j = i + MIN_PART; j <= word.length - MIN_PART; j++) out.add(word.slice(i, j));
  }
  out.delete(word);
  return [...out];
}

/**
 * Parts worth indexing for a word: a full split if there is one, otherwise the
 * longest known head and tail of at least four letters (the last part of a German
 * compound carries its meaning: Hundesteuer*marke*).
 */
export function indexableParts(word: string, isKnown: (w: string) => boolean): string[] {
  if (word.length < 7) return [];
  const known = (w: string) => w !== word && isKnown(w);
  const split = splitCompound(word, known);
  if (split) return split;
  const parts: string[] = [];
  for (let i = 1; i <= word.length - 4; i++) {
    const tail = word.slice(i);
    if (known(tail)) {
      parts.push(tail);
      break;
    }
  }
  for (let i = word.length - 1; i >= 4; i--) {
    const head = word.slice(0, i);
    if (known(head)) {
      parts.push(head);
      break;
    }
  }
  return parts;
}
