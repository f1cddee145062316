import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { lowerSaxonyHolidays } from '../../platform/calendar/lower-saxony-holidays.js';
import { addDays, isoWeekday } from '../../platform/time/berlin-time.js';
import type { Clock } from '../../platform/time/clock.js';
import {
  berlinDayStart,
  berlinYmd,
  callDataBasisInTx,
  callHistoryProgress,
  documentedContactsByChannelInTx,
  nextYmd,
  queueLogImportsInTx,
} from '../contacts/index.js';
import { catalogueServicesInTx, knowledgeBasisInTx, knowledgeTrendInTx } from '../knowledge/index.js';
import { listTenants } from '../tenancy/index.js';
import { assertCanReadReports, checkMonthRange, resolveTenant } from './call-report.service.js';
import { lastDayOfMonth, monthsBetween } from './periods.js';
import { monthLabel } from './pilot-evaluation.service.js';

export const channelLabels: Record<string, string> = {
  phone: 'Telefon',
  email: 'E-Mail',
  web_form: 'Kontaktformular',
  chat: 'Chat',
  callback: 'Rückruf',
};

export interface DataBasis {
  tenant: string;
  tenantName: string;
  today: string;
  from: string;
  to: string;
  knowledge: {
    catalogueServices: number;
    localParts: number;
    complete: number;
    verifiedInInterval: number;
    overdue: number;
    openGaps: number;
    closedGaps: number;
  };
  knowledgeTrend: { month: string; label: string; verified: number; published: number; gapSearches: number; gapSearchesClosed: number }[];
  calls: {
    source: string;
    cells: number;
    calls: number;
    firstInterval: string | null;
    lastInterval: string | null;
    workingDays: number;
    workingDaysWithCalls: number;
    /** Working days of the range (since onboarding, up to yesterday) without a single call: gaps in the data. */
    workingDaysWithoutCalls: string[];
  };
  contacts: { channel: string; label: string; documented: number; open: number }[];
  imports: { at: string; accepted: number; calls: number; errors: number }[];
  demoHistory: { state: string; daysDone: number; daysTotal: number; calls: number } | null;
  notes: string[];
}

function isWorkingDay(date: string) {
  return isoWeekday(date) <= 5 && !lowerSaxonyHolidays(Number(date.slice(0, 4))).has(date);
}

/**
 * Data basis (Datenbasis) of a tenant's (or the center's) figures: the knowledge
 * base's state (local parts complete, verified within their review interval, overdue,
 * open and closed knowledge gaps) with its monthly activity, and what the call figures
 * rest on (rollup cells, calls, working days without any call, contacts per channel,
 * ACD imports, demo history).
 */
export async function getDataBasis(
  ctx: UseCaseContext,
  query: { tenant: string; from?: string; to?: string },
  clock: Clock,
): Promise<DataBasis> {
  assertCanReadReports(ctx);
  const tenant = await resolveTenant(ctx, query.tenant);
  const tenants = await listTenants({ ...ctx, actor: { ...ctx.actor, tenantId: null } });
  const row = tenant.id ? tenants.find((t) => t.id === tenant.id) : undefined;
  const starts = (row ? [row] : tenants).map((t) => t.pilotStart ?? t.liveStart).filter((d): d is string => !!d);
  const since = starts.sort()[0] ?? null;
  const now = clock.now();
  const today = berlinYmd(now);
  const toMonth = (query.to ?? today).slice(0, 7);
  const fromMonth = (query.from ?? addDays(`${toMonth}-01`, -334)).slice(0, 7);
  checkMonthRange(fromMonth, toMonth);
  const months = monthsBetween(fromMonth, toMonth);
  const firstDay = `${fromMonth}-01`;
  const lastDay = lastDayOfMonth(toMonth);
  const from = berlinDayStart(firstDay);
  const to = berlinDayStart(nextYmd(lastDay));
  const tenantIds = tenant.id ? [tenant.id] : null;
  const center = !ctx.actor.tenantId;
  return inActorScope(ctx, async (tx) => {
    const knowledgeRows = (await knowledgeBasisInTx(tx, today)).filter((k) => !tenant.id || k.tenantId === tenant.id);
    const sum = (pick: (k: (typeof knowledgeRows)[number]) => number) => knowledgeRows.reduce((n, k) => n + pick(k), 0);
    const trendRows = (await knowledgeTrendInTx(tx, from, to)).filter((k) => !tenant.id || k.tenantId === tenant.id);
    const calls = await callDataBasisInTx(tx, { from, to, tenantIds });
    const contacts = await documentedContactsByChannelInTx(tx, { from, to, tenantIds });
    const imports = center ? await queueLogImportsInTx(tx, { from, to }) : [];
    const catalogueServices = await catalogueServicesInTx(tx);

    const withCalls = new Set(calls.days);
    const working: string[] = [];
    const start = since && since > firstDay ? since : firstDay;
    for (let d = start; d <= lastDay && d < today; d = nextYmd(d)) if (isWorkingDay(d)) working.push(d);
    const missing = working.filter((d) => !withCalls.has(d));
    const trend = months.map((m) => {
      const rows = trendRows.filter((r) => r.month === m);
      const s = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + pick(r), 0);
      return {
        month: m,
        label: monthLabel(m),
        verified: s((r) => r.verified),
        published: s((r) => r.published),
        gapSearches: s((r) => r.gapSearches),
        gapSearchesClosed: s((r) => r.gapSearchesClosed),
      };
    });
    const notes = [
      'Anrufkennzahlen aus den 15-Minuten-Rollups (call_rollups), gefüllt von der Telefonie-Schnittstelle (ACD-Ereignisse, Ereigniszeit der Anlage) im selben Vorgang; nächtlicher Abgleich mit den Anrufen.',
      'Erstlösungsquote und Weiterleitungsquote aus den dokumentierten Kontakten aller Kanäle.',
      'Wissensdatenbank: vollständig = Telefon, E-Mail und Öffnungszeiten gepflegt; im Prüfintervall = geprüft und Prüfdatum nicht überschritten. Geschlossene Lücken werden nach dem Monat der Suche gezählt (der Zeitpunkt des Schließens wird nicht gespeichert).',
    ];
    if (missing.length > 0)
      notes.push(
        `${missing.length} Werktage ohne einen einzigen Anruf: Lücke in den Daten (Anlage, Import) oder Mandant noch nicht angeschlossen.`,
      );
    return {
      tenant: tenant.ags,
      tenantName: tenant.name,
      today,
      from: firstDay,
      to: lastDay,
      knowledge: {
        catalogueServices,
        localParts: sum((k) => k.localParts),
        complete: sum((k) => k.complete),
        verifiedInInterval: sum((k) => k.verifiedInInterval),
        overdue: sum((k) => k.overdue),
        openGaps: sum((k) => k.openGaps),
        closedGaps: sum((k) => k.closedGaps),
      },
      knowledgeTrend: trend,
      calls: {
        source: 'ACD-Ereignisse (Telefonie-Schnittstelle und queue_log-Import), 15-Minuten-Rollups',
        cells: calls.cells,
        calls: calls.calls,
        firstInterval: calls.firstInterval,
        lastInterval: calls.lastInterval,
        workingDays: working.length,
        workingDaysWithCalls: working.length - missing.length,
        workingDaysWithoutCalls: missing.slice(0, 200),
      },
      contacts: contacts.map((c) => ({ ...c, label: channelLabels[c.channel] ?? c.channel })),
      imports: imports.map((i) => ({ ...i, at: new Date(i.at).toISOString() })),
      demoHistory:
        center && callHistoryProgress.state !== 'idle'
          ? {
              state: callHistoryProgress.state,
              daysDone: callHistoryProgress.daysDone,
              daysTotal: callHistoryProgress.daysTotal,
              calls: callHistoryProgress.calls,
            }
          : null,
      notes,
    };
  });
}
