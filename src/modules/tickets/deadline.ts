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
/** A safety bound: no deadline lies more than this many local days ahead. */
const MAX_DAYS = 800;

import { holidayName } from '../../platform/calendar/lower-saxony-holidays.js';
import { isoWeekday, localDate, localInstant, nextDate } from '../../platform/time/berlin-time.js';

// --- calendar days and wall-clock time: the one business-time module ------------------

export { isoWeekday, localDate, localTime, nextDate } from '../../platform/time/berlin-time.js';

// --- holidays -----------------------------------------------------------------

export { easterSunday, holidayName, lowerSaxonyHolidays } from '../../platform/calendar/lower-saxony-holidays.js';

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  return isoWeekday(date) <= 5 && !holidayName(date) && !calendar.closingDays.has(date);
}

// --- time zone (platform/time/berlin-time.ts) ----------------------------------------

/**
 * The instant (epoch ms) of a local wall-clock time. A time in the spring-forward
 * gap moves forward by the gap; an ambiguous autumn time is its first occurrence.
 */
export const zonedInstant = (date: string, time: string, timeZone: string): number => +localInstant(date, time, timeZone);

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
