import { describe, expect, it } from 'vitest';
import { computeKpis, startOfBerlinDay } from './metrics.js';

describe('computeKpis', () => {
  it('leaves short abandons out of offered and computes the rates on offered', () => {
    const k = computeKpis(
      { answered: 80, answeredWithinServiceLevel: 60, abandoned: 15, shortAbandoned: 7, callbacks: 5 },
      { documented: 50, firstLevel: 33 },
    );
    expect(k.offered).toBe(100);
    expect(k.serviceLevelPercent).toBe(60);
    expect(k.answerRatePercent).toBe(80);
    expect(k.firstContactResolutionPercent).toBe(66);
  });

  it('has no rate before the first call', () => {
    const k = computeKpis(
      { answered: 0, answeredWithinServiceLevel: 0, abandoned: 0, shortAbandoned: 3, callbacks: 0 },
      { documented: 0, firstLevel: 0 },
    );
    expect(k).toMatchObject({ offered: 0, serviceLevelPercent: null, answerRatePercent: null, firstContactResolutionPercent: null });
  });
});

describe('startOfBerlinDay', () => {
  it('is midnight in Berlin, winter and summer time', () => {
    expect(startOfBerlinDay(new Date('2026-01-15T12:00:00Z')).toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfBerlinDay(new Date('2026-07-15T12:00:00Z')).toISOString()).toBe('2026-07-14T22:00:00.000Z');
    // 23:30 UTC on 14 July is already 15 July in Berlin.
    expect(startOfBerlinDay(new Date('2026-07-14T23:30:00Z')).toISOString()).toBe('2026-07-14T22:00:00.000Z');
    // Day of the switch to summer time.
    expect(startOfBerlinDay(new Date('2026-03-29T10:00:00Z')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });
});
