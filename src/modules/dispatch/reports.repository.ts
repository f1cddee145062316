import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database.js';
import { queryRows } from '../../platform/db/database.js';
import { businessZoneSql } from '../../platform/db/business-zone.js';

export type ReportGroup = 'category' | 'district' | 'priority' | 'shift';

const berlinHour = (): SQL => sql`extract(hour from received_at at time zone ${businessZoneSql()})`;
/** Built per query: the business zone (TZ_BUSINESS) is set at start, after this module loads. */
const groupExpression = (): Record<ReportGroup, SQL> => ({
  category: sql`category`,
  district: sql`coalesce(district, municipality)`,
  priority: sql`priority::text`,
  // early 6-14, late 14-22, night 22-6 (Berlin local time), see dispatch-rules.ts shiftOfHour
  shift: sql`case when ${berlinHour()} >= 6 and ${berlinHour()} < 14 then 'early' when ${berlinHour()} >= 14 and ${berlinHour()} < 22 then 'late' else 'night' end`,
});

const seconds = (from: string, to: string) => sql.raw(`extract(epoch from (${to} - ${from}))`);
const median = (expr: SQL) => sql`round((percentile_cont(0.5) within group (order by ${expr}))::numeric)::int`;
const p90 = (expr: SQL) => sql`round((percentile_cont(0.9) within group (order by ${expr}))::numeric)::int`;

export interface ResponseTimeRow {
  key: string;
  incidents: number;
  closed: number;
  medianToAssignedSeconds: number | null;
  medianToOnSceneSeconds: number | null;
  p90ToOnSceneSeconds: number | null;
  medianToClosedSeconds: number | null;
}

/**
 * Response times of incidents received in [from, to): received -> assigned,
 * received -> on scene, received -> closed (median, p90), merged duplicates excluded.
 */
export function responseTimes(tx: Tx, group: ReportGroup, from: Date, to: Date) {
  return queryRows<ResponseTimeRow>(
    tx,
    sql`select ${groupExpression()[group]} as key,
          count(*)::int as incidents,
          (count(*) filter (where status = 'closed'))::int as closed,
          ${median(seconds('received_at', 'assigned_at'))} as "medianToAssignedSeconds",
          ${median(seconds('received_at', 'on_scene_at'))} as "medianToOnSceneSeconds",
          ${p90(seconds('received_at', 'on_scene_at'))} as "p90ToOnSceneSeconds",
          ${median(seconds('received_at', 'closed_at'))} as "medianToClosedSeconds"
        from dispatch_incidents
        where received_at >= ${from} and received_at < ${to} and status <> 'merged'
        group by 1 order by 1`,
  );
}

/** Incidents per Berlin calendar day and hour of day. */
export function incidentsPerDayAndHour(tx: Tx, from: Date, to: Date) {
  return queryRows<{ day: string; hour: number; incidents: number }>(
    tx,
    sql`select to_char(received_at at time zone ${businessZoneSql()}, 'YYYY-MM-DD') as day, ${berlinHour()}::int as hour, count(*)::int as incidents
        from dispatch_incidents
        where received_at >= ${from} and received_at < ${to} and status <> 'merged'
        group by 1, 2 order by 1, 2`,
  );
}

export interface AreaRow {
  municipality: string;
  /** Stadtbezirk in Hannover; outside Hannover the municipality's name. */
  district: string;
  incidents: number;
  medianToOnSceneSeconds: number | null;
  /** Mean point of the area's incidents (where its marker sits on the heat map: no district polygons exist here). */
  lat: number;
  lon: number;
}

/** Incidents per municipality and district (the heat map), merged duplicates excluded. */
export function incidentsPerArea(tx: Tx, from: Date, to: Date) {
  return queryRows<AreaRow>(
    tx,
    sql`select municipality, coalesce(district, municipality) as district, count(*)::int as incidents,
          ${median(seconds('received_at', 'on_scene_at'))} as "medianToOnSceneSeconds",
          avg(lat)::float8 as lat, avg(lon)::float8 as lon
        from dispatch_incidents
        where received_at >= ${from} and received_at < ${to} and status <> 'merged'
        group by 1, 2 order by 3 desc, 1, 2`,
  );
}
