import { germanDate, type ReportTable } from './export/table.js';
import type { AgentReport, ChannelMix, TopServices } from './reporting.contract.js';

/** The agent, top-services and channel-mix reports as tables (the one input of CSV, XLSX and PDF). */
const period = (r: { from: string; to: string; tenantName: string }) =>
  `${r.tenantName}, ${germanDate(r.from)} bis ${germanDate(r.to)} (Europe/Berlin)`;

export function agentReportTable(r: AgentReport): ReportTable {
  const hours = (s: number) => Math.round((s / 3600) * 10) / 10;
  const rowOf = (a: AgentReport['rows'][number]) => ({
    ...a,
    loggedInHours: hours(a.loggedInSeconds),
    availableHours: hours(a.availableSeconds),
    onCallHours: hours(a.onCallSeconds),
    wrapUpHours: hours(a.wrapUpSeconds),
    breakHours: hours(a.breakSeconds),
  });
  return {
    fileName: `agenten-${r.tenant}-${r.from}-${r.to}`,
    title: 'Agentenbericht',
    subtitle: [
      period(r),
      'Zeiten aus dem Statusprotokoll (alle Mandanten: ein gemeinsamer Pool), Anrufe aus den 15-Minuten-Rollups. Auslastung = (Gespräch + Nachbearbeitung) ÷ (verfügbar + Gespräch + Nachbearbeitung).',
    ],
    columns: [
      { key: 'label', header: 'Agent/in', kind: 'text' },
      { key: 'loggedInHours', header: 'Angemeldet (h)', kind: 'seconds' },
      { key: 'availableHours', header: 'Verfügbar (h)', kind: 'seconds' },
      { key: 'onCallHours', header: 'Im Gespräch (h)', kind: 'seconds' },
      { key: 'wrapUpHours', header: 'Nachbearbeitung (h)', kind: 'seconds' },
      { key: 'breakHours', header: 'Pause (h)', kind: 'seconds' },
      { key: 'callsAnswered', header: 'Anrufe angenommen', kind: 'int' },
      { key: 'routedHandled', header: 'Schriftliche/Rückrufe', kind: 'int' },
      { key: 'talkSeconds', header: 'Gesprächszeit (s)', kind: 'int' },
      { key: 'ahtSeconds', header: 'Ø Bearbeitungszeit (s)', kind: 'seconds' },
      { key: 'occupancy', header: 'Auslastung', kind: 'rate' },
    ],
    rows: r.rows.map(rowOf),
    totals: { ...rowOf(r.totals), label: 'Gesamt' },
    chart: {
      title: 'Angenommene Anrufe je Agent/in',
      labelKey: 'label',
      series: [{ key: 'callsAnswered', name: 'Anrufe angenommen' }],
    },
  };
}

export function topServicesTable(r: TopServices): ReportTable {
  return {
    fileName: `leistungen-${r.tenant}-${r.from}-${r.to}`,
    title: 'Meistgefragte Leistungen',
    subtitle: [
      period(r),
      `${r.documented} dokumentierte Kontakte (alle Kanäle), ${r.services} verschiedene Leistungen, ${r.withoutService} ohne Leistung. Erstlösungsquote = beim ersten Kontakt gelöst ÷ dokumentiert.`,
    ],
    columns: [
      { key: 'rank', header: 'Rang', kind: 'int' },
      { key: 'leikaKey', header: 'LeiKa-Schlüssel', kind: 'text' },
      { key: 'label', header: 'Leistung', kind: 'text' },
      { key: 'documented', header: 'Kontakte', kind: 'int' },
      { key: 'share', header: 'Anteil', kind: 'rate' },
      { key: 'firstLevel', header: 'Beim ersten Kontakt gelöst', kind: 'int' },
      { key: 'forwarded', header: 'An zweite Ebene', kind: 'int' },
      { key: 'firstContactResolution', header: 'Erstlösungsquote', kind: 'rate' },
      { key: 'forwardingRate', header: 'Weiterleitungsquote', kind: 'rate' },
    ],
    rows: r.rows,
    chart: { title: 'Kontakte je Leistung', labelKey: 'leikaKey', series: [{ key: 'documented', name: 'Kontakte' }] },
  };
}

export function channelMixTable(r: ChannelMix): ReportTable {
  return {
    fileName: `kanaele-${r.tenant}-${r.from}-${r.to}`,
    title: 'Kanalmix',
    subtitle: [
      period(r),
      'Eingang: Telefon = angebotene Anrufe (ohne Kurzaufleger), sonst eingegangene Anliegen der Warteschlange. Ø Bearbeitung = Ende − Beginn + Nachbearbeitung dokumentierter Kontakte.',
    ],
    columns: [
      { key: 'label', header: 'Kanal', kind: 'text' },
      { key: 'received', header: 'Eingang', kind: 'int' },
      { key: 'share', header: 'Anteil', kind: 'rate' },
      { key: 'contacts', header: 'Kontakte', kind: 'int' },
      { key: 'documented', header: 'Dokumentiert', kind: 'int' },
      { key: 'firstContactResolution', header: 'Erstlösungsquote', kind: 'rate' },
      { key: 'forwardingRate', header: 'Weiterleitungsquote', kind: 'rate' },
      { key: 'averageHandlingSeconds', header: 'Ø Bearbeitung (s)', kind: 'seconds' },
    ],
    rows: r.rows,
    totals: r.totals,
    chart: { title: 'Eingang je Kanal', labelKey: 'label', series: [{ key: 'received', name: 'Eingang' }] },
  };
}
