/**
 * What a citizen's message asks for before any search: an emergency (112 / 110 at once),
 * a person, or something the assistant must not answer (personal case status,
 * complaints, other authorities). German and English, colloquial spellings included.
 */
export type Intent =
  | { kind: 'emergency' }
  | { kind: 'human' }
  | { kind: 'out_of_scope'; reason: 'case_status' | 'complaint' | 'other_authority' }
  | { kind: 'question' };

const fold = (text: string) =>
  text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/\s+/g, ' ');

const emergency = [
  /\b(es|haus|wohnung|auto|kueche|keller|dach) brennt\b|\bbrennt (es|hier|bei)\b/,
  /\bbewusstlos/,
  /\batmet nicht\b/,
  /\bkeine luft\b/,
  /\bherzinfarkt\b/,
  /\bschlaganfall\b/,
  /\bblutet (stark|sehr)\b/,
  /\bnotfall\b/,
  /\bnotarzt\b/,
  /\bhilfe,? (ich werde|er|sie|man) (bedroht|angegriffen|verfolgt)/,
  /\b(wird|werde) (gerade )?(bedroht|angegriffen|ueberfallen)/,
  /\beinbrecher\b|\bgerade eingebrochen\b/,
  /\bunfall mit verletzten\b|\bverletzte?\b.*\bunfall\b|\bunfall\b.*\bverletzt/,
  /\b(fire|unconscious|not breathing|heart attack|stroke|emergency|bleeding heavily|being attacked)\b/,
];

const human = [
  /\b(mit )?(einem |einer )?(menschen|mensch|mitarbeiter(in)?|sachbearbeiter(in)?|person|jemandem)\b.*\b(sprechen|reden|verbinden|chatten)\b/,
  /\b(sprechen|reden|verbinden)\b.*\b(menschen|mitarbeiter(in)?|sachbearbeiter(in)?|person)\b/,
  /\becht(en|er|e)? (menschen|person|mitarbeiter)/,
  /\b(human|real person|someone real|an agent|talk to (a |an )?(person|human|someone))\b/,
  /\bkein(en)? (bot|roboter|chatbot)\b/,
];

const caseStatus = [
  /\b(stand|status|bearbeitungsstand)\b.*\b(mein|meines|meiner|meinem)\b/,
  /\b(mein|meine)(n|m)? (antrag|bescheid|vorgang|akte|anliegen)\b.*\b(wann|wie lange|stand|bearbeitet|fertig)\b/,
  /\bwann (bekomme|kriege|erhalte) ich (meinen|meine|mein)\b/,
  /\b(status|state) of my\b|\bmy application\b/,
];

const complaint = [/\bbeschwer(de|en|en sie)\b/, /\bunverschaemt\b/, /\bcomplain(t)?\b/, /\bfrechheit\b/];

const otherAuthority = [
  /\bfinanzamt\b|\beinkommensteuer/,
  /\b(agentur|bundesagentur) fuer arbeit\b|\barbeitsagentur\b|\barbeitslosengeld\b(?! ii)/,
  // (A pension application itself is taken by the towns' insurance offices: the catalogue has it.)
  /\brentenversicherung\b/,
  /\bkrankenkasse\b/,
  /\bfamilienkasse\b|\bkindergeld\b/,
  /\b(amts|land|sozial|arbeits)gericht\b/,
  /\bbundeswehr\b|\bzoll\b/,
  /\b(tax office|health insurance|pension insurance)\b/,
];

export function classifyIntent(text: string): Intent {
  const t = fold(text);
  if (emergency.some((r) => r.test(t))) return { kind: 'emergency' };
  if (human.some((r) => r.test(t))) return { kind: 'human' };
  if (caseStatus.some((r) => r.test(t))) return { kind: 'out_of_scope', reason: 'case_status' };
  if (complaint.some((r) => r.test(t))) return { kind: 'out_of_scope', reason: 'complaint' };
  if (otherAuthority.some((r) => r.test(t))) return { kind: 'out_of_scope', reason: 'other_authority' };
  return { kind: 'question' };
}
