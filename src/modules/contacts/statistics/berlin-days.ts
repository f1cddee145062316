/**
 * Berlin calendar days as UTC instants (until src/platform/time/berlin-time.ts lands;
 * then these delegate to it). A day is local midnight to the next local midnight:
 * 23 or 25 hours on the days the clocks change.
 */
import { startOfBerlinDay } from '../wallboard/metrics.js';

const ymdFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Berlin calendar date (YYYY-MM-DD) of an instant. */
export const berlinYmd = (at: Date) => ymdFormat.format(at);

/** Local midnight of a Berlin date, as an instant (noon UTC always lies on the same Berlin date). */
export const berlinDayStart = (ymd: string) => startOfBerlinDay(new Date(`${ymd}T12:00:00Z`));

export function nextYmd(ymd: string, days = 1): string {
  const d = new Date(`${ymd}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
