import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, type CalendarEvent } from './icalendar.js';

const event = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'a1b2c3@dialogcenter-hannover',
  sequence: 0,
  start: new Date('2026-03-03T08:15:00.000Z'),
  end: new Date('2026-03-03T08:30:00.000Z'),
  summary: 'Personalausweis beantragen',
  location: 'Bürgeramt Mitte, Trammplatz 2, 30159 Hannover',
  description: 'Terminnummer T-4711',
  method: 'REQUEST',
  organizer: { name: 'Bürgeramt Mitte', email: 'dialogcenter@example.org' },
  attendee: { name: 'Erika Mustermann', email: 'erika@example.org' },
  stamp: new Date('2026-03-01T10:00:00.000Z'),
  ...over,
});

/** URI schemes are case-insensitive (RFC 3986 3.1): `MAILTO:` and `mailto:` are one. */
const mailto = (v: unknown) => String(v).replace(/^mailto:/i, 'mailto:');

/** Parsed by ical.js, a parser independent of the writer (ical-generator). */
function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevents = calendar.getAllSubcomponents('vevent');
  expect(vevents).toHaveLength(1);
  const vevent = vevents[0]!;
  const ev = new ICAL.Event(vevent);
  const organizer = vevent.getFirstProperty('organizer')!;
  const attendee = vevent.getFirstProperty('attendee')!;
  return {
    method: calendar.getFirstPropertyValue('method'),
    version: calendar.getFirstPropertyValue('version'),
    uid: ev.uid,
    sequence: ev.sequence,
    start: ev.startDate.toJSDate().toISOString(),
    end: ev.endDate.toJSDate().toISOString(),
    stamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
    summary: ev.summary,
    location: ev.location,
    description: ev.description,
    status: vevent.getFirstPropertyValue('status'),
    organizer: { value: mailto(organizer.getFirstValue()), cn: organizer.getParameter('cn') },
    attendee: {
      value: mailto(attendee.getFirstValue()),
      cn: attendee.getParameter('cn'),
      partstat: attendee.getParameter('partstat'),
      rsvp: attendee.getParameter('rsvp'),
    },
    alarms: vevent.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
  };
}
const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('iCalendar scheduling messages (RFC 5545/5546), read back by ical.js', () => {
  it('booking: a REQUEST with ORGANIZER, the citizen as ATTENDEE, UTC times, a reminder and CRLF line ends', () => {
    const ics = buildIcs(event());
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(read(ics)).toEqual({
      method: 'REQUEST',
      version: '2.0',
      uid: 'a1b2c3@dialogcenter-hannover',
      sequence: 0,
      start: '2026-03-03T08:15:00.000Z',
      end: '2026-03-03T08:30:00.000Z',
      stamp: '2026-03-01T10:00:00.000Z',
      summary: 'Personalausweis beantragen',
      location: 'Bürgeramt Mitte, Trammplatz 2, 30159 Hannover',
      description: 'Terminnummer T-4711',
      status: 'CONFIRMED',
      organizer: { value: 'mailto:dialogcenter@example.org', cn: 'Bürgeramt Mitte' },
      attendee: { value: 'mailto:erika@example.org', cn: 'Erika Mustermann', partstat: 'ACCEPTED', rsvp: 'FALSE' },
      alarms: ['-PT1H'],
    });
  });

  it('moving: an updated REQUEST with the same UID and a higher SEQUENCE; cancelling: a CANCEL with the same UID', () => {
    const booked = read(buildIcs(event()));
    const moved = read(buildIcs(event({ sequence: 1, start: new Date('2026-03-05T09:00:00Z'), end: new Date('2026-03-05T09:15:00Z') })));
    const cancelled = read(buildIcs(event({ method: 'CANCEL', sequence: 2, start: new Date('2026-03-05T09:00:00Z') })));
    expect(moved).toMatchObject({ method: 'REQUEST', uid: booked.uid, start: '2026-03-05T09:00:00.000Z', status: 'CONFIRMED' });
    expect(moved.sequence).toBeGreaterThan(booked.sequence);
    expect(cancelled).toMatchObject({ method: 'CANCEL', uid: booked.uid, status: 'CANCELLED', alarms: [] });
    expect(cancelled.sequence).toBeGreaterThan(moved.sequence);
    // RFC 5546 3.2.5: CANCEL carries ORGANIZER and the ATTENDEE it is cancelled for.
    expect(cancelled.organizer.value).toBe('mailto:dialogcenter@example.org');
    expect(cancelled.attendee.value).toBe('mailto:erika@example.org');
  });

  it('escapes TEXT values so no value can end its line or start a property', () => {
    const hostile = 'Termin\r\nEND:VEVENT\rBEGIN:VEVENT\nUID:fremd; a,b\\c';
    const ics = buildIcs(event({ summary: hostile, description: hostile }));
    const unfolded = ics.replace(/\r\n /g, '').split('\r\n');
    expect(unfolded.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(unfolded.filter((l) => l.startsWith('UID:'))).toEqual(['UID:a1b2c3@dialogcenter-hannover']);
    const parsed = read(ics);
    expect(parsed.uid).toBe('a1b2c3@dialogcenter-hannover');
    expect(parsed.summary).toContain('fremd; a,b\\c');
    expect(parsed.summary).not.toContain('\r');
  });

  it('keeps every physical line within 75 octets without splitting a UTF-8 character, and reads back whole', () => {
    const description = 'Bitte bringen Sie Ihren Ausweis, ein biometrisches Lichtbild und die Gebühr mit. '.repeat(5);
    const location = `${'Bürgerbüro Groß-Buchholz, Straße '.repeat(8)}€`;
    const ics = buildIcs(event({ description, location }));
    for (const line of ics.split('\r\n')) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(read(ics)).toMatchObject({ description, location });
  });

  it('refuses an invalid date instead of writing a broken calendar', () => {
    expect(() => buildIcs(event({ start: new Date('kein Datum') }))).toThrow(RangeError);
    expect(() => buildIcs(event({ end: new Date(Number.NaN) }))).toThrow(RangeError);
  });
});
