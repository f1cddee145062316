import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../platform/db/database.js';
import { users } from '../../accounts/accounts.schema.js';
import { serviceAgreements, tenants } from '../../tenancy/tenancy.schema.js';
import { agentLines, calls, telephoneSystems, tenantHotlines } from '../telephony.schema.js';

export type CallInsert = typeof calls.$inferInsert;
export type CallRow = typeof calls.$inferSelect;
export type HotlineRow = typeof tenantHotlines.$inferSelect;
export type TelephoneSystemRow = typeof telephoneSystems.$inferSelect;

export async function findTelephoneSystem(tx: Tx, id: string): Promise<TelephoneSystemRow | undefined> {
  const [row] = await tx.select().from(telephoneSystems).where(eq(telephoneSystems.id, id));
  return row;
}

export async function findTelephoneSystemByName(tx: Tx, name: string): Promise<TelephoneSystemRow | undefined> {
  const [row] = await tx.select().from(telephoneSystems).where(eq(telephoneSystems.name, name));
  return row;
}

export async function insertTelephoneSystem(tx: Tx, values: { name: string }) {
  const [row] = await tx.insert(telephoneSystems).values(values).returning();
  return row!;
}

export const listTelephoneSystems = (tx: Tx) =>
  tx
    .select({
      id: telephoneSystems.id,
      name: telephoneSystems.name,
      active: telephoneSystems.active,
      lastEventAt: telephoneSystems.lastEventAt,
    })
    .from(telephoneSystems)
    .orderBy(telephoneSystems.name);

export async function touchTelephoneSystem(tx: Tx, id: string, at: Date) {
  await tx
    .update(telephoneSystems)
    .set({ lastEventAt: at })
    .where(
      and(eq(telephoneSystems.id, id), or(sql`${telephoneSystems.lastEventAt} is null`, sql`${telephoneSystems.lastEventAt} < ${at}`)),
    );
}

export const listHotlines = (tx: Tx) => tx.select().from(tenantHotlines).orderBy(tenantHotlines.dialledNumber);

export async function insertHotline(tx: Tx, values: typeof tenantHotlines.$inferInsert) {
  const [row] = await tx.insert(tenantHotlines).values(values).onConflictDoNothing().returning();
  return row;
}

/**
 * Hotlines matching any of the numbers or queue names of a batch that are ROUTED: their tenant is in
 * operation (pilot or live). A planned tenant's number is set up and reachable before its go-live, an
 * ended tenant's stops routing; calls on either are stored for no tenant (decision 0170).
 */
export async function findHotlines(tx: Tx, numbers: string[], queueNames: string[]): Promise<HotlineRow[]> {
  const conditions = [];
  if (numbers.length > 0) conditions.push(inArray(tenantHotlines.dialledNumber, numbers));
  if (queueNames.length > 0) conditions.push(inArray(tenantHotlines.queueName, queueNames));
  if (conditions.length === 0) return [];
  const rows = await tx
    .select({ hotline: tenantHotlines })
    .from(tenantHotlines)
    .innerJoin(tenants, eq(tenants.id, tenantHotlines.tenantId))
    .where(and(or(...conditions), inArray(tenants.lifecycle, ['pilot', 'live'])));
  return rows.map((r) => r.hotline);
}

/** A tenant's hotline numbers (readiness checks). */
export const listHotlinesOfTenant = (tx: Tx, tenantId: string) =>
  tx.select().from(tenantHotlines).where(eq(tenantHotlines.tenantId, tenantId)).orderBy(tenantHotlines.dialledNumber);

export async function findHotline(tx: Tx, dialledNumber: string): Promise<HotlineRow | undefined> {
  const [row] = await tx.select().from(tenantHotlines).where(eq(tenantHotlines.dialledNumber, dialledNumber));
  return row;
}

/** Changes a hotline if it still has the version the writer read; undefined when stale (or gone). */
export async function updateHotline(
  tx: Tx,
  dialledNumber: string,
  expectedVersion: number,
  values: Partial<Pick<HotlineRow, 'tenantId' | 'queueName' | 'label'>>,
): Promise<HotlineRow | undefined> {
  const [row] = await tx
    .update(tenantHotlines)
    .set({ ...values, updatedAt: new Date(), version: sql`${tenantHotlines.version} + 1` })
    .where(and(eq(tenantHotlines.dialledNumber, dialledNumber), eq(tenantHotlines.version, expectedVersion)))
    .returning();
  return row;
}

export async function deleteHotline(tx: Tx, dialledNumber: string, expectedVersion: number): Promise<HotlineRow | undefined> {
  const [row] = await tx
    .delete(tenantHotlines)
    .where(and(eq(tenantHotlines.dialledNumber, dialledNumber), eq(tenantHotlines.version, expectedVersion)))
    .returning();
  return row;
}

export async function findTenantExists(tx: Tx, id: string) {
  const [row] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, id));
  return row;
}

export async function findStaffUser(tx: Tx, id: string) {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.id, id));
  return row;
}

export type AgentLineRow = typeof agentLines.$inferSelect;

/** Maps (or re-maps) an agent id; a re-mapping counts as a change of the assignment (version + 1). */
export async function upsertAgentLine(tx: Tx, values: { telephoneSystemId: string; externalAgentId: string; userId: string }) {
  const [row] = await tx
    .insert(agentLines)
    .values(values)
    .onConflictDoUpdate({
      target: [agentLines.telephoneSystemId, agentLines.externalAgentId],
      set: { userId: values.userId, updatedAt: new Date(), version: sql`${agentLines.version} + 1` },
    })
    .returning();
  return row!;
}

export async function findAgentLine(tx: Tx, id: string): Promise<AgentLineRow | undefined> {
  const [row] = await tx.select().from(agentLines).where(eq(agentLines.id, id));
  return row;
}

export async function updateAgentLine(
  tx: Tx,
  id: string,
  expectedVersion: number,
  values: Partial<Pick<AgentLineRow, 'externalAgentId' | 'userId'>>,
): Promise<AgentLineRow | undefined> {
  const [row] = await tx
    .update(agentLines)
    .set({ ...values, updatedAt: new Date(), version: sql`${agentLines.version} + 1` })
    .where(and(eq(agentLines.id, id), eq(agentLines.version, expectedVersion)))
    .returning();
  return row;
}

export async function deleteAgentLine(tx: Tx, id: string, expectedVersion: number): Promise<AgentLineRow | undefined> {
  const [row] = await tx
    .delete(agentLines)
    .where(and(eq(agentLines.id, id), eq(agentLines.version, expectedVersion)))
    .returning();
  return row;
}

/** Every agent id assignment with its system's and account's names (admin list). */
export const listAgentLines = (tx: Tx) =>
  tx
    .select({
      id: agentLines.id,
      telephoneSystemId: agentLines.telephoneSystemId,
      telephoneSystemName: telephoneSystems.name,
      externalAgentId: agentLines.externalAgentId,
      userId: agentLines.userId,
      displayName: users.displayName,
      version: agentLines.version,
    })
    .from(agentLines)
    .innerJoin(telephoneSystems, eq(telephoneSystems.id, agentLines.telephoneSystemId))
    .innerJoin(users, eq(users.id, agentLines.userId))
    .orderBy(telephoneSystems.name, agentLines.externalAgentId);

/** ACD agent ids of one system mapped to staff accounts, with their names. */
export async function findAgentLines(tx: Tx, telephoneSystemId: string, agentIds: string[]) {
  if (agentIds.length === 0) return [];
  return tx
    .select({ externalAgentId: agentLines.externalAgentId, userId: agentLines.userId, displayName: users.displayName })
    .from(agentLines)
    .innerJoin(users, eq(users.id, agentLines.userId))
    .where(and(eq(agentLines.telephoneSystemId, telephoneSystemId), inArray(agentLines.externalAgentId, agentIds)));
}

export const listAgentLinesOfUser = (tx: Tx, userId: string) => tx.select().from(agentLines).where(eq(agentLines.userId, userId));

/*
 * The ingest hot path passes each batch as ONE JSON parameter and unpacks it with
 * jsonb_to_recordset: a few hundred rows cost one parameter instead of thousands,
 * which keeps both the query builder and the wire protocol out of the way
 * (bench/contacts.bench.ts).
 */
const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;
const toDate = (v: Date | string | null) => (v === null ? null : v instanceof Date ? v : new Date(v));

export interface NewEvent {
  telephoneSystemId: string;
  eventId: string;
  callId: string;
  type: string;
  occurredAt: Date;
  callerNumber: string | null;
  dialledNumber: string | null;
  queueName: string | null;
  agentId: string | null;
  target: string | null;
  reason: string | null;
  tenantId: string | null;
}

/** Inserts the events that are new; returns their call ids (a repeated event id returns nothing). */
export async function insertNewEvents(tx: Tx, rows: NewEvent[]): Promise<{ callId: string }[]> {
  if (rows.length === 0) return [];
  return queryRows<{ callId: string }>(
    tx,
    sql`insert into call_events (telephone_system_id, event_id, call_id, type, occurred_at, caller_number, dialled_number, queue_name, agent_id, target, reason, tenant_id)
        select "telephoneSystemId", "eventId", "callId", type, "occurredAt", "callerNumber", "dialledNumber", "queueName", "agentId", target, reason, "tenantId"
        from jsonb_to_recordset(${json(rows)}) as x("telephoneSystemId" uuid, "eventId" text, "callId" text, type text, "occurredAt" timestamptz,
          "callerNumber" text, "dialledNumber" text, "queueName" text, "agentId" text, target text, reason text, "tenantId" uuid)
        on conflict (telephone_system_id, event_id) do nothing
        returning call_id as "callId"`,
  );
}

export interface StoredEvent {
  callId: string;
  type: string;
  occurredAt: Date;
  callerNumber: string | null;
  dialledNumber: string | null;
  queueName: string | null;
  agentId: string | null;
  target: string | null;
  reason: string | null;
  tenantId: string | null;
}

export async function listEventsOfCalls(tx: Tx, telephoneSystemId: string, callIds: string[]): Promise<StoredEvent[]> {
  const rows = await queryRows<StoredEvent>(
    tx,
    sql`select call_id as "callId", type, occurred_at as "occurredAt", caller_number as "callerNumber", dialled_number as "dialledNumber",
          queue_name as "queueName", agent_id as "agentId", target, reason, tenant_id as "tenantId"
        from call_events
        where telephone_system_id = ${telephoneSystemId} and call_id in (select jsonb_array_elements_text(${json(callIds)}))`,
  );
  return rows.map((r) => ({ ...r, occurredAt: toDate(r.occurredAt)! }));
}

/** What the ingest needs of a stored call (state before this batch; result after it). */
export interface CallFacts {
  id: string;
  externalCallId: string;
  tenantId: string | null;
  tenantName: string | null;
  status: string;
  serviceLevelSeconds: number;
  shortAbandonSeconds: number;
  agentName: string | null;
  agentUserId: string | null;
  callerNumber: string | null;
  dialledNumber: string | null;
  offeredAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
  queueName: string | null;
  agentId: string | null;
  waitSeconds: number | null;
  talkSeconds: number | null;
  isTransferred: boolean;
  /** Wrap-up of the call's documented contact (only read before a batch; the ingest never changes it). */
  wrapUpSeconds: number | null;
}

const callFactColumns = sql.raw(`id, external_call_id as "externalCallId", tenant_id as "tenantId", tenant_name as "tenantName", status,
  service_level_seconds as "serviceLevelSeconds", short_abandon_seconds as "shortAbandonSeconds", agent_name as "agentName",
  agent_user_id as "agentUserId", caller_number as "callerNumber", dialled_number as "dialledNumber",
  offered_at as "offeredAt", answered_at as "answeredAt", ended_at as "endedAt", queue_name as "queueName", agent_id as "agentId",
  wait_seconds as "waitSeconds", talk_seconds as "talkSeconds", is_transferred as "isTransferred"`);

const toFacts = (r: CallFacts): CallFacts => ({
  ...r,
  offeredAt: toDate(r.offeredAt)!,
  answeredAt: toDate(r.answeredAt),
  endedAt: toDate(r.endedAt),
});

export async function listCallsByExternalIds(tx: Tx, telephoneSystemId: string, callIds: string[]): Promise<CallFacts[]> {
  const rows = await queryRows<CallFacts>(
    tx,
    sql`select ${callFactColumns}, (select k.wrap_up_seconds from contacts k where k.call_id = calls.id) as "wrapUpSeconds" from calls
        where telephone_system_id = ${telephoneSystemId} and external_call_id in (select jsonb_array_elements_text(${json(callIds)}))`,
  );
  return rows.map(toFacts);
}

/** Tenant names and service-level thresholds, to copy onto new call records. */
export async function findTenantTargets(tx: Tx, tenantIds: string[]) {
  if (tenantIds.length === 0) return [];
  return tx
    .select({
      id: tenants.id,
      name: tenants.name,
      serviceLevelSeconds: serviceAgreements.serviceLevelSeconds,
      shortAbandonSeconds: serviceAgreements.shortAbandonSeconds,
    })
    .from(tenants)
    .leftJoin(serviceAgreements, eq(serviceAgreements.tenantId, tenants.id))
    .where(inArray(tenants.id, tenantIds));
}

/** Writes the derived state of each call (insert or replace); names and thresholds are kept once set. */
export async function upsertCalls(tx: Tx, rows: CallInsert[]): Promise<CallFacts[]> {
  if (rows.length === 0) return [];
  const saved = await queryRows<CallFacts>(
    tx,
    sql`insert into calls (telephone_system_id, external_call_id, tenant_id, tenant_name, dialled_number, caller_number, queue_name, agent_id,
          agent_user_id, agent_name, status, divert_reason, offered_at, answered_at, ended_at, wait_seconds, talk_seconds, is_transferred, transfer_target,
          service_level_seconds, short_abandon_seconds, last_event_at)
        select "telephoneSystemId", "externalCallId", "tenantId", "tenantName", "dialledNumber", "callerNumber", "queueName", "agentId",
          "agentUserId", "agentName", status, "divertReason", "offeredAt", "answeredAt", "endedAt", "waitSeconds", "talkSeconds", "isTransferred", "transferTarget",
          "serviceLevelSeconds", "shortAbandonSeconds", "lastEventAt"
        from jsonb_to_recordset(${json(rows)}) as x("telephoneSystemId" uuid, "externalCallId" text, "tenantId" uuid, "tenantName" text,
          "dialledNumber" text, "callerNumber" text, "queueName" text, "agentId" text, "agentUserId" uuid, "agentName" text, status text, "divertReason" text,
          "offeredAt" timestamptz, "answeredAt" timestamptz, "endedAt" timestamptz, "waitSeconds" int, "talkSeconds" int,
          "isTransferred" boolean, "transferTarget" text, "serviceLevelSeconds" int, "shortAbandonSeconds" int, "lastEventAt" timestamptz)
        on conflict (telephone_system_id, external_call_id) do update set
          tenant_id = excluded.tenant_id, tenant_name = excluded.tenant_name, dialled_number = excluded.dialled_number,
          caller_number = excluded.caller_number, queue_name = excluded.queue_name, agent_id = excluded.agent_id,
          agent_user_id = excluded.agent_user_id, agent_name = excluded.agent_name, status = excluded.status, divert_reason = excluded.divert_reason,
          offered_at = excluded.offered_at, answered_at = excluded.answered_at, ended_at = excluded.ended_at,
          wait_seconds = excluded.wait_seconds, talk_seconds = excluded.talk_seconds, is_transferred = excluded.is_transferred,
          transfer_target = excluded.transfer_target, last_event_at = excluded.last_event_at, updated_at = now()
        returning ${callFactColumns}, null::int as "wrapUpSeconds"`,
  );
  return saved.map(toFacts);
}

export interface NewCallContact {
  tenantId: string | null;
  callId: string;
  agentUserId: string | null;
  agentName: string | null;
  callerNumber: string | null;
  startedAt: Date;
  endedAt: Date | null;
}

/** One open contact per answered call; an existing one only learns when the conversation ended. */
export async function upsertContactsForCalls(tx: Tx, rows: NewCallContact[]) {
  if (rows.length === 0) return;
  await tx.execute(
    sql`insert into contacts (tenant_id, channel, call_id, agent_user_id, agent_name, caller_number, started_at, ended_at)
        select "tenantId", 'phone', "callId", "agentUserId", "agentName", "callerNumber", "startedAt", "endedAt"
        from jsonb_to_recordset(${json(rows)}) as x("tenantId" uuid, "callId" uuid, "agentUserId" uuid, "agentName" text,
          "callerNumber" text, "startedAt" timestamptz, "endedAt" timestamptz)
        on conflict (call_id) do update set ended_at = excluded.ended_at, updated_at = now()
          where contacts.ended_at is distinct from excluded.ended_at`,
  );
}

/** Of the given calls, those whose contact the agent already documented (during the conversation). */
export async function findDocumentedCallIds(tx: Tx, callIds: string[]): Promise<Set<string>> {
  if (callIds.length === 0) return new Set();
  const rows = await queryRows<{ call_id: string }>(
    tx,
    sql`select call_id from contacts where status = 'documented' and call_id in (select jsonb_array_elements_text(${JSON.stringify(callIds)}::jsonb)::uuid)`,
  );
  return new Set(rows.map((r) => r.call_id));
}

export async function findCall(tx: Tx, id: string): Promise<CallRow | undefined> {
  const [row] = await tx.select().from(calls).where(eq(calls.id, id));
  return row;
}

/**
 * One transaction-scoped advisory lock for a whole queue_log import of a system (two imports of the
 * same system wait for each other). Per-call locks cannot be used there: a file of 200,000 calls in one
 * transaction overflows the lock table ("out of shared memory", max_locks_per_transaction).
 */
export async function lockQueueLogImport(tx: Tx, telephoneSystemId: string) {
  await queryRows(tx, sql`select pg_advisory_xact_lock(hashtextextended(${telephoneSystemId} || ':queue_log-import', 0))`);
}

/** Transaction-scoped advisory locks on the given calls, taken in sorted order. */
export async function lockCalls(tx: Tx, telephoneSystemId: string, sortedCallIds: string[]) {
  await queryRows(
    tx,
    sql`select pg_advisory_xact_lock(hashtextextended(${telephoneSystemId} || ':' || k, 0))
        from jsonb_array_elements_text(${JSON.stringify(sortedCallIds)}::jsonb) with ordinality as u(k, n) order by n`,
  );
}
