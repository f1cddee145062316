/**
 * The working-day calendar of the second level, as pure functions (no database,
 * no clock): Lower Saxony's public holidays, a tenant's closing days, weekends,
 * all in the business time zone (Europe/Berlin, DST-correct).
 *
 * The rule (docs/deadline-rule.md): working time is every instant of a working
 * day, 00:00 to 24:00 local time; a working day is Monday to Friday, not a public
 * holiday in Lower Saxony and not a closing day of the tenant. The reply deadline
 * is the instant at which the promised number of working hours (24 by default)
 * has elapsed since forwarding, not counting pauses.
 */

export interface WorkingCalendar {
  /** IANA zone, e.g. Europe/Berlin. */
  timeZone: string;
  /** Tenant closing days (YYYY-MM-DD, local dates). */
  closingDays: ReadonlySet<string>;
}

/** Service hours per ISO weekday (1 = Monday … 7 = Sunday), local "HH:MM". */
export type WeeklyHours = Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', { from: string; to: string }[]>;

export const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** A safety bound: no deadline lies more than this many local days ahead. */
const MAX_DAYS = 800;

import { holidayName } from '../../platform/calendar/lower-saxony-holidays.js';

// --- dates as local calendar days (YYYY-MM-DD strings) -------------------------

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function parseDate(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** The calendar day after `date`. */
export function nextDate(date: string): string {
  const [y, m, d] = parseDate(date);
  const t = new Date(Date.UTC(y, m - 1, d) + DAY_MS);
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = parseDate(date);
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return w === 0 ? 7 : w;
}

// --- holidays -----------------------------------------------------------------

export { easterSunday, holidayName, lowerSaxonyHolidays } from '../../platform/calendar/lower-saxony-holidays.js';

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  return isoWeekday(date) <= 5 && !holidayName(date) && !calendar.closingDays.has(date);
}

// --- time zone ------------------------------------------------------------------

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function localParts(instant: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return parts as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** Offset of local time from UTC at an instant, in ms (Berlin: +1 h in winter, +2 h in summer). */
function offsetAt(instant: number, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The local calendar day of an instant. */
export function localDate(instant: Date | number, timeZone: string): string {
  const p = localParts(+instant, timeZone);
  return ymd(p.year, p.month, p.day);
}

/** Local "HH:MM" of an instant. */
export function localTime(instant: Date | number, timeZone: string): string {
  const p = localParts(+instant, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * The instant of a local wall-clock time. Times inside the spring-forward gap
 * (02:00–03:00 on the last Sunday of March) resolve to the later offset.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  const [y, m, d] = parseDate(date);
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  return second;
}

const startOfDay = (date: string, timeZone: string) => zonedInstant(date, '00:00', timeZone);

// --- working time -----------------------------------------------------------------

/**
 * The instant at which `durationMs` of working time has elapsed after `start`.
 * Time on non-working days is skipped; a start on a non-working day begins
 * counting at 00:00 of the next working day.
 */
export function addWorkingTime(start: Date, durationMs: number, calendar: WorkingCalendar): Date {
  let remaining = Math.max(0, durationMs);
  let date = localDate(start, calendar.timeZone);
  let from = +start;
  for (let i = 0; i < MAX_DAYS; i++) {
    const next = nextDate(date);
    const dayEnd = startOfDay(next, calendar.timeZone);
    if (isWorkingDay(date, calendar)) {
      const available = dayEnd - from;
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
    }
    date = next;
    from = dayEnd;
  }
  throw new Error('deadline lies beyond the calendar horizon');
}

/** Working time between two instants (0 when `to` is not after `from`). */
export function workingTimeBetween(from: Date, to: Date, calendar: WorkingCalendar): number {
  if (+to <= +from) return 0;
  let total = 0;
  let date = localDate(from, calendar.timeZone);
  let cursor = +from;
  for (let i = 0; i < MAX_DAYS * 4 && cursor < +to; i++) {
    const next = nextDate(date);
    const dayEnd = startOfDay(next, calendar.timeZone);
    if (isWorkingDay(date, calendar)) total += Math.min(dayEnd, +to) - cursor;
    date = next;
    cursor = dayEnd;
  }
  return total;
}

// --- service hours (when reminders may go out) ----------------------------------------

/** Whether `instant` lies inside the service hours of a working day. */
export function isWithinServiceHours(instant: Date, hours: WeeklyHours, calendar: WorkingCalendar): boolean {
  const date = localDate(instant, calendar.timeZone);
  if (!isWorkingDay(date, calendar)) return false;
  const key = String(isoWeekday(date)) as keyof WeeklyHours;
  return hours[key].some(
    (i) => +instant >= zonedInstant(date, i.from, calendar.timeZone) && +instant < zonedInstant(date, i.to, calendar.timeZone),
  );
}

/** `instant` itself when inside service hours, else the start of the next service-hours interval; null if none within the horizon. */
export function nextServiceTime(instant: Date, hours: WeeklyHours, calendar: WorkingCalendar): Date | null {
  if (isWithinServiceHours(instant, hours, calendar)) return instant;
  let date = localDate(instant, calendar.timeZone);
  for (let i = 0; i < 60; i++) {
    if (isWorkingDay(date, calendar)) {
      const key = String(isoWeekday(date)) as keyof WeeklyHours;
      const starts = hours[key].map((iv) => zonedInstant(date, iv.from, calendar.timeZone)).sort((a, b) => a - b);
      const start = starts.find((s) => s > +instant);
      if (start !== undefined) return new Date(start);
    }
    date = nextDate(date);
  }
  return null;
}
