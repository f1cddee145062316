import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, type CalendarEvent } from './icalendar.js';

const event = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'a1b2c3@dialogcenter.hannover.de',
  sequence: 0,
  start: new Date('2026-03-03T08:15:00.000Z'),
  end: new Date('2026-03-03T08:30:00.000Z'),
  summary: 'Personalausweis beantragen',
  location: 'Bürgeramt Mitte, Trammplatz 2, 30159 Hannover',
  description: 'Terminnummer T-4711',
  method: 'PUBLISH',
  stamp: new Date('2026-03-01T10:00:00.000Z'),
  ...over,
});
const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const contentLines = (ics: string) => unfold(ics).split('\r\n').slice(0, -1);
const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('iCalendar writer (RFC 5545)', () => {
  it('writes one confirmed event with UTC times, a reminder and CRLF line ends', () => {
    const ics = buildIcs(event());
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = contentLines(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toEqual(
      expect.arrayContaining([
        'METHOD:PUBLISH',
        'UID:a1b2c3@dialogcenter.hannover.de',
        'SEQUENCE:0',
        'DTSTAMP:20260301T100000Z',
        'DTSTART:20260303T081500Z',
        'DTEND:20260303T083000Z',
        'SUMMARY:Personalausweis beantragen',
        'LOCATION:Bürgeramt Mitte\\, Trammplatz 2\\, 30159 Hannover',
        'STATUS:CONFIRMED',
        'BEGIN:VALARM',
        'TRIGGER:-PT1H',
        'END:VALARM',
      ]),
    );
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.indexOf('BEGIN:VALARM')).toBeGreaterThan(lines.indexOf('BEGIN:VEVENT'));
    expect(lines.indexOf('END:VALARM')).toBeLessThan(lines.indexOf('END:VEVENT'));
  });

  it('cancels with the same UID, a higher SEQUENCE, status CANCELLED and no reminder', () => {
    const lines = contentLines(buildIcs(event({ method: 'CANCEL', sequence: 2 })));
    expect(lines).toEqual(
      expect.arrayContaining(['METHOD:CANCEL', 'UID:a1b2c3@dialogcenter.hannover.de', 'SEQUENCE:2', 'STATUS:CANCELLED']),
    );
    expect(lines).not.toContain('STATUS:CONFIRMED');
    expect(lines.some((l) => l.includes('VALARM'))).toBe(false);
  });

  it('escapes TEXT values so no value can end its line or start a property', () => {
    expect(escapeText('a;b,c\\d')).toBe('a\\;b\\,c\\\\d');
    expect(escapeText('Zeile 1\nZeile 2\r\nZeile 3\rZeile 4')).toBe('Zeile 1\\nZeile 2\\nZeile 3\\nZeile 4');
    const hostile = 'Termin\r\nEND:VEVENT\rBEGIN:VEVENT\nUID:fremd';
    const lines = contentLines(buildIcs(event({ summary: hostile, description: hostile })));
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual(['UID:a1b2c3@dialogcenter.hannover.de']);
    expect(lines).toContain('SUMMARY:Termin\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:fremd');
  });

  it('folds long lines at 75 octets without splitting a UTF-8 character, and unfolds to the original', () => {
    const ascii = `DESCRIPTION:${'x'.repeat(200)}`;
    const folded = foldLine(ascii);
    const physical = folded.split('\r\n');
    expect(physical.length).toBe(3);
    expect(octets(physical[0]!)).toBe(75);
    for (const line of physical.slice(1)) {
      expect(line.startsWith(' ')).toBe(true);
      expect(octets(line)).toBeLessThanOrEqual(75);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(ascii);

    const umlauts = `LOCATION:${'Bürgerbüro Groß-Buchholz, Straße '.repeat(8)}€`;
    const parts = foldLine(umlauts).split('\r\n');
    for (const line of parts) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
    }
    expect(parts.join('\r\n').replace(/\r\n /g, '')).toBe(umlauts);
    expect(foldLine('SEQUENCE:1')).toBe('SEQUENCE:1');
  });

  it('keeps every physical line of a whole calendar within 75 octets', () => {
    const ics = buildIcs(
      event({ description: 'Bitte bringen Sie Ihren Ausweis, ein biometrisches Lichtbild und die Gebühr mit. '.repeat(5) }),
    );
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('refuses an invalid date instead of writing a broken calendar', () => {
    expect(() => buildIcs(event({ start: new Date('kein Datum') }))).toThrow(RangeError);
    expect(() => buildIcs(event({ end: new Date(Number.NaN) }))).toThrow(RangeError);
  });
});
