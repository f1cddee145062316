import { recordAudit } from '../../platform/audit/audit.service.js';
import type { Actor } from '../../platform/auth/actor.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/app-error.js';
import { queueConfirmation } from './appointment-mail.js';
import type { AppointmentSettings } from './appointment-settings.js';
import type { BookedService, BookingChannel } from './appointments.schema.js';
import * as repo from './appointments.repository.js';
import { assertStillOpen } from './slot-capacity.js';
import { newCancelCode, newReference, personKeyOf, sha256 } from './service-selection.js';

// A claim becomes an appointment here; booking.service (holds, confirmation) and waitlist.service (accepted
// offers) both call it, so it lives below both of them (no import cycle between the two).

/** Limits per e-mail address and per person: they stop one person from collecting appointments. Internal bookings are exempt. */
async function assertWithinLimits(
  tx: Tx,
  settings: AppointmentSettings,
  tenantId: string,
  channel: BookingChannel,
  email: string | null,
  personKey: string,
  now: Date,
) {
  if (channel === 'internal') return;
  if (email && (await repo.countOpenAppointments(tx, tenantId, { email }, now)) >= settings.maxPerEmail) {
    throw new AppError('CONFLICT', `Für diese E-Mail-Adresse sind bereits ${settings.maxPerEmail} offene Termine gebucht.`, {
      issues: [{ field: 'email', message: 'Höchstzahl offener Termine erreicht.' }],
    });
  }
  if ((await repo.countOpenAppointments(tx, tenantId, { personKey }, now)) >= settings.maxPerPerson) {
    throw new AppError('CONFLICT', `Für diese Person sind bereits ${settings.maxPerPerson} offene Termine gebucht.`, {
      issues: [{ field: 'name', message: 'Höchstzahl offener Termine erreicht.' }],
    });
  }
}

export interface NewAppointment {
  claim: repo.ClaimView;
  services: BookedService[];
  name: string;
  email: string | null;
  phone: string | null;
  idempotencyKey: string;
  channel: BookingChannel;
}

/** Turns a locked claim into a booked appointment, audited, with the confirmation mail queued. */
export async function bookClaim(tx: Tx, actor: Actor, settings: AppointmentSettings, input: NewAppointment, now: Date) {
  const location = (await repo.findLocation(tx, input.claim.locationId))!;
  await assertStillOpen(tx, input.claim);
  const personKey = personKeyOf(input.name);
  await assertWithinLimits(tx, settings, location.tenantId, input.channel, input.email, personKey, now);
  const cancelCode = newCancelCode();
  const appointment = await repo.insertAppointment(tx, {
    tenantId: location.tenantId,
    locationId: location.id,
    reference: newReference(),
    channel: input.channel,
    startsAt: input.claim.start,
    endsAt: input.claim.end,
    seat: input.claim.seat,
    services: input.services,
    name: input.name,
    email: input.email,
    phone: input.phone,
    personKey,
    cancelCodeHash: sha256(cancelCode),
    idempotencyKey: input.idempotencyKey,
    bookedBy: actor.username,
  });
  await repo.updateClaim(tx, input.claim.id, { kind: 'booking', expiresAt: null, appointmentId: appointment.id });
  await recordAudit(tx, actor, {
    action: 'appointment.booked',
    tenantId: location.tenantId,
    entityType: 'appointment',
    entityId: appointment.id,
    details: { reference: appointment.reference, channel: input.channel, locationId: location.id, start: appointment.startsAt },
  });
  await queueConfirmation(tx, settings, appointment, location, cancelCode, now);
  return { appointment, cancelCode, location };
}
