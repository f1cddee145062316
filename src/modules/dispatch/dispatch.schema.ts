import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  pgSequence,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { createdAt, idColumn, tenantIdColumn, updatedAt, versionColumn } from '../../platform/db/columns.js';
import { tenantIsolationPolicy } from '../../platform/db/tenant-policy.js';

/**
 * The dispatch desk (Leitstelle) of the municipal public order service (SOD).
 * Every row carries a tenant: incidents the municipality they happened in (from the
 * shipped borders), units, staff and the shift log the tenant running the SOD (the
 * host, Hannover), gazetteer entries the municipality they lie in.
 */

export const incidentCategories = [
  'noise',
  'parking_driveway',
  'parking_fire_lane',
  'dumped_waste',
  'aggressive_begging',
  'dog_off_lead',
  'dangerous_dog',
  'youth_protection',
  'alcohol_ban_zone',
  'damaged_street_furniture',
  'public_hazard',
  'other',
] as const;
export type IncidentCategory = (typeof incidentCategories)[number];

/**
 * received -> assigned -> acknowledged -> en_route -> on_scene -> finished -> closed;
 * merged: a duplicate folded into another incident (its caller recorded there).
 */
export const incidentStatuses = ['received', 'assigned', 'acknowledged', 'en_route', 'on_scene', 'finished', 'closed', 'merged'] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];
export const openIncidentStatuses: readonly IncidentStatus[] = ['received', 'assigned', 'acknowledged', 'en_route', 'on_scene', 'finished'];

export const closeResults = ['resolved', 'warning_given', 'fine_notice', 'handed_to_police', 'nothing_found', 'cancelled'] as const;
export type CloseResult = (typeof closeResults)[number];

export const reportingChannels = ['phone', 'email', 'web_form', 'police', 'patrol', 'other'] as const;
export type ReportingChannel = (typeof reportingChannels)[number];

/** Running number of incidents (E-<year>-<number>). */
export const dispatchIncidentNumberSeq = pgSequence('dispatch_incident_number_seq', { startWith: 1 });

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export const dispatchIncidents = pgTable(
  'dispatch_incidents',
  {
    id: idColumn(),
    /** The municipality the incident happened in (point in the shipped borders). */
    tenantId: tenantIdColumn(),
    /** Readable number for radio and phone, e.g. E-2026-000123 (per year). */
    number: varchar('number', { length: 20 }).notNull(),
    category: varchar('category', { length: 30 }).$type<IncidentCategory>().notNull(),
    /** 1 urgent, 2 normal, 3 low; defaults per category. */
    priority: smallint('priority').notNull(),
    description: text('description').notNull().default(''),
    status: varchar('status', { length: 20 }).$type<IncidentStatus>().notNull().default('received'),
    /** The address or place as the dispatcher confirmed it ("Lister Meile 4, Hannover"). */
    locationLabel: text('location_label').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    /** Stadtbezirk in Hannover, otherwise the municipality's name. */
    district: text('district'),
    municipality: text('municipality').notNull(),
    /** address | place | interpolated (house number estimated along the street) | map (placed by hand) */
    locationSource: varchar('location_source', { length: 20 }).notNull(),
    isLocationApproximate: boolean('is_location_approximate').notNull().default(false),
    /** Caller's call-back number (personal data: every read is audited; cleared after retention). */
    callbackNumber: varchar('callback_number', { length: 40 }),
    reportingChannel: varchar('reporting_channel', { length: 20 }).$type<ReportingChannel>().notNull().default('phone'),
    /** When the report came in (the call), may be earlier than the record. */
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
    /** The contact record this incident came from (outcome 6 on the agent desktop). */
    contactId: uuid('contact_id'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    /** First time of each step; the log keeps every later one. */
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    enRouteAt: timestamp('en_route_at', { withTimezone: true }),
    onSceneAt: timestamp('on_scene_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closeResult: varchar('close_result', { length: 20 }).$type<CloseResult>(),
    closeNote: text('close_note'),
    reopenedAt: timestamp('reopened_at', { withTimezone: true }),
    reopenCount: integer('reopen_count').notNull().default(0),
    mergedIntoId: uuid('merged_into_id'),
    /** When the caller's number was removed (retention). */
    personalDataPurgedAt: timestamp('personal_data_purged_at', { withTimezone: true }),
    createdByName: text('created_by_name').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    tenantIsolationPolicy(),
    uniqueIndex('dispatch_incidents_number_uq').on(t.number),
    index('dispatch_incidents_status_idx').on(t.status, t.receivedAt),
    index('dispatch_incidents_received_idx').on(t.tenantId, t.receivedAt),
    check('dispatch_incidents_category_check', sql`${t.category} in (${list(incidentCategories)})`),
    check('dispatch_incidents_status_check', sql`${t.status} in (${list(incidentStatuses)})`),
    check('dispatch_incidents_priority_check', sql`${t.priority} between 1 and 3`),
    check('dispatch_incidents_result_check', sql`${t.closeResult} is null or ${t.closeResult} in (${list(closeResults)})`),
    check('dispatch_incidents_closed_check', sql`${t.status} <> 'closed' or (${t.closedAt} is not null and ${t.closeResult} is not null)`),
    check('dispatch_incidents_lat_check', sql`${t.lat} between -90 and 90 and ${t.lon} between -180 and 180`),
  ],
).enableRLS();

/** Further callers about the same incident (merged duplicates). Personal data like the first caller's number. */
export const dispatchIncidentCallers = pgTable(
  'dispatch_incident_callers',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => dispatchIncidents.id),
    /** The duplicate incident this caller came in with. */
    fromIncidentId: uuid('from_incident_id'),
    callbackNumber: varchar('callback_number', { length: 40 }),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [tenantIsolationPolicy(), index('dispatch_incident_callers_incident_idx').on(t.incidentId)],
).enableRLS();

/** Everything that happened to an incident, who and when: changes, notes, status messages. Append-only. */
export const dispatchIncidentLog = pgTable(
  'dispatch_incident_log',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => dispatchIncidents.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** created | changed | note | assigned | released | unit_status | closed | reopened | merged | caller_added */
    kind: varchar('kind', { length: 20 }).notNull(),
    text: text('text').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
    unitId: uuid('unit_id'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [tenantIsolationPolicy(), index('dispatch_incident_log_incident_idx').on(t.incidentId, t.at)],
).enableRLS();

/** Radio status codes as used in German control rooms (FMS). */
export const unitStatusCodes = [1, 2, 3, 4, 5, 6] as const;
export type UnitStatusCode = (typeof unitStatusCodes)[number];

/** The SOD's staff list (patrol members); not DialogCenter accounts. */
export const dispatchStaff = pgTable(
  'dispatch_staff',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    name: text('name').notNull(),
    staffNumber: varchar('staff_number', { length: 20 }).notNull(),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [tenantIsolationPolicy(), uniqueIndex('dispatch_staff_number_uq').on(t.tenantId, t.staffNumber)],
).enableRLS();

export const dispatchUnits = pgTable(
  'dispatch_units',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    /** Radio call sign, e.g. "Ordnung 11/1". */
    callSign: varchar('call_sign', { length: 30 }).notNull(),
    /** vehicle | foot | bicycle */
    mobility: varchar('mobility', { length: 10 }).notNull(),
    vehicle: text('vehicle'),
    statusCode: smallint('status_code').$type<UnitStatusCode>().notNull().default(6),
    statusAt: timestamp('status_at', { withTimezone: true }).notNull(),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    /** base | incident | dispatcher | patrol */
    positionSource: varchar('position_source', { length: 12 }),
    positionAt: timestamp('position_at', { withTimezone: true }),
    shiftLabel: text('shift_label'),
    shiftStartsAt: timestamp('shift_starts_at', { withTimezone: true }),
    shiftEndsAt: timestamp('shift_ends_at', { withTimezone: true }),
    baseLabel: text('base_label'),
    baseLat: doublePrecision('base_lat'),
    baseLon: doublePrecision('base_lon'),
    /** SHA-256 of the secret in the /streife link the unit's phone uses (null: no link issued). */
    patrolTokenHash: varchar('patrol_token_hash', { length: 64 }),
    patrolTokenExpiresAt: timestamp('patrol_token_expires_at', { withTimezone: true }),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: versionColumn(),
  },
  (t) => [
    tenantIsolationPolicy(),
    uniqueIndex('dispatch_units_call_sign_uq').on(t.tenantId, t.callSign),
    uniqueIndex('dispatch_units_token_uq').on(t.patrolTokenHash),
    check('dispatch_units_status_check', sql`${t.statusCode} between 1 and 6`),
    check('dispatch_units_mobility_check', sql`${t.mobility} in ('vehicle', 'foot', 'bicycle')`),
  ],
).enableRLS();

export const dispatchUnitMembers = pgTable(
  'dispatch_unit_members',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => dispatchUnits.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => dispatchStaff.id),
    createdAt: createdAt(),
  },
  (t) => [
    tenantIsolationPolicy(),
    uniqueIndex('dispatch_unit_members_uq').on(t.unitId, t.staffId),
    index('dispatch_unit_members_staff_idx').on(t.staffId),
  ],
).enableRLS();

/** Every status message of a unit, apart from its current status. */
export const dispatchUnitStatusLog = pgTable(
  'dispatch_unit_status_log',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => dispatchUnits.id),
    statusCode: smallint('status_code').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    incidentId: uuid('incident_id'),
    /** dispatcher | patrol */
    source: varchar('source', { length: 12 }).notNull(),
    actorName: text('actor_name').notNull(),
  },
  (t) => [tenantIsolationPolicy(), index('dispatch_unit_status_log_unit_idx').on(t.unitId, t.at)],
).enableRLS();

/** A unit sent to an incident; released when it is done there. A unit has at most one active assignment. */
export const dispatchAssignments = pgTable(
  'dispatch_assignments',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => dispatchIncidents.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => dispatchUnits.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
    assignedByName: text('assigned_by_name').notNull(),
    /** Straight-line distance at assignment, metres (null: unit position unknown). */
    distanceMeters: integer('distance_meters'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    enRouteAt: timestamp('en_route_at', { withTimezone: true }),
    onSceneAt: timestamp('on_scene_at', { withTimezone: true }),
    releasedAt: timestamp('released_at', { withTimezone: true }),
  },
  (t) => [
    tenantIsolationPolicy(),
    index('dispatch_assignments_incident_idx').on(t.incidentId),
    uniqueIndex('dispatch_assignments_active_unit_uq').on(t.unitId).where(sql`${t.releasedAt} is null`),
  ],
).enableRLS();

/** The shift log: notes of the desk, handover notes between shifts. Append-only. */
export const dispatchShiftLog = pgTable(
  'dispatch_shift_log',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** note | handover | shift_start | shift_end */
    kind: varchar('kind', { length: 12 }).notNull(),
    text: text('text').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name').notNull(),
  },
  (t) => [tenantIsolationPolicy(), index('dispatch_shift_log_at_idx').on(t.tenantId, t.at)],
).enableRLS();

/**
 * The offline gazetteer: addresses (street + house number), streets known by their
 * two ends (house numbers interpolated between), and named places (squares, parks,
 * landmarks). Filled by imports (official address list CSV, OSM GeoJSON) and the demo.
 */
export const dispatchPlaces = pgTable(
  'dispatch_places',
  {
    id: idColumn(),
    /** The municipality the place lies in. */
    tenantId: tenantIdColumn(),
    /** address | street | place */
    kind: varchar('kind', { length: 10 }).notNull(),
    /** Street or place name as written ("Lister Meile", "Kröpcke"). */
    name: text('name').notNull(),
    houseNumber: varchar('house_number', { length: 12 }),
    postalCode: varchar('postal_code', { length: 5 }),
    municipality: text('municipality').notNull(),
    district: text('district'),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    /** Streets: the other end, and the house numbers at both ends. */
    endLat: doublePrecision('end_lat'),
    endLon: doublePrecision('end_lon'),
    houseFrom: integer('house_from'),
    houseTo: integer('house_to'),
    /** normalised name (see address-text.ts), trigram-indexed */
    searchKey: text('search_key').notNull(),
    /** demo | address_list | osm */
    source: varchar('source', { length: 20 }).notNull(),
    importId: uuid('import_id'),
    createdAt: createdAt(),
  },
  (t) => [
    tenantIsolationPolicy(),
    index('dispatch_places_search_trgm_idx').using('gin', sql`${t.searchKey} gin_trgm_ops`),
    index('dispatch_places_key_idx').on(t.searchKey, t.houseNumber),
    check('dispatch_places_kind_check', sql`${t.kind} in ('address', 'street', 'place')`),
  ],
).enableRLS();

/** One gazetteer import with its report (accepted whole or not at all). */
export const dispatchPlaceImports = pgTable(
  'dispatch_place_imports',
  {
    id: idColumn(),
    tenantId: tenantIdColumn(),
    /** address_list_csv | osm_geojson */
    format: varchar('format', { length: 20 }).notNull(),
    fileName: text('file_name').notNull(),
    /** applied | rejected | dry_run */
    outcome: varchar('outcome', { length: 10 }).notNull(),
    rowCount: integer('row_count').notNull(),
    acceptedCount: integer('accepted_count').notNull(),
    replacedCount: integer('replaced_count').notNull().default(0),
    errors: jsonb('errors').$type<{ row: number; field: string; message: string }[]>().notNull(),
    attribution: text('attribution'),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (_t) => [tenantIsolationPolicy()],
).enableRLS();
