/**
 * Staffing benchmarks (issue 11), pure computation (no database):
 * 1. Erlang A for 1,000 agents (figures for a given staff; goal < 5 ms), and the search for the staff.
 * 2. A full week's plan: 5 days × 20 half hours × 22 tenants, Erlang A, with each tenant's stand-alone
 *    staff as well (goal < 1 s).
 * 3. A simulation of 1 million calls (goal < 10 s), and the agreement of simulation and formulas on a
 *    grid of loads (service level, percentage points).
 * Goals are printed, never asserted (machine speed is not a test).
 */
import { erlangA, erlangARequiredAgents, erlangC, simulateQueue } from '../src/modules/staffing/index.js';
import { computePlan, type SlotDemand } from '../src/modules/staffing/index.js';
import { percentile, runWhenCalledDirectly } from './support/bench-kit.js';

const time = (fn: () => void) => {
  const started = performance.now();
  fn();
  return performance.now() - started;
};

export async function run(): Promise<void> {
  // 1. Erlang A at 1,000 agents: 1,000 Erlang offered (AHT 180 s), patience 120 s, t = 30 s.
  const big = { arrivalRatePerSecond: 1000 / 180, ahtSeconds: 180, patienceSeconds: 120 };
  for (let i = 0; i < 5; i++) erlangA(big, 1000, 30); // warm-up
  const times = Array.from({ length: 50 }, () => time(() => erlangA(big, 1000, 30)));
  const f = erlangA(big, 1000, 30);
  console.log(
    `Erlang A, 1,000 agents, 1,000 Erlang: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms (goal < 5 ms); SL ${(f.serviceLevel * 100).toFixed(2)} %, abandons ${(f.abandonRate! * 100).toFixed(2)} %`,
  );
  let needed = 0;
  const search = time(() => {
    needed = erlangARequiredAgents({ ...big, arrivalRatePerSecond: 1000 / 180 }, { serviceLevelTarget: 0.8, targetSeconds: 20 }).agents;
  });
  console.log(`Erlang A staff search for 80/20 at 1,000 Erlang: ${needed} agents in ${search.toFixed(1)} ms`);

  // 2. A week's plan for 22 tenants.
  const demand: SlotDemand[] = [];
  const days = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];
  for (const [d, date] of days.entries()) {
    for (let slot = 0; slot < 20; slot++) {
      for (let tenant = 0; tenant < 22; tenant++) {
        const size = tenant === 0 ? 60 : tenant === 1 ? 25 : 3 + (tenant % 7);
        const peak = slot >= 2 && slot < 6 ? 1.6 : 1;
        demand.push({
          tenantId: `t${tenant}`,
          date,
          minute: 480 + slot * 30,
          calls: size * peak * (d === 0 ? 1.3 : 1),
          ahtSeconds: 150 + tenant * 3,
          serviceLevelTarget: 0.75,
          targetSeconds: 30,
        });
      }
    }
  }
  const settings = {
    model: 'erlang-a' as const,
    intervalMinutes: 30 as const,
    patienceSeconds: 120,
    shrinkage: 0.3,
    weeklyHoursPerFte: 39,
    costPerFteYear: 70_000,
    tenantBreakdown: true,
  };
  computePlan(demand.slice(0, 220), settings);
  let plan = computePlan(demand, settings);
  const planMs = time(() => {
    plan = computePlan(demand, settings);
  });
  console.log(
    `Week plan 5 × 20 × 22 (Erlang A, pooled + each tenant alone, ${demand.length * 2} staff searches): ${planMs.toFixed(0)} ms (goal < 1 s); peak ${plan.peakAgents} agents, ${plan.fte.toFixed(1)} FTE`,
  );

  // 3. One million calls.
  let sim = simulateQueue({
    agents: 14,
    arrivalRatePerSecond: 100 / 1800,
    ahtSeconds: 180,
    patienceSeconds: 300,
    targetSeconds: 20,
    calls: 1_000_000,
    seed: 1,
  });
  const simMs = time(() => {
    sim = simulateQueue({
      agents: 14,
      arrivalRatePerSecond: 100 / 1800,
      ahtSeconds: 180,
      patienceSeconds: 300,
      targetSeconds: 20,
      calls: 1_000_000,
      seed: 2,
    });
  });
  const formula = erlangA({ arrivalRatePerSecond: 100 / 1800, ahtSeconds: 180, patienceSeconds: 300 }, 14, 20);
  console.log(
    `Simulation of 1,000,000 calls (14 agents, 10 Erlang, patience 300 s): ${simMs.toFixed(0)} ms (goal < 10 s); SL ${(sim.serviceLevel * 100).toFixed(2)} % [${(sim.serviceLevelLow * 100).toFixed(2)}; ${(sim.serviceLevelHigh * 100).toFixed(2)}] vs Erlang A ${(formula.serviceLevel * 100).toFixed(2)} %`,
  );

  console.log('Agreement simulation vs formula (500,000 calls each, AHT 180 s), service level in %:');
  console.log('model     | load | agents | patience | t  | formula | simulation [95 % CI]      | diff (pp)');
  const grid: [string, number, number, number | undefined, number][] = [
    ['erlang-c', 10, 12, undefined, 20],
    ['erlang-c', 48, 54, undefined, 15],
    ['erlang-c', 100, 110, undefined, 30],
    ['erlang-a', 10, 8, 60, 20],
    ['erlang-a', 48, 45, 180, 30],
    ['erlang-a', 100, 100, 90, 30],
    ['erlang-a', 250, 240, 240, 20],
  ];
  let worst = 0;
  for (const [model, load, agents, patience, t] of grid) {
    const lambda = load / 180;
    const expected =
      model === 'erlang-c'
        ? erlangC({ arrivalRatePerSecond: lambda, ahtSeconds: 180 }, agents, t).serviceLevel
        : erlangA({ arrivalRatePerSecond: lambda, ahtSeconds: 180, patienceSeconds: patience! }, agents, t).serviceLevel;
    const s = simulateQueue({
      agents,
      arrivalRatePerSecond: lambda,
      ahtSeconds: 180,
      patienceSeconds: patience,
      targetSeconds: t,
      calls: 500_000,
      seed: 100 + agents,
    });
    const diff = (s.serviceLevel - expected) * 100;
    worst = Math.max(worst, Math.abs(diff));
    console.log(
      `${`${model.padEnd(9)} | ${String(load).padStart(4)} | ${String(agents).padStart(6)} | ${String(patience ?? '–').padStart(8)} | ${String(t).padStart(2)} | ${(expected * 100).toFixed(2).padStart(7)} | ${(s.serviceLevel * 100).toFixed(2)} [${(s.serviceLevelLow * 100).toFixed(2)}; ${(s.serviceLevelHigh * 100).toFixed(2)}]`.padEnd(
        88,
      )} | ${diff >= 0 ? '+' : ''}${diff.toFixed(2)}`,
    );
  }
  console.log(`largest difference: ${worst.toFixed(2)} percentage points (goal ≤ 2)`);
}

runWhenCalledDirectly(import.meta.url, run);
