import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/app-error.js';
import { addDays, localDate, nextDate, startOfLocalDate } from '../../platform/time/berlin-time.js';
import { categoryLabels } from './fault-view.js';
import { itFaultsPolicy } from './itfaults.policy.js';
import * as repo from './itfaults.repository.js';
import type { FaultCategory } from './itfaults.schema.js';
import type { ItFaultSettings } from './itfaults.settings.js';
import { priorityLabels, type Priority } from './priority.js';

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((1000 * part) / whole) / 10 : null);
const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

const emptyRow: repo.ReportRow = {
  priority: 0,
  category: 'all',
  faults: 0,
  responded: 0,
  responseMedianMinutes: null,
  responseP90Minutes: null,
  responseWithinTarget: 0,
  resolved: 0,
  resolutionMedianMinutes: null,
  resolutionP90Minutes: null,
  resolutionWithinTarget: 0,
  overdueOpen: 0,
};

const lineOf = (r: repo.ReportRow) => ({
  priority: r.priority,
  category: r.category,
  categoryLabel: categoryLabels[r.category as FaultCategory] ?? r.category,
  faults: r.faults,
  responded: r.responded,
  responseMedianMinutes: round1(r.responseMedianMinutes),
  responseP90Minutes: round1(r.responseP90Minutes),
  responseWithinTargetPercent: percent(r.responseWithinTarget, r.responded),
  resolved: r.resolved,
  resolutionMedianMinutes: round1(r.resolutionMedianMinutes),
  resolutionP90Minutes: round1(r.resolutionP90Minutes),
  resolutionWithinTargetPercent: percent(r.resolutionWithinTarget, r.resolved),
  overdueOpen: r.overdueOpen,
});

export function targetList(settings: ItFaultSettings) {
  return ([1, 2, 3, 4, 5] as Priority[]).map((p) => ({ priority: p, label: priorityLabels[p], ...settings.targets[p] }));
}

/**
 * Response and resolution times of IT faults per priority and category, for the
 * supervisors' page, the API and the pilot evaluation: faults reported on the Berlin
 * days from..to (inclusive), response = reported → first status from IT, resolution =
 * reported → resolved; within target against the targets in force at intake. Faults
 * attached to a known error have no IT ticket of their own and are left out.
 */
export async function reportItFaultTimes(ctx: UseCaseContext, settings: ItFaultSettings, query: { from?: string; to?: string }) {
  itFaultsPolicy.assertCanReport(ctx.actor);
  const now = ctx.clock.now();
  const to = query.to ?? localDate(now);
  const from = query.from ?? addDays(to, -29);
  if (from > to)
    throw new AppError('VALIDATION_FAILED', '„Von“ liegt nach „Bis“.', { issues: [{ field: 'from', message: '„Von“ liegt nach „Bis“.' }] });
  const start = startOfLocalDate(from);
  const end = startOfLocalDate(nextDate(to));
  return inActorScope(ctx, async (tx) => {
    const rows = await repo.reportTimes(tx, start, end, now);
    const outages = await repo.listOutages(tx, { activeOnly: false, since: start });
    const lines = rows.map(lineOf);
    const perPriority = await repo.reportTimes(tx, start, end, now, false);
    const byPriority = ([1, 2, 3, 4, 5] as const).map((p) => {
      const r = perPriority.find((x) => x.priority === p);
      const { category: _c, categoryLabel: _l, ...line } = r ? lineOf(r) : lineOf({ ...emptyRow, priority: p });
      return line;
    });
    const inPeriod = outages.filter((o) => o.declaredAt >= start && o.declaredAt < end);
    return {
      from,
      to,
      lines,
      byPriority,
      targets: targetList(settings),
      outages: { declared: inPeriod.length, calls: inPeriod.reduce((s, o) => s + o.callCount, 0) },
    };
  });
}
