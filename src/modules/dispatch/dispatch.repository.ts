import { and, asc, desc, eq, gte, inArray, isNull, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.js';
import { queryRows } from '../../platform/db/database.js';
import { notRestricted } from '../../platform/privacy/personal-data.js';
import {
  dispatchAssignments,
  dispatchIncidentCallers,
  dispatchIncidentLog,
  dispatchIncidents,
  dispatchShiftLog,
  dispatchStaff,
  dispatchUnitMembers,
  dispatchUnits,
  dispatchUnitStatusLog,
  openIncidentStatuses,
  type IncidentStatus,
} from './dispatch.schema.js';

export type IncidentRow = typeof dispatchIncidents.$inferSelect;
export type IncidentInsert = typeof dispatchIncidents.$inferInsert;
export type UnitRow = typeof dispatchUnits.$inferSelect;
export type AssignmentRow = typeof dispatchAssignments.$inferSelect;

// Incidents
export async function nextIncidentSequence(tx: Tx): Promise<number> {
  const [row] = await queryRows<{ n: string }>(tx, sql`select nextval('dispatch_incident_number_seq')::text as n`);
  return Number(row!.n);
}

export async function insertIncident(tx: Tx, values: IncidentInsert): Promise<IncidentRow> {
  const [row] = await tx.insert(dispatchIncidents).values(values).returning();
  return row!;
}

export async function findIncident(tx: Tx, id: string, forUpdate = false): Promise<IncidentRow | undefined> {
  const query = tx.select().from(dispatchIncidents).where(eq(dispatchIncidents.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateIncident(tx: Tx, id: string, values: Partial<IncidentInsert>, at: Date): Promise<IncidentRow> {
  const [row] = await tx
    .update(dispatchIncidents)
    .set({ ...values, updatedAt: at, version: sql`${dispatchIncidents.version} + 1` })
    .where(eq(dispatchIncidents.id, id))
    .returning();
  return row!;
}

export interface IncidentFilter {
  statuses: readonly IncidentStatus[] | null;
  from?: Date;
  to?: Date;
  limit: number;
}

export async function listIncidents(tx: Tx, filter: IncidentFilter): Promise<IncidentRow[]> {
  const conditions: SQL[] = [];
  if (filter.statuses) conditions.push(inArray(dispatchIncidents.status, [...filter.statuses]));
  if (filter.from) conditions.push(gte(dispatchIncidents.receivedAt, filter.from));
  if (filter.to) conditions.push(lte(dispatchIncidents.receivedAt, filter.to));
  return tx
    .select()
    .from(dispatchIncidents)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(dispatchIncidents.priority), asc(dispatchIncidents.receivedAt))
    .limit(filter.limit);
}

/** The board's columns of the open incidents, by priority then age (no description, no caller data). */
export const listBoardIncidents = (tx: Tx, limit: number) =>
  tx
    .select({
      id: dispatchIncidents.id,
      number: dispatchIncidents.number,
      tenantId: dispatchIncidents.tenantId,
      category: dispatchIncidents.category,
      priority: dispatchIncidents.priority,
      status: dispatchIncidents.status,
      locationLabel: dispatchIncidents.locationLabel,
      lat: dispatchIncidents.lat,
      lon: dispatchIncidents.lon,
      district: dispatchIncidents.district,
      municipality: dispatchIncidents.municipality,
      isLocationApproximate: dispatchIncidents.isLocationApproximate,
      receivedAt: dispatchIncidents.receivedAt,
      assignedAt: dispatchIncidents.assignedAt,
      onSceneAt: dispatchIncidents.onSceneAt,
      reopenedAt: dispatchIncidents.reopenedAt,
      reopenCount: dispatchIncidents.reopenCount,
    })
    .from(dispatchIncidents)
    .where(inArray(dispatchIncidents.status, [...openIncidentStatuses]))
    .orderBy(asc(dispatchIncidents.priority), asc(dispatchIncidents.receivedAt))
    .limit(limit);

/** Open incidents of one category in a box around a point since a time (duplicate candidates). */
export async function listDuplicateCandidates(
  tx: Tx,
  o: { category: string; lat: number; lon: number; latDelta: number; lonDelta: number; since: Date; exceptId: string },
) {
  return tx
    .select({
      id: dispatchIncidents.id,
      number: dispatchIncidents.number,
      lat: dispatchIncidents.lat,
      lon: dispatchIncidents.lon,
      receivedAt: dispatchIncidents.receivedAt,
      locationLabel: dispatchIncidents.locationLabel,
      status: dispatchIncidents.status,
    })
    .from(dispatchIncidents)
    .where(
      and(
        eq(dispatchIncidents.category, o.category as IncidentRow['category']),
        inArray(dispatchIncidents.status, [...openIncidentStatuses]),
        ne(dispatchIncidents.id, o.exceptId),
        gte(dispatchIncidents.receivedAt, o.since),
        sql`${dispatchIncidents.lat} between ${o.lat - o.latDelta} and ${o.lat + o.latDelta}`,
        sql`${dispatchIncidents.lon} between ${o.lon - o.lonDelta} and ${o.lon + o.lonDelta}`,
      ),
    )
    .orderBy(asc(dispatchIncidents.receivedAt))
    .limit(20);
}

export async function insertLog(tx: Tx, values: typeof dispatchIncidentLog.$inferInsert) {
  await tx.insert(dispatchIncidentLog).values(values);
}
export const listLog = (tx: Tx, incidentId: string) =>
  tx
    .select()
    .from(dispatchIncidentLog)
    .where(eq(dispatchIncidentLog.incidentId, incidentId))
    .orderBy(asc(dispatchIncidentLog.at), asc(dispatchIncidentLog.id));

export async function insertCaller(tx: Tx, values: typeof dispatchIncidentCallers.$inferInsert) {
  await tx.insert(dispatchIncidentCallers).values(values);
}
export const listCallers = (tx: Tx, incidentId: string) =>
  tx
    .select()
    .from(dispatchIncidentCallers)
    .where(eq(dispatchIncidentCallers.incidentId, incidentId))
    .orderBy(asc(dispatchIncidentCallers.reportedAt));

/** Removes caller numbers of incidents closed before `closedBefore` (retention). */
/** Restricted incidents (Art. 18, `restricted` ids) keep their numbers. */
export async function purgeCallbackNumbers(tx: Tx, closedBefore: Date, at: Date, restricted: readonly string[] = []): Promise<number> {
  const purged = await tx
    .update(dispatchIncidents)
    .set({ callbackNumber: null, personalDataPurgedAt: at })
    .where(
      and(
        sql`${dispatchIncidents.callbackNumber} is not null`,
        inArray(dispatchIncidents.status, ['closed', 'merged']),
        sql`coalesce(${dispatchIncidents.closedAt}, ${dispatchIncidents.updatedAt}) < ${closedBefore}`,
        notRestricted(sql`${dispatchIncidents.id}`, restricted),
      ),
    )
    .returning({ id: dispatchIncidents.id });
  const ids = purged.map((p) => p.id);
  if (ids.length > 0)
    await tx.update(dispatchIncidentCallers).set({ callbackNumber: null }).where(inArray(dispatchIncidentCallers.incidentId, ids));
  return ids.length;
}

// Assignments
export const listAssignmentsOfIncidents = (tx: Tx, incidentIds: string[]) =>
  incidentIds.length === 0
    ? Promise.resolve([])
    : tx
        .select({ assignment: dispatchAssignments, callSign: dispatchUnits.callSign, statusCode: dispatchUnits.statusCode })
        .from(dispatchAssignments)
        .innerJoin(dispatchUnits, eq(dispatchUnits.id, dispatchAssignments.unitId))
        .where(inArray(dispatchAssignments.incidentId, incidentIds))
        .orderBy(asc(dispatchAssignments.assignedAt));

export async function findActiveAssignmentOfUnit(tx: Tx, unitId: string): Promise<AssignmentRow | undefined> {
  const [row] = await tx
    .select()
    .from(dispatchAssignments)
    .where(and(eq(dispatchAssignments.unitId, unitId), isNull(dispatchAssignments.releasedAt)));
  return row;
}
export const listActiveAssignments = (tx: Tx) =>
  tx
    .select({
      unitId: dispatchAssignments.unitId,
      incidentId: dispatchAssignments.incidentId,
      number: dispatchIncidents.number,
      callSign: dispatchUnits.callSign,
      statusCode: dispatchUnits.statusCode,
    })
    .from(dispatchAssignments)
    .innerJoin(dispatchIncidents, eq(dispatchIncidents.id, dispatchAssignments.incidentId))
    .innerJoin(dispatchUnits, eq(dispatchUnits.id, dispatchAssignments.unitId))
    .where(isNull(dispatchAssignments.releasedAt))
    .orderBy(asc(dispatchAssignments.assignedAt));

export async function insertAssignment(tx: Tx, values: typeof dispatchAssignments.$inferInsert): Promise<AssignmentRow> {
  const [row] = await tx.insert(dispatchAssignments).values(values).returning();
  return row!;
}
export async function updateAssignment(tx: Tx, id: string, values: Partial<typeof dispatchAssignments.$inferInsert>) {
  await tx.update(dispatchAssignments).set(values).where(eq(dispatchAssignments.id, id));
}
export async function countActiveAssignments(tx: Tx, incidentId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(dispatchAssignments)
    .where(and(eq(dispatchAssignments.incidentId, incidentId), isNull(dispatchAssignments.releasedAt)));
  return row!.n;
}
export async function releaseAssignmentsOfIncident(tx: Tx, incidentId: string, at: Date) {
  return tx
    .update(dispatchAssignments)
    .set({ releasedAt: at })
    .where(and(eq(dispatchAssignments.incidentId, incidentId), isNull(dispatchAssignments.releasedAt)))
    .returning({ unitId: dispatchAssignments.unitId });
}

// Units, staff
export const listUnits = (tx: Tx) =>
  tx.select().from(dispatchUnits).where(eq(dispatchUnits.isActive, true)).orderBy(asc(dispatchUnits.callSign));

export async function findUnit(tx: Tx, id: string, forUpdate = false): Promise<UnitRow | undefined> {
  const query = tx.select().from(dispatchUnits).where(eq(dispatchUnits.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}
export async function findUnitByTokenHash(tx: Tx, hash: string): Promise<UnitRow | undefined> {
  const [row] = await tx.select().from(dispatchUnits).where(eq(dispatchUnits.patrolTokenHash, hash));
  return row;
}
export async function insertUnit(tx: Tx, values: typeof dispatchUnits.$inferInsert): Promise<UnitRow> {
  const [row] = await tx.insert(dispatchUnits).values(values).returning();
  return row!;
}
export async function updateUnit(tx: Tx, id: string, values: Partial<typeof dispatchUnits.$inferInsert>, at: Date): Promise<UnitRow> {
  const [row] = await tx
    .update(dispatchUnits)
    .set({ ...values, updatedAt: at, version: sql`${dispatchUnits.version} + 1` })
    .where(eq(dispatchUnits.id, id))
    .returning();
  return row!;
}
export async function insertUnitStatus(tx: Tx, values: typeof dispatchUnitStatusLog.$inferInsert) {
  await tx.insert(dispatchUnitStatusLog).values(values);
}

export const listMembers = (tx: Tx) =>
  tx
    .select({ unitId: dispatchUnitMembers.unitId, id: dispatchStaff.id, name: dispatchStaff.name })
    .from(dispatchUnitMembers)
    .innerJoin(dispatchStaff, eq(dispatchStaff.id, dispatchUnitMembers.staffId))
    .orderBy(asc(dispatchStaff.name));
export async function replaceMembers(tx: Tx, tenantId: string, unitId: string, staffIds: string[]) {
  await tx.delete(dispatchUnitMembers).where(eq(dispatchUnitMembers.unitId, unitId));
  if (staffIds.length > 0) await tx.insert(dispatchUnitMembers).values(staffIds.map((staffId) => ({ tenantId, unitId, staffId })));
}
export const listStaff = (tx: Tx) =>
  tx.select().from(dispatchStaff).where(eq(dispatchStaff.isActive, true)).orderBy(asc(dispatchStaff.name));
export async function insertStaff(tx: Tx, values: typeof dispatchStaff.$inferInsert) {
  const [row] = await tx.insert(dispatchStaff).values(values).returning();
  return row!;
}

// Shift log
export async function insertShiftLog(tx: Tx, values: typeof dispatchShiftLog.$inferInsert) {
  const [row] = await tx.insert(dispatchShiftLog).values(values).returning();
  return row!;
}
export const listShiftLog = (tx: Tx, limit: number) => tx.select().from(dispatchShiftLog).orderBy(desc(dispatchShiftLog.at)).limit(limit);
