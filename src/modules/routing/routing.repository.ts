import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Tx } from '../../platform/db/database.js';
import { agentSkills, agentStateLog, agentStates, chatMessages, workItems, type AgentState } from './routing.schema.js';

export type WorkItemRow = typeof workItems.$inferSelect;
export type WorkItemInsert = typeof workItems.$inferInsert;
export type AgentStateRow = typeof agentStates.$inferSelect;

/** A deadline this close counts as urgent within its priority. */
const NEAR_DUE = sql`interval '15 minutes'`;
const isNearDue = (now: Date) =>
  sql`(${workItems.dueAt} is not null and ${workItems.dueAt} <= ${now.toISOString()}::timestamptz + ${NEAR_DUE})`;
/** The queue order at `now` (the caller's clock): priority, then near deadlines, then first come first served. */
const queueOrder = (now: Date): SQL[] => [
  desc(workItems.priority),
  sql`${isNearDue(now)} desc`,
  asc(workItems.enqueuedAt),
  asc(workItems.id),
];

/** Inserts the item; with a known `sourceRef` the existing item is returned instead (idempotent). */
export async function insertWorkItem(tx: Tx, values: WorkItemInsert): Promise<{ row: WorkItemRow; isNew: boolean }> {
  const [row] = await tx.insert(workItems).values(values).onConflictDoNothing({ target: workItems.sourceRef }).returning();
  if (row) return { row, isNew: true };
  const [existing] = await tx.select().from(workItems).where(eq(workItems.sourceRef, values.sourceRef!));
  return { row: existing!, isNew: false };
}

export async function findWorkItem(tx: Tx, id: string): Promise<WorkItemRow | undefined> {
  const [row] = await tx.select().from(workItems).where(eq(workItems.id, id));
  return row;
}

export async function findWorkItemByToken(tx: Tx, token: string): Promise<WorkItemRow | undefined> {
  const [row] = await tx.select().from(workItems).where(eq(workItems.publicToken, token));
  return row;
}

export async function findWorkItemByReference(tx: Tx, referenceCode: string): Promise<WorkItemRow | undefined> {
  const [row] = await tx.select().from(workItems).where(eq(workItems.referenceCode, referenceCode));
  return row;
}

export interface Eligibility {
  tenantIds: string[];
  topics: string[];
  languages: string[];
}

/** The first waiting item this agent may take, locked so two agents never get the same one. */
export async function lockNextEligible(tx: Tx, skills: Eligibility, now: Date): Promise<WorkItemRow | undefined> {
  const conditions: SQL[] = [eq(workItems.status, 'waiting'), inArray(workItems.language, skills.languages)];
  if (skills.tenantIds.length > 0) conditions.push(inArray(workItems.tenantId, skills.tenantIds));
  if (skills.topics.length > 0) conditions.push(sql`(${workItems.topic} is null or ${inArray(workItems.topic, skills.topics)})`);
  const [row] = await tx
    .select()
    .from(workItems)
    .where(and(...conditions))
    .orderBy(...queueOrder(now))
    .limit(1)
    .for('update', { skipLocked: true });
  return row;
}

/** 1-based place of a waiting item among the waiting items of its language. */
export async function positionOf(tx: Tx, item: WorkItemRow, now: Date): Promise<number> {
  const at = now.toISOString();
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from work_items w
        where w.status = 'waiting' and w.language = ${item.language}
          and (-w.priority, not (w.due_at is not null and w.due_at <= ${at}::timestamptz + ${NEAR_DUE}), w.enqueued_at, w.id)
            < (-${item.priority}::int, not (${item.dueAt ?? null}::timestamptz is not null and ${item.dueAt ?? null}::timestamptz <= ${at}::timestamptz + ${NEAR_DUE}), ${item.enqueuedAt}::timestamptz, ${item.id}::uuid)`,
  );
  return (row?.n ?? 0) + 1;
}

export async function updateWorkItem(
  tx: Tx,
  id: string,
  values: Partial<WorkItemInsert>,
  onlyIfStatus?: WorkItemRow['status'][],
): Promise<WorkItemRow | undefined> {
  const conditions: SQL[] = [eq(workItems.id, id)];
  if (onlyIfStatus) conditions.push(inArray(workItems.status, onlyIfStatus));
  const [row] = await tx
    .update(workItems)
    .set({ ...values, updatedAt: new Date(), version: sql`${workItems.version} + 1` })
    .where(and(...conditions))
    .returning();
  return row;
}

/** Items not yet done, in queue order (waiting first by rank, then offered/assigned). */
export const listOpenWorkItems = (tx: Tx, now: Date, limit = 200) =>
  tx
    .select()
    .from(workItems)
    .where(inArray(workItems.status, ['waiting', 'offered', 'assigned']))
    .orderBy(sql`case ${workItems.status} when 'waiting' then 0 else 1 end`, ...queueOrder(now))
    .limit(limit);

export const listAssignedTo = (tx: Tx, userId: string) =>
  tx
    .select()
    .from(workItems)
    .where(and(eq(workItems.assignedUserId, userId), inArray(workItems.status, ['offered', 'assigned'])))
    .orderBy(asc(workItems.offeredAt));

export async function insertChatMessage(tx: Tx, values: typeof chatMessages.$inferInsert) {
  const [row] = await tx.insert(chatMessages).values(values).returning();
  return row!;
}

export const listChatMessages = (tx: Tx, workItemId: string) =>
  tx.select().from(chatMessages).where(eq(chatMessages.workItemId, workItemId)).orderBy(asc(chatMessages.id));

export async function findSkills(tx: Tx, userId: string) {
  const [row] = await tx.select().from(agentSkills).where(eq(agentSkills.userId, userId));
  return row;
}

export async function upsertSkills(tx: Tx, values: typeof agentSkills.$inferInsert) {
  await tx
    .insert(agentSkills)
    .values(values)
    .onConflictDoUpdate({
      target: agentSkills.userId,
      set: { tenantIds: values.tenantIds, topics: values.topics, languages: values.languages, updatedAt: new Date() },
    });
}

/** Which of the ids are active staff accounts with the agent role. */
export const findAgentUserIds = async (tx: Tx, userIds: string[]) =>
  userIds.length === 0
    ? []
    : (
        await queryRows<{ id: string }>(
          tx,
          sql`select id from users where id = any(${`{${userIds.join(',')}}`}::uuid[]) and active and 'agent' = any(roles)`,
        )
      ).map((r) => r.id);

/** Agents trained for a tenant, with their names (read-only join for display). */
export const listTrainedAgents = (tx: Tx, tenantId: string) =>
  queryRows<{ userId: string; displayName: string }>(
    tx,
    sql`select s.user_id as "userId", u.display_name as "displayName"
          from agent_skills s join users u on u.id = s.user_id
         where ${tenantId}::uuid = any(s.trained_tenant_ids) and u.active
         order by u.display_name`,
  );

/** Marks exactly `userIds` as trained for the tenant (adds it where missing, removes it from the others). */
export async function setTrainedAgents(tx: Tx, tenantId: string, userIds: string[], at: Date) {
  await tx.execute(
    sql`update agent_skills set trained_tenant_ids = array_remove(trained_tenant_ids, ${tenantId}::uuid), updated_at = ${at.toISOString()}::timestamptz
         where ${tenantId}::uuid = any(trained_tenant_ids)`,
  );
  for (const userId of userIds) {
    await tx
      .insert(agentSkills)
      .values({ userId, trainedTenantIds: [tenantId] })
      .onConflictDoUpdate({
        target: agentSkills.userId,
        set: { trainedTenantIds: sql`array_append(${agentSkills.trainedTenantIds}, ${tenantId}::uuid)`, updatedAt: at },
      });
  }
}

export async function findAgentState(tx: Tx, userId: string): Promise<AgentStateRow | undefined> {
  const [row] = await tx.select().from(agentStates).where(eq(agentStates.userId, userId));
  return row;
}

/** Locks the agent's state row (state changes of one agent are serialised). */
export async function lockAgentState(tx: Tx, userId: string): Promise<AgentStateRow | undefined> {
  const [row] = await tx.select().from(agentStates).where(eq(agentStates.userId, userId)).for('update');
  return row;
}

/** Sets the state and closes the previous log entry; no-op when unchanged. */
export async function writeAgentState(tx: Tx, userId: string, displayName: string, state: AgentState, at: Date) {
  const current = await lockAgentState(tx, userId);
  if (current?.state === state) return current;
  await tx
    .update(agentStateLog)
    .set({ endedAt: at })
    .where(and(eq(agentStateLog.userId, userId), sql`${agentStateLog.endedAt} is null`));
  await tx.insert(agentStateLog).values({ userId, state, startedAt: at });
  const [row] = await tx
    .insert(agentStates)
    .values({ userId, state, since: at, displayName })
    .onConflictDoUpdate({ target: agentStates.userId, set: { state, since: at, displayName } })
    .returning();
  return row!;
}

export const listAgentStates = (tx: Tx) => tx.select().from(agentStates).orderBy(asc(agentStates.displayName));

/** Seconds per state of one agent since `from` (open entries counted up to `now`, the caller's clock). */
export async function sumStateDurations(tx: Tx, userId: string, from: Date, now: Date) {
  const until = sql`${now.toISOString()}::timestamptz`;
  return queryRows<{ state: string; seconds: number }>(
    tx,
    sql`select state, coalesce(sum(extract(epoch from (coalesce(ended_at, ${until}) - greatest(started_at, ${from}::timestamptz)))), 0)::int as seconds
        from agent_state_log where user_id = ${userId} and coalesce(ended_at, ${until}) > ${from}::timestamptz
        group by state`,
  );
}

/** Waiting items per tenant and the oldest place in the queue, for the wallboard. */
export async function waitingPerTenant(tx: Tx) {
  return queryRows<{ tenant_id: string; channel: string; waiting: number; oldest: Date | string | null }>(
    tx,
    sql`select tenant_id, channel, count(*)::int as waiting, min(enqueued_at) as oldest
        from work_items where status = 'waiting' group by tenant_id, channel`,
  );
}

/**
 * Agents per interval from the state log: the time-weighted mean number of agents at work (available,
 * on a call or in wrap-up) and logged in (any state but offline) in each interval of `intervalSeconds`
 * in [from, to). Open entries count up to `now` (the caller's clock), nothing after it.
 */
export async function agentPresencePerInterval(tx: Tx, q: { from: Date; to: Date; intervalSeconds: number; now: Date }) {
  const from = sql`${q.from.toISOString()}::timestamptz`;
  const to = sql`${q.to.toISOString()}::timestamptz`;
  const now = sql`${q.now.toISOString()}::timestamptz`;
  const step = sql`(${q.intervalSeconds}::int * interval '1 second')`;
  const overlap = sql`extract(epoch from (least(coalesce(l.ended_at, ${now}), g.start + ${step}) - greatest(l.started_at, g.start)))`;
  return queryRows<{ intervalStart: Date | string; working: number; loggedIn: number }>(
    tx,
    sql`with l as (
          select state, started_at, ended_at from agent_state_log
          where started_at < least(${to}, ${now}) and coalesce(ended_at, ${now}) > ${from}
        )
        select g.start as "intervalStart",
          (coalesce(sum(${overlap}) filter (where l.state in ('available', 'on_call', 'wrap_up')), 0) / ${q.intervalSeconds}::int)::float8 as working,
          (coalesce(sum(${overlap}) filter (where l.state <> 'offline'), 0) / ${q.intervalSeconds}::int)::float8 as "loggedIn"
        from generate_series(${from}, ${to} - ${step}, ${step}) as g(start)
        left join l on l.started_at < g.start + ${step} and coalesce(l.ended_at, ${now}) > g.start
        group by g.start order by g.start`,
  );
}

/**
 * Seconds per agent and state in [from, min(to, now)) from the state log (overlap of each entry
 * with the range; open entries up to `now`, the caller's clock). Name: the account's display name.
 */
export async function stateSecondsPerAgent(tx: Tx, q: { from: Date; to: Date; now: Date }) {
  const from = sql`${q.from.toISOString()}::timestamptz`;
  const until = sql`least(${q.to.toISOString()}::timestamptz, ${q.now.toISOString()}::timestamptz)`;
  const rows = await queryRows<{ userId: string; name: string | null; state: string; seconds: number | string }>(
    tx,
    sql`select l.user_id::text as "userId", max(u.display_name) as name, l.state,
               coalesce(sum(extract(epoch from (least(coalesce(l.ended_at, ${q.now.toISOString()}::timestamptz), ${until}) - greatest(l.started_at, ${from})))), 0)::bigint as seconds
          from agent_state_log l left join users u on u.id = l.user_id
         where l.started_at < ${until} and coalesce(l.ended_at, ${q.now.toISOString()}::timestamptz) > ${from}
         group by 1, 3 order by 1, 3`,
  );
  return rows.map((r) => ({ ...r, seconds: Number(r.seconds) }));
}

/** Routed items received (enqueued) per channel in [from, to), optionally for some tenants only. */
export function workItemsReceivedPerChannel(tx: Tx, q: { from: Date; to: Date; tenantIds: string[] | null }) {
  const tenants =
    q.tenantIds === null ? sql`` : sql`and tenant_id in (select jsonb_array_elements_text(${JSON.stringify(q.tenantIds)}::jsonb)::uuid)`;
  return queryRows<{ channel: string; received: number; done: number }>(
    tx,
    sql`select channel, count(*)::int as received, (count(*) filter (where status = 'done'))::int as done
          from work_items
         where enqueued_at >= ${q.from.toISOString()}::timestamptz and enqueued_at < ${q.to.toISOString()}::timestamptz ${tenants}
         group by 1 order by 1`,
  );
}
