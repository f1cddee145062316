/**
 * Public holidays of Lower Saxony (Niedersächsisches Feiertagsgesetz), computed so
 * nobody has to keep a list: the second level's working-day calendar and the
 * appointment offices' closures both use it.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const DAY_MS = 86_400_000;

function shiftDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS);
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Easter Sunday (Gregorian calendar), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

const holidayCache = new Map<number, ReadonlyMap<string, string>>();

/**
 * Public holidays in Lower Saxony (Niedersächsisches Feiertagsgesetz) of one year,
 * date → German name. Reformation Day is a holiday since 2018 (and was once in 2017).
 */
export function lowerSaxonyHolidays(year: number): ReadonlyMap<string, string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const days = new Map<string, string>([
    [ymd(year, 1, 1), 'Neujahr'],
    [shiftDate(easter, -2), 'Karfreitag'],
    [shiftDate(easter, 1), 'Ostermontag'],
    [ymd(year, 5, 1), 'Tag der Arbeit'],
    [shiftDate(easter, 39), 'Christi Himmelfahrt'],
    [shiftDate(easter, 50), 'Pfingstmontag'],
    [ymd(year, 10, 3), 'Tag der Deutschen Einheit'],
    [ymd(year, 12, 25), '1. Weihnachtstag'],
    [ymd(year, 12, 26), '2. Weihnachtstag'],
  ]);
  if (year >= 2017) days.set(ymd(year, 10, 31), 'Reformationstag');
  // In calendar order, so callers can list them as they come.
  const sorted = new Map([...days].sort(([a], [b]) => a.localeCompare(b)));
  holidayCache.set(year, sorted);
  return sorted;
}

/** The holiday's German name when `date` (YYYY-MM-DD, local) is a public holiday in Lower Saxony. */
export function holidayName(date: string): string | undefined {
  return lowerSaxonyHolidays(Number(date.slice(0, 4))).get(date);
}
