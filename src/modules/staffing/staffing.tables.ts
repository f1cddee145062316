/**
 * The staffing plan and a what-if as report tables: the one input of the reporting module's CSV, XLSX
 * and PDF exports (the same writers as the pilot evaluation's, so numbers are numbers in XLSX and
 * formulas are defused in CSV).
 */
import { germanDate as dmy, type ReportTable } from '../reporting/index.js';
import type { PlanReport, WhatIfReport } from './plan.service.js';

const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const de1 = (n: number) => n.toLocaleString('de-DE', { maximumFractionDigits: 1 });
const euro = (n: number) => n.toLocaleString('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const statusWord = { under: 'unterbesetzt', ok: 'passend', over: 'überbesetzt' } as const;
const modelName = (m: string) => (m === 'erlang-c' ? 'Erlang C' : 'Erlang A');

/** Agents needed per half hour of the week (the chart shows the peak of each day). */
export function planTable(r: PlanReport): ReportTable {
  const peakPerDay = new Map<string, number>();
  for (const s of r.plan.slots) peakPerDay.set(s.date, Math.max(peakPerDay.get(s.date) ?? 0, s.agents));
  return {
    fileName: `personalbedarf-${r.weekStart}`,
    title: `Personalbedarf ${dmy(r.weekStart)} bis ${dmy(r.weekEnd)}`,
    subtitle: [
      `${modelName(r.model)}; Ausfallanteil ${de1(r.shrinkage * 100)} %; mittlere Geduld ${de1(r.patienceSeconds)} s${r.patienceEstimated ? ' (aus der Historie geschätzt)' : ''}.`,
      `Je halbe Stunde: Prognose der Anrufe und der Bearbeitungszeit, Agenten für die Zusage jedes Mandanten, Plätze mit Ausfallanteil; angemeldete Agenten aus dem Statusprotokoll (${r.comparedSlots} halbe Stunden verglichen).`,
    ],
    columns: [
      { key: 'date', header: 'Tag', kind: 'text' },
      { key: 'time', header: 'Beginn', kind: 'text' },
      { key: 'calls', header: 'Anrufe (Prognose)', kind: 'int' },
      { key: 'ahtSeconds', header: 'Bearbeitungszeit', kind: 'seconds' },
      { key: 'agents', header: 'Agenten nötig', kind: 'int' },
      { key: 'positions', header: 'Plätze mit Ausfall', kind: 'int' },
      { key: 'serviceLevel', header: 'Servicelevel', kind: 'rate' },
      { key: 'abandonRate', header: 'Abbruchquote', kind: 'rate' },
      { key: 'staffed', header: 'Angemeldet', kind: 'int' },
      { key: 'status', header: 'Besetzung', kind: 'text' },
    ],
    rows: r.plan.slots.map((s) => ({
      date: dmy(s.date),
      time: hhmm(s.minute),
      calls: Math.round(s.calls * 10) / 10,
      ahtSeconds: s.ahtSeconds,
      agents: s.agents,
      positions: s.positions,
      serviceLevel: s.serviceLevel,
      abandonRate: s.abandonRate,
      staffed: s.staffed,
      status: s.status ? statusWord[s.status] : '',
    })),
    chart: {
      title: 'Höchster Agentenbedarf je Tag',
      labelKey: 'day',
      series: [{ key: 'agents', name: 'Agenten' }],
      rows: [...peakPerDay].map(([day, agents]) => ({ day: dmy(day), agents })),
    },
    notes: [
      `Zusammen ${de1(r.plan.fte)} Vollzeitstellen (${r.weeklyHoursPerFte} Wochenstunden), ${euro(r.plan.costPerYear)} im Jahr bei ${euro(r.costPerFteYear)} je Stelle; Spitze ${r.plan.peakAgents} Agenten.`,
      ...r.backtests.map(
        (b) =>
          `Prognosefehler ${b.tenantName} (letzte vier Wochen zurückgehalten): je halbe Stunde ${b.intervalMape === null ? '–' : `${de1(b.intervalMape * 100)} %`}, je Tag ${b.dayMape === null ? '–' : `${de1(b.dayMape * 100)} %`} MAPE.`,
      ),
    ],
  };
}

/** A what-if side by side: agents per half hour before and after, with FTE and cost. */
export function whatIfTable(name: string, r: WhatIfReport): ReportTable {
  const after = new Map(r.after.agents.map((a) => [`${a.date} ${a.minute}`, a.agents]));
  return {
    fileName: `szenario-${r.weekStart}`,
    title: `Szenario „${name}“: Woche ab ${dmy(r.weekStart)}`,
    subtitle: ['Agenten je halbe Stunde heute (vorher) und mit den Änderungen des Szenarios (nachher).'],
    columns: [
      { key: 'date', header: 'Tag', kind: 'text' },
      { key: 'time', header: 'Beginn', kind: 'text' },
      { key: 'before', header: 'Agenten vorher', kind: 'int' },
      { key: 'after', header: 'Agenten nachher', kind: 'int' },
      { key: 'difference', header: 'Differenz', kind: 'int' },
    ],
    rows: r.before.agents.map((b) => {
      const a = after.get(`${b.date} ${b.minute}`) ?? 0;
      return { date: dmy(b.date), time: hhmm(b.minute), before: b.agents, after: a, difference: a - b.agents };
    }),
    totals: {
      date: 'Spitze',
      time: '',
      before: r.before.peakAgents,
      after: r.after.peakAgents,
      difference: r.after.peakAgents - r.before.peakAgents,
    },
    notes: [
      `Vollzeitstellen: ${de1(r.before.fte)} vorher, ${de1(r.after.fte)} nachher (${r.fteDifference >= 0 ? '+' : ''}${de1(r.fteDifference)}).`,
      `Kosten im Jahr: ${euro(r.before.costPerYear)} vorher, ${euro(r.after.costPerYear)} nachher (${r.costDifferencePerYear >= 0 ? '+' : ''}${euro(r.costDifferencePerYear)}).`,
      ...(r.callsPerInhabitantDay === null
        ? []
        : [
            `Neue Mandanten ohne Historie geschätzt mit ${r.callsPerInhabitantDay.toLocaleString('de-DE', { maximumSignificantDigits: 3 })} Anrufen je Einwohner und Werktag.`,
          ]),
    ],
  };
}
