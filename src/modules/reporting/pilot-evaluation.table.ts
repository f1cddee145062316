import type { ReportTable } from './export/table.js';
import type { PilotEvaluation } from './pilot-evaluation.service.js';

const lightNames = { green: 'grün', amber: 'gelb', red: 'rot', none: '–' } as const;

export function pilotTable(e: PilotEvaluation): ReportTable {
  const lightOf = (m: PilotEvaluation['months'][number], key: string) => lightNames[m.checks.find((c) => c.key === key)?.light ?? 'none'];
  return {
    fileName: `pilotbewertung-${e.tenant}`,
    title: `Pilotbewertung ${e.tenantName}`,
    subtitle: [
      `Seit ${e.since ? e.since.split('-').reverse().join('.') : '–'}; Ziele der Servicevereinbarung: Servicelevel ${e.targets.serviceLevelPercent} % in ${e.targets.serviceLevelSeconds} s, Erstlösungsquote ${e.targets.firstContactResolutionPercent} %, Antwort binnen ${e.targets.replyWithinWorkingHours} Arbeitsstunden.`,
      `Ausgangswert Ratsbeschluss 2271/2021: ${e.baseline.callsPerYear.toLocaleString('de-DE')} Anrufe im Jahr, 1 Minute Gesprächszeit, 90 % Erreichbarkeit, 35 s Wartezeit. Ampel: grün erreicht, gelb bis 5 Punkte (Zeiten 20 %) verfehlt, rot darunter.`,
    ],
    columns: [
      { key: 'label', header: 'Monat', kind: 'text' },
      { key: 'offered', header: 'Angeboten', kind: 'int' },
      { key: 'serviceLevel', header: 'Servicelevel', kind: 'rate' },
      { key: 'slLight', header: 'Ampel SL', kind: 'text' },
      { key: 'firstContactResolution', header: 'Erstlösung', kind: 'rate' },
      { key: 'fcrLight', header: 'Ampel EL', kind: 'text' },
      { key: 'onTimeRate', header: 'Fristtreue 2. Ebene', kind: 'rate' },
      { key: 'answerRate', header: 'Erreichbarkeit', kind: 'rate' },
      { key: 'asaSeconds', header: 'Ø Wartezeit (s)', kind: 'seconds' },
      { key: 'averageTalkSeconds', header: 'Ø Gespräch (s)', kind: 'seconds' },
      { key: 'offeredOutsideHours', header: 'Außerhalb Servicezeit', kind: 'int' },
    ],
    rows: e.months.map((m) => ({
      label: m.label,
      offered: m.offered,
      serviceLevel: m.serviceLevel,
      slLight: lightOf(m, 'serviceLevel'),
      firstContactResolution: m.firstContactResolution,
      fcrLight: lightOf(m, 'fcr'),
      onTimeRate: m.onTimeRate,
      answerRate: m.answerRate,
      asaSeconds: m.asaSeconds,
      averageTalkSeconds: m.averageTalkSeconds,
      offeredOutsideHours: m.offeredOutsideHours,
    })),
    chart: { title: 'Angebotene Anrufe je Monat', labelKey: 'label', series: [{ key: 'offered', name: 'Angeboten' }] },
    notes: e.months.map((m) => m.summary),
  };
}
