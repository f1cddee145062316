/**
 * Public holidays of Lower Saxony (Niedersachsen), computed, so that offices are
 * closed on them without anyone keeping a list. Kept inside the appointments
 * module on purpose (no coupling to the tickets working-day calendar).
 */

/** Easter Sunday (Gregorian), by the anonymous Gauss/Meeus algorithm. */
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
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function shift(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Date -> German name of every public holiday in Lower Saxony in `year`. */
export function lowerSaxonyHolidays(year: number): Map<string, string> {
  const easter = easterSunday(year);
  const list: [string, string][] = [
    [`${year}-01-01`, 'Neujahr'],
    [shift(easter, -2), 'Karfreitag'],
    [shift(easter, 1), 'Ostermontag'],
    [`${year}-05-01`, 'Tag der Arbeit'],
    [shift(easter, 39), 'Christi Himmelfahrt'],
    [shift(easter, 50), 'Pfingstmontag'],
    [`${year}-10-03`, 'Tag der Deutschen Einheit'],
    // Reformation Day has been a public holiday in Lower Saxony since 2018.
    ...(year >= 2018 ? ([[`${year}-10-31`, 'Reformationstag']] as [string, string][]) : []),
    [`${year}-12-25`, '1. Weihnachtstag'],
    [`${year}-12-26`, '2. Weihnachtstag'],
  ];
  return new Map(list.sort(([a], [b]) => a.localeCompare(b)));
}

const cache = new Map<number, Map<string, string>>();

/** The holiday's name when `date` (YYYY-MM-DD) is a public holiday in Lower Saxony. */
export function holidayName(date: string): string | undefined {
  const year = Number(date.slice(0, 4));
  let holidays = cache.get(year);
  if (!holidays) cache.set(year, (holidays = lowerSaxonyHolidays(year)));
  return holidays.get(date);
}
