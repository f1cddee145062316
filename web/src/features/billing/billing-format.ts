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
