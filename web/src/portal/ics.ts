/**
 * One appointment as an iCalendar file (RFC 5545) for the "add to calendar" link, built in the browser
 * from the booking answer (no request, nothing stored). Times in UTC; text escaped; lines CRLF.
 */
const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const escape = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

export function icsFile(e: { uid: string; start: Date; end: Date; summary: string; location: string; now?: Date }): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//DialogCenter Hannover//Buergerportal//DE',
    'BEGIN:VEVENT',
    `UID:${escape(e.uid)}`,
    `DTSTAMP:${stamp(e.now ?? e.start)}`,
    `DTSTART:${stamp(e.start)}`,
    `DTEND:${stamp(e.end)}`,
    `SUMMARY:${escape(e.summary)}`,
    `LOCATION:${escape(e.location)}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
