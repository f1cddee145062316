import { describe, expect, it } from 'vitest';
import { HOUR_MS, type WorkingCalendar } from './deadline.js';
import { consumedAt, isReminderDue, pauseClock, resumeClock, startClock, stopClock, type ClockState } from './sla-clock.js';

// Instants written with their Berlin offset: +01:00 in winter, +02:00 in summer (DST from 29 March 2026).
const at = (iso: string) => new Date(iso);
const cal = (closingDays: string[] = []): WorkingCalendar => ({ timeZone: 'Europe/Berlin', closingDays: new Set(closingDays) });
const MIN = 60_000;

describe('SLA clock of a forwarded request', () => {
  it('runs 24 working hours from forwarding: Monday 10:15 is due Tuesday 10:15', () => {
    const clock = startClock(at('2026-03-02T10:15:00+01:00'), 24, cal());
    expect(clock).toEqual({
      budgetHours: 24,
      slaConsumedMs: 0,
      slaRunningSince: at('2026-03-02T10:15:00+01:00'),
      dueAt: at('2026-03-03T10:15:00+01:00'),
    });
    expect(consumedAt(clock, at('2026-03-02T16:15:00+01:00'), cal())).toBe(6 * HOUR_MS);
  });

  it("does not count weekends, public holidays or the tenant's closing days", () => {
    const friday = startClock(at('2026-03-06T10:15:00+01:00'), 24, cal());
    expect(friday.dueAt).toEqual(at('2026-03-09T10:15:00+01:00'));
    expect(consumedAt(friday, at('2026-03-08T12:00:00+01:00'), cal())).toBe(13 * HOUR_MS + 45 * MIN);
    // Maundy Thursday 2026: Good Friday and Easter Monday are holidays in Lower Saxony.
    expect(startClock(at('2026-04-02T09:30:00+02:00'), 24, cal()).dueAt).toEqual(at('2026-04-07T09:30:00+02:00'));
    expect(startClock(at('2026-04-02T09:30:00+02:00'), 24, cal(['2026-04-07'])).dueAt).toEqual(at('2026-04-08T09:30:00+02:00'));
  });

  it('keeps the local wall-clock time across the DST switch (71 real hours over that weekend)', () => {
    const clock = startClock(at('2026-03-27T10:15:00+01:00'), 24, cal());
    expect(clock.dueAt).toEqual(at('2026-03-30T10:15:00+02:00'));
    expect(+clock.dueAt! - +at('2026-03-27T10:15:00+01:00')).toBe(71 * HOUR_MS);
  });

  it('stands still while waiting for the citizen and runs the rest of the budget after the reply', () => {
    const started = startClock(at('2026-03-02T10:15:00+01:00'), 24, cal());
    const paused = pauseClock(started, at('2026-03-02T16:15:00+01:00'), cal());
    expect(paused).toEqual({ slaConsumedMs: 6 * HOUR_MS, slaRunningSince: null, dueAt: null });
    const waiting: ClockState = { ...started, ...paused };
    expect(consumedAt(waiting, at('2026-03-20T12:00:00+01:00'), cal())).toBe(6 * HOUR_MS);
    expect(isReminderDue(waiting, at('2026-03-03T09:00:00+01:00'), cal())).toBe(false);
    const resumed = resumeClock(waiting, at('2026-03-04T09:00:00+01:00'), cal());
    expect(resumed).toEqual({ slaRunningSince: at('2026-03-04T09:00:00+01:00'), dueAt: at('2026-03-05T03:00:00+01:00') });
    const running: ClockState = { ...waiting, ...resumed };
    expect(consumedAt(running, at('2026-03-04T12:00:00+01:00'), cal())).toBe(9 * HOUR_MS);
  });

  it('keeps an overrun budget overrun: a reply after the deadline makes the request due at once', () => {
    const overrun: ClockState = { budgetHours: 24, slaConsumedMs: 30 * HOUR_MS, slaRunningSince: null, dueAt: null };
    expect(resumeClock(overrun, at('2026-03-04T09:00:00+01:00'), cal()).dueAt).toEqual(at('2026-03-04T09:00:00+01:00'));
    // On a Saturday "at once" is the start of the next working day's counting: due at its 00:00.
    expect(resumeClock(overrun, at('2026-03-07T12:00:00+01:00'), cal()).dueAt).toEqual(at('2026-03-09T00:00:00+01:00'));
  });

  it('stops on the answer: consumed time kept, the deadline in force untouched for on-time reporting', () => {
    const started = startClock(at('2026-03-02T10:15:00+01:00'), 24, cal());
    const stopped = stopClock(started, at('2026-03-03T09:15:00+01:00'), cal());
    expect(stopped).toEqual({ slaConsumedMs: 23 * HOUR_MS, slaRunningSince: null });
    expect('dueAt' in stopped).toBe(false);
    const done: ClockState = { ...started, ...stopped };
    expect(consumedAt(done, at('2026-03-10T09:15:00+01:00'), cal())).toBe(23 * HOUR_MS);
  });

  it('asks for a reminder once at most a quarter of the budget is left, and not after the deadline', () => {
    const clock = startClock(at('2026-03-02T10:15:00+01:00'), 24, cal());
    expect(isReminderDue(clock, at('2026-03-03T04:14:00+01:00'), cal())).toBe(false);
    expect(isReminderDue(clock, at('2026-03-03T04:15:00+01:00'), cal())).toBe(true);
    expect(isReminderDue(clock, at('2026-03-03T10:14:00+01:00'), cal())).toBe(true);
    expect(isReminderDue(clock, at('2026-03-03T10:15:00+01:00'), cal())).toBe(false);
    // Friday 10:15 → due Monday 10:15: the weekend is no working time, so Saturday is not "6 hours before".
    const friday = startClock(at('2026-03-06T10:15:00+01:00'), 24, cal());
    expect(isReminderDue(friday, at('2026-03-07T12:00:00+01:00'), cal())).toBe(false);
    expect(isReminderDue(friday, at('2026-03-09T04:15:00+01:00'), cal())).toBe(true);
  });

  it('refuses a budget that is not a positive number of hours, an invalid instant and an unknown time zone', () => {
    const monday = at('2026-03-02T10:15:00+01:00');
    expect(() => startClock(monday, 0, cal())).toThrow(RangeError);
    expect(() => startClock(monday, -5, cal())).toThrow(RangeError);
    expect(() => startClock(monday, Number.NaN, cal())).toThrow(RangeError);
    expect(() => startClock(new Date('kein Datum'), 24, cal())).toThrow(RangeError);
    expect(() => startClock(monday, 24, { timeZone: 'Mars/Olympus', closingDays: new Set() })).toThrow(RangeError);
  });
});
