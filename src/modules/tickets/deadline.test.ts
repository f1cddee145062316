import { describe, expect, it } from 'vitest';
import {
  addWorkingTime,
  easterSunday,
  HOUR_MS,
  isWithinServiceHours,
  lowerSaxonyHolidays,
  nextServiceTime,
  workingTimeBetween,
  zonedInstant,
  type WeeklyHours,
  type WorkingCalendar,
} from './deadline.js';

const TZ = 'Europe/Berlin';
const cal = (closing: string[] = []): WorkingCalendar => ({ timeZone: TZ, closingDays: new Set(closing) });
/** A Berlin wall-clock time as an instant. */
const at = (date: string, time: string) => new Date(zonedInstant(date, time, TZ));
const due = (date: string, time: string, calendar = cal(), hours = 24) => addWorkingTime(at(date, time), hours * HOUR_MS, calendar);
const office: WeeklyHours = {
  '1': [{ from: '08:00', to: '18:00' }],
  '2': [{ from: '08:00', to: '18:00' }],
  '3': [{ from: '08:00', to: '18:00' }],
  '4': [{ from: '08:00', to: '18:00' }],
  '5': [{ from: '08:00', to: '18:00' }],
  '6': [],
  '7': [],
};

describe('Lower Saxony public holidays', () => {
  it('computes Easter Sunday for known years', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('lists the ten holidays of 2026 as the official calendar does', () => {
    expect([...lowerSaxonyHolidays(2026).keys()].sort()).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-10-03',
      '2026-10-31',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('has Reformation Day only from 2017 on', () => {
    expect(lowerSaxonyHolidays(2016).has('2016-10-31')).toBe(false);
    expect(lowerSaxonyHolidays(2018).get('2018-10-31')).toBe('Reformationstag');
  });
});

describe('reply deadline: 24 working-day hours, Europe/Berlin', () => {
  it('Monday to Thursday: the same time on the next day', () => {
    expect(due('2026-03-09', '10:15')).toEqual(at('2026-03-10', '10:15'));
    expect(due('2026-03-12', '17:59')).toEqual(at('2026-03-13', '17:59'));
  });

  it('Friday: over the weekend to Monday', () => {
    expect(due('2026-03-13', '10:15')).toEqual(at('2026-03-16', '10:15'));
  });

  it('forwarded on a weekend: counting starts Monday 00:00, due at the end of Monday', () => {
    expect(due('2026-03-14', '11:00')).toEqual(at('2026-03-17', '00:00'));
    expect(due('2026-03-15', '23:59')).toEqual(at('2026-03-17', '00:00'));
  });

  it('Easter: Maundy Thursday runs over Good Friday and Easter Monday to Tuesday', () => {
    // 2026: Good Friday 3 April, Easter Monday 6 April.
    expect(due('2026-04-02', '09:30')).toEqual(at('2026-04-07', '09:30'));
    expect(due('2026-04-03', '09:30')).toEqual(at('2026-04-08', '00:00'));
  });

  it('Ascension Day (Thursday 14 May 2026) is skipped', () => {
    expect(due('2026-05-13', '14:00')).toEqual(at('2026-05-15', '14:00'));
  });

  it('Whit Monday (25 May 2026) is skipped', () => {
    expect(due('2026-05-22', '08:00')).toEqual(at('2026-05-26', '08:00'));
  });

  it('Reformation Day: Friday 30 October 2026 → Monday 2 November (31st is a Saturday anyway)', () => {
    expect(due('2026-10-30', '12:00')).toEqual(at('2026-11-02', '12:00'));
    // 2025: Reformation Day is a Friday.
    expect(due('2025-10-30', '12:00')).toEqual(at('2025-11-03', '12:00'));
  });

  it('Christmas: Wednesday 23 December 2026 → Monday 28th; Christmas Eve counts as a working day', () => {
    expect(due('2026-12-23', '16:00')).toEqual(at('2026-12-24', '16:00'));
    expect(due('2026-12-24', '10:00')).toEqual(at('2026-12-28', '10:00'));
    // 2025: 25/26 Dec are Thursday/Friday.
    expect(due('2025-12-24', '10:00')).toEqual(at('2025-12-29', '10:00'));
  });

  it('New Year: 31 December 2026 → Monday 4 January 2027', () => {
    expect(due('2026-12-31', '11:00')).toEqual(at('2027-01-04', '11:00'));
  });

  it('a tenant closing day is skipped like a holiday', () => {
    expect(due('2026-03-09', '10:00', cal(['2026-03-10']))).toEqual(at('2026-03-11', '10:00'));
  });

  it('DST spring forward (29 March 2026): Friday 10:00 CET → Monday 10:00 CEST, 71 real hours', () => {
    const start = at('2026-03-27', '10:00');
    const end = due('2026-03-27', '10:00');
    expect(end).toEqual(at('2026-03-30', '10:00'));
    expect((+end - +start) / HOUR_MS).toBe(71);
    expect(end.toISOString()).toBe('2026-03-30T08:00:00.000Z');
  });

  it('DST fall back (25 October 2026): Friday 10:00 CEST → Monday 10:00 CET, 73 real hours', () => {
    const start = at('2026-10-23', '10:00');
    const end = due('2026-10-23', '10:00');
    expect(end.toISOString()).toBe('2026-10-26T09:00:00.000Z');
    expect((+end - +start) / HOUR_MS).toBe(73);
  });

  it('other budgets: 48 working hours from Thursday before Easter', () => {
    expect(due('2026-04-02', '09:30', cal(), 48)).toEqual(at('2026-04-08', '09:30'));
  });
});

describe('working time between two instants (pauses and reports)', () => {
  it('counts only working days', () => {
    expect(workingTimeBetween(at('2026-03-13', '10:00'), at('2026-03-16', '10:00'), cal())).toBe(24 * HOUR_MS);
    expect(workingTimeBetween(at('2026-03-14', '10:00'), at('2026-03-15', '10:00'), cal())).toBe(0);
    expect(workingTimeBetween(at('2026-04-02', '12:00'), at('2026-04-07', '12:00'), cal())).toBe(24 * HOUR_MS);
  });

  it('is the inverse of addWorkingTime', () => {
    const start = at('2026-12-22', '13:37');
    const end = addWorkingTime(start, 30 * HOUR_MS, cal());
    expect(workingTimeBetween(start, end, cal())).toBe(30 * HOUR_MS);
  });
});

describe('service hours (reminders never at midnight)', () => {
  it('knows office hours, weekends and holidays', () => {
    expect(isWithinServiceHours(at('2026-03-10', '09:00'), office, cal())).toBe(true);
    expect(isWithinServiceHours(at('2026-03-10', '00:00'), office, cal())).toBe(false);
    expect(isWithinServiceHours(at('2026-03-10', '18:00'), office, cal())).toBe(false);
    expect(isWithinServiceHours(at('2026-03-14', '10:00'), office, cal())).toBe(false);
    expect(isWithinServiceHours(at('2026-05-14', '10:00'), office, cal())).toBe(false);
  });

  it('moves a midnight deadline to 08:00 of the next working day', () => {
    expect(nextServiceTime(at('2026-03-17', '00:00'), office, cal())).toEqual(at('2026-03-17', '08:00'));
    expect(nextServiceTime(at('2026-04-02', '19:00'), office, cal())).toEqual(at('2026-04-07', '08:00'));
    expect(nextServiceTime(at('2026-03-10', '11:00'), office, cal())).toEqual(at('2026-03-10', '11:00'));
  });
});
