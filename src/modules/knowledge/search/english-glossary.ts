/**
 * English questions meet a German catalogue: a small glossary turns the words that name a matter into the
 * German words the catalogue uses (the official texts stay German; the reply says so). Longest phrases first.
 * Used by the assistant and by the portal's English search (`language=en`).
 */
const glossary: [RegExp, string][] = [
  [/\b(id card|identity card|national id)\b/gi, 'Personalausweis'],
  [/\bpassport\b/gi, 'Reisepass'],
  [/\b(register|registration of) (my )?(address|residence)\b|\bregister (after|when) moving\b|\bmoved? (to|into)\b/gi, 'Wohnsitz anmelden'],
  [/\bdeclare (my )?(move|address)\b/gi, 'Wohnsitz anmelden'],
  [/\bcertificate of (registration|residence)\b/gi, 'Meldebescheinigung'],
  [/\bdog tax\b|\bregister (a|my) dog\b/gi, 'Hundesteuer'],
  [/\bbulky (waste|rubbish)\b/gi, 'Sperrmüll'],
  [/\b(waste|rubbish|garbage) collection\b/gi, 'Abfuhrkalender'],
  [/\bdriv(ing|er'?s) licen[cs]e\b/gi, 'Führerschein'],
  [/\b(register|registration of) (a |my )?(car|vehicle)\b/gi, 'Fahrzeug zulassen'],
  [/\bbirth certificate\b/gi, 'Geburtsurkunde'],
  [/\bregister (a |the |my )?(birth|baby)\b/gi, 'Geburt anzeigen'],
  [/\b(get married|marriage|wedding)\b/gi, 'Eheschließung'],
  [/\b(death|someone died|died)\b/gi, 'Sterbefall'],
  [/\bresidence permit\b/gi, 'Aufenthaltstitel'],
  [/\bwork permit\b/gi, 'Arbeitserlaubnis'],
  [/\bparking permit\b|\bresident'?s? parking\b/gi, 'Bewohnerparkausweis'],
  [/\bbusiness registration\b|\bregister (a |my )?business\b/gi, 'Gewerbe anmelden'],
  [/\bhousing benefit\b/gi, 'Wohngeld'],
  [/\bfishing licen[cs]e\b/gi, 'Fischereischein'],
  [/\bcertificate of good conduct\b|\bcriminal record\b/gi, 'Führungszeugnis'],
  [/\bnoise\b/gi, 'Lärm'],
  [/\bbuilding permit\b/gi, 'Baugenehmigung'],
  [/\bkindergarten\b|\bday ?care\b/gi, 'Kita-Platz'],
  [/\blost\b/gi, 'verloren'],
  [/\bstolen\b/gi, 'gestohlen'],
  [/\brenew(al)?\b/gi, 'verlängern'],
  [/\bappointment\b/gi, 'Termin'],
];

/**
 * The German words for the matters an English question names; the remaining English words would only dilute
 * the search, so when the glossary knows the matter, only its German words are searched.
 */
export function englishToGerman(text: string): string {
  const found: string[] = [];
  let out = text;
  for (const [pattern, german] of glossary) {
    out = out.replace(pattern, () => {
      found.push(german);
      return german;
    });
  }
  return found.length > 0 ? [...new Set(found)].join(' ') : out;
}
