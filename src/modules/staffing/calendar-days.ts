/**
 * Calendar facts the forecast needs, on Berlin calendar dates ('YYYY-MM-DD'): weekday, Lower Saxony
 * public holidays (src/platform/calendar), bridge days and the "first working day of the week" that
 * carries the Monday peak (also a Tuesday after Easter Monday or Whit Monday).
 */
import { holidayName } from '../../platform/calendar/lower-saxony-holidays.js';
import { addDays, isoWeekday } from '../../platform/time/berlin-time.js';

// Calendar-date arithmetic is the platform's (one time implementation); re-exported for the forecast.
export { addDays, daysBetween, isoWeekday } from '../../platform/time/berlin-time.js';

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
