/**
 * Calendar facts the forecast needs, on Berlin calendar dates ('YYYY-MM-DD'): weekday, Lower Saxony
 * public holidays (src/platform/calendar), bridge days and the "first working day of the week" that
 * carries the Monday peak (also a Tuesday after Easter Monday or Whit Monday).
 */
import { holidayName } from '../../platform/calendar/lower-saxony-holidays.js';

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T12:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);

export const isHoliday = (date: string): boolean => holidayName(date) !== undefined;

/** Mon–Fri and no public holiday. */
export const isWorkingDay = (date: string): boolean => isoWeekday(date) <= 5 && !isHoliday(date);

/** A working day squeezed between a holiday and the weekend (e.g. the Friday after Ascension). */
export function isBridgeDay(date: string): boolean {
  if (!isWorkingDay(date)) return false;
  const before = addDays(date, -1);
  const after = addDays(date, 1);
  return (isHoliday(before) && !isWorkingDay(after)) || (isHoliday(after) && !isWorkingDay(before));
}

/**
 * The day class of the weekday profile: 1 for the first working day after a closed day (the Monday
 * peak: callers catch up), otherwise the ISO weekday 2–5.
 */
export function dayClass(date: string): number {
  return isWorkingDay(addDays(date, -1)) ? isoWeekday(date) : 1;
}
