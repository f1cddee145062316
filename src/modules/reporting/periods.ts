/** Calendar periods (Berlin dates as YYYY-MM-DD strings; pure date arithmetic, no time zone needed). */

const monthNames = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
export const germanMonth = (month: number) => monthNames[month - 1]!;

const addDays = (ymd: string, days: number) => {
  const d = new Date(`${ymd}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** ISO week of a date: 2025-W14. */
export function isoWeek(ymd: string): string {
  const d = new Date(`${ymd}T12:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7; // Monday 0
  d.setUTCDate(d.getUTCDate() - day + 3); // Thursday of this week
  const year = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4, 12));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Every day / ISO week / month touched by from..to (inclusive), in order. */
export function periodKeys(kind: 'day' | 'week' | 'month', from: string, to: string): string[] {
  const keys: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const key = kind === 'day' ? d : kind === 'week' ? isoWeek(d) : d.slice(0, 7);
    if (keys[keys.length - 1] !== key) keys.push(key);
  }
  return keys;
}

export function periodLabel(kind: string, key: string): string {
  if (kind === 'day') {
    const [y, m, d] = key.split('-');
    return `${d}.${m}.${y}`;
  }
  if (kind === 'week') return `KW ${Number(key.slice(6))}/${key.slice(0, 4)}`;
  if (kind === 'month') return `${germanMonth(Number(key.slice(5, 7)))} ${key.slice(0, 4)}`;
  return key;
}

export const monthsBetween = (fromMonth: string, toMonth: string) => {
  const out: string[] = [];
  let [y, m] = fromMonth.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > toMonth) break;
    out.push(key);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
};
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0, 12)).toISOString().slice(0, 10);
}
