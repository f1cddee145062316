import type { Availability } from './service-hours.js';

/**
 * The assistant's own sentences, German and English. They carry no fact of their own: every number, date,
 * time and address in a reply comes from a cited official text or from data the reply names as its
 * ground (service hours, the postal-code table, the emergency numbers), and the grounding check proves it.
 */
export type Language = 'de' | 'en';
export type ReplyKind = 'answer' | 'ask_municipality' | 'handover' | 'emergency' | 'clarify';
export type ActionKind = 'chat' | 'callback' | 'request' | 'appointment';
export type HandoverReason = 'request' | 'case_status' | 'complaint' | 'other_authority' | 'unanswered';

export interface Source {
  leikaKey: string;
  title: string;
  url: string;
}

/** A stretch of a reply in one language: joined, the parts are the reply's `text`. */
export interface ReplyPart {
  text: string;
  lang: Language;
}

export interface Reply {
  kind: ReplyKind;
  text: string;
  /** The text cut by language, where it mixes them (an English reply quoting the German official text); else absent. */
  parts?: ReplyPart[];
  sources: Source[];
  actions: { kind: ActionKind; url?: string }[];
  /** The texts the reply's facts must occur in (not sent; checked by grounding.ts). */
  grounds: string[];
}

/** The emergency numbers, as the official text the emergency reply stands on. */
export const EMERGENCY_NUMBERS = 'Notruf: 112 (Feuerwehr, Rettungsdienst), 110 (Polizei).';

export function emergencyReply(lang: Language): Reply {
  const text =
    lang === 'en'
      ? 'This sounds like an emergency. Please call now: 112 for the fire brigade and ambulance, 110 for the police.'
      : 'Das klingt nach einem Notfall. Bitte rufen Sie sofort den Notruf an: 112 für Feuerwehr und Rettungsdienst, 110 für die Polizei.';
  return { kind: 'emergency', text, sources: [], actions: [], grounds: [EMERGENCY_NUMBERS] };
}

export function askTownReply(lang: Language, service: Source | null): Reply {
  const text =
    lang === 'en'
      ? `Which town or municipality do you live in? ${service ? `For “${service.title}” each municipality has its own office. ` : ''}Please tell me the town or the postal code.`
      : `In welcher Stadt oder Gemeinde wohnen Sie? ${service ? `Für „${service.title}“ hat jede Kommune eine eigene Stelle. ` : ''}Bitte nennen Sie den Ort oder die Postleitzahl.`;
  return { kind: 'ask_municipality', text, sources: service ? [service] : [], actions: [], grounds: service ? [service.title] : [] };
}

export function askWhichTownReply(lang: Language, postalCode: string, towns: string[]): Reply {
  const list = towns.join(lang === 'en' ? ' and ' : ' und ');
  const text =
    lang === 'en'
      ? `The postal code ${postalCode} belongs to ${list}. Which one do you live in?`
      : `Die Postleitzahl ${postalCode} gehört zu ${list}. In welcher der Kommunen wohnen Sie?`;
  return { kind: 'ask_municipality', text, sources: [], actions: [], grounds: [`${postalCode}: ${list}`] };
}

export function answerReply(lang: Language, service: Source, officialText: string, appointmentUrl: string | null): Reply {
  const intro =
    lang === 'en'
      ? 'Here is the official description (it is available in German only):'
      : 'Dazu steht in der offiziellen Leistungsbeschreibung:';
  const more = lang === 'en' ? 'More on the service page.' : 'Mehr dazu auf der Seite der Leistung.';
  const booking = appointmentUrl
    ? lang === 'en'
      ? ' You can book an appointment online.'
      : ' Einen Termin können Sie online buchen.'
    : '';
  // The official text is German in both languages: an English reader's screen reader must say it in German.
  const parts = joinParts([
    { text: `${intro}\n\n`, lang },
    { text: officialText, lang: 'de' },
    { text: `\n\n${more}${booking}`, lang },
  ]);
  return {
    kind: 'answer',
    text: parts.map((p) => p.text).join(''),
    parts,
    sources: [service],
    actions: appointmentUrl ? [{ kind: 'appointment', url: appointmentUrl }] : [],
    grounds: [officialText],
  };
}

/** Neighbouring parts of one language become one part (a German reply is one part). */
export function joinParts(parts: ReplyPart[]): ReplyPart[] {
  const out: ReplyPart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last && last.lang === part.lang) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

export function greetingReply(lang: Language): Reply {
  const text =
    lang === 'en'
      ? 'How can I help you? Ask me, for example, about ID cards, dog tax or bulky waste.'
      : 'Wie kann ich Ihnen helfen? Fragen Sie mich zum Beispiel nach Personalausweis, Hundesteuer oder Sperrmüll.';
  return { kind: 'clarify', text, sources: [], actions: [], grounds: [] };
}

const personActions = (availability: Availability): Reply['actions'] => [
  ...(availability.open ? [{ kind: 'chat' as const }] : []),
  { kind: 'callback' },
  { kind: 'request', url: '/de/kontakt' },
];

export function noAnswerReply(lang: Language, availability: Availability): Reply {
  const text =
    lang === 'en'
      ? 'I found nothing fitting in the official service descriptions. Could you describe your matter in other words? You can also talk to a person.'
      : 'Dazu habe ich in den offiziellen Leistungsbeschreibungen nichts Passendes gefunden. Können Sie Ihr Anliegen mit anderen Worten beschreiben? Sie können auch mit einem Menschen sprechen.';
  return { kind: 'clarify', text, sources: [], actions: personActions(availability), grounds: [] };
}

export function unsureReply(lang: Language, candidates: Source[]): Reply {
  const list = candidates.map((c) => `– ${c.title}`).join('\n');
  const text =
    lang === 'en'
      ? `I am not sure what you mean. Is it one of these services?\n${list}\nTell me which one, or describe your matter in more detail.`
      : `Ich bin mir nicht sicher, was Sie meinen. Meinen Sie eine dieser Leistungen?\n${list}\nSchreiben Sie mir, welche, oder beschreiben Sie Ihr Anliegen genauer.`;
  return { kind: 'clarify', text, sources: candidates, actions: [], grounds: candidates.map((c) => c.title) };
}

const weekdays = {
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

const reasons: Record<HandoverReason, Record<Language, string>> = {
  request: {
    de: 'Gern verbinde ich Sie mit einer Mitarbeiterin oder einem Mitarbeiter.',
    en: 'I will gladly put you through to a member of staff.',
  },
  case_status: {
    de: 'Zum Stand Ihres persönlichen Anliegens kann ich nichts sagen: Das prüft eine Mitarbeiterin oder ein Mitarbeiter. Mit Ihrer Vorgangsnummer finden Sie den Stand auch auf der Statusseite.',
    en: 'I cannot tell you the state of your personal case: a member of staff will check it. With your reference number you can also look it up on the status page.',
  },
  complaint: {
    de: 'Ihre Beschwerde nimmt eine Mitarbeiterin oder ein Mitarbeiter persönlich entgegen.',
    en: 'A member of staff will take your complaint personally.',
  },
  other_authority: {
    de: 'Dafür ist eine andere Behörde zuständig (zum Beispiel Finanzamt, Krankenkasse oder Arbeitsagentur), nicht die Verwaltung der Stadt, Gemeinde oder Region. Eine Mitarbeiterin oder ein Mitarbeiter sagt Ihnen gern, wohin Sie sich wenden.',
    en: 'Another authority is responsible for this (for example the tax office, your health insurance or the employment agency), not the town or Region administration. A member of staff will gladly tell you where to turn.',
  },
  unanswered: {
    de: 'Ich konnte Ihre Frage leider nicht beantworten. Eine Mitarbeiterin oder ein Mitarbeiter hilft Ihnen weiter.',
    en: 'I am sorry, I could not answer your question. A member of staff will help you.',
  },
};

/** When people are back, as a ground of its own: "07.12. 08:00". */
const backAt = (a: Availability) => {
  if (!a.nextOpen) return null;
  const [, m, d] = a.nextOpen.date.split('-');
  return { day: `${d}.${m}.`, time: a.nextOpen.time, weekday: a.nextOpen.weekday };
};

export function handoverReply(lang: Language, reason: HandoverReason, availability: Availability): Reply {
  const back = backAt(availability);
  let how: string;
  if (availability.open) {
    how =
      lang === 'en'
        ? 'You can chat now, ask for a call back or send your matter in writing; our conversation so far goes along.'
        : 'Sie können jetzt chatten, einen Rückruf vereinbaren oder Ihr Anliegen schriftlich senden; unser bisheriger Verlauf wird mitgeschickt.';
  } else {
    const when = back
      ? lang === 'en'
        ? ` We are back on ${weekdays.en[back.weekday - 1]}, ${back.day} from ${back.time}.`
        : ` Wir sind am ${weekdays.de[back.weekday - 1]}, ${back.day} ab ${back.time} Uhr wieder für Sie da.`
      : '';
    how =
      lang === 'en'
        ? `Right now nobody is available.${when} Until then you can ask for a call back or send your matter in writing.`
        : `Gerade ist niemand erreichbar.${when} Bis dahin können Sie einen Rückruf vereinbaren oder Ihr Anliegen schriftlich senden.`;
  }
  return {
    kind: 'handover',
    text: `${reasons[reason][lang]} ${how}`,
    sources: [],
    actions: personActions(availability),
    grounds: back ? [`${back.day} ${back.time}`] : [],
  };
}
