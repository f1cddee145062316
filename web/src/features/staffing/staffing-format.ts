export const pct = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined
    ? '–'
    : `${(v * 100).toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits })} %`;
export const num = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined ? '–' : v.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const euro = (v: number) => v.toLocaleString('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
export const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
export const weekdayName = (date: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString('de-DE', { weekday: 'short', day: '2-digit', month: '2-digit', timeZone: 'UTC' });

/** The Monday of the coming week (browser's calendar; only a default for a form field). */
export function nextMonday(today = new Date()): string {
  const d = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate(), 12));
  const wd = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  d.setUTCDate(d.getUTCDate() + (8 - wd));
  return d.toISOString().slice(0, 10);
}

/** "2026-12-07" -> "07.12.2026" (the date as German readers write it). */
export const germanDay = (date: string) => date.split('-').reverse().join('.');
