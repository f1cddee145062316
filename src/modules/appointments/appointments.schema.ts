import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, tenantIdColumn, updatedAt, versionColumn } from '../../platform/db/columns.js';
import { tenantIsolationPolicy } from '../../platform/db/tenant-policy.js';
import { tenants } from '../tenancy/tenancy.schema.js';

/** PostgreSQL's range of timestamptz, written and read as its text form `["…","…")`. */
const tstzrange = customType<{ data: string }>({ dataType: () => 'tstzrange' });

export type LocationKind = 'buergerbuero' | 'auslaenderbehoerde';
export type BookingChannel = 'online' | 'callcenter' | 'internal';
export type ClaimKind = 'hold' | 'booking' | 'cancel_block' | 'offer';
export type AppointmentStatus = 'booked' | 'checked_in' | 'completed' | 'no_show' | 'cancelled';
export type WaitlistStatus = 'waiting' | 'offered' | 'booked' | 'expired' | 'withdrawn';

/** What an appointment is for: services and how many of each (two passports = quantity 2). */
export interface BookedService {
  serviceId: string;
  code: string;
  name: string;
  quantity: number;
  minutes: number;
}

/** A place where citizens come for appointments: a citizen office (Bürgerbüro) or a foreigners office. */
export const appointmentLocations = pgTable(
  'appointment_locations',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: 'cascade' }),
    kind: varchar('kind', { length: 30 }).$type<LocationKind>().notNull(),
    name: text('name').notNull(),
    street: text('street').notNull(),
    postalCode: varchar('postal_code', { length: 5 }).notNull(),
    city: text('city').notNull(),
    phone: text('phone'),
    email: text('email'),
    /** Access notes shown to citizens (step-free entrance, lift, parking). */
    accessibility: text('accessibility'),
    /** For "nearest office" searches across municipalities. */
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    /** Grid of possible start times in minutes; appointment lengths round up to it. */
    slotMinutes: smallint('slot_minutes').notNull().default(15),
    /** A cancelled slot stays blocked this long, so that traded appointments cannot be handed over. */
    cancelBlockMinutes: integer('cancel_block_minutes').notNull().default(60),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    tenantIsolationPolicy(),
    check('appointment_locations_kind_check', sql`${t.kind} in ('buergerbuero', 'auslaenderbehoerde')`),
    check('appointment_locations_slot_check', sql`${t.slotMinutes} between 5 and 120`),
    check('appointment_locations_block_check', sql`${t.cancelBlockMinutes} between 0 and 10080`),
  ],
).enableRLS();

/** A service that needs an appointment, e.g. "Personalausweis beantragen". `code` is the same in every municipality. */
export const appointmentServices = pgTable(
  'appointment_services',
  {
    id: idColumn(),
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: 'cascade' }),
    /** Shared key across tenants (search in neighbouring municipalities), e.g. `personalausweis`. */
    code: varchar('code', { length: 60 }).notNull(),
    name: text('name').notNull(),
    /** Optional LeiKa key of the federal service catalogue. */
    leikaKey: varchar('leika_key', { length: 14 }),
    durationMinutes: smallint('duration_minutes').notNull(),
    /** How far ahead it can be booked, in days. */
    horizonDays: smallint('horizon_days').notNull().default(42),
    /** How soon it can be booked at the earliest, in minutes from now. */
    leadMinutes: integer('lead_minutes').notNull().default(60),
    /** How many of it one appointment may hold (e.g. passports for a family). */
    maxQuantity: smallint('max_quantity').notNull().default(1),
    /** What to bring, shown on the page and in the mail. */
    bring: text('bring'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    tenantIsolationPolicy(),
    unique('appointment_services_code_unique').on(t.tenantId, t.code),
    check('appointment_services_duration_check', sql`${t.durationMinutes} between 5 and 240`),
    check('appointment_services_horizon_check', sql`${t.horizonDays} between 1 and 365 and ${t.leadMinutes} >= 0`),
    check('appointment_services_quantity_check', sql`${t.maxQuantity} between 1 and 10`),
  ],
).enableRLS();

/** Which location offers which service. */
export const appointmentLocationServices = pgTable(
  'appointment_location_services',
  {
    tenantId: tenantIdColumn(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => appointmentLocations.id, { onDelete: 'cascade' }),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => appointmentServices.id, { onDelete: 'cascade' }),
  },
  (t) => [tenantIsolationPolicy(), primaryKey({ columns: [t.locationId, t.serviceId] })],
).enableRLS();

/**
 * Weekly opening hours with the seats (counters or staff) open in them. Contingents
 * are nested: online ≤ call center ≤ all seats; internal bookings may use every seat.
 */
export const appointmentOpeningHours = pgTable(
  'appointment_opening_hours',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => appointmentLocations.id, { onDelete: 'cascade' }),
    /** ISO weekday, 1 = Monday. */
    weekday: smallint('weekday').notNull(),
    opens: time('opens').notNull(),
    closes: time('closes').notNull(),
    seats: smallint('seats').notNull(),
    callcenterSeats: smallint('callcenter_seats').notNull(),
    onlineSeats: smallint('online_seats').notNull(),
    validFrom: date('valid_from'),
    validUntil: date('valid_until'),
  },
  (t) => [
    tenantIsolationPolicy(),
    check('appointment_hours_weekday_check', sql`${t.weekday} between 1 and 7`),
    check('appointment_hours_order_check', sql`${t.opens} < ${t.closes}`),
    check(
      'appointment_hours_seats_check',
      sql`${t.onlineSeats} >= 0 and ${t.onlineSeats} <= ${t.callcenterSeats} and ${t.callcenterSeats} <= ${t.seats} and ${t.seats} between 1 and 50`,
    ),
  ],
).enableRLS();

/** A day that differs from the weekly rule: closed (staff outing) or special hours. Holidays need no row. */
export const appointmentDayExceptions = pgTable(
  'appointment_day_exceptions',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => appointmentLocations.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    closed: boolean('closed').notNull(),
    opens: time('opens'),
    closes: time('closes'),
    seats: smallint('seats'),
    callcenterSeats: smallint('callcenter_seats'),
    onlineSeats: smallint('online_seats'),
    reason: text('reason').notNull(),
  },
  (t) => [
    tenantIsolationPolicy(),
    check('appointment_exceptions_shape_check', sql`${t.closed} or (${t.opens} < ${t.closes} and ${t.seats} >= 1)`),
  ],
).enableRLS();

/**
 * Who occupies which seat when. The exclusion constraint (migration
 * `appointment_claims_no_overlap`) refuses two claims on one seat at overlapping
 * times, so a double booking is impossible whatever the application does. Holds,
 * waiting-list offers and anti-trading blocks are claims with an expiry; an
 * expired claim is deleted before anyone claims the same time.
 */
export const appointmentClaims = pgTable(
  'appointment_claims',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => appointmentLocations.id, { onDelete: 'cascade' }),
    seat: smallint('seat').notNull(),
    during: tstzrange('during').notNull(),
    kind: varchar('kind', { length: 20 }).$type<ClaimKind>().notNull(),
    channel: varchar('channel', { length: 20 }).$type<BookingChannel>().notNull(),
    /** Holds, offers and blocks end; bookings do not. */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    appointmentId: uuid('appointment_id'),
    waitlistEntryId: uuid('waitlist_entry_id'),
    /** sha256 of the secret the holder must show to turn the hold into a booking. */
    secretHash: text('secret_hash'),
    services: jsonb('services').$type<BookedService[]>().notNull().default(sql`'[]'::jsonb`),
    createdAt: createdAt(),
  },
  (t) => [
    tenantIsolationPolicy(),
    check('appointment_claims_kind_check', sql`${t.kind} in ('hold', 'booking', 'cancel_block', 'offer')`),
    check('appointment_claims_channel_check', sql`${t.channel} in ('online', 'callcenter', 'internal')`),
    check('appointment_claims_seat_check', sql`${t.seat} >= 1`),
    check('appointment_claims_expiry_check', sql`(${t.kind} = 'booking') = (${t.expiresAt} is null)`),
    index('appointment_claims_expiry_idx').on(t.expiresAt),
    index('appointment_claims_appointment_idx').on(t.appointmentId),
  ],
).enableRLS();

/** A booked appointment with the citizen's details. */
export const appointments = pgTable(
  'appointments',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    locationId: uuid('location_id')
      .notNull()
      .references(() => appointmentLocations.id),
    /** Short reference the citizen quotes, e.g. `T-4KX9PM`. */
    reference: varchar('reference', { length: 12 }).notNull().unique(),
    status: varchar('status', { length: 20 }).$type<AppointmentStatus>().notNull().default('booked'),
    channel: varchar('channel', { length: 20 }).$type<BookingChannel>().notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Counter / seat number at the location. */
    seat: smallint('seat').notNull(),
    services: jsonb('services').$type<BookedService[]>().notNull(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    /** Normalised name, for the per-person limit. */
    personKey: text('person_key').notNull(),
    /** sha256 of the code in the cancel/move link; the code itself is only in the citizen's mail. */
    cancelCodeHash: text('cancel_code_hash').notNull(),
    /** Sent by the client with the booking; a repeated request (double click) returns the first result. */
    idempotencyKey: varchar('idempotency_key', { length: 80 }).notNull().unique(),
    /** iCalendar SEQUENCE: grows with every move. */
    sequence: integer('sequence').notNull().default(0),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    noShowAt: timestamp('no_show_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    bookedBy: text('booked_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    tenantIsolationPolicy(),
    check('appointments_status_check', sql`${t.status} in ('booked', 'checked_in', 'completed', 'no_show', 'cancelled')`),
    check('appointments_time_check', sql`${t.startsAt} < ${t.endsAt}`),
    index('appointments_day_idx').on(t.locationId, t.startsAt),
    index('appointments_email_idx').on(t.tenantId, t.email),
    index('appointments_person_idx').on(t.tenantId, t.personKey),
  ],
).enableRLS();

/** Citizens waiting for a service that is fully booked; freed slots are offered in order. */
export const appointmentWaitlist = pgTable(
  'appointment_waitlist',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    /** null: any location of the tenant that offers the services. */
    locationId: uuid('location_id').references(() => appointmentLocations.id, { onDelete: 'cascade' }),
    services: jsonb('services').$type<BookedService[]>().notNull(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    personKey: text('person_key').notNull(),
    earliestDate: date('earliest_date').notNull(),
    latestDate: date('latest_date').notNull(),
    status: varchar('status', { length: 20 }).$type<WaitlistStatus>().notNull().default('waiting'),
    channel: varchar('channel', { length: 20 }).$type<BookingChannel>().notNull(),
    offerClaimId: uuid('offer_claim_id'),
    offerSecretHash: text('offer_secret_hash'),
    offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
    appointmentId: uuid('appointment_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    tenantIsolationPolicy(),
    check('appointment_waitlist_status_check', sql`${t.status} in ('waiting', 'offered', 'booked', 'expired', 'withdrawn')`),
    check('appointment_waitlist_dates_check', sql`${t.earliestDate} <= ${t.latestDate}`),
    index('appointment_waitlist_queue_idx').on(t.tenantId, t.status, t.createdAt),
  ],
).enableRLS();

/** Requests per bucket (hashed IP + action) for rate limits; not tenant data. */
export const appointmentRateEvents = pgTable(
  'appointment_rate_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    bucket: varchar('bucket', { length: 100 }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('appointment_rate_bucket_idx').on(t.bucket, t.occurredAt)],
);
