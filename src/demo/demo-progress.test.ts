import { describe, expect, it } from 'vitest';
import { demoSeeders, demoStepInfo, formatDemoStep } from './seed-demo-data.js';

describe('demo data progress lines', () => {
  it('names the step, its counts with German plurals and number format, and its time', () => {
    expect(
      formatDemoStep({
        step: 3,
        of: 6,
        label: 'Wissensbasis',
        counts: [
          { what: ['Leistung', 'Leistungen'], n: 302 },
          { what: ['örtlicher Teil', 'örtliche Teile'], n: 4119 },
          { what: ['Synonym', 'Synonyme'], n: 1 },
        ],
        ms: 2345,
      }),
    ).toBe('Demodaten 3/6 Wissensbasis: 302 Leistungen, 4.119 örtliche Teile, 1 Synonym (2,3 s)');
    expect(formatDemoStep({ step: 7, of: 7, label: 'seedSomething', counts: [], ms: 40 })).toBe('Demodaten 7/7 seedSomething (0,0 s)');
  });

  it('keeps what a first login needs before listen: the knowledge base; history and traffic follow after', () => {
    const after = demoSeeders.filter((s) => demoStepInfo.get(s)?.afterListen).map((s) => demoStepInfo.get(s)!.label);
    const before = demoSeeders.filter((s) => !demoStepInfo.get(s)?.afterListen).map((s) => demoStepInfo.get(s)?.label ?? s.name);
    expect(before).toContain('Wissensbasis');
    expect(after).toEqual(
      expect.arrayContaining([
        'Termine',
        'Kontakte und Telefonie',
        'Anliegen der zweiten Ebene seit Pilotbeginn',
        'Anliegen der zweiten Ebene',
        'Einsatzleitstelle',
      ]),
    );
  });
});
