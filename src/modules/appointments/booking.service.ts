import { recordAudit } from '../../platform/audit/audit.service.js';
import { requireTenantAccess, type Actor } from '../../platform/auth/actor.js';
import { scopeOf } from '../../platform/auth/actor.js';
import type { UseCaseContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { queueCancellation, queueConfirmation } from './appointment-mail.js';
import type { AppointmentSettings } from './appointment-settings.js';
import type { BookingCreate, HoldCreate } from './appointments.contract.js';
import type { BookingChannel } from './appointments.schema.js';
import * as repo from './appointments.repository.js';
import { freeSeats, windowFor } from './capacity.js';
import { newCancelCode, newSecret, selectServices, sha256 } from './service-selection.js';
import { assertStillOpen, dayOf, loadWindows } from './slot-capacity.js';
import { bookClaim } from './book-claim.js';
import { releaseSeat } from './waitlist.service.js';

export const slotTaken = () => new AppError('CONFLICT', 'Dieser Termin ist leider nicht mehr frei. Bitte wählen Sie einen anderen.');
const holdGone = () => new AppError('CONFLICT', 'Ihre Reservierung ist abgelaufen. Bitte wählen Sie den Termin erneut.');

/**
 * Holds a slot for a few minutes while the form is filled in. The seat is claimed
 * in the database at once; a racing request for the same seat gets no row back
 * (exclusion constraint) and tries the next seat of its contingent.
 */
export async function holdSlot(ctx: UseCaseContext, settings: AppointmentSettings, input: HoldCreate, channel: BookingChannel) {
  const { database, actor } = ctx;
  return database.scoped(scopeOf(actor), async (tx) => {
    const location = await repo.findLocation(tx, input.locationId);
    if (!location?.active) throw notFound('Der Standort');
    requireTenantAccess(actor, location.tenantId);
    const selection = await selectServices(tx, location, input.services);
    const start = new Date(input.start);
    const end = new Date(start.getTime() + selection.durationMinutes * 60_000);
    const now = ctx.clock.now().getTime();
    if (start.getTime() < now + selection.leadMinutes * 60_000) {
      throw new AppError('VALIDATION_FAILED', 'Dieser Termin liegt zu kurzfristig. Bitte wählen Sie einen späteren.');
    }
    if (start.getTime() > now + selection.horizonDays * 86_400_000) {
      throw new AppError('VALIDATION_FAILED', `Termine können höchstens ${selection.horizonDays} Tage im Voraus gebucht werden.`);
    }
    const windows = await loadWindows(tx, location.id, dayOf(start), dayOf(start));
    const window = windowFor(windows, start, end);
    const onGrid = window && (start.getTime() - window.start.getTime()) % (location.slotMinutes * 60_000) === 0;
    if (!window || !onGrid) throw new AppError('VALIDATION_FAILED', 'Zu dieser Zeit werden keine Termine vergeben.');

    await repo.deleteExpiredClaims(tx, location.id, start, end, new Date(now));
    const live = await repo.listLiveClaims(tx, [location.id], start, end, new Date(now));
    // Only seats that look free are tried (expired claims were deleted just before): a
    // full slot fails fast; a seat taken by a racing transaction makes the insert
    // return no row (exclusion constraint) and the next free seat is tried.
    const order = freeSeats(window, live, start, end, channel);
    const secret = newSecret();
    const expiresAt = new Date(now + settings.holdMinutes * 60_000);
    for (const seat of order) {
      const claim = await repo.tryInsertClaim(tx, {
        tenantId: location.tenantId,
        locationId: location.id,
        seat,
        start,
        end,
        kind: 'hold',
        channel,
        expiresAt,
        secretHash: sha256(secret),
        services: selection.services,
      });
      if (claim) {
        return {
          holdId: claim.id,
          holdSecret: secret,
          expiresAt: expiresAt.toISOString(),
          start: start.toISOString(),
          end: end.toISOString(),
          seat,
        };
      }
    }
    throw slotTaken();
  });
}

/**
 * Books a held slot. A repeated request with the same idempotency key (double
 * click, retry after a timeout) returns the first booking instead of a second one:
 * the hold row is locked, so the repeat waits and then finds the booking.
 */
export async function confirmBooking(ctx: UseCaseContext, settings: AppointmentSettings, input: BookingCreate, channel: BookingChannel) {
  const { database, actor } = ctx;
  const now = ctx.clock.now();
  return database.scoped(scopeOf(actor), async (tx) => {
    const replay = async () => {
      const existing = await repo.findAppointmentByIdempotencyKey(tx, input.idempotencyKey);
      if (!existing) return undefined;
      return { appointment: existing, cancelCode: null, location: (await repo.findLocation(tx, existing.locationId))! };
    };
    const first = await replay();
    if (first) return first;
    const claim = await repo.lockClaim(tx, input.holdId, 'hold');
    if (!claim) {
      const repeated = await replay();
      if (repeated) return repeated;
      throw holdGone();
    }
    if (claim.secretHash !== sha256(input.holdSecret)) throw notFound('Die Reservierung');
    requireTenantAccess(actor, claim.tenantId);
    if (claim.expiresAt && claim.expiresAt <= now) throw holdGone();
    if (claim.channel !== channel) throw new AppError('FORBIDDEN', 'Diese Reservierung gehört zu einem anderen Buchungsweg.');
    if (channel === 'online' && !input.email) {
      throw new AppError('VALIDATION_FAILED', 'Bitte geben Sie eine E-Mail-Adresse für die Bestätigung an.', {
        issues: [{ field: 'email', message: 'Pflichtfeld für Online-Buchungen.' }],
      });
    }
    return bookClaim(
      tx,
      actor,
      settings,
      {
        claim,
        services: claim.services,
        name: input.name,
        email: input.email,
        phone: input.phone,
        idempotencyKey: input.idempotencyKey,
        channel,
      },
      now,
    );
  });
}

/** Finds an appointment by reference and secret code (citizen without login). Wrong code and unknown reference answer alike. */
async function findWithCode(tx: Tx, reference: string, code: string) {
  const appointment = await repo.findAppointmentByReference(tx, reference);
  if (!appointment || appointment.cancelCodeHash !== sha256(code.toUpperCase())) throw notFound('Der Termin');
  return appointment;
}

export async function getAppointmentForCitizen(ctx: UseCaseContext, reference: string, code: string) {
  return ctx.database.scoped(scopeOf(ctx.actor), async (tx) => {
    const appointment = await findWithCode(tx, reference, code);
    return { appointment, location: (await repo.findLocation(tx, appointment.locationId))! };
  });
}

/** Cancels: the seat goes to the next person on the waiting list, or stays blocked for a while (anti-trading). */
async function cancel(tx: Tx, actor: Actor, settings: AppointmentSettings, appointment: repo.AppointmentRow, now: Date) {
  if (appointment.status !== 'booked') throw new AppError('CONFLICT', 'Dieser Termin kann nicht mehr abgesagt werden.');
  if (appointment.startsAt <= now) throw new AppError('CONFLICT', 'Vergangene Termine können nicht abgesagt werden.');
  const claim = await repo.lockBookingClaim(tx, appointment.id);
  const updated = await repo.updateAppointment(tx, appointment.id, {
    status: 'cancelled',
    cancelledAt: now,
    sequence: appointment.sequence + 1,
  });
  const location = (await repo.findLocation(tx, appointment.locationId))!;
  const outcome = claim ? await releaseSeat(tx, settings, claim, location, { blockIfUnclaimed: true, now }) : 'deleted';
  await recordAudit(tx, actor, {
    action: 'appointment.cancelled',
    tenantId: appointment.tenantId,
    entityType: 'appointment',
    entityId: appointment.id,
    details: { reference: appointment.reference, seatAfterwards: outcome },
  });
  await queueCancellation(tx, settings, updated, location, now);
  return updated;
}

export async function cancelByCitizen(ctx: UseCaseContext, settings: AppointmentSettings, reference: string, code: string) {
  return ctx.database.scoped(scopeOf(ctx.actor), async (tx) =>
    cancel(tx, ctx.actor, settings, await findWithCode(tx, reference, code), ctx.clock.now()),
  );
}

export async function cancelByStaff(ctx: UseCaseContext, settings: AppointmentSettings, appointmentId: string) {
  const { database, actor } = ctx;
  return database.scoped(scopeOf(actor), async (tx) => {
    const appointment = await repo.findAppointment(tx, appointmentId);
    if (!appointment) throw notFound('Der Termin');
    requireTenantAccess(actor, appointment.tenantId);
    return cancel(tx, actor, settings, appointment, ctx.clock.now());
  });
}

/** Moves an appointment to a slot the citizen holds: the new seat is booked and the old one released in one transaction. */
export async function rescheduleByCitizen(
  ctx: UseCaseContext,
  settings: AppointmentSettings,
  input: { reference: string; code: string; holdId: string; holdSecret: string },
) {
  const { database, actor } = ctx;
  const now = ctx.clock.now();
  return database.scoped(scopeOf(actor), async (tx) => {
    const appointment = await findWithCode(tx, input.reference, input.code);
    if (appointment.status !== 'booked' || appointment.startsAt <= now) {
      throw new AppError('CONFLICT', 'Dieser Termin kann nicht mehr verschoben werden.');
    }
    const hold = await repo.lockClaim(tx, input.holdId, 'hold');
    if (!hold || hold.secretHash !== sha256(input.holdSecret) || (hold.expiresAt && hold.expiresAt <= now)) throw holdGone();
    if (hold.tenantId !== appointment.tenantId)
      throw new AppError('VALIDATION_FAILED', 'Ein Termin kann nur innerhalb derselben Verwaltung verschoben werden.');
    await assertStillOpen(tx, hold);
    const old = await repo.lockBookingClaim(tx, appointment.id);
    const location = (await repo.findLocation(tx, hold.locationId))!;
    if (old) await releaseSeat(tx, settings, old, (await repo.findLocation(tx, old.locationId))!, { blockIfUnclaimed: true, now });
    await repo.updateClaim(tx, hold.id, { kind: 'booking', expiresAt: null, appointmentId: appointment.id });
    const code = newCancelCode();
    const moved = await repo.updateAppointment(tx, appointment.id, {
      locationId: hold.locationId,
      startsAt: hold.start,
      endsAt: hold.end,
      seat: hold.seat,
      services: hold.services,
      sequence: appointment.sequence + 1,
      cancelCodeHash: sha256(code),
      reminderSentAt: null,
    });
    await recordAudit(tx, actor, {
      action: 'appointment.moved',
      tenantId: appointment.tenantId,
      entityType: 'appointment',
      entityId: appointment.id,
      details: { from: appointment.startsAt, to: hold.start },
    });
    await queueConfirmation(tx, settings, moved, location, code, now, true);
    return { appointment: moved, cancelCode: code, location };
  });
}
