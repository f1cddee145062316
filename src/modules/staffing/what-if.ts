/**
 * What-if (pure): the plan before and after changes — tenants joining (their demand from their own
 * history, or estimated from inhabitants at the call rate of comparable tenants, spread over the week
 * like the center's current calls), another AHT, other targets, shrinkage or patience.
 */
import { computePlan, type PlanSettings, type SlotDemand, type StaffingPlan } from './plan.js';

export interface JoiningTenant {
  tenantId: string;
  /** Demand from its own history (forecast), when it has one. */
  demand?: SlotDemand[];
  /** Otherwise: inhabitants × calls per inhabitant of comparable tenants. */
  inhabitants?: number;
}

export interface WhatIfChanges {
  joining?: JoiningTenant[];
  /** Calls per inhabitant per working day of comparable tenants (for joiners without history). */
  callsPerInhabitantDay?: number;
  ahtSeconds?: number;
  serviceLevelTarget?: number;
  targetSeconds?: number;
  shrinkage?: number;
  patienceSeconds?: number;
}

export interface WhatIfResult {
  before: StaffingPlan;
  after: StaffingPlan;
  fteDifference: number;
  costDifferencePerYear: number;
}

/** Calls per inhabitant and working day of comparable tenants: Σ calls per day / Σ inhabitants. */
export function callsPerInhabitant(comparable: readonly { callsPerDay: number; inhabitants: number }[]): number {
  const inhabitants = comparable.reduce((s, c) => s + c.inhabitants, 0);
  return inhabitants > 0 ? comparable.reduce((s, c) => s + c.callsPerDay, 0) / inhabitants : 0;
}

export function runWhatIf(base: readonly SlotDemand[], settings: PlanSettings, changes: WhatIfChanges): WhatIfResult {
  const before = computePlan(base, settings);
  let demand: SlotDemand[] = base.map((d) => ({ ...d }));

  for (const joiner of changes.joining ?? []) {
    if (joiner.demand) {
      demand.push(...joiner.demand.map((d) => ({ ...d, tenantId: joiner.tenantId })));
    } else if (joiner.inhabitants && changes.callsPerInhabitantDay) {
      demand.push(...spreadLikeCenter(base, joiner.tenantId, joiner.inhabitants * changes.callsPerInhabitantDay));
    }
  }
  demand = demand.map((d) => ({
    ...d,
    ahtSeconds: changes.ahtSeconds ?? d.ahtSeconds,
    serviceLevelTarget: changes.serviceLevelTarget ?? d.serviceLevelTarget,
    targetSeconds: changes.targetSeconds ?? d.targetSeconds,
  }));
  const afterSettings: PlanSettings = {
    ...settings,
    shrinkage: changes.shrinkage ?? settings.shrinkage,
    patienceSeconds: changes.patienceSeconds ?? settings.patienceSeconds,
  };
  const after = computePlan(demand, afterSettings);
  return { before, after, fteDifference: after.fte - before.fte, costDifferencePerYear: after.costPerYear - before.costPerYear };
}

/** A new tenant's daily calls spread over the days and slots in the center's current proportions. */
function spreadLikeCenter(base: readonly SlotDemand[], tenantId: string, callsPerDay: number): SlotDemand[] {
  const perSlot = new Map<string, SlotDemand & { share: number; handle: number }>();
  const days = new Set(base.map((d) => d.date)).size || 1;
  const total = base.reduce((s, d) => s + d.calls, 0);
  for (const d of base) {
    const key = `${d.date} ${d.minute}`;
    const cur = perSlot.get(key);
    if (cur) {
      cur.share += d.calls;
      cur.handle += d.calls * d.ahtSeconds;
    } else perSlot.set(key, { ...d, share: d.calls, handle: d.calls * d.ahtSeconds });
  }
  return [...perSlot.values()].map(({ share, handle, ...d }) => ({
    ...d,
    tenantId,
    ahtSeconds: share > 0 ? handle / share : d.ahtSeconds,
    calls: total > 0 ? (share / total) * callsPerDay * days : 0,
  }));
}
