import { sql } from 'drizzle-orm';
import { businessZoneLiteral, businessZoneSql } from '../../../platform/db/business-zone.js';
import { queryRows, type Tx } from '../../../platform/db/database.js';
import { COUNT_FIELDS, type CallCounts } from './call-figures.js';
import { callCellSql } from './call-rollups.schema.js';

/** Column names of the additive counts, in COUNT_FIELDS order. */
const snake = (f: string) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const COLUMNS = COUNT_FIELDS.map(snake);
const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;

export interface CellKey {
  intervalStart: string;
  tenantId: string | null;
  queueName: string;
  agentKey: string;
}

export interface CellDelta extends CellKey {
  agentName: string | null;
  counts: CallCounts;
  /** Largest wait of an offered call added to the cell (greatest() with what is stored). */
  longestWait: number | null;
  /** An offered call left the cell or its wait shrank: the stored maximum may be too high. */
  recomputeLongest: boolean;
}

/**
 * Adds the deltas to their cells in one statement, in key order (two concurrent
 * batches lock the cells in the same order: no deadlock).
 */
export async function applyCellDeltas(tx: Tx, deltas: CellDelta[]) {
  if (deltas.length === 0) return;
  const rows = deltas.map((d) => ({
    i: d.intervalStart,
    t: d.tenantId,
    q: d.queueName,
    a: d.agentKey,
    n: d.agentName,
    w: d.longestWait,
    ...Object.fromEntries(COUNT_FIELDS.map((f, k) => [`c${k}`, d.counts[f]])),
  }));
  const cols = COLUMNS.join(', ');
  const selectCols = COLUMNS.map((_, k) => `c${k}`).join(', ');
  const recordCols = COLUMNS.map((_, k) => `c${k} int`).join(', ');
  const updates = COLUMNS.map((c) => `${c} = call_rollups.${c} + excluded.${c}`).join(', ');
  await tx.execute(sql`
    insert into call_rollups (interval_start, tenant_id, queue_name, agent_key, agent_name, longest_wait_seconds, ${sql.raw(cols)})
    select i, t, q, a, n, w, ${sql.raw(selectCols)}
    from jsonb_to_recordset(${json(rows)}) as x(i timestamptz, t uuid, q text, a text, n text, w int, ${sql.raw(recordCols)})
    order by i, t nulls first, q, a
    on conflict on constraint call_rollups_cell_uq do update set ${sql.raw(updates)},
      agent_name = coalesce(excluded.agent_name, call_rollups.agent_name),
      longest_wait_seconds = greatest(call_rollups.longest_wait_seconds, excluded.longest_wait_seconds),
      updated_at = now()`);
  const recompute = deltas.filter((d) => d.recomputeLongest);
  if (recompute.length > 0) await recomputeLongestWait(tx, recompute);
}

/** The longest wait of offered calls in the given cells, from the calls themselves (rare: a late event lowered a wait). */
async function recomputeLongestWait(tx: Tx, cells: CellKey[]) {
  const keys = cells.map((c) => ({ i: c.intervalStart, t: c.tenantId, q: c.queueName, a: c.agentKey }));
  await tx.execute(sql`
    update call_rollups r set longest_wait_seconds = (
      select max(coalesce(c.wait_seconds, 0)) from calls c
      where c.offered_at >= r.interval_start and c.offered_at < r.interval_start + interval '15 minutes'
        and c.tenant_id is not distinct from r.tenant_id
        and ${callCellSql.queueName} = r.queue_name and ${callCellSql.agentKey} = r.agent_key
        and (c.answered_at is not null or c.status in ('callback', 'diverted') or (c.status = 'abandoned' and coalesce(c.wait_seconds, 0) > c.short_abandon_seconds)))
    from jsonb_to_recordset(${json(keys)}) as x(i timestamptz, t uuid, q text, a text)
    where r.interval_start = x.i and r.tenant_id is not distinct from x.t and r.queue_name = x.q and r.agent_key = x.a`);
}

/** Stored cells in [from, to), for the nightly comparison. */
export async function listCells(tx: Tx, from: Date, to: Date) {
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    sql`select interval_start as "intervalStart", tenant_id as "tenantId", queue_name as "queueName", agent_key as "agentKey",
          longest_wait_seconds as "longestWait", ${sql.raw(COLUMNS.map((c, k) => `${c} as c${k}`).join(', '))}
        from call_rollups where interval_start >= ${from.toISOString()}::timestamptz and interval_start < ${to.toISOString()}::timestamptz`,
  );
  return rows.map((r) => ({
    intervalStart: new Date(r.intervalStart as string).toISOString(),
    tenantId: r.tenantId as string | null,
    queueName: r.queueName as string,
    agentKey: r.agentKey as string,
    longestWait: r.longestWait as number | null,
    counts: Object.fromEntries(COUNT_FIELDS.map((f, k) => [f, Number(r[`c${k}`])])) as unknown as CallCounts,
  }));
}

export interface CallForRollup {
  tenantId: string | null;
  queueName: string | null;
  agentUserId: string | null;
  agentId: string | null;
  agentName: string | null;
  status: string;
  offeredAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
  waitSeconds: number | null;
  talkSeconds: number | null;
  isTransferred: boolean;
  serviceLevelSeconds: number;
  shortAbandonSeconds: number;
  wrapUpSeconds: number | null;
}

/** Calls offered in [from, to) with their contact's wrap-up, for the nightly re-derive. */
export async function listCallsForRollup(tx: Tx, from: Date, to: Date): Promise<CallForRollup[]> {
  const rows = await queryRows<CallForRollup>(
    tx,
    sql`select c.tenant_id as "tenantId", c.queue_name as "queueName", c.agent_user_id as "agentUserId", c.agent_id as "agentId",
          c.agent_name as "agentName", c.status, c.offered_at as "offeredAt", c.answered_at as "answeredAt", c.ended_at as "endedAt",
          c.wait_seconds as "waitSeconds", c.talk_seconds as "talkSeconds", c.is_transferred as "isTransferred",
          c.service_level_seconds as "serviceLevelSeconds", c.short_abandon_seconds as "shortAbandonSeconds",
          k.wrap_up_seconds as "wrapUpSeconds"
        from calls c left join contacts k on k.call_id = c.id
        where c.offered_at >= ${from.toISOString()}::timestamptz and c.offered_at < ${to.toISOString()}::timestamptz`,
  );
  return rows.map((r) => ({ ...r, offeredAt: new Date(r.offeredAt) }));
}

/** The rollup-relevant facts of one call by its id (wrap-up documentation). */
export async function findCallForRollup(tx: Tx, callId: string): Promise<CallForRollup | undefined> {
  const [row] = await queryRows<CallForRollup>(
    tx,
    sql`select c.tenant_id as "tenantId", c.queue_name as "queueName", c.agent_user_id as "agentUserId", c.agent_id as "agentId",
          c.agent_name as "agentName", c.status, c.offered_at as "offeredAt", c.answered_at as "answeredAt", c.ended_at as "endedAt",
          c.wait_seconds as "waitSeconds", c.talk_seconds as "talkSeconds", c.is_transferred as "isTransferred",
          c.service_level_seconds as "serviceLevelSeconds", c.short_abandon_seconds as "shortAbandonSeconds",
          null::int as "wrapUpSeconds"
        from calls c where c.id = ${callId}`,
  );
  return row ? { ...row, offeredAt: new Date(row.offeredAt) } : undefined;
}

/** How rollup cells are grouped when read (all in Europe/Berlin). */
export type RollupGroup =
  | 'total'
  | 'interval15'
  | 'interval30'
  | 'interval60'
  | 'day'
  | 'week'
  | 'month'
  | 'weekdayHour'
  | 'tenant'
  | 'queue'
  | 'agent'
  | 'tenantMonth'
  /** tenant | month | ISO weekday | Berlin quarter hour of the day (HH:MI), for service hours. */
  | 'tenantMonthWeekdayQuarter'
  /** tenant | Berlin day (YYYY-MM-DD) | Berlin quarter hour (HH:MI): service hours with public holidays. */
  | 'tenantDayQuarter'
  /** ISO weekday | Berlin half hour (HH:MI, :00 or :30): the heat map. */
  | 'weekdayHalfHour';

/** Key expressions per group; read at query time, so TZ_BUSINESS set at start counts. */
const groupKeySql = (group: RollupGroup): string => {
  const local = `(interval_start at time zone ${businessZoneLiteral()})`;
  return groupKeys(local)[group];
};
const groupKeys = (local: string): Record<RollupGroup, string> => ({
  total: `'total'`,
  // Instants (ISO text): Berlin is a whole number of hours from UTC, so UTC grids are Berlin grids.
  interval15: `to_char(interval_start at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
  interval30: `to_char(to_timestamp(floor(extract(epoch from interval_start) / 1800) * 1800) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
  interval60: `to_char(to_timestamp(floor(extract(epoch from interval_start) / 3600) * 3600) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
  day: `to_char(${local}, 'YYYY-MM-DD')`,
  week: `to_char(${local}, 'IYYY-"W"IW')`,
  month: `to_char(${local}, 'YYYY-MM')`,
  weekdayHour: `to_char(${local}, 'ID-HH24')`,
  tenant: `coalesce(tenant_id::text, '')`,
  queue: `queue_name`,
  agent: `agent_key`,
  tenantMonth: `coalesce(tenant_id::text, '') || '|' || to_char(${local}, 'YYYY-MM')`,
  tenantMonthWeekdayQuarter: `coalesce(tenant_id::text, '') || '|' || to_char(${local}, 'YYYY-MM|ID|HH24:MI')`,
  weekdayHalfHour: `to_char(${local}, 'ID|HH24:') || case when extract(minute from ${local}) < 30 then '00' else '30' end`,
  tenantDayQuarter: `coalesce(tenant_id::text, '') || '|' || to_char(${local}, 'YYYY-MM-DD|HH24:MI')`,
});

export interface RollupSum {
  key: string;
  /** For agent groups: the agent's name as last seen. */
  name: string | null;
  counts: CallCounts;
  longestWaitSeconds: number | null;
}

/** Sums the cells offered in [from, to) per group; tenantIds null = every tenant (and calls of no tenant). */
export async function sumCallRollups(
  tx: Tx,
  q: { from: Date; to: Date; tenantIds: string[] | null; group: RollupGroup },
): Promise<RollupSum[]> {
  const key = sql.raw(groupKeySql(q.group));
  const tenantFilter = q.tenantIds === null ? sql`` : sql`and tenant_id in (select jsonb_array_elements_text(${json(q.tenantIds)})::uuid)`;
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    sql`select ${key} as key, ${q.group === 'agent' ? sql`max(agent_name)` : sql`null`} as name, max(longest_wait_seconds) as "longestWait",
          ${sql.raw(COLUMNS.map((c, k) => `sum(${c})::bigint as c${k}`).join(', '))}
        from call_rollups
        where interval_start >= ${q.from.toISOString()}::timestamptz and interval_start < ${q.to.toISOString()}::timestamptz ${tenantFilter}
        group by 1 order by 1`,
  );
  return rows.map((r) => ({
    key: r.key as string,
    name: (r.name as string | null) ?? null,
    longestWaitSeconds: r.longestWait === null ? null : Number(r.longestWait),
    counts: Object.fromEntries(COUNT_FIELDS.map((f, k) => [f, Number(r[`c${k}`])])) as unknown as CallCounts,
  }));
}

export interface ContactMonthRow {
  tenantId: string | null;
  month: string;
  documented: number;
  firstLevel: number;
  forwarded: number;
}

/**
 * Documented contacts (all channels) per tenant and Berlin month of their start, for
 * first-contact resolution and forwarding rate. Reads `contacts` (index on tenant,
 * start); a contacts rollup is the follow-up once retention deletes contacts.
 */
export async function documentedContactsByMonth(
  tx: Tx,
  q: { from: Date; to: Date; tenantIds: string[] | null },
): Promise<ContactMonthRow[]> {
  const tenantFilter = q.tenantIds === null ? sql`` : sql`and tenant_id in (select jsonb_array_elements_text(${json(q.tenantIds)})::uuid)`;
  return queryRows<ContactMonthRow>(
    tx,
    sql`select tenant_id as "tenantId", to_char(started_at at time zone ${businessZoneSql()}, 'YYYY-MM') as month,
          count(*)::int as documented,
          (count(*) filter (where outcome = 'answered_first_level'))::int as "firstLevel",
          (count(*) filter (where outcome = 'forwarded_second_level'))::int as forwarded
        from contacts
        where status = 'documented' and started_at >= ${q.from.toISOString()}::timestamptz and started_at < ${q.to.toISOString()}::timestamptz ${tenantFilter}
        group by 1, 2`,
  );
}

export interface CallDataBasis {
  /** Rollup cells (15 minutes × tenant × queue × agent) in the range. */
  cells: number;
  /** Calls the cells hold: offered + short abandons + undecided. */
  calls: number;
  firstInterval: string | null;
  lastInterval: string | null;
  /** Berlin days with at least one call. */
  days: string[];
}

/** What the call figures of a range rest on: cells, calls, first and last interval, days with calls. */
export async function callDataBasis(tx: Tx, q: { from: Date; to: Date; tenantIds: string[] | null }): Promise<CallDataBasis> {
  const tenantFilter = q.tenantIds === null ? sql`` : sql`and tenant_id in (select jsonb_array_elements_text(${json(q.tenantIds)})::uuid)`;
  const rows = await queryRows<{ day: string; cells: number; calls: number; first: string; last: string }>(
    tx,
    sql`select to_char(interval_start at time zone ${businessZoneSql()}, 'YYYY-MM-DD') as day, count(*)::int as cells,
               sum(offered + short_abandoned + undecided)::int as calls, min(interval_start) as first, max(interval_start) as last
          from call_rollups
         where interval_start >= ${q.from.toISOString()}::timestamptz and interval_start < ${q.to.toISOString()}::timestamptz ${tenantFilter}
         group by 1 order by 1`,
  );
  const withCalls = rows.filter((r) => r.calls > 0);
  return {
    cells: rows.reduce((n, r) => n + r.cells, 0),
    calls: rows.reduce((n, r) => n + r.calls, 0),
    firstInterval: rows[0] ? new Date(rows[0].first).toISOString() : null,
    lastInterval: rows.at(-1) ? new Date(rows.at(-1)!.last).toISOString() : null,
    days: withCalls.map((r) => r.day),
  };
}

/** Documented contacts per channel in the range (all channels; day of the contact's start). */
export function documentedContactsByChannel(tx: Tx, q: { from: Date; to: Date; tenantIds: string[] | null }) {
  const tenantFilter = q.tenantIds === null ? sql`` : sql`and tenant_id in (select jsonb_array_elements_text(${json(q.tenantIds)})::uuid)`;
  return queryRows<{ channel: string; documented: number; open: number }>(
    tx,
    sql`select channel, (count(*) filter (where status = 'documented'))::int as documented, (count(*) filter (where status = 'open'))::int as open
          from contacts
         where started_at >= ${q.from.toISOString()}::timestamptz and started_at < ${q.to.toISOString()}::timestamptz ${tenantFilter}
         group by 1 order by 1`,
  );
}

/** ACD queue_log imports recorded in the audit trail (center-wide: one telephone system serves every tenant). */
export function queueLogImports(tx: Tx, q: { from: Date; to: Date }) {
  return queryRows<{ at: string; accepted: number; calls: number; errors: number }>(
    tx,
    sql`select at, coalesce((details->>'accepted')::int, 0) as accepted, coalesce((details->>'calls')::int, 0) as calls,
               coalesce((details->>'errors')::int, 0) as errors
          from audit_log where action = 'queue_log.imported' and at >= ${q.from.toISOString()}::timestamptz and at < ${q.to.toISOString()}::timestamptz
         order by at desc limit 50`,
  );
}
