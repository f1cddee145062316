import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { icsFile } from './ics';

describe('portal .ics file', () => {
  it('parses as one event with the booked times, escaped text', () => {
    const text = icsFile({
      uid: 'T-ABC123@dialogcenter',
      start: new Date('2026-12-09T08:00:00Z'),
      end: new Date('2026-12-09T08:15:00Z'),
      summary: 'Personalausweis beantragen (T-ABC123)',
      location: 'Bürgeramt Mitte, Trammplatz 2, 30159 Hannover',
    });
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-09T08:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-09T08:15:00.000Z');
    expect(event.location).toBe('Bürgeramt Mitte, Trammplatz 2, 30159 Hannover');
    expect(text.split('\r\n')[0]).toBe('BEGIN:VCALENDAR');
  });
});
