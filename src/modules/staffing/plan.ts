/**
 * The staffing plan (pure): agents needed per interval for the whole center, positions after
 * shrinkage, FTE and cost, and the comparison with the agents actually logged in.
 *
 * The center answers every tenant from ONE pool of agents in one first-come-first-served queue, so all
 * tenants' callers see the same waits: an interval needs the agents for the pooled load (calls added,
 * AHT weighted by calls) that meet the strictest promise among the tenants calling in it (each distinct
 * target pair is checked, the largest staff wins). Staffing each tenant alone would need more (no
 * pooling); that figure is kept per tenant for the breakdown.
 */
import { erlangARequiredAgents } from './erlang-a.js';
import { erlangCRequiredAgents, type QueueFigures } from './erlang-c.js';
import { costFor, positionsFor } from './positions.js';

export type StaffingModel = 'erlang-c' | 'erlang-a';

export interface SlotDemand {
  tenantId: string;
  date: string;
  minute: number;
  calls: number;
  ahtSeconds: number;
  serviceLevelTarget: number;
  targetSeconds: number;
}

export interface PlanSettings {
  model: StaffingModel;
  intervalMinutes: 15 | 30;
  /** Mean patience for Erlang A (seconds). */
  patienceSeconds: number;
  shrinkage: number;
  maxOccupancy?: number;
  weeklyHoursPerFte: number;
  costPerFteYear: number;
  /** Also compute each tenant's staff as if served alone (more work). */
  tenantBreakdown?: boolean;
}

export type SlotStatus = 'under' | 'ok' | 'over';

export interface PlanSlot {
  date: string;
  minute: number;
  calls: number;
  ahtSeconds: number;
  agents: number;
  positions: number;
  serviceLevel: number;
  abandonRate: number | null;
  /** Mean number of agents logged in and working (available, on call, wrap-up), when known. */
  staffed: number | null;
  /** under: fewer staffed than needed; over: at least one agent more than needed. */
  status: SlotStatus | null;
  tenants: { tenantId: string; calls: number; agentsAlone: number | null }[];
}

export interface StaffingPlan {
  slots: PlanSlot[];
  /** Position hours of the plan divided by the weekly hours of a full-time post, per 5 working days. */
  fte: number;
  costPerYear: number;
  peakAgents: number;
  workingDays: number;
}

const slotKey = (date: string, minute: number) => `${date} ${minute}`;

export function requiredFigures(
  settings: Pick<PlanSettings, 'model' | 'patienceSeconds' | 'maxOccupancy'>,
  calls: number,
  intervalMinutes: number,
  ahtSeconds: number,
  target: { serviceLevelTarget: number; targetSeconds: number },
): QueueFigures {
  if (calls <= 0)
    return { agents: 0, probWait: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0, abandonRate: settings.model === 'erlang-a' ? 0 : null };
  const load = { arrivalRatePerSecond: calls / (intervalMinutes * 60), ahtSeconds };
  const t = { ...target, maxOccupancy: settings.maxOccupancy };
  return settings.model === 'erlang-c'
    ? erlangCRequiredAgents(load, t)
    : erlangARequiredAgents({ ...load, patienceSeconds: settings.patienceSeconds }, t);
}

export function computePlan(demand: readonly SlotDemand[], settings: PlanSettings, staffed?: ReadonlyMap<string, number>): StaffingPlan {
  const bySlot = new Map<string, SlotDemand[]>();
  for (const d of demand) {
    const key = slotKey(d.date, d.minute);
    const list = bySlot.get(key) ?? [];
    list.push(d);
    bySlot.set(key, list);
  }
  const slots: PlanSlot[] = [];
  for (const list of bySlot.values()) {
    const { date, minute } = list[0]!;
    const calls = list.reduce((s, d) => s + d.calls, 0);
    const ahtSeconds = calls > 0 ? list.reduce((s, d) => s + d.calls * d.ahtSeconds, 0) / calls : list[0]!.ahtSeconds;
    const targets = new Map<string, { serviceLevelTarget: number; targetSeconds: number }>();
    for (const d of list) if (d.calls > 0) targets.set(`${d.serviceLevelTarget}/${d.targetSeconds}`, d);
    let best: QueueFigures = requiredFigures(settings, 0, settings.intervalMinutes, ahtSeconds, {
      serviceLevelTarget: 0,
      targetSeconds: 0,
    });
    for (const target of targets.values()) {
      const f = requiredFigures(settings, calls, settings.intervalMinutes, ahtSeconds, target);
      if (f.agents > best.agents) best = f;
    }
    const have = staffed?.get(slotKey(date, minute));
    slots.push({
      date,
      minute,
      calls,
      ahtSeconds,
      agents: best.agents,
      positions: positionsFor(best.agents, settings.shrinkage),
      serviceLevel: best.serviceLevel,
      abandonRate: best.abandonRate,
      staffed: have ?? null,
      status: have === undefined ? null : have < best.agents ? 'under' : have >= best.agents + 1 ? 'over' : 'ok',
      tenants: list.map((d) => ({
        tenantId: d.tenantId,
        calls: d.calls,
        agentsAlone: settings.tenantBreakdown ? requiredFigures(settings, d.calls, settings.intervalMinutes, d.ahtSeconds, d).agents : null,
      })),
    });
  }
  slots.sort((a, b) => (a.date === b.date ? a.minute - b.minute : a.date < b.date ? -1 : 1));
  const workingDays = new Set(slots.map((s) => s.date)).size;
  const positionHours = slots.reduce((s, x) => s + x.positions, 0) * (settings.intervalMinutes / 60);
  const fte = workingDays > 0 ? (positionHours / settings.weeklyHoursPerFte) * (5 / workingDays) : 0;
  return {
    slots,
    fte,
    costPerYear: costFor(fte, settings.costPerFteYear),
    peakAgents: slots.reduce((m, s) => Math.max(m, s.agents), 0),
    workingDays,
  };
}

export { slotKey };
