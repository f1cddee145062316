import ical, {
  ICalAlarmType,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator';

/**
 * The appointment as an iCalendar scheduling message (RFC 5545 content, RFC 5546 iTIP
 * methods), written by ical-generator (decision 0121). Booking sends a REQUEST,
 * every move a REQUEST with the same UID and a higher SEQUENCE, cancelling a CANCEL
 * with the same UID and a higher SEQUENCE again. RFC 5546 requires ORGANIZER in
 * REQUEST and CANCEL (calendar clients ignore a CANCEL without it) and names the
 * ATTENDEE the message is for.
 */
export interface CalendarEvent {
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  location: string;
  description: string;
  /** REQUEST adds or updates the event in the attendee's calendar; CANCEL removes it. */
  method: 'REQUEST' | 'CANCEL';
  /** Who schedules: the office (name) with the address replies would go to. */
  organizer: { name: string; email: string };
  /** The citizen the appointment is for. */
  attendee: { name: string; email: string };
  /** DTSTAMP: when this message was made (the use case's clock). */
  stamp: Date;
}

function assertValid(d: Date, what: string) {
  if (Number.isNaN(d.getTime())) throw new RangeError(`iCalendar: ${what} ist kein gültiges Datum.`);
}

export function buildIcs(event: CalendarEvent): string {
  assertValid(event.start, 'DTSTART');
  assertValid(event.end, 'DTEND');
  assertValid(event.stamp, 'DTSTAMP');
  const cancel = event.method === 'CANCEL';
  const calendar = ical({
    prodId: { company: 'DialogCenter Hannover', product: 'Terminvergabe', language: 'DE' },
    method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: event.uid,
    sequence: event.sequence,
    stamp: event.stamp,
    start: event.start,
    end: event.end,
    summary: event.summary,
    location: event.location,
    description: event.description,
    status: cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    transparency: ICalEventTransparency.OPAQUE,
    organizer: { name: event.organizer.name, email: event.organizer.email },
    attendees: [
      {
        name: event.attendee.name,
        email: event.attendee.email,
        role: ICalAttendeeRole.REQ,
        // The citizen booked it: nothing to accept, no reply expected.
        status: ICalAttendeeStatus.ACCEPTED,
        rsvp: false,
      },
    ],
    alarms: cancel ? [] : [{ type: ICalAlarmType.display, trigger: 3600, description: 'Erinnerung an Ihren Termin' }],
  });
  // RFC 5545 3.1: every content line, the last included, ends with CRLF.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
