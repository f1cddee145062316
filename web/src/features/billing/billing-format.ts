/** Formatting and shared types of the billing pages. */
export const euro = (cents: number) =>
  `${new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100)} €`;
export const num = (n: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(n);
export const germanDate = (ymd: string | null) => (ymd ? `${ymd.slice(8, 10)}.${ymd.slice(5, 7)}.${ymd.slice(0, 4)}` : '–');

export const keyLabels: Record<string, string> = {
  per_contact: 'je bearbeitetem Kontakt',
  per_minute: 'je Gesprächsminute',
  per_inhabitant: 'je Einwohner/in',
  base_plus_variable: 'Grundbetrag + Kontakte',
  fixed: 'Festbetrag',
};
export const categoryLabels: Record<string, string> = {
  personnel: 'Personal',
  material: 'Sachkosten',
  one_off: 'Einmalig',
  investment: 'Investition',
};
export const bearerLabels: Record<string, string> = {
  participants: 'Teilnehmende (Erstattung)',
  region: 'Regionsverwaltung (Beitrag)',
  host: 'Träger (LHH)',
};
export const statusLabels: Record<string, string> = {
  draft: 'Entwurf',
  checked: 'Geprüft',
  approved: 'Freigegeben',
  issued: 'Ausgestellt',
};

/** The last complete month before today (local time of the browser). */
export function lastCompleteMonth(): string {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** ?period=… from the address, or the default. */
export function periodFromUrl(fallback: string): string {
  const p = new URLSearchParams(window.location.search).get('period');
  return p && /^\d{4}-((0[1-9]|1[0-2])|Q[1-4])$/.test(p) ? p : fallback;
}

/** What a key means, in one sentence (shown beside the shares; rules in decision record 0101). */
export const keyExplanations: Record<string, string> = {
  per_contact: 'Anteil nach den bearbeiteten Kontakten (angenommene Anrufe) im Monat, gemessen an allen Mandanten mit diesem Schlüssel.',
  per_minute: 'Anteil nach den Gesprächsminuten im Monat, gemessen an allen Mandanten mit diesem Schlüssel.',
  per_inhabitant: 'Anteil nach der amtlichen Einwohnerzahl (mit Stichtag), gemessen an allen Mandanten mit diesem Schlüssel.',
  base_plus_variable: 'Ein fester Grundbetrag im Monat, dazu ein Anteil nach den bearbeiteten Kontakten.',
  fixed: 'Ein fester Betrag im Monat, unabhängig von Kontakten und Minuten.',
};

/** How the variable rest is split between the key groups (shown once per page). */
export const allocationRule =
  'Zuerst werden Festbeträge und Grundbeträge abgezogen. Der Rest wird auf die Schlüsselgruppen im Verhältnis der bearbeiteten Kontakte ihrer Mandanten verteilt, innerhalb einer Gruppe nach ihrer eigenen Größe (Kontakte, Minuten oder Einwohner). Gerundet wird einmal nach der Methode der größten Reste: Die Anteile ergeben die Kosten genau auf den Cent.';

export const unitLabels: Record<string, string> = {
  contacts: 'Kontakte',
  talk_seconds: 'Gesprächssekunden',
  inhabitants: 'Einwohner',
};

/** A share as a German percentage with two places ("12,34 %"), or "–". */
export const share = (own: number, total: number) =>
  total > 0
    ? `${new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format((100 * own) / total)} %`
    : '–';

export const historyLabels: Record<string, string> = {
  drafted: 'Entwurf erzeugt',
  checked: 'Geprüft',
  approved: 'Freigegeben (zweite Person)',
  issued: 'Ausgestellt und versandt',
  returned: 'Zurück in den Entwurf',
  updated: 'Hinweis geändert',
  credit_noted: 'Gutschrift erzeugt',
};

export const money = (n: number) => `${new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n)} €`;
