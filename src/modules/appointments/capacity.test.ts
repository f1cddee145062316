import { describe, expect, it } from 'vitest';
import { localInstant as berlinInstant, localParts as berlinParts } from '../../platform/time/berlin-time.js';
import { appointmentMinutes, buildWindows, listFreeSlots, seatOrder, type OpeningRule } from './capacity.js';
import { easterSunday, lowerSaxonyHolidays } from './holidays.js';

const rule = (weekday: number, opens = '08:00', closes = '12:00', seats = 3, callcenterSeats = 2, onlineSeats = 1): OpeningRule => ({
  weekday,
  opens,
  closes,
  seats,
  callcenterSeats,
  onlineSeats,
  validFrom: null,
  validUntil: null,
});

describe('Lower Saxony holidays', () => {
  it('matches the official 2026 list, Reformation Day included', () => {
    expect([...lowerSaxonyHolidays(2026).keys()]).toEqual([
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
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2024)).toBe('2024-03-31');
  });
});

describe('Berlin wall-clock time', () => {
  it('turns local opening times into instants across the summer-time switch', () => {
    expect(berlinInstant('2026-03-27', '08:00').toISOString()).toBe('2026-03-27T07:00:00.000Z');
    expect(berlinInstant('2026-03-30', '08:00').toISOString()).toBe('2026-03-30T06:00:00.000Z');
    expect(berlinInstant('2026-10-26', '08:00').toISOString()).toBe('2026-10-26T07:00:00.000Z');
    expect(berlinParts(new Date('2026-07-01T22:30:00Z'))).toMatchObject({ date: '2026-07-02', time: '00:30', weekday: 4 });
  });
});

describe('capacity', () => {
  it('opens on weekdays by rule, closes on holidays and on exception days, and honours special hours', () => {
    const windows = buildWindows(
      [rule(1), rule(5)],
      [
        { day: '2026-04-13', closed: true, opens: null, closes: null, seats: null, callcenterSeats: null, onlineSeats: null },
        { day: '2026-04-18', closed: false, opens: '09:00', closes: '11:00', seats: 2, callcenterSeats: null, onlineSeats: null },
      ],
      '2026-04-03',
      '2026-04-20',
    );
    // 04-03 Good Friday and 04-06 Easter Monday closed, 04-13 closed by exception, 04-18 (Saturday) special opening.
    expect(windows.map((w) => berlinParts(w.start).date)).toEqual(['2026-04-10', '2026-04-17', '2026-04-18', '2026-04-20']);
    expect(windows[2]!.seats).toBe(2);
  });

  it('adds up several services and rounds up to the grid', () => {
    expect(appointmentMinutes([15, 10 * 2], 15)).toBe(45);
    expect(appointmentMinutes([5], 15)).toBe(15);
  });

  it('gives online the low seats and the call center the high ones first (nested contingents)', () => {
    const w = { start: new Date(0), end: new Date(3_600_000), seats: 4, callcenterSeats: 3, onlineSeats: 2 };
    expect(seatOrder('online', w)).toEqual([1, 2]);
    expect(seatOrder('callcenter', w)).toEqual([3, 2, 1]);
    expect(seatOrder('internal', w)).toEqual([4, 3, 2, 1]);
  });

  it('lists only starts where a seat of the channel is free for the whole length', () => {
    const [w] = buildWindows([rule(1, '08:00', '09:00', 1, 1, 1)], [], '2026-04-20', '2026-04-20');
    const at = (t: string) => berlinInstant('2026-04-20', t);
    const slots = listFreeSlots({
      windows: [w!],
      claims: [{ seat: 1, start: at('08:15'), end: at('08:30') }],
      durationMinutes: 30,
      slotMinutes: 15,
      channel: 'online',
      notBefore: at('07:00'),
      notAfter: at('20:00'),
    });
    expect(slots.map((s) => berlinParts(s.start).time)).toEqual(['08:30']);
  });
});
