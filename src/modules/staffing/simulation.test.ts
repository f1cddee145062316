import { describe, expect, it } from 'vitest';
import { erlangA } from './erlang-a.js';
import { erlangC } from './erlang-c.js';
import { seededRandom } from './random.js';
import { simulateQueue } from './simulation.js';

// Steady-state agreement of the discrete-event simulation with the formulas, over a grid of loads
// (offered load A = λ·AHT in Erlang, AHT 180 s; occupancy up to 0.93 for Erlang C, overload for Erlang A). Seeds are fixed, so every run gives the same numbers.
const AHT = 180;
// Heavier loads need more calls for the same precision (longer busy periods).
const callsFor = (load: number) => Math.max(100_000, 2000 * load);

const erlangCGrid = [
  { load: 2, agents: 3, t: 30 },
  { load: 10, agents: 12, t: 20 },
  { load: 10, agents: 14, t: 30 },
  { load: 48, agents: 54, t: 15 },
  { load: 100, agents: 110, t: 30 },
  { load: 250, agents: 270, t: 20 },
];

const erlangAGrid = [
  { load: 2, agents: 2, patience: 120, t: 30 },
  { load: 10, agents: 8, patience: 60, t: 20 },
  { load: 10, agents: 14, patience: 300, t: 20 },
  { load: 48, agents: 45, patience: 180, t: 30 },
  { load: 100, agents: 100, patience: 90, t: 30 },
  { load: 250, agents: 240, patience: 240, t: 20 },
];

describe('simulation agrees with Erlang C (callers never hang up)', () => {
  it.each(erlangCGrid)('A = $load Erlang, $agents agents, t = $t s: SL within 2 points', ({ load, agents, t }) => {
    const lambda = load / AHT;
    const formula = erlangC({ arrivalRatePerSecond: lambda, ahtSeconds: AHT }, agents, t);
    const sim = simulateQueue({
      agents,
      arrivalRatePerSecond: lambda,
      ahtSeconds: AHT,
      targetSeconds: t,
      calls: callsFor(load),
      seed: 11 + agents,
    });
    expect(Math.abs(sim.serviceLevel - formula.serviceLevel)).toBeLessThan(0.02);
    expect(Math.abs(sim.probWait - formula.probWait)).toBeLessThan(0.03);
    expect(sim.serviceLevelHigh - sim.serviceLevelLow).toBeLessThan(0.06);
    expect(sim.abandonRate).toBe(0);
  });
});

describe('simulation agrees with Erlang A (exponential patience)', () => {
  it.each(erlangAGrid)(
    'A = $load Erlang, $agents agents, patience $patience s, t = $t s: SL within 2 points',
    ({ load, agents, patience, t }) => {
      const lambda = load / AHT;
      const formula = erlangA({ arrivalRatePerSecond: lambda, ahtSeconds: AHT, patienceSeconds: patience }, agents, t);
      const sim = simulateQueue({
        agents,
        arrivalRatePerSecond: lambda,
        ahtSeconds: AHT,
        patienceSeconds: patience,
        targetSeconds: t,
        calls: callsFor(load),
        seed: 7 + agents,
      });
      expect(Math.abs(sim.serviceLevel - formula.serviceLevel)).toBeLessThan(0.02);
      expect(Math.abs(sim.abandonRate - formula.abandonRate!)).toBeLessThan(0.02);
      expect(Math.abs(sim.occupancy - formula.occupancy)).toBeLessThan(0.02);
      expect(sim.serviceLevelLow).toBeLessThanOrEqual(sim.serviceLevel);
      expect(sim.serviceLevelHigh).toBeGreaterThanOrEqual(sim.serviceLevel);
    },
  );
});

describe('simulation mechanics', () => {
  it('the same seed gives the same result; another seed a different one', () => {
    const base = { agents: 5, arrivalRatePerSecond: 4 / AHT, ahtSeconds: AHT, targetSeconds: 20, calls: 5000 };
    expect(simulateQueue({ ...base, seed: 1 })).toEqual(simulateQueue({ ...base, seed: 1 }));
    expect(simulateQueue({ ...base, seed: 1 }).serviceLevel).not.toBe(simulateQueue({ ...base, seed: 2 }).serviceLevel);
  });

  it('empirical handling times: constant 180 s waits less than exponential 180 s (M/D/c below M/M/c)', () => {
    const base = { agents: 12, arrivalRatePerSecond: 10 / AHT, ahtSeconds: AHT, targetSeconds: 20, calls: 60_000, seed: 3 };
    const constant = simulateQueue({ ...base, handlingSeconds: [180] });
    const exponential = simulateQueue(base);
    expect(constant.asaSeconds).toBeLessThan(exponential.asaSeconds);
    expect(constant.occupancy).toBeCloseTo(10 / 12, 1);
  });

  it('refuses an unstable queue without abandons and nonsense sizes', () => {
    const base = { arrivalRatePerSecond: 10 / AHT, ahtSeconds: AHT, targetSeconds: 20, calls: 5000, seed: 1 };
    expect(() => simulateQueue({ ...base, agents: 10 })).toThrow(/ohne Ende/);
    expect(() => simulateQueue({ ...base, agents: 1e9 })).toThrow(/Agenten/);
    expect(() => simulateQueue({ ...base, agents: 12, calls: 1e12 })).toThrow(/Anrufe/);
  });

  it('the generator is uniform enough (mean 1/2, exponential mean as asked)', () => {
    const r = seededRandom(42);
    let s = 0;
    let e = 0;
    for (let i = 0; i < 100_000; i++) {
      s += r.next();
      e += r.exponential(3);
    }
    expect(s / 100_000).toBeCloseTo(0.5, 2);
    expect(e / 100_000).toBeCloseTo(3, 1);
  });
});
