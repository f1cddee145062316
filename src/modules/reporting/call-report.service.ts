import { requireRole, requireTenantAccess } from '../../platform/auth/actor.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/app-error.js';
import { localParts, offsetMinutes } from '../../platform/time/berlin-time.js';
import { berlinDayStart, nextYmd } from '../contacts/index.js';
import { addCounts, emptyCounts, figuresOf, type CallCounts } from '../contacts/index.js';
import { sumCallRollupsInTx, type RollupGroup, type RollupSum } from '../contacts/index.js';
import { listTenants } from '../tenancy/index.js';
import type { CallGrouping, CallReport, CallReportQuery, CallReportRow } from './reporting.contract.js';
import { periodKeys, periodLabel } from './periods.js';

/** Interval-level reports over more than this many days are refused (size of the answer). */
export const MAX_INTERVAL_RANGE_DAYS = 400;
/** Any report: at most ten years. */
export const MAX_RANGE_DAYS = 3660;

const isInterval = (g: CallGrouping) => g === 'interval15' || g === 'interval30' || g === 'interval60';
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000) + 1;

function invalid(field: string, message: string): never {
  throw new AppError('VALIDATION_FAILED', message, { issues: [{ field, message }] });
}

/** Who may read call reports: supervisors and admins for every tenant; a tenant's back office only its own. */
export function assertCanReadReports(ctx: UseCaseContext) {
  requireRole(ctx.actor, 'supervisor', 'admin', 'backoffice');
}

export interface ResolvedTenant {
  id: string | null;
  ags: string;
  name: string;
}

/** `all` or an AGS, checked against the tenants and the actor's tenant binding. */
export async function resolveTenant(ctx: UseCaseContext, tenant: string): Promise<ResolvedTenant> {
  if (tenant === 'all') {
    if (ctx.actor.tenantId) throw new AppError('FORBIDDEN', 'Berichte über alle Mandanten sind dem DialogCenter vorbehalten.');
    return { id: null, ags: 'all', name: 'Alle Mandanten' };
  }
  const found = (await listTenants({ ...ctx, actor: { ...ctx.actor, tenantId: null } })).find((t) => t.ags === tenant);
  if (!found) invalid('tenant', `Unbekannter Mandant: Gemeindeschlüssel ${tenant} gibt es nicht.`);
  requireTenantAccess(ctx.actor, found.id);
  return { id: found.id, ags: found.ags, name: found.name };
}

export function checkRange(from: string, to: string, groupBy: CallGrouping) {
  if (from > to) invalid('from', 'Der Beginn (from) liegt nach dem Ende (to).');
  const days = daysBetween(from, to);
  if (isInterval(groupBy) && days > MAX_INTERVAL_RANGE_DAYS) {
    invalid(
      'to',
      `Intervallberichte umfassen höchstens ${MAX_INTERVAL_RANGE_DAYS} Tage (angefragt: ${days}). Bitte den Zeitraum verkürzen oder nach Tag gruppieren.`,
    );
  }
  if (days > MAX_RANGE_DAYS) invalid('to', `Ein Bericht umfasst höchstens ${MAX_RANGE_DAYS} Tage.`);
}

/** Month ranges (YYYY-MM): `from` not after `to`, at most ten years. */
export function checkMonthRange(from: string, to: string) {
  if (from > to) invalid('from', 'Der erste Monat (from) liegt nach dem letzten (to).');
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
  if (months > 120) invalid('to', `Ein Monatsbericht umfasst höchstens 120 Monate (angefragt: ${months}).`);
}

const groupOf: Record<CallGrouping, RollupGroup> = {
  day: 'day',
  interval15: 'interval15',
  interval30: 'interval30',
  interval60: 'interval60',
  week: 'week',
  month: 'month',
  tenant: 'tenant',
  queue: 'queue',
  channel: 'total',
  agent: 'agent',
  weekdayHalfHour: 'weekdayHalfHour',
};

export function toFigures(counts: CallCounts, longestWaitSeconds: number | null) {
  const f = figuresOf(counts, longestWaitSeconds);
  return {
    offered: f.offered,
    answered: f.answered,
    abandoned: f.abandoned,
    shortAbandoned: f.shortAbandoned,
    callbacks: f.callbacks,
    diverted: f.diverted,
    answeredWithinTarget: f.answeredWithinTarget,
    serviceLevel: f.serviceLevel,
    answerRate: f.answerRate,
    asaSeconds: f.asaSeconds,
    talkSeconds: f.talkSeconds,
    ahtSeconds: f.ahtSeconds,
    longestWaitSeconds: f.longestWaitSeconds,
  };
}

/** The calls report of the API: figures per group over Berlin days `from`..`to` (inclusive), from the rollups. */
export async function getCallReport(ctx: UseCaseContext, query: Omit<CallReportQuery, 'format'>): Promise<CallReport> {
  assertCanReadReports(ctx);
  checkRange(query.from, query.to, query.groupBy);
  const tenant = await resolveTenant(ctx, query.tenant);
  const from = berlinDayStart(query.from);
  const to = berlinDayStart(nextYmd(query.to));
  // Tenant names before the report's transaction (PGlite: no second transaction inside one).
  const tenantNames =
    query.groupBy === 'tenant'
      ? new Map((await listTenants({ ...ctx, actor: { ...ctx.actor, tenantId: null } })).map((t) => [t.id, t]))
      : null;
  return inActorScope(ctx, async (tx) => {
    const sums = await sumCallRollupsInTx(tx, { from, to, tenantIds: tenant.id ? [tenant.id] : null, group: groupOf[query.groupBy] });
    let rows: CallReportRow[] = sums.map((s) => ({
      ...labelled(query.groupBy, s, tenantNames),
      ...toFigures(s.counts, s.longestWaitSeconds),
    }));
    if (query.groupBy === 'day' || query.groupBy === 'week' || query.groupBy === 'month') {
      // Every calendar period of the range, also those without calls (continuous charts).
      const byKey = new Map(rows.map((r) => [r.key, r]));
      rows = periodKeys(query.groupBy, query.from, query.to).map(
        (key) => byKey.get(key) ?? { key, label: periodLabel(query.groupBy as 'day', key), ...toFigures(emptyCounts(), null) },
      );
    }
    const total = emptyCounts();
    let longest: number | null = null;
    for (const s of sums) {
      addCounts(total, s.counts);
      if (s.longestWaitSeconds !== null) longest = Math.max(longest ?? 0, s.longestWaitSeconds);
    }
    return {
      from: query.from,
      to: query.to,
      tenant: tenant.ags,
      tenantName: tenant.name,
      groupBy: query.groupBy,
      rows,
      totals: toFigures(total, longest),
    };
  });
}

/** German names of the Central European offsets; any other zone shows its offset. */
const germanZoneNames: Record<number, string> = { 60: 'MEZ', 120: 'MESZ' };
/** "02.12.2026, 10:15 MEZ": the time a row stands for, in the business zone, with its zone (unique on the autumn switch). */
const formatRowTime = (at: Date) => {
  const { date, time } = localParts(at);
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}, ${time} ${germanZoneNames[offsetMinutes(at)] ?? offsetLabel(at)}`;
};
const offsetLabel = (at: Date) => {
  const minutes = offsetMinutes(at);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};
/** An instant as business-zone local time with its offset: 2025-03-30T10:15+02:00 (unique also on the day the clocks go back). */
export function berlinLocalKey(at: Date) {
  const { date, time } = localParts(at);
  return `${date}T${time}${offsetLabel(at)}`;
}

const weekdayShort = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];

function labelled(
  groupBy: CallGrouping,
  s: RollupSum,
  tenants: Map<string, { ags: string; name: string }> | null,
): { key: string; label: string } {
  switch (groupBy) {
    case 'interval15':
    case 'interval30':
    case 'interval60': {
      const at = new Date(s.key);
      return { key: berlinLocalKey(at), label: formatRowTime(at) };
    }
    case 'tenant': {
      const t = s.key ? tenants?.get(s.key) : undefined;
      return t ? { key: t.ags, label: t.name } : { key: '', label: 'Unbekannte Rufnummer' };
    }
    case 'queue':
      return { key: s.key, label: s.key || 'ohne Warteschlange' };
    case 'agent':
      return { key: s.key, label: s.name ?? (s.key || 'nicht angenommen') };
    case 'channel':
      return { key: 'phone', label: 'Telefon' };
    case 'weekdayHalfHour': {
      const [weekday, time] = s.key.split('|') as [string, string];
      return { key: s.key, label: `${weekdayShort[Number(weekday) - 1] ?? weekday} ${time}` };
    }
    default:
      return { key: s.key, label: periodLabel(groupBy, s.key) };
  }
}
