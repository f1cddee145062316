import { holidayName } from '../../platform/calendar/lower-saxony-holidays.js';
import { addDays, isoWeekday, localInstant, localParts } from '../../platform/time/berlin-time.js';

export type WeeklyHours = Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', { from: string; to: string }[]>;

export interface Availability {
  /** People answer now (within the service hours of the agreement, not on a Lower Saxony public holiday). */
  open: boolean;
  /** When people are back (the next start of a service-hour interval), null when none in the next 14 days. */
  nextOpen: { date: string; time: string; weekday: number } | null;
}

/** Whether the center's people are at work at `now` under the service hours, and when they are back. */
export function availabilityAt(now: Date, hours: WeeklyHours): Availability {
  const here = localParts(now);
  const intervalsOn = (date: string) => (holidayName(date) ? [] : (hours[String(isoWeekday(date)) as keyof WeeklyHours] ?? []));
  const open = intervalsOn(here.date).some((i) => i.from <= here.time && here.time < i.to);
  if (open) return { open, nextOpen: null };
  for (let d = 0; d <= 14; d++) {
    const date = addDays(here.date, d);
    const next = [...intervalsOn(date)].sort((a, b) => a.from.localeCompare(b.from)).find((i) => d > 0 || i.from > here.time);
    if (next) {
      const at = localParts(localInstant(date, next.from));
      return { open, nextOpen: { date, time: at.time, weekday: isoWeekday(date) } };
    }
  }
  return { open, nextOpen: null };
}
