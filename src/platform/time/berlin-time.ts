import { tzOffset } from '@date-fns/tz';
import { getISOWeek, getISOWeekYear } from 'date-fns';

/**
 * The one business calendar and clock-face module: local calendar days and
 * wall-clock times in the business time zone (config TZ_BUSINESS, default
 * Europe/Berlin) <-> instants, DST-correct. Offices open "at 08:00 local time"
 * whatever the season, the second level's working day runs from local midnight
 * to midnight, the wallboard's "today" starts at local midnight: all of it is
 * computed here, nowhere else (decision 0061).
 *
 * Calendar days are `YYYY-MM-DD` strings and wall-clock times `HH:MM` strings
 * (what the database and the API carry); instants are `Date`s. "Now" is never
 * read here: callers pass the instant from their Clock. Zone offsets come from
 * `@date-fns/tz` (the platform's IANA data through Intl); public holidays live in
 * `platform/calendar/lower-saxony-holidays.ts`.
 *
 * Wall-clock times that do not exist or exist twice (the switch to and from
 * summer time) resolve as RFC 5545 and Temporal's "compatible" mode do:
 * - a time in the spring-forward gap (02:30 on the last Sunday of March) is
 *   moved forward by the gap: 03:30 summer time;
 * - a time in the autumn overlap (02:30 on the last Sunday of October) is its
 *   first occurrence: 02:30 summer time (00:30 UTC), not 02:30 winter time.
 */

export const DEFAULT_BUSINESS_TIME_ZONE = 'Europe/Berlin';

let businessZone = DEFAULT_BUSINESS_TIME_ZONE;

/** Whether `zone` is an IANA time zone this runtime knows (config validation). */
export function isValidTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Sets the business time zone once at start (from config TZ_BUSINESS). */
export function configureBusinessTimeZone(zone: string): void {
  if (!isValidTimeZone(zone)) throw new Error(`Unbekannte Zeitzone: ${zone}`);
  businessZone = zone;
  instantCache.clear();
}

/** The business time zone every function here uses unless given another. */
export const businessTimeZone = (): string => businessZone;

// --- calendar days (YYYY-MM-DD), no time zone involved --------------------------------

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

function parseDate(date: string): [number, number, number] {
  const match = DATE.exec(date);
  if (!match) throw new Error(`invalid calendar date "${date}" (YYYY-MM-DD)`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function parseTime(time: string): [number, number, number] {
  const match = TIME.exec(time);
  if (!match) throw new Error(`invalid wall-clock time "${time}" (HH:MM)`);
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

const utcDay = (date: string) => {
  const [y, m, d] = parseDate(date);
  return Date.UTC(y, m - 1, d);
};
const dateOfUtcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `date` plus `days` calendar days (negative: back). */
export const addDays = (date: string, days: number): string => dateOfUtcDay(utcDay(date) + days * DAY_MS);

/** The calendar day after `date`. */
export const nextDate = (date: string): string => addDays(date, 1);

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((utcDay(to) - utcDay(from)) / DAY_MS);

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const w = new Date(utcDay(date)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week of a calendar day: the week's year (may differ at New Year) and number 1–53. */
export function isoWeek(date: string): { year: number; week: number } {
  const [y, m, d] = parseDate(date);
  const local = new Date(y, m - 1, d, 12); // date-fns counts weeks on the runtime's calendar day
  return { year: getISOWeekYear(local), week: getISOWeek(local) };
}

// --- instants <-> local wall clock --------------------------------------------------------

/** Offset of local time from UTC at `instant`, in minutes (Berlin: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date | number, timeZone = businessZone): number {
  return tzOffset(timeZone, new Date(+instant));
}

export interface LocalParts {
  /** Local calendar day, YYYY-MM-DD. */
  date: string;
  /** Local wall-clock time, HH:MM. */
  time: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

/** Calendar day, wall-clock time and weekday of an instant in the zone. */
export function localParts(instant: Date | number, timeZone = businessZone): LocalParts {
  const ms = +instant;
  const shifted = new Date(ms + offsetMinutes(ms, timeZone) * 60_000);
  const hour = shifted.getUTCHours();
  const minute = shifted.getUTCMinutes();
  const w = shifted.getUTCDay();
  return {
    date: shifted.toISOString().slice(0, 10),
    time: `${pad(hour)}:${pad(minute)}`,
    weekday: w === 0 ? 7 : w,
    hour,
    minute,
    second: shifted.getUTCSeconds(),
  };
}

/** The local calendar day of an instant. */
export const localDate = (instant: Date | number, timeZone = businessZone): string => localParts(instant, timeZone).date;

/** Local "HH:MM" of an instant. */
export const localTime = (instant: Date | number, timeZone = businessZone): string => localParts(instant, timeZone).time;

const instantCache = new Map<string, number>();

/**
 * The instant at which the zone's clocks show `date` and `time` (gap: moved
 * forward; overlap: first occurrence; see the module comment). Memoised: slot
 * searches ask for the same days and times again and again.
 */
export function localInstant(date: string, time: string, timeZone = businessZone): Date {
  const key = `${timeZone} ${date}T${time}`;
  const cached = instantCache.get(key);
  if (cached !== undefined) return new Date(cached);
  const instant = computeLocalInstant(date, time, timeZone);
  if (instantCache.size > 50_000) instantCache.clear();
  instantCache.set(key, instant);
  return new Date(instant);
}

function computeLocalInstant(date: string, time: string, timeZone: string): number {
  const [y, m, d] = parseDate(date);
  const [hh, mm, ss] = parseTime(time);
  if (hh > 24 || mm > 59 || ss > 59 || (hh === 24 && (mm > 0 || ss > 0))) throw new Error(`invalid wall-clock time "${time}"`);
  const wall = Date.UTC(y, m - 1, d, hh, mm, ss);
  // A zone changes its offset at most once around any day: the offsets a day before
  // and a day after are the only candidates.
  const before = offsetMinutes(wall - DAY_MS, timeZone);
  const after = offsetMinutes(wall + DAY_MS, timeZone);
  const candidates = [wall - before * 60_000, wall - after * 60_000]
    .filter((c) => c + offsetMinutes(c, timeZone) * 60_000 === wall)
    .sort((a, b) => a - b);
  // Overlap: two candidates, take the first occurrence. Gap: none, use the offset before the gap.
  return candidates[0] ?? wall - before * 60_000;
}

/** Local midnight starting the calendar day `date`. */
export const startOfLocalDate = (date: string, timeZone = businessZone): Date => localInstant(date, '00:00', timeZone);

/** Local midnight of the calendar day containing `instant` (the wallboard's "today" starts here). */
export const startOfLocalDay = (instant: Date | number, timeZone = businessZone): Date =>
  startOfLocalDate(localDate(instant, timeZone), timeZone);

/** Length of a local calendar day in hours (23 on the spring switch, 25 on the autumn one). */
export const hoursInLocalDate = (date: string, timeZone = businessZone): number =>
  (+startOfLocalDate(nextDate(date), timeZone) - +startOfLocalDate(date, timeZone)) / 3_600_000;

// --- German presentation ----------------------------------------------------------------------

const germanDate = new Map<string, Intl.DateTimeFormat>();

/** "Dienstag, 3. März 2026, 09:15 Uhr" for mails and pages. */
export function formatLocalGerman(instant: Date, timeZone = businessZone): string {
  let format = germanDate.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('de-DE', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    germanDate.set(timeZone, format);
  }
  return `${format.format(instant)}, ${localTime(instant, timeZone)} Uhr`;
}
