import { and, asc, desc, eq, gte, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/database.js';
import {
  itDeliveries,
  itFaultEvents,
  itFaults,
  itKnownErrors,
  itOutageCalls,
  itOutages,
  itStatusReceipts,
  type FaultStatus,
} from './itfaults.schema.js';

export type FaultRow = typeof itFaults.$inferSelect;
export type FaultInsert = typeof itFaults.$inferInsert;
export type FaultEventRow = typeof itFaultEvents.$inferSelect;
export type KnownErrorRow = typeof itKnownErrors.$inferSelect;
export type KnownErrorInsert = typeof itKnownErrors.$inferInsert;
export type OutageRow = typeof itOutages.$inferSelect;
export type OutageInsert = typeof itOutages.$inferInsert;
export type DeliveryRow = typeof itDeliveries.$inferSelect;
export type DeliveryInsert = typeof itDeliveries.$inferInsert;

// Faults
export async function nextReferenceNumber(tx: Tx): Promise<number> {
  const [row] = await queryRows<{ n: string }>(tx, sql`select nextval('it_fault_reference_seq')::text as n`);
  return Number(row!.n);
}

export async function insertFault(tx: Tx, values: FaultInsert): Promise<FaultRow> {
  const [row] = await tx.insert(itFaults).values(values).returning();
  return row!;
}

export async function findFault(tx: Tx, id: string, forUpdate = false): Promise<FaultRow | undefined> {
  const query = tx.select().from(itFaults).where(eq(itFaults.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findFaultByReference(tx: Tx, reference: string, forUpdate = false): Promise<FaultRow | undefined> {
  const query = tx.select().from(itFaults).where(eq(itFaults.reference, reference));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateFault(tx: Tx, id: string, values: Partial<FaultInsert>, at: Date): Promise<FaultRow> {
  const [row] = await tx
    .update(itFaults)
    .set({ ...values, updatedAt: at, version: sql`${itFaults.version} + 1` })
    .where(eq(itFaults.id, id))
    .returning();
  return row!;
}

export interface FaultFilter {
  statuses: readonly FaultStatus[] | null;
  limit: number;
}

export async function listFaults(tx: Tx, filter: FaultFilter): Promise<FaultRow[]> {
  const where = filter.statuses ? inArray(itFaults.status, [...filter.statuses]) : undefined;
  return tx.select().from(itFaults).where(where).orderBy(asc(itFaults.priority), desc(itFaults.reportedAt)).limit(filter.limit);
}

export async function insertFaultEvent(tx: Tx, values: typeof itFaultEvents.$inferInsert): Promise<void> {
  await tx.insert(itFaultEvents).values(values);
}

export async function listFaultEvents(tx: Tx, faultId: string): Promise<FaultEventRow[]> {
  return tx.select().from(itFaultEvents).where(eq(itFaultEvents.faultId, faultId)).orderBy(asc(itFaultEvents.at), asc(itFaultEvents.id));
}

// Known errors
export async function insertKnownError(tx: Tx, values: KnownErrorInsert): Promise<KnownErrorRow> {
  const [row] = await tx.insert(itKnownErrors).values(values).returning();
  return row!;
}

export async function findKnownError(tx: Tx, id: string, forUpdate = false): Promise<KnownErrorRow | undefined> {
  const query = tx.select().from(itKnownErrors).where(eq(itKnownErrors.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateKnownError(tx: Tx, id: string, values: Partial<KnownErrorInsert>, at: Date): Promise<KnownErrorRow> {
  const [row] = await tx
    .update(itKnownErrors)
    .set({ ...values, updatedAt: at, version: sql`${itKnownErrors.version} + 1` })
    .where(eq(itKnownErrors.id, id))
    .returning();
  return row!;
}

export async function listKnownErrors(tx: Tx, includeProposed: boolean): Promise<KnownErrorRow[]> {
  return tx
    .select()
    .from(itKnownErrors)
    .where(includeProposed ? undefined : ne(itKnownErrors.status, 'proposed'))
    .orderBy(desc(itKnownErrors.updatedAt))
    .limit(200);
}

export async function countFaultsPerKnownError(tx: Tx): Promise<Map<string, number>> {
  const rows = await tx
    .select({ id: itFaults.knownErrorId, n: sql<number>`count(*)::int` })
    .from(itFaults)
    .where(sql`${itFaults.knownErrorId} is not null`)
    .groupBy(itFaults.knownErrorId);
  return new Map(rows.map((r) => [r.id!, r.n]));
}

/**
 * Candidates for a spoken symptom: German full text (stems, prefixes; any word) or
 * trigram word similarity of the whole query (typos), with both figures for ranking.
 */
export async function searchKnownErrorCandidates(
  tx: Tx,
  input: { tsquery: string; normalized: string; includeProposed: boolean },
): Promise<(KnownErrorRow & { rank: number; similarity: number })[]> {
  const vector = sql`to_tsvector('german', ${itKnownErrors.searchText})`;
  const query = input.tsquery ? sql`to_tsquery('german', ${input.tsquery})` : sql`null::tsquery`;
  const rows = await tx
    .select({
      row: itKnownErrors,
      rank: sql<number>`coalesce(ts_rank(${vector}, ${query}), 0)::float8`,
      similarity: sql<number>`word_similarity(${input.normalized}, ${itKnownErrors.searchText})::float8`,
    })
    .from(itKnownErrors)
    .where(
      and(
        input.includeProposed ? undefined : ne(itKnownErrors.status, 'proposed'),
        or(sql`${vector} @@ ${query}`, sql`word_similarity(${input.normalized}, ${itKnownErrors.searchText}) >= 0.5`),
      ),
    )
    .limit(60);
  return rows.map((r) => ({ ...r.row, rank: Number(r.rank), similarity: Number(r.similarity) }));
}

// Outages
export async function insertOutage(tx: Tx, values: OutageInsert): Promise<OutageRow> {
  const [row] = await tx.insert(itOutages).values(values).returning();
  return row!;
}

export async function findOutage(tx: Tx, id: string, forUpdate = false): Promise<OutageRow | undefined> {
  const query = tx.select().from(itOutages).where(eq(itOutages.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateOutage(tx: Tx, id: string, values: Partial<OutageInsert>, at: Date): Promise<OutageRow> {
  const [row] = await tx
    .update(itOutages)
    .set({ ...values, updatedAt: at, version: sql`${itOutages.version} + 1` })
    .where(eq(itOutages.id, id))
    .returning();
  return row!;
}

export async function listOutages(tx: Tx, options: { activeOnly: boolean; since?: Date }): Promise<OutageRow[]> {
  const conditions: SQL[] = [];
  if (options.activeOnly) conditions.push(eq(itOutages.status, 'active'));
  else if (options.since) conditions.push(or(eq(itOutages.status, 'active'), gte(itOutages.closedAt, options.since))!);
  return tx
    .select()
    .from(itOutages)
    .where(and(...conditions))
    .orderBy(asc(itOutages.status), desc(itOutages.declaredAt))
    .limit(100);
}

/** Counts one call on the outage; false when this contact was already counted. */
export async function insertOutageCall(tx: Tx, values: typeof itOutageCalls.$inferInsert): Promise<boolean> {
  const rows = await tx.insert(itOutageCalls).values(values).onConflictDoNothing().returning({ id: itOutageCalls.id });
  if (rows.length === 0) return false;
  await tx
    .update(itOutages)
    .set({ callCount: sql`${itOutages.callCount} + 1` })
    .where(eq(itOutages.id, values.outageId));
  return true;
}

export async function countOutageCalls(tx: Tx, outageId: string): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(itOutageCalls).where(eq(itOutageCalls.outageId, outageId));
  return row?.n ?? 0;
}

// Webhook deliveries
export async function insertDelivery(tx: Tx, values: DeliveryInsert): Promise<DeliveryRow> {
  const [row] = await tx.insert(itDeliveries).values(values).returning();
  return row!;
}

export async function listDeliveriesOf(tx: Tx, where: { faultId?: string; outageId?: string }): Promise<DeliveryRow[]> {
  const condition = where.faultId ? eq(itDeliveries.faultId, where.faultId) : eq(itDeliveries.outageId, where.outageId!);
  return tx.select().from(itDeliveries).where(condition).orderBy(asc(itDeliveries.createdAt));
}

export async function listProblemDeliveries(tx: Tx): Promise<DeliveryRow[]> {
  return tx
    .select()
    .from(itDeliveries)
    .where(inArray(itDeliveries.status, ['failing', 'given_up']))
    .orderBy(desc(itDeliveries.updatedAt))
    .limit(50);
}

/** Due deliveries (pending or failing, or sending with an expired lease), claimed with a lease. */
export async function claimDueDeliveries(tx: Tx, now: Date, leaseUntil: Date, limit: number): Promise<DeliveryRow[]> {
  const due = await tx
    .select({ id: itDeliveries.id })
    .from(itDeliveries)
    .where(
      or(
        and(inArray(itDeliveries.status, ['pending', 'failing']), sql`${itDeliveries.nextAttemptAt} <= ${now}`),
        and(eq(itDeliveries.status, 'sending'), lt(itDeliveries.leaseUntil, now)),
      ),
    )
    .orderBy(asc(itDeliveries.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  if (due.length === 0) return [];
  return tx
    .update(itDeliveries)
    .set({
      status: 'sending',
      leaseUntil,
      claimToken: sql`gen_random_uuid()`,
      attempts: sql`${itDeliveries.attempts} + 1`,
      updatedAt: now,
    })
    .where(
      inArray(
        itDeliveries.id,
        due.map((d) => d.id),
      ),
    )
    .returning();
}

/** Records an attempt's outcome, only if the claim is still ours (a takeover after the lease wins). */
export async function finishDelivery(
  tx: Tx,
  id: string,
  claimToken: string,
  values: Pick<DeliveryInsert, 'status' | 'lastError' | 'lastStatusCode' | 'deliveredAt' | 'nextAttemptAt'>,
  at: Date,
): Promise<DeliveryRow | undefined> {
  const [row] = await tx
    .update(itDeliveries)
    .set({ ...values, leaseUntil: null, claimToken: null, updatedAt: at })
    .where(and(eq(itDeliveries.id, id), eq(itDeliveries.claimToken, claimToken)))
    .returning();
  return row;
}

// Inbound status receipts (replay protection)
export async function insertReceipt(tx: Tx, values: typeof itStatusReceipts.$inferInsert): Promise<boolean> {
  const rows = await tx.insert(itStatusReceipts).values(values).onConflictDoNothing().returning({ s: itStatusReceipts.signature });
  return rows.length > 0;
}

export async function purgeReceipts(tx: Tx, before: Date): Promise<number> {
  const rows = await tx
    .delete(itStatusReceipts)
    .where(lt(itStatusReceipts.receivedAt, before))
    .returning({ s: itStatusReceipts.signature });
  return rows.length;
}

// Report
export interface ReportRow {
  priority: number;
  category: string;
  faults: number;
  responded: number;
  responseMedianMinutes: number | null;
  responseP90Minutes: number | null;
  responseWithinTarget: number;
  resolved: number;
  resolutionMedianMinutes: number | null;
  resolutionP90Minutes: number | null;
  resolutionWithinTarget: number;
  overdueOpen: number;
}

/** Response and resolution times per priority and category of the faults reported in [from, to). */
export async function reportTimes(tx: Tx, from: Date, to: Date, now: Date, perCategory = true): Promise<ReportRow[]> {
  const response = sql`extract(epoch from (${itFaults.respondedAt} - ${itFaults.reportedAt})) / 60`;
  const resolution = sql`extract(epoch from (${itFaults.resolvedAt} - ${itFaults.reportedAt})) / 60`;
  const open = sql`${itFaults.status} not in ('resolved', 'closed', 'known_error')`;
  const rows = await tx
    .select({
      priority: itFaults.priority,
      category: perCategory ? itFaults.category : sql<string>`'all'`,
      faults: sql<number>`count(*)::int`,
      responded: sql<number>`count(${itFaults.respondedAt})::int`,
      responseMedianMinutes: sql<number | null>`percentile_cont(0.5) within group (order by ${response})::float8`,
      responseP90Minutes: sql<number | null>`percentile_cont(0.9) within group (order by ${response})::float8`,
      responseWithinTarget: sql<number>`(count(*) filter (where ${itFaults.respondedAt} <= ${itFaults.responseDueAt}))::int`,
      resolved: sql<number>`count(${itFaults.resolvedAt})::int`,
      resolutionMedianMinutes: sql<number | null>`percentile_cont(0.5) within group (order by ${resolution})::float8`,
      resolutionP90Minutes: sql<number | null>`percentile_cont(0.9) within group (order by ${resolution})::float8`,
      resolutionWithinTarget: sql<number>`(count(*) filter (where ${itFaults.resolvedAt} <= ${itFaults.resolutionDueAt}))::int`,
      overdueOpen: sql<number>`(count(*) filter (where ${open} and (${itFaults.resolutionDueAt} < ${now} or (${itFaults.respondedAt} is null and ${itFaults.responseDueAt} < ${now}))))::int`,
    })
    .from(itFaults)
    .where(and(gte(itFaults.reportedAt, from), lt(itFaults.reportedAt, to), ne(itFaults.status, 'known_error')))
    .groupBy(...(perCategory ? [itFaults.priority, itFaults.category] : [itFaults.priority]))
    .orderBy(asc(itFaults.priority), ...(perCategory ? [asc(itFaults.category)] : []));
  return rows.map((r) => ({
    ...r,
    responseMedianMinutes: r.responseMedianMinutes === null ? null : Number(r.responseMedianMinutes),
    responseP90Minutes: r.responseP90Minutes === null ? null : Number(r.responseP90Minutes),
    resolutionMedianMinutes: r.resolutionMedianMinutes === null ? null : Number(r.resolutionMedianMinutes),
    resolutionP90Minutes: r.resolutionP90Minutes === null ? null : Number(r.resolutionP90Minutes),
  }));
}
