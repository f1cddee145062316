import { describe, expect, it } from 'vitest';
import { erlangA, erlangARequiredAgents } from './erlang-a.js';
import { erlangB, erlangC, erlangCRequiredAgents } from './erlang-c.js';
import { estimatePatienceSeconds } from './patience.js';
import { fteFor, positionsFor } from './positions.js';
import { StaffingInputError } from './staffing-input-error.js';

// The reference scenario of pyworkforce (rodrigo-arenas/pyworkforce, pyworkforce/queuing/tests/test_erlang.py
// and test_abandonment.py, MIT): 100 calls in 30 minutes, AHT 3 minutes (A = 10 Erlang), target 0.33 min
// (= 19.8 s) in test_erlang.py, 20/60 min (= 20 s) and patience 5 min in test_abandonment.py.
const pyworkforceLoad = { arrivalRatePerSecond: 100 / 1800, ahtSeconds: 180 };

describe('Erlang B recursion', () => {
  it('matches the Erlang B table: 10 trunks, 10 Erlang -> 0.2146 (standard Erlang B tables)', () => {
    expect(erlangB(10, 10)).toBeCloseTo(0.21458, 5);
  });
  it('B(1, A) = A / (1 + A)', () => {
    expect(erlangB(1, 3)).toBeCloseTo(0.75, 12);
  });
  it('stays finite from 1 to 2,000 agents at loads up to 1,500 Erlang (no factorial overflow)', () => {
    for (const agents of [1, 2, 10, 100, 500, 1000, 1500, 2000]) {
      for (const load of [0.5, 10, 100, 999, 1500]) {
        const b = erlangB(agents, load);
        expect(Number.isFinite(b)).toBe(true);
        expect(b).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('Erlang C', () => {
  it('reproduces pyworkforce test_expected_erlangc_results: 14 agents, 20 positions, SL 0.888, occ 0.714, Pw 0.174', () => {
    const f = erlangCRequiredAgents(pyworkforceLoad, { serviceLevelTarget: 0.8, targetSeconds: 19.8, maxOccupancy: 0.85 });
    expect(f.agents).toBe(14);
    expect(positionsFor(f.agents, 0.3)).toBe(20);
    expect(f.serviceLevel).toBeCloseTo(0.888, 3);
    expect(f.occupancy).toBeCloseTo(0.714, 3);
    expect(f.probWait).toBeCloseTo(0.174, 3);
    expect(f.abandonRate).toBeNull();
  });

  it('reproduces pyworkforce test_over_occupancy_erlangc: max occupancy 0.7 -> 15 agents, 22 positions, SL 0.941, Pw 0.102', () => {
    const f = erlangCRequiredAgents(pyworkforceLoad, { serviceLevelTarget: 0.8, targetSeconds: 19.8, maxOccupancy: 0.7 });
    expect(f.agents).toBe(15);
    expect(positionsFor(f.agents, 0.3)).toBe(22);
    expect(f.serviceLevel).toBeCloseTo(0.941, 3);
    expect(f.occupancy).toBeCloseTo(0.667, 3);
    expect(f.probWait).toBeCloseTo(0.102, 3);
  });

  it('ASA = Pw · AHT / (c − A) and SL = 1 − Pw · e^(−(c−A)·t/AHT) (standard closed forms, see Gans, Koole & Mandelbaum 2003, Telephone call centers: tutorial)', () => {
    const f = erlangC({ arrivalRatePerSecond: 360 / 1800, ahtSeconds: 240 }, 55, 15);
    expect(f.occupancy).toBeCloseTo(48 / 55, 12);
    expect(f.asaSeconds).toBeCloseTo((f.probWait * 240) / 7, 10);
    expect(f.serviceLevel).toBeCloseTo(1 - f.probWait * Math.exp((-7 * 15) / 240), 10);
    // The same figure by the textbook sum (small numbers: exact in doubles).
    let sum = 0;
    let term = 1;
    for (let k = 0; k < 55; k++) {
      sum += term;
      term *= 48 / (k + 1);
    }
    const top = term * (55 / 7);
    expect(f.probWait).toBeCloseTo(top / (sum + top), 12);
  });

  it('is stable at 2,000 agents and 1,500 Erlang and finds the staff for 1,500 Erlang', () => {
    const load = { arrivalRatePerSecond: 1500 / 180, ahtSeconds: 180 };
    const f = erlangC(load, 2000, 30);
    expect(f.probWait).toBeGreaterThanOrEqual(0);
    expect(f.probWait).toBeLessThan(1e-20);
    const needed = erlangCRequiredAgents(load, { serviceLevelTarget: 0.8, targetSeconds: 20 });
    expect(needed.agents).toBeGreaterThan(1500);
    expect(needed.agents).toBeLessThan(1560);
    expect(needed.serviceLevel).toBeGreaterThanOrEqual(0.8);
    const fewer = erlangC(load, needed.agents - 1, 20);
    expect(fewer.serviceLevel).toBeLessThan(0.8);
  });

  it('refuses an unstable queue (occupancy >= 1) and nonsense with a German message', () => {
    expect(() => erlangC(pyworkforceLoad, 10, 20)).toThrow(StaffingInputError);
    expect(() => erlangC(pyworkforceLoad, 10, 20)).toThrow(/Auslastung/);
    expect(() => erlangC({ arrivalRatePerSecond: -1, ahtSeconds: 180 }, 10, 20)).toThrow(/mindestens 0/);
    expect(() => erlangC(pyworkforceLoad, 1e9, 20)).toThrow(/Agenten/);
    expect(() => erlangCRequiredAgents(pyworkforceLoad, { serviceLevelTarget: 1, targetSeconds: 20 })).toThrow(/100 %/);
  });

  it('no calls: one agent, nobody waits', () => {
    const f = erlangCRequiredAgents({ arrivalRatePerSecond: 0, ahtSeconds: 180 }, { serviceLevelTarget: 0.75, targetSeconds: 30 });
    expect(f).toMatchObject({ agents: 1, probWait: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0 });
  });
});

describe('Erlang A', () => {
  const input = { ...pyworkforceLoad, patienceSeconds: 300 };

  it('reproduces pyworkforce test_erlanga_regression_metrics (14 agents, patience 5 min, t = 20 s)', () => {
    const f = erlangA(input, 14, 20);
    expect(f.probWait).toBeCloseTo(0.14526, 5);
    expect(f.abandonRate).toBeCloseTo(0.013984, 6);
    expect(f.occupancy).toBeCloseTo(0.704297, 6);
    // pyworkforce: 0.069919 minutes
    expect(f.asaSeconds / 60).toBeCloseTo(0.069919, 6);
    expect(f.serviceLevel).toBeCloseTo(0.916792, 6);
  });

  it('converges to Erlang C for very patient callers (pyworkforce test_erlanga_matches_erlangc_in_patient_limit)', () => {
    const patient = { ...pyworkforceLoad, patienceSeconds: 60_000_000 };
    for (const agents of [15, 20, 25]) {
      const a = erlangA(patient, agents, 20);
      const c = erlangC(pyworkforceLoad, agents, 20);
      expect(a.probWait).toBeCloseTo(c.probWait, 4);
      expect(a.occupancy).toBeCloseTo(c.occupancy, 4);
      expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 3);
      expect(a.asaSeconds).toBeCloseTo(c.asaSeconds, 1);
    }
  });

  it('obeys Little and the abandonment balance: abandonRate = ASA / patience; occupancy = λ(1 − Pab)·AHT / c', () => {
    const f = erlangA(input, 16, 20);
    expect(f.abandonRate!).toBeCloseTo(f.asaSeconds / 300, 12);
    expect(f.occupancy).toBeCloseTo((pyworkforceLoad.arrivalRatePerSecond * (1 - f.abandonRate!) * 180) / 16, 12);
  });

  it('more agents never lower the service level; less patience means more abandons', () => {
    let previous = 0;
    for (let c = 8; c <= 22; c++) {
      const sl = erlangA(input, c, 20).serviceLevel;
      expect(sl).toBeGreaterThanOrEqual(previous - 1e-12);
      previous = sl;
    }
    expect(erlangA({ ...input, patienceSeconds: 60 }, 14, 20).abandonRate!).toBeGreaterThan(
      erlangA({ ...input, patienceSeconds: 1200 }, 14, 20).abandonRate!,
    );
  });

  it('works where Erlang C cannot: more load than agents (overload is held by abandons)', () => {
    const f = erlangA(input, 8, 20);
    expect(f.abandonRate!).toBeGreaterThan(0.2);
    expect(f.occupancy).toBeLessThanOrEqual(1);
    expect(Number.isFinite(f.asaSeconds)).toBe(true);
  });

  it('finds the smallest staff; needs no more agents than Erlang C where callers abandon', () => {
    const target = { serviceLevelTarget: 0.8, targetSeconds: 20 };
    const a = erlangARequiredAgents(input, target);
    expect(a.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(erlangA(input, a.agents - 1, 20).serviceLevel).toBeLessThan(0.8);
    expect(a.agents).toBeLessThanOrEqual(erlangCRequiredAgents(pyworkforceLoad, target).agents);
  });

  it('is finite and fast enough at 1,000 agents and at 1,500 Erlang', () => {
    const heavy = { arrivalRatePerSecond: 1500 / 180, ahtSeconds: 180, patienceSeconds: 120 };
    for (const agents of [1, 1000, 1500, 2000]) {
      const f = erlangA(heavy, agents, 30);
      for (const v of [f.probWait, f.serviceLevel, f.asaSeconds, f.occupancy, f.abandonRate!]) expect(Number.isFinite(v)).toBe(true);
      expect(f.serviceLevel).toBeGreaterThanOrEqual(0);
      expect(f.serviceLevel).toBeLessThanOrEqual(1);
    }
  });

  it('refuses nonsense patience', () => {
    expect(() => erlangA({ ...input, patienceSeconds: 0 }, 14, 20)).toThrow(/patienceSeconds/);
    expect(() => erlangA({ ...input, patienceSeconds: Number.NaN }, 14, 20)).toThrow(StaffingInputError);
  });
});

describe('positions, FTE, patience', () => {
  it('shrinkage turns agents into positions, rounding up', () => {
    expect(positionsFor(14, 0.3)).toBe(20);
    expect(positionsFor(10, 0)).toBe(10);
    expect(positionsFor(0, 0.3)).toBe(0);
    expect(() => positionsFor(10, 1)).toThrow(/unter 100 %/);
  });
  it('FTE = position hours of the week / weekly hours', () => {
    // 20 half hours x 5 days x 4 positions = 200 h; at 39 h per FTE
    expect(fteFor(Array(100).fill(4), 30, 39)).toBeCloseTo(200 / 39, 12);
  });
  it('patience = total waiting time of all callers / abandons; none without abandons', () => {
    expect(estimatePatienceSeconds({ totalWaitSeconds: 12_000, abandons: 40 })).toBe(300);
    expect(estimatePatienceSeconds({ totalWaitSeconds: 12_000, abandons: 0 })).toBeNull();
  });
});
