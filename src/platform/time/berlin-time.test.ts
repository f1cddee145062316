import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  businessTimeZone,
  configureBusinessTimeZone,
  daysBetween,
  DEFAULT_BUSINESS_TIME_ZONE,
  formatLocalGerman,
  hoursInLocalDate,
  isoWeek,
  isoWeekday,
  isValidTimeZone,
  localDate,
  localInstant,
  localParts,
  localTime,
  nextDate,
  offsetMinutes,
  startOfLocalDate,
  startOfLocalDay,
} from './berlin-time.js';

const iso = (d: Date) => d.toISOString();
afterEach(() => configureBusinessTimeZone(DEFAULT_BUSINESS_TIME_ZONE));

describe('instants to Berlin wall-clock time', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(60);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'))).toBe(120);
    expect(localParts(new Date('2026-01-15T12:00:00Z'))).toMatchObject({ date: '2026-01-15', time: '13:00', weekday: 4 });
    expect(localParts(new Date('2026-07-15T12:00:00Z'))).toMatchObject({ date: '2026-07-15', time: '14:00', weekday: 3 });
  });

  it('switches to summer time at 01:00 UTC on the last Sunday of March (02:00 → 03:00)', () => {
    expect(localTime(new Date('2026-03-29T00:59:00Z'))).toBe('01:59');
    expect(localTime(new Date('2026-03-29T01:00:00Z'))).toBe('03:00');
    expect(hoursInLocalDate('2026-03-29')).toBe(23);
  });

  it('switches back at 01:00 UTC on the last Sunday of October (03:00 → 02:00)', () => {
    expect(localTime(new Date('2026-10-25T00:30:00Z'))).toBe('02:30');
    expect(localTime(new Date('2026-10-25T01:30:00Z'))).toBe('02:30');
    expect(localTime(new Date('2026-10-25T02:00:00Z'))).toBe('03:00');
    expect(hoursInLocalDate('2026-10-25')).toBe(25);
    expect(hoursInLocalDate('2026-10-26')).toBe(24);
  });

  it('puts the hours around midnight on the right local day', () => {
    // 23:30 UTC is already the next day in Berlin, winter and summer.
    expect(localDate(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-15');
    expect(localDate(new Date('2026-01-14T22:59:59Z'))).toBe('2026-01-14');
    expect(localDate(new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
    expect(localDate(new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
    // New Year's Eve 23:55 in Berlin is still the old year.
    expect(localParts(new Date('2026-12-31T22:55:00Z'))).toMatchObject({ date: '2026-12-31', time: '23:55', weekday: 4 });
    expect(localParts(new Date('2026-12-31T23:05:00Z'))).toMatchObject({ date: '2027-01-01', time: '00:05', weekday: 5 });
  });
});

describe('local wall-clock time to instant', () => {
  it('gives the instant of an ordinary local time, winter and summer', () => {
    expect(iso(localInstant('2026-01-15', '08:00'))).toBe('2026-01-15T07:00:00.000Z');
    expect(iso(localInstant('2026-07-15', '08:00'))).toBe('2026-07-15T06:00:00.000Z');
    expect(iso(localInstant('2026-03-29', '01:59'))).toBe('2026-03-29T00:59:00.000Z');
    expect(iso(localInstant('2026-03-29', '03:00'))).toBe('2026-03-29T01:00:00.000Z');
  });

  it('moves a nonexistent time (spring gap) forward by the gap: 02:30 is 03:30 summer time', () => {
    expect(iso(localInstant('2026-03-29', '02:00'))).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(localInstant('2026-03-29', '02:30'))).toBe('2026-03-29T01:30:00.000Z');
    expect(localTime(localInstant('2026-03-29', '02:30'))).toBe('03:30');
  });

  it('takes the first occurrence of an ambiguous time (autumn overlap): 02:30 summer time', () => {
    expect(iso(localInstant('2026-10-25', '02:30'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(localInstant('2026-10-25', '01:59'))).toBe('2026-10-24T23:59:00.000Z');
    expect(iso(localInstant('2026-10-25', '03:00'))).toBe('2026-10-25T02:00:00.000Z');
  });

  it('round-trips every quarter hour of both switch days', () => {
    for (const date of ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const instant = localInstant(date, time);
        const back = localParts(instant);
        if (date.endsWith('03-29') || date.endsWith('03-28')) {
          if (time >= '02:00' && time < '03:00') continue; // the gap, tested above
        }
        expect(`${back.date} ${back.time}`).toBe(`${date} ${time}`);
      }
    }
  });

  it('midnight starts the local day; 24:00 is the next midnight', () => {
    expect(iso(startOfLocalDate('2026-03-29'))).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(startOfLocalDate('2026-03-30'))).toBe('2026-03-29T22:00:00.000Z');
    expect(iso(startOfLocalDate('2026-10-25'))).toBe('2026-10-24T22:00:00.000Z');
    expect(iso(startOfLocalDate('2026-10-26'))).toBe('2026-10-25T23:00:00.000Z');
    expect(iso(localInstant('2026-01-15', '24:00'))).toBe(iso(startOfLocalDate('2026-01-16')));
    expect(iso(startOfLocalDay(new Date('2026-07-14T23:30:00Z')))).toBe('2026-07-14T22:00:00.000Z');
    expect(iso(startOfLocalDay(new Date('2026-03-29T10:00:00Z')))).toBe('2026-03-28T23:00:00.000Z');
  });

  it('refuses malformed dates and times instead of guessing', () => {
    expect(() => localInstant('2026-3-1', '08:00')).toThrow(/YYYY-MM-DD/);
    expect(() => localInstant('2026-03-01', '8:00')).toThrow(/HH:MM/);
    expect(() => localInstant('2026-03-01', '25:00')).toThrow(/invalid/);
  });
});

describe('calendar days', () => {
  it('adds days across month, year and leap day', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(nextDate('2026-03-28')).toBe('2026-03-29');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-26', '2026-10-24')).toBe(-2);
  });

  it('knows ISO weekdays and ISO weeks, also at the turn of the year', () => {
    expect(isoWeekday('2026-12-02')).toBe(3);
    expect(isoWeekday('2026-03-29')).toBe(7);
    expect(isoWeek('2026-12-02')).toEqual({ year: 2026, week: 49 });
    expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1 });
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeek('2021-01-03')).toEqual({ year: 2020, week: 53 });
  });
});

describe('German presentation', () => {
  it('formats an instant as Berlin time', () => {
    expect(formatLocalGerman(new Date('2026-03-03T08:15:00Z'))).toBe('Dienstag, 3. März 2026, 09:15 Uhr');
    expect(formatLocalGerman(new Date('2026-10-25T00:30:00Z'))).toBe('Sonntag, 25. Oktober 2026, 02:30 Uhr');
  });
});

describe('TZ_BUSINESS', () => {
  it('defaults to Europe/Berlin and can be another IANA zone', () => {
    expect(businessTimeZone()).toBe('Europe/Berlin');
    configureBusinessTimeZone('America/New_York');
    expect(localTime(new Date('2026-01-15T12:00:00Z'))).toBe('07:00');
    expect(iso(localInstant('2026-01-15', '08:00'))).toBe('2026-01-15T13:00:00.000Z');
    // An explicit zone wins over the configured one.
    expect(localTime(new Date('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe('13:00');
  });

  it('refuses an unknown zone', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Europe/Hannover')).toBe(false);
    expect(() => configureBusinessTimeZone('Mars/Olympus')).toThrow(/Unbekannte Zeitzone/);
    expect(businessTimeZone()).toBe('Europe/Berlin');
  });
});
