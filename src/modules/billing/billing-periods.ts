/** Months and quarters as strings (YYYY-MM, YYYY-Qn); pure calendar arithmetic, no time zone. */

export const daysInMonth = (month: string): number => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};

export const daysInYear = (year: number): number => (new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1 ? 366 : 365);

export const monthsOfYear = (year: number): string[] => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

export const addMonths = (month: string, n: number): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/** A statement period: one month (2026-10) or one quarter (2026-Q4). */
export type PeriodKey = string;
export const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;
export const QUARTER_RE = /^\d{4}-Q[1-4]$/;

export function monthsOfPeriod(period: PeriodKey): string[] {
  if (MONTH_RE.test(period)) return [period];
  if (QUARTER_RE.test(period)) {
    const year = period.slice(0, 4);
    const q = Number(period.slice(6));
    return [1, 2, 3].map((i) => `${year}-${String((q - 1) * 3 + i).padStart(2, '0')}`);
  }
  throw new RangeError(`not a period: ${period}`);
}

export const firstDayOf = (period: PeriodKey): string => `${monthsOfPeriod(period)[0]}-01`;
export const lastDayOf = (period: PeriodKey): string => {
  const last = monthsOfPeriod(period).at(-1)!;
  return `${last}-${String(daysInMonth(last)).padStart(2, '0')}`;
};

const monthNames = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
export function periodLabel(period: PeriodKey): string {
  if (MONTH_RE.test(period)) return `${monthNames[Number(period.slice(5)) - 1]} ${period.slice(0, 4)}`;
  return `${period.slice(5)}. Quartal ${period.slice(0, 4)}`.replace('Q', '');
}
