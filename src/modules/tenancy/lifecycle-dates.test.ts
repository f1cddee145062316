import { describe, expect, it } from 'vitest';
import { lifecycleDateIssues } from './lifecycle-dates.js';

const fields = (t: Parameters<typeof lifecycleDateIssues>[0]) => lifecycleDateIssues(t).map((i) => i.field);

describe('lifecycle dates', () => {
  it('accepts the seeded shapes: planned without dates, pilot with start, live without a pilot (Hannover)', () => {
    expect(fields({ lifecycle: 'planned', pilotStart: null, liveStart: null, endedOn: null })).toEqual([]);
    expect(fields({ lifecycle: 'pilot', pilotStart: '2022-03-01', liveStart: null, endedOn: null })).toEqual([]);
    expect(fields({ lifecycle: 'live', pilotStart: null, liveStart: '2022-01-01', endedOn: null })).toEqual([]);
    expect(fields({ lifecycle: 'ended', pilotStart: '2022-03-01', liveStart: '2024-01-01', endedOn: '2026-12-31' })).toEqual([]);
  });

  it('asks for the date each state needs', () => {
    expect(fields({ lifecycle: 'pilot', pilotStart: null, liveStart: null, endedOn: null })).toEqual(['pilotStart']);
    expect(fields({ lifecycle: 'live', pilotStart: '2022-03-01', liveStart: null, endedOn: null })).toEqual(['liveStart']);
    expect(fields({ lifecycle: 'ended', pilotStart: '2022-03-01', liveStart: null, endedOn: null })).toEqual(['endedOn']);
    expect(fields({ lifecycle: 'live', pilotStart: null, liveStart: '2022-01-01', endedOn: '2026-01-01' })).toEqual(['endedOn']);
  });

  it('refuses dates out of order', () => {
    expect(fields({ lifecycle: 'live', pilotStart: '2022-03-01', liveStart: '2022-02-01', endedOn: null })).toEqual(['liveStart']);
    expect(fields({ lifecycle: 'ended', pilotStart: '2022-03-01', liveStart: null, endedOn: '2022-02-28' })).toEqual(['endedOn']);
  });
});
