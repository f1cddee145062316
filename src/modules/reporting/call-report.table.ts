import { germanDate, type ReportColumn, type ReportTable } from './export/table.js';
import type { CallReport } from './reporting.contract.js';

const groupNames: Record<CallReport['groupBy'], string> = {
  day: 'Tag',
  interval15: '15-Minuten-Intervall',
  interval30: '30-Minuten-Intervall',
  interval60: 'Stunde',
  week: 'Kalenderwoche',
  month: 'Monat',
  tenant: 'Mandant',
  queue: 'Warteschlange',
  channel: 'Kanal',
  agent: 'Agent/in',
  weekdayHalfHour: 'Wochentag und halbe Stunde',
};

export const callFigureColumns: ReportColumn[] = [
  { key: 'offered', header: 'Angeboten', kind: 'int' },
  { key: 'answered', header: 'Angenommen', kind: 'int' },
  { key: 'answeredWithinTarget', header: 'Im Ziel angenommen', kind: 'int' },
  { key: 'abandoned', header: 'Aufgelegt', kind: 'int' },
  { key: 'shortAbandoned', header: 'Kurzaufleger', kind: 'int' },
  { key: 'callbacks', header: 'Rückrufwünsche', kind: 'int' },
  { key: 'diverted', header: 'Abgewiesen/umgeleitet', kind: 'int' },
  { key: 'serviceLevel', header: 'Servicelevel', kind: 'rate' },
  { key: 'answerRate', header: 'Erreichbarkeit', kind: 'rate' },
  { key: 'asaSeconds', header: 'Ø Wartezeit (s)', kind: 'seconds' },
  { key: 'talkSeconds', header: 'Gesprächszeit (s)', kind: 'int' },
  { key: 'ahtSeconds', header: 'Ø Bearbeitungszeit (s)', kind: 'seconds' },
  { key: 'longestWaitSeconds', header: 'Längste Wartezeit (s)', kind: 'int' },
];

const dmy = germanDate;

export function callReportTable(report: CallReport): ReportTable {
  return {
    fileName: `anrufe-${report.tenant}-${report.from}-${report.to}-${report.groupBy}`,
    title: `Anrufbericht ${report.tenantName}`,
    subtitle: [
      `Zeitraum: ${dmy(report.from)} bis ${dmy(report.to)} (Europe/Berlin), gruppiert nach ${groupNames[report.groupBy]}`,
      'Definitionen: docs/metrics.md. Servicelevel = im Ziel angenommen ÷ angeboten; Kurzaufleger zählen nicht als angeboten.',
    ],
    columns: [
      { key: 'key', header: 'Schlüssel', kind: 'text' },
      { key: 'label', header: groupNames[report.groupBy], kind: 'text' },
      ...callFigureColumns,
    ],
    rows: report.rows,
    totals: { key: 'Summe', label: 'Gesamt', ...report.totals },
    chart: {
      title: 'Angebotene und angenommene Anrufe',
      labelKey: 'label',
      series: [
        { key: 'offered', name: 'Angeboten' },
        { key: 'answered', name: 'Angenommen' },
      ],
    },
  };
}
