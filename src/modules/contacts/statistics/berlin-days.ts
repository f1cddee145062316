/**
 * Berlin calendar days as UTC instants, delegating to the one business-time module
 * (src/platform/time/berlin-time.ts). A day is local midnight to the next local
 * midnight: 23 or 25 hours on the days the clocks change.
 */
import { addDays, localDate, startOfLocalDate } from '../../../platform/time/berlin-time.js';

/** The Berlin calendar date (YYYY-MM-DD) of an instant. */
export const berlinYmd = (at: Date) => localDate(at);

/** Local midnight of a Berlin date, as an instant. */
export const berlinDayStart = (ymd: string) => startOfLocalDate(ymd);

export const nextYmd = (ymd: string, days = 1): string => addDays(ymd, days);
