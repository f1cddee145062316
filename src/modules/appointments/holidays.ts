/**
 * Offices are closed on Lower Saxony's public holidays; the computation is shared
 * with the second level's working-day calendar.
 */
export { easterSunday, holidayName, lowerSaxonyHolidays } from '../../platform/calendar/lower-saxony-holidays.js';
