/**
 * Use cases over history: the week's staffing plan (forecast per tenant, pooled staff per half hour,
 * FTE, cost, backtest) and the what-if. Reads only through reporting and tenancy (staffing.data.ts).
 */
import { AppError } from '../../platform/http/app-error.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { addDays, isoWeekday } from './calendar-days.js';
import { backtestForecast, forecastIntervals } from './forecast.js';
import { estimatePatienceSeconds, waitHistoryOf, type WaitHistory } from './patience.js';
import { computePlan, slotKey, type PlanSettings, type SlotDemand, type StaffingPlan } from './plan.js';
import { missedIntervals, type MissedInterval } from './missed.js';
import type { MissedQuery, PlanQuery, WhatIfRequest } from './staffing.contract.js';
import { berlinDayStart, berlinYmd, readIntervalRollupsInTx } from '../reporting/index.js';
import { readAgentPresenceInTx } from '../routing/index.js';
import { berlinMinute, readTenantHistories, type TenantHistory } from './staffing.data.js';
import { requireStaffingRole, withStaffingErrors } from './staffing.service.js';
import { callsPerInhabitant, runWhatIf } from './what-if.js';

export interface CostSettings {
  costPerFteYear: number;
  weeklyHoursPerFte: number;
}

const DEFAULT_PATIENCE_SECONDS = 120;
const OPEN = 8 * 60;
const CLOSE = 18 * 60;

interface Prepared {
  histories: TenantHistory[];
  /** Mean agents at work per elapsed half hour of the plan week (agent state log), by slot key. */
  staffed: Map<string, number>;
  /** Waits of all callers and the abandons behind the patience estimate. */
  patienceBasis: WaitHistory;
  demand: SlotDemand[];
  settings: PlanSettings;
  patienceEstimated: boolean;
  weekEnd: string;
}

async function prepare(ctx: UseCaseContext, query: PlanQuery, cost: CostSettings): Promise<Prepared> {
  requireStaffingRole(ctx);
  if (isoWeekday(query.weekStart) !== 1) {
    throw new AppError('VALIDATION_FAILED', 'Die Planwoche beginnt an einem Montag.', {
      issues: [{ field: 'weekStart', message: 'Bitte einen Montag wählen.' }],
    });
  }
  const historyFrom = addDays(query.weekStart, -7 * query.historyWeeks);
  const weekEnd = addDays(query.weekStart, 4);
  const now = ctx.clock.now();
  const { histories, presence } = await inActorScope(ctx, async (tx) => ({
    histories: await readTenantHistories(tx, historyFrom, query.weekStart),
    presence: await readAgentPresenceInTx(tx, {
      from: berlinDayStart(query.weekStart),
      to: berlinDayStart(addDays(weekEnd, 1)),
      intervalMinutes: 30,
      now,
    }),
  }));
  // Only half hours that are over: a running one would count its future as absent. A week in which
  // nobody was logged in at all has no state log (before the system was used): no comparison then.
  const staffed = new Map<string, number>();
  const logged = presence.some((p) => p.loggedIn > 0);
  for (const p of logged ? presence : []) {
    if (p.intervalStart.getTime() + 30 * 60_000 > now.getTime()) continue;
    staffed.set(slotKey(berlinYmd(p.intervalStart), berlinMinute(p.intervalStart)), p.working);
  }
  const demand: SlotDemand[] = [];
  for (const h of histories) {
    if (h.history.length === 0) continue;
    for (const f of forecastIntervals(h.history, {
      intervalMinutes: 30,
      from: query.weekStart,
      to: weekEnd,
      openMinute: OPEN,
      closeMinute: CLOSE,
    })) {
      demand.push({
        tenantId: h.tenantId,
        date: f.date,
        minute: f.minute,
        calls: f.calls,
        ahtSeconds: f.ahtSeconds,
        serviceLevelTarget: h.serviceLevelTarget,
        targetSeconds: h.targetSeconds,
      });
    }
  }
  // The empty week still shows its half hours.
  if (demand.length === 0) {
    for (let d = query.weekStart; d <= weekEnd; d = addDays(d, 1)) {
      for (let m = OPEN; m < CLOSE; m += 30)
        demand.push({ tenantId: 'none', date: d, minute: m, calls: 0, ahtSeconds: 180, serviceLevelTarget: 0.75, targetSeconds: 30 });
    }
  }
  const waits = {
    totalWaitSeconds: histories.reduce((s, h) => s + h.waits.totalWaitSeconds, 0),
    abandons: histories.reduce((s, h) => s + h.waits.abandons, 0),
  };
  const estimated = estimatePatienceSeconds(waits);
  const patienceSeconds = query.patienceSeconds ?? estimated ?? DEFAULT_PATIENCE_SECONDS;
  return {
    histories,
    staffed,
    patienceBasis: waits,
    demand,
    weekEnd,
    patienceEstimated: query.patienceSeconds === undefined && estimated !== null,
    settings: {
      model: query.model,
      intervalMinutes: 30,
      patienceSeconds,
      shrinkage: query.shrinkage,
      weeklyHoursPerFte: cost.weeklyHoursPerFte,
      costPerFteYear: cost.costPerFteYear,
    },
  };
}

export interface PlanReport {
  weekStart: string;
  weekEnd: string;
  model: string;
  patienceSeconds: number;
  patienceEstimated: boolean;
  /** Total wait of all offered callers (answered, abandoned, call-back) and abandons of the history. */
  patienceBasis: WaitHistory;
  shrinkage: number;
  costPerFteYear: number;
  weeklyHoursPerFte: number;
  /** Half hours of the week compared with the agent state log (those already over). */
  comparedSlots: number;
  plan: StaffingPlan;
  backtests: { tenantId: string; tenantName: string; intervalMape: number | null; dayMape: number | null }[];
}

export async function getStaffingPlan(ctx: UseCaseContext, query: PlanQuery, cost: CostSettings): Promise<PlanReport> {
  const p = await prepare(ctx, query, cost);
  const plan = withStaffingErrors(() => computePlan(p.demand, p.settings, p.staffed));
  return {
    weekStart: query.weekStart,
    weekEnd: p.weekEnd,
    model: query.model,
    patienceSeconds: p.settings.patienceSeconds,
    patienceEstimated: p.patienceEstimated,
    patienceBasis: p.patienceBasis,
    shrinkage: query.shrinkage,
    comparedSlots: plan.slots.filter((s) => s.staffed !== null).length,
    costPerFteYear: cost.costPerFteYear,
    weeklyHoursPerFte: cost.weeklyHoursPerFte,
    plan: { ...plan, slots: plan.slots.map((s) => ({ ...s, tenants: [] })) },
    backtests: p.histories
      .filter((h) => h.history.length > 0)
      .map((h) => ({
        tenantId: h.tenantId,
        tenantName: h.tenantName,
        ...pickMape(backtestForecast(h.history, { intervalMinutes: 30, openMinute: OPEN, closeMinute: CLOSE })),
      })),
  };
}

const pickMape = (b: { intervalMape: number | null; dayMape: number | null }) => ({ intervalMape: b.intervalMape, dayMape: b.dayMape });

export interface WhatIfReport {
  weekStart: string;
  before: { fte: number; costPerYear: number; peakAgents: number; agents: { date: string; minute: number; agents: number }[] };
  after: { fte: number; costPerYear: number; peakAgents: number; agents: { date: string; minute: number; agents: number }[] };
  fteDifference: number;
  costDifferencePerYear: number;
  callsPerInhabitantDay: number | null;
}

export async function runStaffingWhatIf(ctx: UseCaseContext, request: WhatIfRequest, cost: CostSettings): Promise<WhatIfReport> {
  const p = await prepare(ctx, request, cost);
  // Calls per inhabitant and working day of the comparable tenants (their forecast week).
  let rate: number | null = null;
  if (request.comparable && request.comparable.length > 0) {
    const perTenant = request.comparable.map((c) => ({
      callsPerDay: p.demand.filter((d) => d.tenantId === c.tenantId).reduce((s, d) => s + d.calls, 0) / 5,
      inhabitants: c.inhabitants,
    }));
    rate = callsPerInhabitant(perTenant);
  }
  const joining = (request.joining ?? []).map((j) => {
    const own = p.histories.find((h) => h.tenantId === j.tenantId);
    const hasHistory = own !== undefined && own.history.length > 0 && j.inhabitants === undefined;
    return hasHistory ? { tenantId: j.tenantId, demand: [] } : { tenantId: j.tenantId, inhabitants: j.inhabitants };
  });
  if (joining.some((j) => j.inhabitants !== undefined) && rate === null) {
    throw new AppError('VALIDATION_FAILED', 'Für neue Mandanten ohne Historie bitte vergleichbare Mandanten mit Einwohnerzahl angeben.', {
      issues: [{ field: 'comparable', message: 'Bitte mindestens einen vergleichbaren Mandanten mit Einwohnerzahl angeben.' }],
    });
  }
  const result = withStaffingErrors(() =>
    runWhatIf(p.demand, p.settings, {
      joining,
      callsPerInhabitantDay: rate ?? undefined,
      ahtSeconds: request.change?.ahtSeconds,
      serviceLevelTarget: request.change?.serviceLevelTarget,
      targetSeconds: request.change?.targetSeconds,
      shrinkage: request.change?.shrinkage,
      patienceSeconds: request.change?.patienceSeconds,
    }),
  );
  const summary = (plan: StaffingPlan) => ({
    fte: plan.fte,
    costPerYear: plan.costPerYear,
    peakAgents: plan.peakAgents,
    agents: plan.slots.map((s) => ({ date: s.date, minute: s.minute, agents: s.agents })),
  });
  return {
    weekStart: request.weekStart,
    before: summary(result.before),
    after: summary(result.after),
    fteDifference: result.fteDifference,
    costDifferencePerYear: result.costDifferencePerYear,
    callsPerInhabitantDay: rate,
  };
}

export interface MissedReport {
  month: string;
  agents: number;
  model: string;
  patienceSeconds: number;
  intervalsWithCalls: number;
  missed: MissedInterval[];
}

/** The pilot question: half hours of a month that missed the promise, and the agents that would have kept them. */
export async function getMissedIntervals(ctx: UseCaseContext, query: MissedQuery): Promise<MissedReport> {
  requireStaffingRole(ctx);
  const from = `${query.month}-01`;
  const [y, m] = query.month.split('-').map(Number);
  const to = m === 12 ? `${y! + 1}-01-01` : `${y}-${String(m! + 1).padStart(2, '0')}-01`;
  const rollups = await inActorScope(ctx, (tx) =>
    readIntervalRollupsInTx(tx, { tenant: 'all', from: berlinDayStart(from), to: berlinDayStart(to), interval: 30 }),
  );
  const estimated = estimatePatienceSeconds(waitHistoryOf(rollups.map((r) => r.counts)));
  const patienceSeconds = query.patienceSeconds ?? estimated ?? DEFAULT_PATIENCE_SECONDS;
  const measured = rollups.map((r) => ({
    date: berlinYmd(r.intervalStart),
    minute: berlinMinute(r.intervalStart),
    offered: r.counts.offered,
    answeredWithinTarget: r.counts.answeredWithinTarget,
    ahtSeconds: r.figures.ahtSeconds,
  }));
  const missed = withStaffingErrors(() =>
    missedIntervals(measured, {
      agents: query.agents,
      serviceLevelTarget: query.serviceLevelTarget,
      targetSeconds: query.targetSeconds,
      model: query.model,
      patienceSeconds,
      intervalMinutes: 30,
    }),
  );
  return {
    month: query.month,
    agents: query.agents,
    model: query.model,
    patienceSeconds,
    intervalsWithCalls: measured.filter((x) => x.offered > 0).length,
    missed,
  };
}
