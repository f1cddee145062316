/**
 * Wall-clock time in Europe/Berlin <-> instants. Offices open "at 08:00 local
 * time" whatever the season, so opening hours are stored as local times and turned
 * into instants per day, honouring the switch to and from summer time.
 */
export const OFFICE_TIME_ZONE = 'Europe/Berlin';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: OFFICE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  weekday: 'short',
});

interface BerlinParts {
  date: string;
  time: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
}

const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export function berlinParts(instant: Date): BerlinParts {
  const p = Object.fromEntries(partsFormat.formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, weekday: weekdays[p.weekday!]! };
}

/** Offset of Berlin from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const p = Object.fromEntries(partsFormat.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

const instantCache = new Map<string, number>();

/** The instant at which Berlin's clocks show `date` (YYYY-MM-DD) and `time` (HH:MM). Memoised: slot searches ask for the same days again and again. */
export function berlinInstant(date: string, time: string): Date {
  const key = `${date}T${time}`;
  const cached = instantCache.get(key);
  if (cached !== undefined) return new Date(cached);
  const instant = computeBerlinInstant(date, time);
  if (instantCache.size > 50_000) instantCache.clear();
  instantCache.set(key, instant.getTime());
  return instant;
}

function computeBerlinInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  // Two passes: the offset at the guessed instant, then at the corrected one (DST edges).
  let guess = naive - offsetMinutes(new Date(naive)) * 60_000;
  guess = naive - offsetMinutes(new Date(guess)) * 60_000;
  return new Date(guess);
}

/** ISO weekday (1 = Monday) of a calendar date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today's date in Berlin. */
export const berlinToday = (now = new Date()) => berlinParts(now).date;

/** "Dienstag, 3. März 2026, 09:15 Uhr" for mails and pages. */
export function formatBerlin(instant: Date): string {
  const date = new Intl.DateTimeFormat('de-DE', {
    timeZone: OFFICE_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(instant);
  return `${date}, ${berlinParts(instant).time} Uhr`;
}
