import type { AgreementCompliance, CompliancePeriod } from './agreement-compliance.service.js';
import type { DataBasis } from './data-basis.service.js';
import type { ReportTable } from './export/table.js';

const keptWord = (k: boolean | null) => (k === null ? 'ohne Messwert' : k ? 'gehalten' : 'nicht gehalten');

/** One row per period and promise: the compliance report as a table (CSV, XLSX, PDF). */
export function complianceTable(c: AgreementCompliance): ReportTable {
  const rowsOf = (p: CompliancePeriod) =>
    p.promises.map((x) => ({
      period: p.label,
      phase: p.phaseLabel,
      promise: x.label,
      target: x.target,
      value: x.value,
      numerator: x.numerator,
      denominator: x.denominator,
      kept: keptWord(x.kept),
    }));
  return {
    fileName: `servicevereinbarung-${c.tenant}`,
    title: `Servicevereinbarung ${c.tenantName}`,
    subtitle: [
      `Vereinbarung ${c.agreement.reference ?? '–'}${c.agreement.signedOn ? `, unterzeichnet ${c.agreement.signedOn.split('-').reverse().join('.')}` : ''}; Servicezeiten: ${c.agreement.serviceHours}.`,
      'Je Monat und Pilotphase jede Zusage mit Zähler und Nenner; Anrufe außerhalb der Servicezeiten zählen gesondert (nicht in der Erreichbarkeit in den Servicezeiten).',
    ],
    columns: [
      { key: 'period', header: 'Zeitraum', kind: 'text' },
      { key: 'phase', header: 'Phase', kind: 'text' },
      { key: 'promise', header: 'Zusage', kind: 'text' },
      { key: 'target', header: 'Ziel', kind: 'rate' },
      { key: 'value', header: 'Ist', kind: 'rate' },
      { key: 'numerator', header: 'Zähler', kind: 'int' },
      { key: 'denominator', header: 'Nenner', kind: 'int' },
      { key: 'kept', header: 'Ergebnis', kind: 'text' },
    ],
    rows: [...c.months.flatMap(rowsOf), ...c.phases.flatMap(rowsOf), ...rowsOf(c.total)],
    chart: {
      title: 'Gehaltene Zusagen je Monat',
      labelKey: 'label',
      series: [
        { key: 'kept', name: 'gehalten' },
        { key: 'missed', name: 'nicht gehalten' },
      ],
      rows: c.months.map((m) => ({ label: m.label, kept: m.kept, missed: m.missed })),
    },
    notes: [
      ...c.months.map(
        (m) =>
          `${m.label} (${m.phaseLabel}): ${m.kept} gehalten, ${m.missed} nicht gehalten${m.unmeasured ? `, ${m.unmeasured} ohne Messwert` : ''}; ${m.offered.toLocaleString('de-DE')} Anrufe angeboten, davon ${m.offeredOutsideHours.toLocaleString('de-DE')} außerhalb der Servicezeiten.`,
      ),
    ],
  };
}

/** The data basis as a table: one row per figure. */
export function dataBasisTable(d: DataBasis): ReportTable {
  const k = d.knowledge;
  const rows: { section: string; item: string; value: number | string | null }[] = [
    { section: 'Wissensdatenbank', item: 'Leistungen im Katalog', value: k.catalogueServices },
    { section: 'Wissensdatenbank', item: 'Lokale Teile', value: k.localParts },
    { section: 'Wissensdatenbank', item: 'davon vollständig', value: k.complete },
    { section: 'Wissensdatenbank', item: 'davon im Prüfintervall geprüft', value: k.verifiedInInterval },
    { section: 'Wissensdatenbank', item: 'davon überfällig', value: k.overdue },
    { section: 'Wissensdatenbank', item: 'offene Wissenslücken', value: k.openGaps },
    { section: 'Wissensdatenbank', item: 'geschlossene Wissenslücken', value: k.closedGaps },
    { section: 'Anrufe', item: 'Quelle', value: d.calls.source },
    { section: 'Anrufe', item: 'Rollup-Zellen', value: d.calls.cells },
    { section: 'Anrufe', item: 'Anrufe in den Zellen', value: d.calls.calls },
    { section: 'Anrufe', item: 'Werktage im Zeitraum', value: d.calls.workingDays },
    { section: 'Anrufe', item: 'Werktage ohne Anruf', value: d.calls.workingDaysWithoutCalls.length },
    ...d.contacts.map((c) => ({ section: 'Kontakte', item: `${c.label}: dokumentiert`, value: c.documented })),
    ...d.knowledgeTrend.map((t) => ({
      section: 'Verlauf',
      item: t.label,
      value: `${t.verified} geprüft, ${t.published} veröffentlicht, ${t.gapSearches} Lückensuchen (${t.gapSearchesClosed} geschlossen)`,
    })),
  ];
  return {
    fileName: `datenbasis-${d.tenant}`,
    title: `Datenbasis ${d.tenantName}`,
    subtitle: [
      `Zeitraum ${d.from.split('-').reverse().join('.')} – ${d.to.split('-').reverse().join('.')}, Stand ${d.today.split('-').reverse().join('.')}.`,
    ],
    columns: [
      { key: 'section', header: 'Bereich', kind: 'text' },
      { key: 'item', header: 'Angabe', kind: 'text' },
      { key: 'value', header: 'Wert', kind: 'text' },
    ],
    rows: rows.map((r) => ({ ...r, value: typeof r.value === 'number' ? r.value.toLocaleString('de-DE') : r.value })),
    notes: d.notes,
  };
}
