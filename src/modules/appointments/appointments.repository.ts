import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/database.js';
import { localDate } from '../../platform/time/berlin-time.js';
import type { DayException, OpeningRule } from './capacity.js';
import {
  appointmentClaims,
  appointmentDayExceptions,
  appointmentLocations,
  appointmentLocationServices,
  appointmentOpeningHours,
  appointments,
  appointmentServices,
  appointmentWaitlist,
  type BookingChannel,
  type ClaimKind,
} from './appointments.schema.js';

/** SQL of the appointments module: catalogue, opening hours, appointments, waiting list. Claims live in claims.repository.ts. */
export type LocationRow = typeof appointmentLocations.$inferSelect;
export type LocationInsert = typeof appointmentLocations.$inferInsert;
export type ServiceRow = typeof appointmentServices.$inferSelect;
export type ServiceInsert = typeof appointmentServices.$inferInsert;
export type AppointmentRow = typeof appointments.$inferSelect;
export type AppointmentInsert = typeof appointments.$inferInsert;
export type WaitlistRow = typeof appointmentWaitlist.$inferSelect;
export type WaitlistInsert = typeof appointmentWaitlist.$inferInsert;
export type ClaimRow = typeof appointmentClaims.$inferSelect;

const iso = (d: Date) => d.toISOString();

export async function insertLocation(tx: Tx, values: LocationInsert): Promise<LocationRow> {
  const [row] = await tx.insert(appointmentLocations).values(values).returning();
  return row!;
}

export async function findLocation(tx: Tx, id: string): Promise<LocationRow | undefined> {
  const [row] = await tx.select().from(appointmentLocations).where(eq(appointmentLocations.id, id));
  return row;
}

/** Locations by id (active or not), for their tenants. */
export const listLocationsByIds = (tx: Tx, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([] as LocationRow[])
    : tx
        .select({ id: appointmentLocations.id, tenantId: appointmentLocations.tenantId })
        .from(appointmentLocations)
        .where(inArray(appointmentLocations.id, ids));

export const listLocations = (tx: Tx, tenantIds?: string[]) =>
  tx
    .select()
    .from(appointmentLocations)
    .where(and(eq(appointmentLocations.active, true), tenantIds ? inArray(appointmentLocations.tenantId, tenantIds) : undefined))
    .orderBy(asc(appointmentLocations.name));

export async function insertService(tx: Tx, values: ServiceInsert): Promise<ServiceRow> {
  const [row] = await tx.insert(appointmentServices).values(values).returning();
  return row!;
}

export const listServices = (tx: Tx, tenantIds?: string[]) =>
  tx
    .select()
    .from(appointmentServices)
    .where(and(eq(appointmentServices.active, true), tenantIds ? inArray(appointmentServices.tenantId, tenantIds) : undefined))
    .orderBy(asc(appointmentServices.name));

export async function insertLocationServices(tx: Tx, tenantId: string, locationId: string, serviceIds: string[]) {
  if (serviceIds.length === 0) return;
  await tx
    .insert(appointmentLocationServices)
    .values(serviceIds.map((serviceId) => ({ tenantId, locationId, serviceId })))
    .onConflictDoNothing();
}

export const listLocationServices = (tx: Tx, locationIds: string[]) =>
  locationIds.length === 0
    ? Promise.resolve([])
    : tx.select().from(appointmentLocationServices).where(inArray(appointmentLocationServices.locationId, locationIds));

export async function replaceOpeningHours(tx: Tx, tenantId: string, locationId: string, rules: OpeningRule[]) {
  await tx.delete(appointmentOpeningHours).where(eq(appointmentOpeningHours.locationId, locationId));
  if (rules.length === 0) return;
  await tx.insert(appointmentOpeningHours).values(rules.map((r) => ({ ...r, tenantId, locationId })));
}

export async function listOpeningRules(tx: Tx, locationIds: string[]): Promise<(OpeningRule & { locationId: string })[]> {
  if (locationIds.length === 0) return [];
  const rows = await tx.select().from(appointmentOpeningHours).where(inArray(appointmentOpeningHours.locationId, locationIds));
  return rows.map((r) => ({ ...r, opens: r.opens.slice(0, 5), closes: r.closes.slice(0, 5) }));
}

export async function insertDayException(tx: Tx, values: typeof appointmentDayExceptions.$inferInsert) {
  const [row] = await tx.insert(appointmentDayExceptions).values(values).returning();
  return row!;
}

export async function listDayExceptions(
  tx: Tx,
  locationIds: string[],
  from: string,
  to: string,
): Promise<(DayException & { locationId: string; reason: string })[]> {
  if (locationIds.length === 0) return [];
  const rows = await tx
    .select()
    .from(appointmentDayExceptions)
    .where(and(inArray(appointmentDayExceptions.locationId, locationIds), sql`${appointmentDayExceptions.day} between ${from} and ${to}`));
  return rows.map((r) => ({ ...r, opens: r.opens?.slice(0, 5) ?? null, closes: r.closes?.slice(0, 5) ?? null }));
}

/** Claims still in force (bookings, and holds/offers/blocks not yet expired) over [from, to). */
export function listLiveClaims(tx: Tx, locationIds: string[], from: Date, to: Date, now: Date) {
  if (locationIds.length === 0) return Promise.resolve([]);
  return queryRows<{ locationId: string; seat: number; start: Date; end: Date }>(
    tx,
    sql`select location_id as "locationId", seat, lower(during) as start, upper(during) as "end"
        from appointment_claims
        where location_id in (${sql.join(
          locationIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
          and during && tstzrange(${iso(from)}::timestamptz, ${iso(to)}::timestamptz, '[)')
          and (expires_at is null or expires_at > ${iso(now)}::timestamptz)`,
  ).then((rows) => rows.map((r) => ({ ...r, start: new Date(r.start), end: new Date(r.end) })));
}

/** Expired claims over a time range go before anyone claims it, so they never block a booking. */
export async function deleteExpiredClaims(tx: Tx, locationId: string, from: Date, to: Date, now: Date) {
  await tx.execute(
    sql`delete from appointment_claims
        where location_id = ${locationId}::uuid
          and during && tstzrange(${iso(from)}::timestamptz, ${iso(to)}::timestamptz, '[)')
          and expires_at is not null and expires_at <= ${iso(now)}::timestamptz`,
  );
}

export interface ClaimInput {
  tenantId: string;
  locationId: string;
  seat: number;
  start: Date;
  end: Date;
  kind: ClaimKind;
  channel: BookingChannel;
  expiresAt: Date | null;
  secretHash?: string | null;
  appointmentId?: string | null;
  waitlistEntryId?: string | null;
  services: ClaimRow['services'];
}

/** Claims a seat; undefined when the exclusion constraint says it is taken (no error, no aborted transaction). */
export async function tryInsertClaim(tx: Tx, c: ClaimInput): Promise<{ id: string } | undefined> {
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`insert into appointment_claims (tenant_id, location_id, seat, during, kind, channel, expires_at, secret_hash, appointment_id, waitlist_entry_id, services)
        values (${c.tenantId}::uuid, ${c.locationId}::uuid, ${c.seat},
                tstzrange(${iso(c.start)}::timestamptz, ${iso(c.end)}::timestamptz, '[)'),
                ${c.kind}, ${c.channel}, ${c.expiresAt ? iso(c.expiresAt) : null}::timestamptz,
                ${c.secretHash ?? null}, ${c.appointmentId ?? null}::uuid, ${c.waitlistEntryId ?? null}::uuid,
                ${JSON.stringify(c.services)}::jsonb)
        on conflict do nothing
        returning id`,
  );
  return row;
}

export interface ClaimView {
  id: string;
  tenantId: string;
  locationId: string;
  seat: number;
  start: Date;
  end: Date;
  kind: ClaimKind;
  channel: BookingChannel;
  expiresAt: Date | null;
  secretHash: string | null;
  appointmentId: string | null;
  waitlistEntryId: string | null;
  services: ClaimRow['services'];
}

const claimColumns = sql`id, tenant_id as "tenantId", location_id as "locationId", seat, lower(during) as start, upper(during) as "end",
  kind, channel, expires_at as "expiresAt", secret_hash as "secretHash", appointment_id as "appointmentId",
  waitlist_entry_id as "waitlistEntryId", services`;

const toClaim = (r: ClaimView): ClaimView => ({
  ...r,
  start: new Date(r.start),
  end: new Date(r.end),
  expiresAt: r.expiresAt ? new Date(r.expiresAt) : null,
});

/** Locks one claim of a kind (a second request for the same hold waits here, then sees it changed). */
export async function lockClaim(tx: Tx, id: string, kind: ClaimKind): Promise<ClaimView | undefined> {
  const [row] = await queryRows<ClaimView>(
    tx,
    sql`select ${claimColumns} from appointment_claims where id = ${id}::uuid and kind = ${kind} for update`,
  );
  return row && toClaim(row);
}

export async function lockBookingClaim(tx: Tx, appointmentId: string): Promise<ClaimView | undefined> {
  const [row] = await queryRows<ClaimView>(
    tx,
    sql`select ${claimColumns} from appointment_claims where appointment_id = ${appointmentId}::uuid and kind = 'booking' for update`,
  );
  return row && toClaim(row);
}

/** Expired holds, offers and blocks, locked so that two sweepers never handle the same one. */
export async function lockExpiredClaims(tx: Tx, limit: number, now: Date): Promise<ClaimView[]> {
  const rows = await queryRows<ClaimView>(
    tx,
    sql`select ${claimColumns} from appointment_claims
        where expires_at is not null and expires_at <= ${iso(now)}::timestamptz
        order by expires_at limit ${limit} for update skip locked`,
  );
  return rows.map(toClaim);
}

export async function updateClaim(
  tx: Tx,
  id: string,
  values: {
    kind: ClaimKind;
    expiresAt: Date | null;
    appointmentId?: string | null;
    waitlistEntryId?: string | null;
    start?: Date;
    end?: Date;
  },
) {
  await tx.execute(
    sql`update appointment_claims set kind = ${values.kind}, expires_at = ${values.expiresAt ? iso(values.expiresAt) : null}::timestamptz,
          appointment_id = ${values.appointmentId ?? null}::uuid, waitlist_entry_id = ${values.waitlistEntryId ?? null}::uuid,
          secret_hash = null,
          during = ${values.start && values.end ? sql`tstzrange(${iso(values.start)}::timestamptz, ${iso(values.end)}::timestamptz, '[)')` : sql`during`}
        where id = ${id}::uuid`,
  );
}

export async function deleteClaim(tx: Tx, id: string) {
  await tx.delete(appointmentClaims).where(eq(appointmentClaims.id, id));
}

export async function insertAppointment(tx: Tx, values: AppointmentInsert): Promise<AppointmentRow> {
  const [row] = await tx.insert(appointments).values(values).returning();
  return row!;
}

export async function updateAppointment(tx: Tx, id: string, values: Partial<AppointmentInsert>): Promise<AppointmentRow> {
  const [row] = await tx
    .update(appointments)
    .set({ ...values, updatedAt: new Date(), version: sql`${appointments.version} + 1` })
    .where(eq(appointments.id, id))
    .returning();
  return row!;
}

export async function findAppointment(tx: Tx, id: string): Promise<AppointmentRow | undefined> {
  const [row] = await tx.select().from(appointments).where(eq(appointments.id, id));
  return row;
}

export async function findAppointmentByReference(tx: Tx, reference: string): Promise<AppointmentRow | undefined> {
  const [row] = await tx.select().from(appointments).where(eq(appointments.reference, reference));
  return row;
}

export async function findAppointmentByIdempotencyKey(tx: Tx, key: string): Promise<AppointmentRow | undefined> {
  const [row] = await tx.select().from(appointments).where(eq(appointments.idempotencyKey, key));
  return row;
}

/** Future, not cancelled appointments of one tenant matching an e-mail address or a person key. */
export async function countOpenAppointments(tx: Tx, tenantId: string, by: { email?: string; personKey?: string }, now: Date) {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from appointments
        where tenant_id = ${tenantId}::uuid and status = 'booked' and starts_at > ${iso(now)}::timestamptz
          and ${by.email ? sql`lower(email) = ${by.email.toLowerCase()}` : sql`person_key = ${by.personKey ?? ''}`}`,
  );
  return row?.n ?? 0;
}

export const listAppointmentsBetween = (tx: Tx, locationId: string, from: Date, to: Date) =>
  tx
    .select()
    .from(appointments)
    .where(
      and(
        eq(appointments.locationId, locationId),
        sql`${appointments.startsAt} >= ${iso(from)}::timestamptz and ${appointments.startsAt} < ${iso(to)}::timestamptz`,
      ),
    )
    .orderBy(asc(appointments.startsAt), asc(appointments.seat));

/** Booked appointments starting after `now` and before `until` whose reminder is still due. */
export const listDueReminders = (tx: Tx, now: Date, until: Date) =>
  tx
    .select()
    .from(appointments)
    .where(
      sql`${appointments.status} = 'booked' and ${appointments.reminderSentAt} is null and ${appointments.email} is not null
          and ${appointments.startsAt} > ${iso(now)}::timestamptz and ${appointments.startsAt} <= ${iso(until)}::timestamptz`,
    )
    .limit(200);

export async function insertWaitlistEntry(tx: Tx, values: WaitlistInsert): Promise<WaitlistRow> {
  const [row] = await tx.insert(appointmentWaitlist).values(values).returning();
  return row!;
}

export async function findWaitlistEntry(tx: Tx, id: string, lock = false): Promise<WaitlistRow | undefined> {
  const q = tx.select().from(appointmentWaitlist).where(eq(appointmentWaitlist.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** The waiting entries that could take a slot at this location on this day, first come first served. */
export const listWaitingFor = (tx: Tx, tenantId: string, locationId: string, day: string) =>
  tx
    .select()
    .from(appointmentWaitlist)
    .where(
      sql`${appointmentWaitlist.tenantId} = ${tenantId}::uuid and ${appointmentWaitlist.status} = 'waiting'
          and (${appointmentWaitlist.locationId} is null or ${appointmentWaitlist.locationId} = ${locationId}::uuid)
          and ${appointmentWaitlist.earliestDate} <= ${day} and ${appointmentWaitlist.latestDate} >= ${day}`,
    )
    .orderBy(asc(appointmentWaitlist.createdAt))
    .limit(50)
    .for('update', { skipLocked: true });

export async function updateWaitlistEntry(tx: Tx, id: string, values: Partial<WaitlistInsert>) {
  const [row] = await tx
    .update(appointmentWaitlist)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(appointmentWaitlist.id, id))
    .returning();
  return row!;
}

/** Data minimisation: personal data of past appointments and stale waiting-list entries is blanked after `days`. */
export async function anonymisePastPersonalData(tx: Tx, days: number, now: Date): Promise<number> {
  const before = new Date(now.getTime() - days * 86_400_000);
  const beforeDate = localDate(before);
  const done = await queryRows<{ id: string }>(
    tx,
    sql`update appointments set name = '(gelöscht)', email = null, phone = null, person_key = '', updated_at = now()
        where ends_at < ${iso(before)}::timestamptz and person_key <> '' returning id`,
  );
  await tx.execute(
    sql`update appointment_waitlist set status = case when status in ('waiting', 'offered') then 'expired' else status end,
          name = '(gelöscht)', email = '', phone = null, person_key = '', updated_at = now()
        where latest_date < ${beforeDate}::date and person_key <> ''`,
  );
  return done.length;
}

/**
 * A bookable service at one of the tenant's active locations for a knowledge-base service (the assistant offers
 * booking): the same LeiKa key, or (services set up without the key) the same name as the service's title.
 */
export async function findBookableServiceByLeikaKey(
  tx: Tx,
  tenantId: string,
  leikaKey: string,
  title: string,
): Promise<{ code: string; name: string } | undefined> {
  const [row] = await tx
    .selectDistinct({ code: appointmentServices.code, name: appointmentServices.name })
    .from(appointmentServices)
    .innerJoin(appointmentLocationServices, eq(appointmentLocationServices.serviceId, appointmentServices.id))
    .innerJoin(appointmentLocations, eq(appointmentLocations.id, appointmentLocationServices.locationId))
    .where(
      and(
        eq(appointmentServices.tenantId, tenantId),
        sql`(${appointmentServices.leikaKey} = ${leikaKey} or lower(${appointmentServices.name}) = lower(${title}))`,
        eq(appointmentServices.active, true),
        eq(appointmentLocations.active, true),
      ),
    )
    .limit(1);
  return row;
}

export interface AppointmentSetupRow {
  locationId: string;
  name: string;
  services: number;
  openingRules: number;
}

/** A tenant's active locations with their counts of services and weekly opening rules (onboarding readiness). */
export const appointmentSetupOfTenant = (tx: Tx, tenantId: string) =>
  queryRows<AppointmentSetupRow>(
    tx,
    sql`select l.id as "locationId", l.name,
               (select count(*) from appointment_location_services ls join appointment_services s on s.id = ls.service_id
                 where ls.location_id = l.id and s.active)::int as services,
               (select count(*) from appointment_opening_hours h where h.location_id = l.id)::int as "openingRules"
          from appointment_locations l
         where l.tenant_id = ${tenantId} and l.active
         order by l.name`,
  );

/* Editing the catalogue (issue 18): optimistic locking by version; undefined from a write means stale. */

/** A tenant's services, active or not (the administration's list). */
export const listAllServicesOfTenant = (tx: Tx, tenantId: string) =>
  tx.select().from(appointmentServices).where(eq(appointmentServices.tenantId, tenantId)).orderBy(asc(appointmentServices.name));

export async function findService(tx: Tx, id: string): Promise<ServiceRow | undefined> {
  const [row] = await tx.select().from(appointmentServices).where(eq(appointmentServices.id, id));
  return row;
}

export async function updateService(tx: Tx, id: string, expectedVersion: number, values: Partial<ServiceInsert>) {
  const [row] = await tx
    .update(appointmentServices)
    .set({ ...values, updatedAt: new Date(), version: sql`${appointmentServices.version} + 1` })
    .where(and(eq(appointmentServices.id, id), eq(appointmentServices.version, expectedVersion)))
    .returning();
  return row;
}

export async function updateLocation(tx: Tx, id: string, expectedVersion: number, values: Partial<LocationInsert>) {
  const [row] = await tx
    .update(appointmentLocations)
    .set({ ...values, updatedAt: new Date(), version: sql`${appointmentLocations.version} + 1` })
    .where(and(eq(appointmentLocations.id, id), eq(appointmentLocations.version, expectedVersion)))
    .returning();
  return row;
}

/** Sets exactly these services on a location. */
export async function replaceLocationServices(tx: Tx, tenantId: string, locationId: string, serviceIds: string[]) {
  await tx.delete(appointmentLocationServices).where(eq(appointmentLocationServices.locationId, locationId));
  await insertLocationServices(tx, tenantId, locationId, serviceIds);
}

/** A tenant's locations, active or not (the administration's list). */
export const listAllLocationsOfTenants = (tx: Tx, tenantIds?: string[]) =>
  tx
    .select()
    .from(appointmentLocations)
    .where(tenantIds ? inArray(appointmentLocations.tenantId, tenantIds) : undefined)
    .orderBy(asc(appointmentLocations.name));

/** Closed days and special hours of a location from a day on. */
export const listExceptionsFrom = (tx: Tx, locationId: string, from: string) =>
  tx
    .select()
    .from(appointmentDayExceptions)
    .where(and(eq(appointmentDayExceptions.locationId, locationId), sql`${appointmentDayExceptions.day} >= ${from}`))
    .orderBy(asc(appointmentDayExceptions.day));

export async function deleteDayException(tx: Tx, locationId: string, id: string) {
  const [row] = await tx
    .delete(appointmentDayExceptions)
    .where(and(eq(appointmentDayExceptions.locationId, locationId), eq(appointmentDayExceptions.id, id)))
    .returning();
  return row;
}

/** Booked appointments of a location that have not started yet. */
export async function countUpcomingBooked(tx: Tx, locationId: string, now: Date): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from appointments where location_id = ${locationId} and status = 'booked' and starts_at > ${iso(now)}`,
  );
  return row?.n ?? 0;
}
