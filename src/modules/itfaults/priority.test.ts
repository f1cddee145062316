import { describe, expect, it } from 'vitest';
import { defaultTargets, explainPriority, parseTargets, priorityOf } from './priority.js';

describe('ITIL priority matrix (issue 14, stable API)', () => {
  it('gives exactly the listed priority for each of the nine cells', () => {
    expect(priorityOf('department', 'cannot_work')).toBe(1);
    expect(priorityOf('team', 'cannot_work')).toBe(2);
    expect(priorityOf('department', 'hindered')).toBe(2);
    expect(priorityOf('person', 'cannot_work')).toBe(3);
    expect(priorityOf('team', 'hindered')).toBe(3);
    expect(priorityOf('department', 'can_work')).toBe(3);
    expect(priorityOf('person', 'hindered')).toBe(4);
    expect(priorityOf('team', 'can_work')).toBe(4);
    expect(priorityOf('person', 'can_work')).toBe(5);
  });

  it('explains the result in German', () => {
    expect(explainPriority('team', 'cannot_work')).toBe(
      'Betroffen ist ein Team, und wer betroffen ist, kann nicht arbeiten: nach der ITIL-Matrix (Auswirkung × Dringlichkeit) ergibt das P2 hoch.',
    );
  });

  it('reads targets from the setting and refuses bad ones', () => {
    expect(parseTargets(undefined)).toEqual(defaultTargets);
    const t = parseTargets('P1=15min/2h, P5=2d/20d');
    expect(t).toMatchObject({
      1: { responseMinutes: 15, resolutionMinutes: 120 },
      5: { responseMinutes: 2880, resolutionMinutes: 28_800 },
    });
    expect((t as typeof defaultTargets)[2]).toEqual(defaultTargets[2]);
    expect(parseTargets('P1=4h/30min')).toMatch(/keine gültige Vorgabe/);
    expect(parseTargets('P7=1h/2h')).toMatch(/keine gültige Vorgabe/);
  });
});
