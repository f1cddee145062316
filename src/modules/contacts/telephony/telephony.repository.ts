import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../../platform/db/database.js';
import { users } from '../../accounts/accounts.schema.js';
import { serviceAgreements, tenants } from '../../tenancy/tenancy.schema.js';
import { contacts } from '../contacts.schema.js';
import { agentLines, callEvents, calls, telephoneSystems, tenantHotlines } from '../telephony.schema.js';

export type CallEventInsert = typeof callEvents.$inferInsert;
export type CallEventRow = typeof callEvents.$inferSelect;
export type CallInsert = typeof calls.$inferInsert;
export type CallRow = typeof calls.$inferSelect;
export type HotlineRow = typeof tenantHotlines.$inferSelect;
export type TelephoneSystemRow = typeof telephoneSystems.$inferSelect;

export async function findTelephoneSystemByTokenHash(tx: Tx, tokenHash: string): Promise<TelephoneSystemRow | undefined> {
  const [row] = await tx.select().from(telephoneSystems).where(eq(telephoneSystems.tokenHash, tokenHash));
  return row;
}

export async function findTelephoneSystemByName(tx: Tx, name: string): Promise<TelephoneSystemRow | undefined> {
  const [row] = await tx.select().from(telephoneSystems).where(eq(telephoneSystems.name, name));
  return row;
}

export async function insertTelephoneSystem(tx: Tx, values: { name: string; tokenHash: string }) {
  const [row] = await tx.insert(telephoneSystems).values(values).returning();
  return row!;
}

export const listTelephoneSystems = (tx: Tx) =>
  tx
    .select({ id: telephoneSystems.id, name: telephoneSystems.name, active: telephoneSystems.active, lastEventAt: telephoneSystems.lastEventAt })
    .from(telephoneSystems)
    .orderBy(telephoneSystems.name);

export async function touchTelephoneSystem(tx: Tx, id: string, at: Date) {
  await tx
    .update(telephoneSystems)
    .set({ lastEventAt: at })
    .where(and(eq(telephoneSystems.id, id), or(sql`${telephoneSystems.lastEventAt} is null`, sql`${telephoneSystems.lastEventAt} < ${at}`)));
}

export const listHotlines = (tx: Tx) => tx.select().from(tenantHotlines).orderBy(tenantHotlines.dialledNumber);

export async function insertHotline(tx: Tx, values: typeof tenantHotlines.$inferInsert) {
  const [row] = await tx.insert(tenantHotlines).values(values).onConflictDoNothing().returning();
  return row;
}

/** Hotlines matching any of the numbers or queue names of a batch. */
export async function findHotlines(tx: Tx, numbers: string[], queueNames: string[]): Promise<HotlineRow[]> {
  const conditions = [];
  if (numbers.length > 0) conditions.push(inArray(tenantHotlines.dialledNumber, numbers));
  if (queueNames.length > 0) conditions.push(inArray(tenantHotlines.queueName, queueNames));
  if (conditions.length === 0) return [];
  return tx.select().from(tenantHotlines).where(or(...conditions));
}

export async function insertAgentLine(tx: Tx, values: typeof agentLines.$inferInsert) {
  await tx.insert(agentLines).values(values).onConflictDoUpdate({
    target: [agentLines.telephoneSystemId, agentLines.externalAgentId],
    set: { userId: values.userId },
  });
}

/** ACD agent ids of one system mapped to staff accounts, with their names. */
export async function findAgentLines(tx: Tx, telephoneSystemId: string, agentIds: string[]) {
  if (agentIds.length === 0) return [];
  return tx
    .select({ externalAgentId: agentLines.externalAgentId, userId: agentLines.userId, displayName: users.displayName })
    .from(agentLines)
    .innerJoin(users, eq(users.id, agentLines.userId))
    .where(and(eq(agentLines.telephoneSystemId, telephoneSystemId), inArray(agentLines.externalAgentId, agentIds)));
}

export const listAgentLinesOfUser = (tx: Tx, userId: string) =>
  tx.select().from(agentLines).where(eq(agentLines.userId, userId));

/** Inserts the events that are new; returns them (a repeated event id returns nothing). */
export async function insertNewEvents(tx: Tx, rows: CallEventInsert[]): Promise<{ callId: string }[]> {
  if (rows.length === 0) return [];
  return tx
    .insert(callEvents)
    .values(rows)
    .onConflictDoNothing({ target: [callEvents.telephoneSystemId, callEvents.eventId] })
    .returning({ callId: callEvents.callId });
}

export const listEventsOfCalls = (tx: Tx, telephoneSystemId: string, callIds: string[]) =>
  tx
    .select()
    .from(callEvents)
    .where(and(eq(callEvents.telephoneSystemId, telephoneSystemId), inArray(callEvents.callId, callIds)));

export const listCallsByExternalIds = (tx: Tx, telephoneSystemId: string, callIds: string[]) =>
  tx
    .select()
    .from(calls)
    .where(and(eq(calls.telephoneSystemId, telephoneSystemId), inArray(calls.externalCallId, callIds)));

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

/** Writes the derived state of each call (insert or replace). */
export async function upsertCalls(tx: Tx, rows: CallInsert[]): Promise<CallRow[]> {
  if (rows.length === 0) return [];
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  return tx
    .insert(calls)
    .values(rows)
    .onConflictDoUpdate({
      target: [calls.telephoneSystemId, calls.externalCallId],
      set: {
        tenantId: excluded('tenant_id'),
        tenantName: excluded('tenant_name'),
        dialledNumber: excluded('dialled_number'),
        callerNumber: excluded('caller_number'),
        queueName: excluded('queue_name'),
        agentId: excluded('agent_id'),
        agentUserId: excluded('agent_user_id'),
        agentName: excluded('agent_name'),
        status: excluded('status'),
        offeredAt: excluded('offered_at'),
        answeredAt: excluded('answered_at'),
        endedAt: excluded('ended_at'),
        waitSeconds: excluded('wait_seconds'),
        talkSeconds: excluded('talk_seconds'),
        isTransferred: excluded('is_transferred'),
        transferTarget: excluded('transfer_target'),
        lastEventAt: excluded('last_event_at'),
        updatedAt: sql`now()`,
      },
    })
    .returning();
}

/** One open contact per answered call; an existing one is left alone. */
export async function insertContactsForCalls(tx: Tx, rows: (typeof contacts.$inferInsert)[]) {
  if (rows.length === 0) return;
  await tx.insert(contacts).values(rows).onConflictDoNothing({ target: contacts.callId });
}

/** Copies the end of the conversation onto the calls' contacts (wrap-up starts there); one statement. */
export async function setContactEnds(tx: Tx, ends: { callId: string; endedAt: Date }[]) {
  if (ends.length === 0) return;
  const values = sql.join(
    ends.map((e) => sql`(${e.callId}::uuid, ${e.endedAt.toISOString()}::timestamptz)`),
    sql`, `,
  );
  await tx.execute(
    sql`update contacts set ended_at = v.ended_at, updated_at = now()
        from (values ${values}) as v(call_id, ended_at)
        where contacts.call_id = v.call_id and contacts.ended_at is distinct from v.ended_at`,
  );
}

export async function findCall(tx: Tx, id: string): Promise<CallRow | undefined> {
  const [row] = await tx.select().from(calls).where(eq(calls.id, id));
  return row;
}

/** Transaction-scoped advisory locks on the given calls, taken in sorted order. */
export async function lockCalls(tx: Tx, telephoneSystemId: string, sortedCallIds: string[]) {
  await queryRows(
    tx,
    sql`select pg_advisory_xact_lock(hashtextextended(${telephoneSystemId} || ':' || k, 0))
        from unnest(array[${sql.join(sortedCallIds.map((id) => sql`${id}`), sql`, `)}]::text[]) with ordinality as u(k, n) order by n`,
  );
}
