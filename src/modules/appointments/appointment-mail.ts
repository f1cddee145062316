import type { Tx } from '../../platform/db/database.js';
import { enqueueMail, type MailAttachment } from '../../platform/mail/outbox.js';
import { formatLocalGerman as formatBerlin } from '../../platform/time/berlin-time.js';
import { buildIcs } from './icalendar.js';
import type { AppointmentRow, LocationRow, WaitlistRow } from './appointments.repository.js';
import type { AppointmentSettings } from './appointment-settings.js';

/** Mails of the appointment module. They go into the outbox in the booking's transaction and are sent after commit. */
const address = (l: LocationRow) => `${l.name}, ${l.street}, ${l.postalCode} ${l.city}`;
const serviceList = (a: { services: AppointmentRow['services'] }) =>
  a.services.map((s) => (s.quantity > 1 ? `${s.quantity} × ${s.name}` : s.name)).join(', ');

export const manageLink = (settings: AppointmentSettings, reference: string, code: string) =>
  `${settings.publicUrl}/buerger/termine/verwalten?termin=${encodeURIComponent(reference)}&code=${encodeURIComponent(code)}`;

/** The bare address of MAIL_FROM (`DialogCenter <dc@example.org>` → `dc@example.org`). */
export const senderAddress = (mailFrom: string) => (mailFrom.match(/<([^<>\s]+@[^<>\s]+)>/)?.[1] ?? mailFrom).trim();

/**
 * The calendar attachment. ORGANIZER is the office by name with the address the mail comes from
 * (iMIP, RFC 6047: clients match the sender against the organizer before applying an update or a
 * cancellation); ATTENDEE is the citizen. The stamp is the use case's clock.
 */
function ics(
  a: AppointmentRow,
  l: LocationRow,
  settings: Pick<AppointmentSettings, 'mailFrom'>,
  method: 'REQUEST' | 'CANCEL',
  stamp: Date,
  link?: string,
): MailAttachment {
  const content = buildIcs({
    uid: `${a.id}@dialogcenter-hannover`,
    sequence: a.sequence,
    start: a.startsAt,
    end: a.endsAt,
    summary: `Termin ${l.name}: ${serviceList(a)}`,
    location: address(l),
    description: `Terminnummer ${a.reference}.${link ? ` Absagen oder verschieben: ${link}` : ''}`,
    method,
    organizer: { name: l.name, email: senderAddress(settings.mailFrom) },
    attendee: { name: a.name, email: a.email! },
    stamp,
  });
  return { filename: 'termin.ics', contentType: `text/calendar; charset=utf-8; method=${method}`, content };
}

export async function queueConfirmation(
  tx: Tx,
  settings: AppointmentSettings,
  a: AppointmentRow,
  l: LocationRow,
  code: string,
  now: Date,
  moved = false,
) {
  if (!a.email) return;
  const link = manageLink(settings, a.reference, code);
  await enqueueMail(tx, {
    tenantId: a.tenantId,
    purpose: moved ? 'appointment.moved' : 'appointment.confirmation',
    refId: a.id,
    notBefore: now,
    to: [a.email],
    subject: `${moved ? 'Termin verschoben' : 'Terminbestätigung'} ${a.reference}: ${formatBerlin(a.startsAt)}`,
    text: [
      `Guten Tag ${a.name},`,
      '',
      moved ? 'Ihr Termin wurde verschoben. Er findet jetzt statt:' : 'Ihr Termin ist gebucht:',
      '',
      `Wann: ${formatBerlin(a.startsAt)}`,
      `Wo: ${address(l)}`,
      `Anliegen: ${serviceList(a)}`,
      `Terminnummer: ${a.reference}`,
      '',
      'Absagen oder verschieben können Sie über diesen Link (der Code ist darin enthalten, bitte nicht weitergeben):',
      link,
      `Ihr Code: ${code}`,
      '',
      'Den Termin für Ihren Kalender finden Sie im Anhang (termin.ics).',
      '',
      'Ihr DialogCenter Hannover – Telefon 115',
    ].join('\n'),
    attachments: [ics(a, l, settings, 'REQUEST', now, link)],
  });
}

export async function queueCancellation(
  tx: Tx,
  settings: Pick<AppointmentSettings, 'mailFrom'>,
  a: AppointmentRow,
  l: LocationRow,
  now: Date,
) {
  if (!a.email) return;
  await enqueueMail(tx, {
    tenantId: a.tenantId,
    purpose: 'appointment.cancellation',
    refId: a.id,
    notBefore: now,
    to: [a.email],
    subject: `Termin abgesagt ${a.reference}`,
    text: `Guten Tag ${a.name},\n\nIhr Termin am ${formatBerlin(a.startsAt)} (${address(l)}) ist abgesagt.\n\nIhr DialogCenter Hannover – Telefon 115`,
    attachments: [ics(a, l, settings, 'CANCEL', now)],
  });
}

export async function queueReminder(tx: Tx, a: AppointmentRow, l: LocationRow, now: Date) {
  if (!a.email) return;
  await enqueueMail(tx, {
    tenantId: a.tenantId,
    purpose: 'appointment.reminder',
    refId: a.id,
    notBefore: now,
    to: [a.email],
    subject: `Erinnerung an Ihren Termin ${a.reference}: ${formatBerlin(a.startsAt)}`,
    text: `Guten Tag ${a.name},\n\nwir erinnern an Ihren Termin am ${formatBerlin(a.startsAt)}.\nWo: ${address(l)}\nAnliegen: ${serviceList(a)}\n\nWenn Sie nicht kommen können, sagen Sie bitte über den Link in der Bestätigung ab, damit andere den Termin bekommen.\n\nIhr DialogCenter Hannover – Telefon 115`,
  });
}

export async function queueOffer(
  tx: Tx,
  settings: AppointmentSettings,
  entry: WaitlistRow,
  l: LocationRow,
  start: Date,
  token: string,
  expiresAt: Date,
  now: Date,
) {
  const link = `${settings.publicUrl}/buerger/termine/angebot?eintrag=${entry.id}&token=${encodeURIComponent(token)}`;
  await enqueueMail(tx, {
    tenantId: entry.tenantId,
    purpose: 'appointment.offer',
    refId: entry.id,
    notBefore: now,
    to: [entry.email],
    subject: `Ein Termin ist frei geworden: ${formatBerlin(start)}`,
    text: [
      `Guten Tag ${entry.name},`,
      '',
      'Sie stehen auf unserer Warteliste. Für Sie ist jetzt ein Termin frei geworden und reserviert:',
      '',
      `Wann: ${formatBerlin(start)}`,
      `Wo: ${address(l)}`,
      `Anliegen: ${serviceList(entry)}`,
      '',
      `Bitte bestätigen Sie bis ${formatBerlin(expiresAt)} über diesen Link, sonst geht der Termin an die nächste Person:`,
      link,
      '',
      'Ihr DialogCenter Hannover – Telefon 115',
    ].join('\n'),
  });
}
