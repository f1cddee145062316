import { sql } from 'drizzle-orm';
import { businessZoneSql } from '../../../platform/db/business-zone.js';
import { queryRows, type Tx } from '../../../platform/db/database.js';

/** Reads of the contact records for the reports (top services, channel mix, agents); SQL only here. */
export interface ContactRange {
  /** Contacts started in [from, to) (Berlin days: see berlinDayStart). */
  from: Date;
  to: Date;
  /** null: every tenant (and contacts of no tenant yet). */
  tenantIds: string[] | null;
}

const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;
const tenantFilter = (ids: string[] | null) =>
  ids === null ? sql`` : sql`and tenant_id in (select jsonb_array_elements_text(${json(ids)})::uuid)`;
const range = (q: ContactRange) =>
  sql`started_at >= ${q.from.toISOString()}::timestamptz and started_at < ${q.to.toISOString()}::timestamptz ${tenantFilter(q.tenantIds)}`;

export interface ServiceCountRow {
  /** LeiKa key; '' for documented contacts without a coded service. */
  leikaKey: string;
  title: string | null;
  documented: number;
  firstLevel: number;
  forwarded: number;
}

/** Documented contacts (all channels) per LeiKa key, most asked first. */
export function documentedContactsByService(tx: Tx, q: ContactRange) {
  return queryRows<ServiceCountRow>(
    tx,
    sql`select coalesce(leika_key, '') as "leikaKey", max(service_title) as title, count(*)::int as documented,
               (count(*) filter (where outcome = 'answered_first_level'))::int as "firstLevel",
               (count(*) filter (where outcome = 'forwarded_second_level'))::int as forwarded
          from contacts
         where status = 'documented' and ${range(q)}
         group by 1 order by documented desc, 1`,
  );
}

export interface ChannelContactRow {
  channel: string;
  contacts: number;
  documented: number;
  firstLevel: number;
  forwarded: number;
  /** Documented contacts with an end time: the ones a handling time is known for. */
  handled: number;
  /** Σ (end − start + wrap-up) over `handled`, whole seconds. */
  handlingSeconds: number;
}

/** Contacts per channel: counts, outcomes and the handling time parts (docs/metrics.md, channel mix). */
export function contactsPerChannel(tx: Tx, q: ContactRange) {
  return queryRows<ChannelContactRow>(
    tx,
    sql`select channel, count(*)::int as contacts,
               (count(*) filter (where status = 'documented'))::int as documented,
               (count(*) filter (where status = 'documented' and outcome = 'answered_first_level'))::int as "firstLevel",
               (count(*) filter (where status = 'documented' and outcome = 'forwarded_second_level'))::int as forwarded,
               (count(*) filter (where status = 'documented' and ended_at is not null))::int as handled,
               coalesce(sum(round(extract(epoch from (ended_at - started_at))) + coalesce(wrap_up_seconds, 0))
                 filter (where status = 'documented' and ended_at is not null), 0)::bigint as "handlingSeconds"
          from contacts
         where ${range(q)}
         group by 1 order by 1`,
  ).then((rows) => rows.map((r) => ({ ...r, handlingSeconds: Number(r.handlingSeconds) })));
}

/** Routed contacts (e-mail, form, chat, call-back) documented per agent account. */
export function routedContactsPerAgent(tx: Tx, q: ContactRange) {
  return queryRows<{ agentUserId: string; name: string | null; documented: number }>(
    tx,
    sql`select agent_user_id::text as "agentUserId", max(agent_name) as name, count(*)::int as documented
          from contacts
         where status = 'documented' and channel <> 'phone' and agent_user_id is not null and ${range(q)}
         group by 1`,
  );
}

/** Documented contacts per Berlin period of their start and channel (trend of the channel mix). */
export function documentedContactsPerPeriodAndChannel(tx: Tx, q: ContactRange & { period: 'week' | 'month' }) {
  const zone = businessZoneSql();
  const key =
    q.period === 'week'
      ? sql`to_char(started_at at time zone ${zone}, 'IYYY-"W"IW')`
      : sql`to_char(started_at at time zone ${zone}, 'YYYY-MM')`;
  return queryRows<{ period: string; channel: string; documented: number }>(
    tx,
    sql`select ${key} as period, channel, count(*)::int as documented
          from contacts where status = 'documented' and ${range(q)}
         group by 1, 2 order by 1, 2`,
  );
}
