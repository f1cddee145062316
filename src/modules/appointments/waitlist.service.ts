import { recordAudit } from '../../platform/audit/audit.service.js';
import { requireTenantAccess, scopeOf } from '../../platform/auth/actor.js';
import type { UseCaseContext } from '../../platform/context.js';
import { ALL_TENANTS, type Database, type Tx } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { queueOffer, queueReminder } from './appointment-mail.js';
import type { AppointmentSettings } from './appointment-settings.js';
import type { WaitlistJoin } from './appointments.contract.js';
import type { BookingChannel } from './appointments.schema.js';
import * as repo from './appointments.repository.js';
import { bookClaim } from './book-claim.js';
import { pruneRateEvents } from './rate-events.repository.js';
import { newSecret, offersAll, personKeyOf, selectFrom, sha256 } from './service-selection.js';
import { dayOf } from './slot-capacity.js';

/**
 * The waiting list: when a service is fully booked, citizens leave their details;
 * a freed slot is reserved for the first person in line that it fits and offered
 * by mail, automatically. Unconfirmed offers expire and go to the next person.
 */
export async function joinWaitlist(ctx: UseCaseContext, input: WaitlistJoin, channel: BookingChannel) {
  const { database, actor } = ctx;
  return database.scoped(scopeOf(actor), async (tx) => {
    requireTenantAccess(actor, input.tenantId);
    const locations = (await repo.listLocations(tx, [input.tenantId])).filter((l) => !input.locationId || l.id === input.locationId);
    if (locations.length === 0) throw notFound('Der Standort');
    const services = await repo.listServices(tx, [input.tenantId]);
    if (!offersAll(services, input.services)) {
      throw new AppError('VALIDATION_FAILED', 'Diese Leistung wird hier nicht angeboten.', {
        issues: [{ field: 'services', message: 'Nicht buchbar.' }],
      });
    }
    const selection = selectFrom(services, input.services, locations[0]!.slotMinutes);
    const entry = await repo.insertWaitlistEntry(tx, {
      tenantId: input.tenantId,
      locationId: input.locationId,
      services: selection.services,
      name: input.name,
      email: input.email,
      phone: input.phone,
      personKey: personKeyOf(input.name),
      earliestDate: input.earliestDate,
      latestDate: input.latestDate,
      channel,
    });
    await recordAudit(tx, actor, {
      action: 'appointment_waitlist.joined',
      tenantId: input.tenantId,
      entityType: 'appointment_waitlist',
      entityId: entry.id,
    });
    return { id: entry.id, status: entry.status, createdAt: entry.createdAt };
  });
}

/**
 * Names and contact data of an appointment are kept this long after it ended (for
 * no-show follow-up and complaints), then blanked; counts and times stay for statistics.
 */
export const PERSONAL_DATA_RETENTION_DAYS = 30;

export type ReleaseOutcome = 'offered' | 'blocked' | 'deleted';

/**
 * A seat came free (cancellation, move, expired offer or block). The first
 * waiting person it fits gets it reserved; otherwise a cancellation blocks it for
 * the location's block time (anti-trading) and anything else frees it.
 */
export async function releaseSeat(
  tx: Tx,
  settings: AppointmentSettings,
  claim: repo.ClaimView,
  location: repo.LocationRow,
  options: { blockIfUnclaimed: boolean; now: Date },
): Promise<ReleaseOutcome> {
  const now = options.now.getTime();
  const entries = claim.start.getTime() > now ? await repo.listWaitingFor(tx, location.tenantId, location.id, dayOf(claim.start)) : [];
  if (entries.length > 0) {
    const offered = new Set((await repo.listLocationServices(tx, [location.id])).map((r) => r.serviceId));
    const services = (await repo.listServices(tx, [location.tenantId])).filter((s) => offered.has(s.id));
    for (const entry of entries) {
      const wanted = entry.services.map((s) => ({ code: s.code, quantity: s.quantity }));
      if (!offersAll(services, wanted)) continue;
      const selection = selectFrom(services, wanted, location.slotMinutes);
      const end = new Date(claim.start.getTime() + selection.durationMinutes * 60_000);
      if (end > claim.end || claim.start.getTime() < now + selection.leadMinutes * 60_000) continue;
      const token = newSecret();
      const expiresAt = new Date(Math.min(now + settings.offerMinutes * 60_000, claim.start.getTime()));
      await repo.updateClaim(tx, claim.id, { kind: 'offer', expiresAt, waitlistEntryId: entry.id, start: claim.start, end });
      await repo.updateWaitlistEntry(tx, entry.id, {
        status: 'offered',
        offerClaimId: claim.id,
        offerSecretHash: sha256(token),
        offerExpiresAt: expiresAt,
        locationId: entry.locationId,
      });
      await queueOffer(tx, settings, entry, location, claim.start, token, expiresAt, options.now);
      return 'offered';
    }
  }
  if (options.blockIfUnclaimed && location.cancelBlockMinutes > 0 && claim.start.getTime() > now) {
    const blockUntil = new Date(Math.min(now + location.cancelBlockMinutes * 60_000, claim.start.getTime()));
    await repo.updateClaim(tx, claim.id, { kind: 'cancel_block', expiresAt: blockUntil });
    return 'blocked';
  }
  await repo.deleteClaim(tx, claim.id);
  return 'deleted';
}

/** The citizen accepts the offered slot by the link in the mail. */
export async function acceptOffer(
  ctx: UseCaseContext,
  settings: AppointmentSettings,
  input: { entryId: string; token: string; idempotencyKey: string },
) {
  const { database, actor } = ctx;
  const now = ctx.clock.now();
  return database.scoped(scopeOf(actor), async (tx) => {
    const existing = await repo.findAppointmentByIdempotencyKey(tx, input.idempotencyKey);
    if (existing) return { appointment: existing, cancelCode: null, location: (await repo.findLocation(tx, existing.locationId))! };
    const entry = await repo.findWaitlistEntry(tx, input.entryId, true);
    if (!entry || entry.offerSecretHash !== sha256(input.token)) throw notFound('Das Terminangebot');
    if (entry.status === 'booked' && entry.appointmentId) {
      const appointment = (await repo.findAppointment(tx, entry.appointmentId))!;
      return { appointment, cancelCode: null, location: (await repo.findLocation(tx, appointment.locationId))! };
    }
    const claim = entry.offerClaimId ? await repo.lockClaim(tx, entry.offerClaimId, 'offer') : undefined;
    if (entry.status !== 'offered' || !claim || (claim.expiresAt && claim.expiresAt <= now)) {
      throw new AppError('CONFLICT', 'Dieses Terminangebot ist abgelaufen.');
    }
    const result = await bookClaim(
      tx,
      actor,
      settings,
      {
        claim,
        services: entry.services,
        name: entry.name,
        email: entry.email,
        phone: entry.phone,
        idempotencyKey: input.idempotencyKey,
        channel: entry.channel,
      },
      now,
    );
    await repo.updateWaitlistEntry(tx, entry.id, { status: 'booked', appointmentId: result.appointment.id, offerSecretHash: null });
    return result;
  });
}

/** Shows an offer to the citizen before they accept. */
export async function getOffer(ctx: UseCaseContext, entryId: string, token: string) {
  return ctx.database.scoped(scopeOf(ctx.actor), async (tx) => {
    const entry = await repo.findWaitlistEntry(tx, entryId);
    if (!entry || entry.offerSecretHash !== sha256(token)) throw notFound('Das Terminangebot');
    const claim = entry.offerClaimId ? await repo.lockClaim(tx, entry.offerClaimId, 'offer') : undefined;
    const location = claim ? await repo.findLocation(tx, claim.locationId) : undefined;
    return {
      status: entry.status,
      name: entry.name,
      services: entry.services,
      start: claim?.start.toISOString() ?? null,
      end: claim?.end.toISOString() ?? null,
      expiresAt: entry.offerExpiresAt?.toISOString() ?? null,
      location: location ?? null,
    };
  });
}

/**
 * The periodic job: expired holds go, expired offers pass to the next person in
 * line, expired anti-trading blocks free their seat (waiting list first), due
 * reminders are queued. Safe to run in parallel (SKIP LOCKED).
 */
export async function sweepAppointments(database: Database, settings: AppointmentSettings, now: Date) {
  return database.scoped(ALL_TENANTS, async (tx) => {
    const expired = await repo.lockExpiredClaims(tx, 200, now);
    let offered = 0;
    for (const claim of expired) {
      if (claim.kind === 'offer' && claim.waitlistEntryId) {
        await repo.updateWaitlistEntry(tx, claim.waitlistEntryId, { status: 'expired', offerSecretHash: null });
      }
      if (claim.kind === 'hold') {
        await repo.deleteClaim(tx, claim.id);
        continue;
      }
      const location = (await repo.findLocation(tx, claim.locationId))!;
      // Keep the claim's original length for the next offer: an expired offer may be shorter than the freed slot, never longer.
      if ((await releaseSeat(tx, settings, claim, location, { blockIfUnclaimed: false, now })) === 'offered') offered++;
    }
    const due = await repo.listDueReminders(tx, now, new Date(now.getTime() + 24 * 3_600_000));
    for (const appointment of due) {
      await queueReminder(tx, appointment, (await repo.findLocation(tx, appointment.locationId))!, now);
      await repo.updateAppointment(tx, appointment.id, { reminderSentAt: now });
    }
    await pruneRateEvents(tx);
    const anonymised = await repo.anonymisePastPersonalData(tx, PERSONAL_DATA_RETENTION_DAYS, now);
    return { expired: expired.length, offered, reminders: due.length, anonymised };
  });
}
