import { requireRole } from '../../platform/auth/actor.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { writeCsv } from '../../platform/csv/csv.js';
import { categoryCatalogue, shiftLabels } from './dispatch-rules.js';
import type { IncidentCategory } from './dispatch.schema.js';
import * as repo from './reports.repository.js';

/** Response-time report for the pilot evaluation (dispatchers, supervisors, billing/evaluation). */
export async function getResponseTimeReport(ctx: UseCaseContext, group: repo.ReportGroup, from: Date, to: Date) {
  requireRole(ctx.actor, 'dispatcher', 'supervisor');
  return inActorScope(ctx, async (tx) => {
    const rows = await repo.responseTimes(tx, group, from, to);
    const perDayHour = await repo.incidentsPerDayAndHour(tx, from, to);
    const areas = await repo.incidentsPerArea(tx, from, to);
    return {
      group,
      from,
      to,
      rows: rows.map((r) => ({ ...r, label: labelOf(group, r.key) })),
      perDayHour,
      areas,
    };
  });
}

function labelOf(group: repo.ReportGroup, key: string): string {
  if (group === 'category') return categoryCatalogue[key as IncidentCategory]?.label ?? key;
  if (group === 'shift') return shiftLabels[key as keyof typeof shiftLabels] ?? key;
  if (group === 'priority') return `Dringlichkeit ${key}`;
  return key;
}

export type ResponseTimeReport = Awaited<ReturnType<typeof getResponseTimeReport>>;

export const responseTimeHeader = [
  'Gruppe',
  'Einsätze',
  'Abgeschlossen',
  'Median bis Zuweisung (s)',
  'Median bis vor Ort (s)',
  '90 % bis vor Ort (s)',
  'Median bis Abschluss (s)',
];
export const responseTimeCells = (r: ResponseTimeReport['rows'][number]) => [
  r.label,
  r.incidents,
  r.closed,
  r.medianToAssignedSeconds,
  r.medianToOnSceneSeconds,
  r.p90ToOnSceneSeconds,
  r.medianToClosedSeconds,
];

/** The report as CSV through the one writer (semicolon, UTF-8 with BOM, decimal comma, formulas neutralised). */
export function responseTimesCsv(report: ResponseTimeReport): string {
  return writeCsv([responseTimeHeader, ...report.rows.map(responseTimeCells)]);
}
