import { describe, expect, it } from 'vitest';
import { missedIntervals } from './missed.js';

describe('the pilot question: missed half hours and the agents that would have kept them', () => {
  const options = {
    agents: 18,
    serviceLevelTarget: 0.75,
    targetSeconds: 30,
    model: 'erlang-a' as const,
    patienceSeconds: 120,
    intervalMinutes: 30 as const,
  };
  it('lists only intervals below the target, with the staff the model needs', () => {
    const out = missedIntervals(
      [
        { date: '2026-03-02', minute: 480, offered: 100, answeredWithinTarget: 90, ahtSeconds: 180 },
        { date: '2026-03-02', minute: 510, offered: 220, answeredWithinTarget: 120, ahtSeconds: 180 },
        { date: '2026-03-02', minute: 540, offered: 0, answeredWithinTarget: 0, ahtSeconds: null },
      ],
      options,
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.minute).toBe(510);
    expect(out[0]!.measuredServiceLevel).toBeCloseTo(120 / 220, 10);
    // 220 calls x 180 s in 30 min = 22 Erlang: more than 18 agents needed
    expect(out[0]!.agentsNeeded).toBeGreaterThan(18);
    expect(out[0]!.modelServiceLevelWithAgents!).toBeLessThan(0.75);
  });
});
