import { describe, expect, it } from 'vitest';
import { erlangCRequiredAgents } from './erlang-c.js';
import { computePlan, slotKey, type PlanSettings, type SlotDemand } from './plan.js';
import { callsPerInhabitant, runWhatIf } from './what-if.js';

const settings: PlanSettings = {
  model: 'erlang-c',
  intervalMinutes: 30,
  patienceSeconds: 120,
  shrinkage: 0.3,
  weeklyHoursPerFte: 39,
  costPerFteYear: 70_000,
};
const slot = (tenantId: string, calls: number, over: Partial<SlotDemand> = {}): SlotDemand => ({
  tenantId,
  date: '2026-03-02',
  minute: 600,
  calls,
  ahtSeconds: 180,
  serviceLevelTarget: 0.75,
  targetSeconds: 30,
  ...over,
});

describe('staffing plan', () => {
  it('pools the tenants: one queue needs fewer agents than the tenants alone', () => {
    const plan = computePlan([slot('a', 50), slot('b', 50)], { ...settings, tenantBreakdown: true });
    const s = plan.slots[0]!;
    expect(s.calls).toBe(100);
    expect(s.agents).toBe(
      erlangCRequiredAgents({ arrivalRatePerSecond: 100 / 1800, ahtSeconds: 180 }, { serviceLevelTarget: 0.75, targetSeconds: 30 }).agents,
    );
    const alone = s.tenants.reduce((sum, t) => sum + t.agentsAlone!, 0);
    expect(alone).toBeGreaterThan(s.agents);
    expect(s.positions).toBe(Math.ceil(s.agents / 0.7));
  });

  it('the strictest promise in an interval decides', () => {
    const loose = computePlan([slot('a', 50), slot('b', 50)], settings).slots[0]!.agents;
    const strict = computePlan([slot('a', 50), slot('b', 50, { serviceLevelTarget: 0.8, targetSeconds: 20 })], settings).slots[0]!.agents;
    expect(strict).toBeGreaterThan(loose);
  });

  it('FTE and cost: position hours per five working days / weekly hours', () => {
    const demand: SlotDemand[] = [];
    for (const date of ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']) {
      for (let m = 480; m < 1080; m += 30) demand.push(slot('a', 100, { date, minute: m }));
    }
    const plan = computePlan(demand, settings);
    expect(plan.slots).toHaveLength(100);
    const positions = plan.slots[0]!.positions;
    expect(plan.fte).toBeCloseTo((100 * positions * 0.5) / 39, 10);
    expect(plan.costPerYear).toBeCloseTo(plan.fte * 70_000, 6);
  });

  it('marks intervals under- and over-staffed against the agents logged in', () => {
    const demand = [slot('a', 100, { minute: 480 }), slot('a', 100, { minute: 510 }), slot('a', 100, { minute: 540 })];
    const need = computePlan(demand, settings).slots[0]!.agents;
    const staffed = new Map([
      [slotKey('2026-03-02', 480), need - 1],
      [slotKey('2026-03-02', 510), need],
      [slotKey('2026-03-02', 540), need + 2],
    ]);
    const plan = computePlan(demand, settings, staffed);
    expect(plan.slots.map((s) => s.status)).toEqual(['under', 'ok', 'over']);
  });

  it('an interval without calls needs nobody', () => {
    expect(computePlan([slot('a', 0)], settings).slots[0]!.agents).toBe(0);
  });
});

describe('what-if', () => {
  const base = [slot('hannover', 80), slot('hannover', 60, { minute: 630 })];

  it("a municipality joining by inhabitants adds calls in the center's proportions and costs more", () => {
    const rate = callsPerInhabitant([{ callsPerDay: 140, inhabitants: 100_000 }]);
    const r = runWhatIf(base, settings, { joining: [{ tenantId: 'garbsen', inhabitants: 50_000 }], callsPerInhabitantDay: rate });
    const before = r.before.slots.reduce((s, x) => s + x.calls, 0);
    const after = r.after.slots.reduce((s, x) => s + x.calls, 0);
    expect(after - before).toBeCloseTo(70, 6);
    expect(r.after.slots[0]!.calls).toBeCloseTo(80 + 40, 6);
    expect(r.fteDifference).toBeGreaterThan(0);
    expect(r.costDifferencePerYear).toBeCloseTo(r.fteDifference * 70_000, 6);
  });

  it('AHT from 60 to 90 s and a target of 80/20 both need more agents', () => {
    const b60 = base.map((d) => ({ ...d, ahtSeconds: 60 }));
    const aht = runWhatIf(b60, settings, { ahtSeconds: 90 });
    expect(aht.after.peakAgents).toBeGreaterThan(aht.before.peakAgents);
    const target = runWhatIf([slot('hannover', 50)], settings, { serviceLevelTarget: 0.8, targetSeconds: 20 });
    expect(target.after.peakAgents).toBeGreaterThan(target.before.peakAgents);
  });

  it('with Erlang A, less patience means fewer agents for the same target (abandons shorten the queue)', () => {
    const a = { ...settings, model: 'erlang-a' as const, patienceSeconds: 300 };
    const r = runWhatIf(base, a, { patienceSeconds: 30 });
    expect(r.after.peakAgents).toBeLessThanOrEqual(r.before.peakAgents);
  });
});
