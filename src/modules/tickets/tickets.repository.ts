import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/database.js';
import { departments, tenants } from '../tenancy/tenancy.schema.js';
import {
  callbackTasks,
  knowledgeProposals,
  requestAccessLinks,
  serviceRequestEvents,
  serviceRequests,
  tenantClosingDays,
  type RequestStatus,
} from './tickets.schema.js';

export type RequestRow = typeof serviceRequests.$inferSelect;
export type RequestInsert = typeof serviceRequests.$inferInsert;
export type EventRow = typeof serviceRequestEvents.$inferSelect;
export type EventInsert = typeof serviceRequestEvents.$inferInsert;
export type ClosingDayRow = typeof tenantClosingDays.$inferSelect;
export type AccessLinkRow = typeof requestAccessLinks.$inferSelect;
export type CallbackRow = typeof callbackTasks.$inferSelect;
export type ProposalRow = typeof knowledgeProposals.$inferSelect;

/** The next running number for a reference code. */
export async function nextRequestNumber(tx: Tx): Promise<number> {
  const [row] = await queryRows<{ n: string }>(tx, sql`select nextval('service_request_number_seq')::text as n`);
  return Number(row!.n);
}

export async function insertRequest(tx: Tx, values: RequestInsert): Promise<RequestRow> {
  const [row] = await tx.insert(serviceRequests).values(values).returning();
  return row!;
}

/** Reads a request and locks it for the rest of the transaction (state changes are serialised). */
export async function findRequestForUpdate(tx: Tx, id: string): Promise<RequestRow | undefined> {
  const [row] = await tx.select().from(serviceRequests).where(eq(serviceRequests.id, id)).for('update');
  return row;
}

export async function findRequest(tx: Tx, id: string): Promise<RequestRow | undefined> {
  const [row] = await tx.select().from(serviceRequests).where(eq(serviceRequests.id, id));
  return row;
}

export async function findRequestByCode(tx: Tx, code: string): Promise<RequestRow | undefined> {
  const [row] = await tx.select().from(serviceRequests).where(eq(serviceRequests.referenceCode, code));
  return row;
}

export async function updateRequest(tx: Tx, tenantId: string, id: string, values: Partial<RequestInsert>): Promise<RequestRow> {
  const [row] = await tx
    .update(serviceRequests)
    .set({ ...values, updatedAt: new Date(), version: sql`${serviceRequests.version} + 1` })
    .where(and(eq(serviceRequests.tenantId, tenantId), eq(serviceRequests.id, id)))
    .returning();
  return row!;
}

export interface RequestFilter {
  tenantId?: string;
  departmentIds?: readonly string[];
  statuses?: readonly RequestStatus[];
  overdueAt?: Date;
  limit: number;
}

/** Whether any request was created before the instant (the demo history's idempotency check). */
export async function anyRequestCreatedBefore(tx: Tx, before: Date): Promise<boolean> {
  const rows = await tx.select({ id: serviceRequests.id }).from(serviceRequests).where(lt(serviceRequests.createdAt, before)).limit(1);
  return rows.length > 0;
}

/** Requests for lists, newest first, with tenant and department names. */
export async function listRequests(tx: Tx, f: RequestFilter) {
  const conditions: SQL[] = [];
  if (f.tenantId) conditions.push(eq(serviceRequests.tenantId, f.tenantId));
  if (f.departmentIds) conditions.push(inArray(serviceRequests.departmentId, [...f.departmentIds]));
  if (f.statuses && f.statuses.length > 0) conditions.push(inArray(serviceRequests.status, [...f.statuses]));
  if (f.overdueAt) conditions.push(lt(serviceRequests.dueAt, f.overdueAt), isNull(serviceRequests.answeredAt));
  return tx
    .select({ request: serviceRequests, tenantName: tenants.name, departmentName: departments.name })
    .from(serviceRequests)
    .innerJoin(tenants, eq(tenants.id, serviceRequests.tenantId))
    .innerJoin(departments, eq(departments.id, serviceRequests.departmentId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(serviceRequests.createdAt))
    .limit(f.limit);
}

export async function insertEvent(tx: Tx, values: EventInsert): Promise<void> {
  await tx.insert(serviceRequestEvents).values(values);
}

export const listEvents = (tx: Tx, requestId: string) =>
  tx.select().from(serviceRequestEvents).where(eq(serviceRequestEvents.requestId, requestId)).orderBy(asc(serviceRequestEvents.at));

/** Running requests whose reminder or escalation may be due (the sweep decides). */
export const listRequestsWithRunningClock = (tx: Tx) =>
  tx
    .select()
    .from(serviceRequests)
    .where(
      and(
        eq(serviceRequests.status, 'forwarded'),
        isNotNull(serviceRequests.dueAt),
        sql`(${serviceRequests.remindedAt} is null or ${serviceRequests.escalatedAt} is null)`,
      ),
    );

// --- closing days -----------------------------------------------------------------

export const listClosingDays = (tx: Tx, tenantId: string, fromDay?: string) =>
  tx
    .select()
    .from(tenantClosingDays)
    .where(and(eq(tenantClosingDays.tenantId, tenantId), fromDay ? gte(tenantClosingDays.day, fromDay) : undefined))
    .orderBy(asc(tenantClosingDays.day));

/** Closing days of several tenants in [fromDay, toDay] (appointment offices close on them too). */
export const listClosingDaysBetween = (tx: Tx, tenantIds: string[], fromDay: string, toDay: string) =>
  tenantIds.length === 0
    ? Promise.resolve([] as ClosingDayRow[])
    : tx
        .select()
        .from(tenantClosingDays)
        .where(and(inArray(tenantClosingDays.tenantId, tenantIds), gte(tenantClosingDays.day, fromDay), lte(tenantClosingDays.day, toDay)))
        .orderBy(asc(tenantClosingDays.day));

export async function insertClosingDay(tx: Tx, values: typeof tenantClosingDays.$inferInsert): Promise<ClosingDayRow> {
  const [row] = await tx.insert(tenantClosingDays).values(values).returning();
  return row!;
}

export async function deleteClosingDay(tx: Tx, tenantId: string, id: string): Promise<ClosingDayRow | undefined> {
  const [row] = await tx
    .delete(tenantClosingDays)
    .where(and(eq(tenantClosingDays.tenantId, tenantId), eq(tenantClosingDays.id, id)))
    .returning();
  return row;
}

// --- access links -------------------------------------------------------------------

export async function insertAccessLink(tx: Tx, values: typeof requestAccessLinks.$inferInsert): Promise<void> {
  await tx.insert(requestAccessLinks).values(values);
}

export async function findAccessLinkForUpdate(tx: Tx, tokenHash: string): Promise<AccessLinkRow | undefined> {
  const [row] = await tx.select().from(requestAccessLinks).where(eq(requestAccessLinks.tokenHash, tokenHash)).for('update');
  return row;
}

export async function markAccessLinkUsed(tx: Tx, id: string, at: Date): Promise<void> {
  await tx.update(requestAccessLinks).set({ usedAt: at }).where(eq(requestAccessLinks.id, id));
}

/** Revokes the open links of a request (after it moved on, old links must not work). */
export async function revokeAccessLinks(tx: Tx, requestId: string, purpose: string, at: Date): Promise<void> {
  await tx
    .update(requestAccessLinks)
    .set({ revokedAt: at })
    .where(
      and(
        eq(requestAccessLinks.requestId, requestId),
        eq(requestAccessLinks.purpose, purpose),
        isNull(requestAccessLinks.usedAt),
        isNull(requestAccessLinks.revokedAt),
      ),
    );
}

// --- call-back tasks and knowledge proposals ------------------------------------------

export async function insertCallback(tx: Tx, values: typeof callbackTasks.$inferInsert): Promise<CallbackRow> {
  const [row] = await tx.insert(callbackTasks).values(values).returning();
  return row!;
}

export const listCallbacks = (tx: Tx, status: string, limit: number) =>
  tx
    .select({
      task: callbackTasks,
      referenceCode: serviceRequests.referenceCode,
      tenantName: tenants.name,
      serviceTitle: serviceRequests.serviceTitle,
    })
    .from(callbackTasks)
    .innerJoin(serviceRequests, eq(serviceRequests.id, callbackTasks.requestId))
    .innerJoin(tenants, eq(tenants.id, callbackTasks.tenantId))
    .where(eq(callbackTasks.status, status))
    .orderBy(asc(callbackTasks.createdAt))
    .limit(limit);

export async function findCallbackForUpdate(tx: Tx, id: string): Promise<CallbackRow | undefined> {
  const [row] = await tx.select().from(callbackTasks).where(eq(callbackTasks.id, id)).for('update');
  return row;
}

export async function updateCallback(tx: Tx, id: string, values: Partial<typeof callbackTasks.$inferInsert>): Promise<CallbackRow> {
  const [row] = await tx.update(callbackTasks).set(values).where(eq(callbackTasks.id, id)).returning();
  return row!;
}

export async function insertProposal(tx: Tx, values: typeof knowledgeProposals.$inferInsert): Promise<ProposalRow> {
  const [row] = await tx.insert(knowledgeProposals).values(values).returning();
  return row!;
}

export async function decideProposal(
  tx: Tx,
  id: string,
  values: { status: 'accepted' | 'rejected'; decidedBy: string; decidedAt: Date },
): Promise<ProposalRow | undefined> {
  const [row] = await tx
    .update(knowledgeProposals)
    .set(values)
    .where(and(eq(knowledgeProposals.id, id), eq(knowledgeProposals.status, 'proposed')))
    .returning();
  return row;
}

export const listProposals = (tx: Tx, status: string) =>
  tx
    .select({ proposal: knowledgeProposals, tenantName: tenants.name })
    .from(knowledgeProposals)
    .innerJoin(tenants, eq(tenants.id, knowledgeProposals.tenantId))
    .where(eq(knowledgeProposals.status, status))
    .orderBy(desc(knowledgeProposals.createdAt));

// --- reports ---------------------------------------------------------------------------

export interface OnTimeRow {
  tenantId: string;
  tenantName: string;
  departmentId: string;
  departmentName: string;
  total: number;
  answered: number;
  answeredOnTime: number;
  openOverdue: number;
  openInTime: number;
  returned: number;
  avgHoursToAnswer: number | null;
  avgHoursToFirstResponse: number | null;
}

/** On-time figures per tenant and department for requests created in [from, to), computed from the stored timestamps. */
export async function onTimeByDepartment(tx: Tx, from: Date, to: Date, now: Date, tenantId?: string): Promise<OnTimeRow[]> {
  return queryRows<OnTimeRow>(
    tx,
    sql`
    select r.tenant_id as "tenantId", t.name as "tenantName", r.department_id as "departmentId", d.name as "departmentName",
      count(*)::int as total,
      count(r.answered_at)::int as answered,
      count(*) filter (where r.answered_at is not null and r.answered_at <= r.due_at)::int as "answeredOnTime",
      count(*) filter (where r.answered_at is null and r.returned_at is null and r.due_at < ${now.toISOString()}::timestamptz)::int as "openOverdue",
      count(*) filter (where r.answered_at is null and r.returned_at is null and (r.due_at is null or r.due_at >= ${now.toISOString()}::timestamptz))::int as "openInTime",
      count(r.returned_at) filter (where r.answered_at is null)::int as returned,
      round((avg(extract(epoch from r.answered_at - r.created_at)) / 3600)::numeric, 1)::float8 as "avgHoursToAnswer",
      round((avg(extract(epoch from r.first_response_at - r.created_at)) / 3600)::numeric, 1)::float8 as "avgHoursToFirstResponse"
    from service_requests r
    join tenants t on t.id = r.tenant_id
    join departments d on d.id = r.department_id
    where r.created_at >= ${from.toISOString()}::timestamptz and r.created_at < ${to.toISOString()}::timestamptz
      ${tenantId ? sql`and r.tenant_id = ${tenantId}::uuid` : sql``}
    group by r.tenant_id, t.name, r.department_id, d.name
    order by t.name, d.name`,
  );
}
