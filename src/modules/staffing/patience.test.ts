import { describe, expect, it } from 'vitest';
import { estimatePatienceFromWaits, estimatePatienceSeconds, waitHistoryOf } from './patience.js';
import { simulateQueue } from './simulation.js';

describe('patience estimate with censored waits (exponential MLE: all waits ÷ abandons)', () => {
  // Known example, by hand: answered callers waited 0, 10, 20 and 30 s (patience censored: it was longer),
  // two callers hung up after 40 and 60 s, one chose a call-back after 20 s (censored as well).
  // Exposure = 0+10+20+30 + 40+60 + 20 = 180 s, 2 abandons → θ̂ = 2/180 per s, mean patience 90 s.
  const callers = [
    { waitSeconds: 0, abandoned: false },
    { waitSeconds: 10, abandoned: false },
    { waitSeconds: 20, abandoned: false },
    { waitSeconds: 30, abandoned: false },
    { waitSeconds: 40, abandoned: true },
    { waitSeconds: 60, abandoned: true },
    { waitSeconds: 20, abandoned: false },
  ];

  it('the known example gives 90 s (leaving the abandoned waits out would give 40 s)', () => {
    expect(estimatePatienceFromWaits(callers)).toBe(90);
    // The estimate the module made before: answered waits and call-back wait only → 80 / 2 = 40 s.
    expect(estimatePatienceSeconds({ totalWaitSeconds: 80, abandons: 2 })).toBe(40);
  });

  it('the same from rollup counts: answered + abandoned + call-back waits', () => {
    const counts = [
      { abandoned: 1, answerWaitSeconds: 30, abandonWaitSeconds: 40, callbackWaitSeconds: 0 },
      { abandoned: 1, answerWaitSeconds: 30, abandonWaitSeconds: 60, callbackWaitSeconds: 20 },
    ];
    expect(waitHistoryOf(counts)).toEqual({ totalWaitSeconds: 180, abandons: 2 });
    expect(estimatePatienceSeconds(waitHistoryOf(counts))).toBe(90);
  });

  it('no abandons or no waits: no estimate (null), never a division by zero', () => {
    expect(estimatePatienceSeconds({ totalWaitSeconds: 500, abandons: 0 })).toBeNull();
    expect(estimatePatienceSeconds({ totalWaitSeconds: 0, abandons: 3 })).toBeNull();
    expect(estimatePatienceFromWaits([])).toBeNull();
    expect(estimatePatienceSeconds(waitHistoryOf([]))).toBeNull();
  });

  it.each([
    { patience: 60, agents: 9 },
    { patience: 180, agents: 10 },
  ])('recovers a known mean patience of $patience s from a simulated queue (within 3 %)', ({ patience, agents }) => {
    // A = 10 Erlang; the simulation's asaSeconds is the mean wait of ALL callers (abandoned until they hung
    // up) and abandonRate the share who hung up, so per caller: exposure ÷ abandons = asa ÷ abandonRate.
    const sim = simulateQueue({
      agents,
      arrivalRatePerSecond: 10 / 180,
      ahtSeconds: 180,
      patienceSeconds: patience,
      targetSeconds: 30,
      calls: 200_000,
      seed: 11,
    });
    const estimate = estimatePatienceSeconds({ totalWaitSeconds: sim.asaSeconds * sim.calls, abandons: sim.abandonRate * sim.calls });
    expect(estimate).not.toBeNull();
    expect(Math.abs(estimate! / patience - 1)).toBeLessThan(0.03);
  });
});
