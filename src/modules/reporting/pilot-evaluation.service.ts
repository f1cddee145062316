import type { UseCaseContext } from '../../platform/context.js';
import { inActorScope } from '../../platform/context.js';
import { hasRole } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/time/clock.js';
import { businessTimeZone, isoWeekday } from '../../platform/time/berlin-time.js';
import { holidayName } from '../../platform/calendar/lower-saxony-holidays.js';
import { berlinDayStart, berlinYmd, nextYmd } from '../contacts/index.js';
import { addCounts, emptyCounts, figuresOf, firstContactResolution, forwardingRate, type CallCounts } from '../contacts/index.js';
import { documentedContactsByMonthInTx, sumCallRollupsInTx } from '../contacts/index.js';
import { listAgreements, listTenants, type Agreement, type Tenant } from '../tenancy/index.js';
import { reportOnTimeRate } from '../tickets/index.js';
import { assertCanReadReports, checkMonthRange, resolveTenant, type ResolvedTenant } from './call-report.service.js';
import { germanMonth, lastDayOfMonth, monthsBetween } from './periods.js';

/** Starting point of the council resolution 2271/2021 (TIZ today). */
export const COUNCIL_BASELINE = { callsPerYear: 200_000, averageTalkSeconds: 60, answerRate: 0.9, asaSeconds: 35 } as const;
/** The second-level promise counts as kept when at least this share was answered on time (decision 0071). */
export const ON_TIME_KEPT_RATE = 0.95;
/** Amber: up to this many percentage points below a rate target (or 20 % above a time target). */
export const AMBER_POINTS = 0.05;

export type Light = 'green' | 'amber' | 'red' | 'none';

export interface Check {
  /** serviceLevel | fcr | reply | serviceHours | answerRate | asa */
  key: string;
  label: string;
  value: number | null;
  target: number;
  /** rate: 0..1; seconds */
  unit: 'rate' | 'seconds';
  /** agreement: a promise of the service agreement; baseline: the council's starting point. */
  basis: 'agreement' | 'baseline';
  light: Light;
  /** Promise kept (green) or missed; null when there was nothing to measure. */
  kept: boolean | null;
  /** The numbers behind the value: for rates part ÷ whole (e.g. answered within 30 s ÷ offered). */
  numerator: number | null;
  denominator: number | null;
}

/** The additive counts behind one month (or any sum of months: a pilot phase, a year). */
export interface EvaluationCounts {
  all: CallCounts;
  /** Cells inside the agreed service hours. */
  inHours: CallCounts;
  /** Calls offered outside the service hours (counted apart). */
  offeredOutsideHours: number;
  documented: number;
  firstLevel: number;
  forwarded: number;
  /** Second-level requests answered on time and late (late includes open and overdue); null: not visible to the reader. */
  repliedOnTime: number | null;
  repliedLate: number | null;
}

export interface Targets {
  serviceLevelPercent: number;
  serviceLevelSeconds: number;
  firstContactResolutionPercent: number;
  replyWithinWorkingHours: number;
}

export interface PilotMonth {
  month: string;
  label: string;
  offered: number;
  answered: number;
  answeredWithinTarget: number;
  shortAbandoned: number;
  /** Calls offered outside the agreed service hours (counted apart, not in the service-hour figures). */
  offeredOutsideHours: number;
  offeredInHours: number;
  answeredInHours: number;
  serviceLevel: number | null;
  serviceLevelInHours: number | null;
  answerRate: number | null;
  asaSeconds: number | null;
  averageTalkSeconds: number | null;
  ahtSeconds: number | null;
  firstContactResolution: number | null;
  forwardingRate: number | null;
  documentedContacts: number;
  onTimeRate: number | null;
  checks: Check[];
  summary: string;
}

export interface PilotEvaluation {
  tenant: string;
  tenantName: string;
  since: string | null;
  targets: Targets;
  baseline: typeof COUNCIL_BASELINE;
  months: PilotMonth[];
}

const higherIsBetter = (value: number | null, target: number): Light =>
  value === null ? 'none' : value >= target - 1e-9 ? 'green' : value >= target - AMBER_POINTS ? 'amber' : 'red';
const lowerIsBetter = (value: number | null, target: number): Light =>
  value === null ? 'none' : value <= target + 1e-9 ? 'green' : value <= target * 1.2 ? 'amber' : 'red';

export const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)} %`);
const sec = (v: number | null) => (v === null ? '–' : `${Math.round(v)} s`);
export const verdict = (c: Check) =>
  c.light === 'none' ? 'ohne Messwert' : c.light === 'green' ? 'erreicht' : c.light === 'amber' ? 'knapp verfehlt' : 'verfehlt';

function inServiceHours(hours: Record<string, { from: string; to: string }[]>, isoWeekday: string, quarter: string) {
  return (hours[isoWeekday] ?? []).some((h) => quarter >= h.from && quarter < h.to);
}

export const emptyEvaluationCounts = (): EvaluationCounts => ({
  all: emptyCounts(),
  inHours: emptyCounts(),
  offeredOutsideHours: 0,
  documented: 0,
  firstLevel: 0,
  forwarded: 0,
  repliedOnTime: null,
  repliedLate: null,
});

const addNullable = (a: number | null, b: number | null) => (a === null && b === null ? null : (a ?? 0) + (b ?? 0));
export function addEvaluationCounts(into: EvaluationCounts, add: EvaluationCounts): EvaluationCounts {
  addCounts(into.all, add.all);
  addCounts(into.inHours, add.inHours);
  into.offeredOutsideHours += add.offeredOutsideHours;
  into.documented += add.documented;
  into.firstLevel += add.firstLevel;
  into.forwarded += add.forwarded;
  into.repliedOnTime = addNullable(into.repliedOnTime, add.repliedOnTime);
  into.repliedLate = addNullable(into.repliedLate, add.repliedLate);
  return into;
}

const ratioOf = (part: number | null, whole: number | null) => (part === null || whole === null || whole === 0 ? null : part / whole);

/**
 * The checks of one set of counts against the agreement's targets and the council's
 * starting point. One function for the pilot evaluation, the agreement compliance,
 * the monthly mail and every sum of months (phases): the same numbers everywhere.
 */
export function checksOf(c: EvaluationCounts, targets: Targets): Check[] {
  const f = figuresOf(c.all);
  const fh = figuresOf(c.inHours);
  const fcr = firstContactResolution(c.firstLevel, c.documented);
  const replied = c.repliedOnTime === null ? null : c.repliedOnTime + (c.repliedLate ?? 0);
  const reply = ratioOf(c.repliedOnTime, replied);
  const slTarget = targets.serviceLevelPercent / 100;
  const fcrTarget = targets.firstContactResolutionPercent / 100;
  const checks: Check[] = [
    {
      key: 'serviceLevel',
      label: 'Servicelevel',
      value: f.serviceLevel,
      target: slTarget,
      unit: 'rate',
      basis: 'agreement',
      light: higherIsBetter(f.serviceLevel, slTarget),
      kept: null,
      numerator: c.all.answeredWithinTarget,
      denominator: c.all.offered,
    },
    {
      key: 'fcr',
      label: 'Erstlösungsquote',
      value: fcr,
      target: fcrTarget,
      unit: 'rate',
      basis: 'agreement',
      light: higherIsBetter(fcr, fcrTarget),
      kept: null,
      numerator: c.firstLevel,
      denominator: c.documented,
    },
    {
      key: 'reply',
      label: `Antwort binnen ${targets.replyWithinWorkingHours} Arbeitsstunden`,
      value: reply,
      target: ON_TIME_KEPT_RATE,
      unit: 'rate',
      basis: 'agreement',
      light: higherIsBetter(reply, ON_TIME_KEPT_RATE),
      kept: null,
      numerator: c.repliedOnTime,
      denominator: replied,
    },
    {
      key: 'serviceHours',
      label: 'Erreichbarkeit in den Servicezeiten',
      value: fh.answerRate,
      target: COUNCIL_BASELINE.answerRate,
      unit: 'rate',
      basis: 'agreement',
      light: higherIsBetter(fh.answerRate, COUNCIL_BASELINE.answerRate),
      kept: null,
      numerator: c.inHours.answered,
      denominator: c.inHours.offered,
    },
    {
      key: 'answerRate',
      label: 'Erreichbarkeit',
      value: f.answerRate,
      target: COUNCIL_BASELINE.answerRate,
      unit: 'rate',
      basis: 'baseline',
      light: higherIsBetter(f.answerRate, COUNCIL_BASELINE.answerRate),
      kept: null,
      numerator: c.all.answered,
      denominator: c.all.offered,
    },
    {
      key: 'asa',
      label: 'Ø Wartezeit',
      value: f.asaSeconds,
      target: COUNCIL_BASELINE.asaSeconds,
      unit: 'seconds',
      basis: 'baseline',
      light: lowerIsBetter(f.asaSeconds, COUNCIL_BASELINE.asaSeconds),
      kept: null,
      numerator: c.all.answerWaitSeconds,
      denominator: c.all.answered,
    },
  ];
  for (const check of checks) check.kept = check.light === 'none' ? null : check.light === 'green';
  return checks;
}

/** "Servicelevel 78 % (Ziel 75 %) erreicht" for each measured check. */
export function checkPhrases(checks: Check[]): string[] {
  return checks
    .filter((c) => c.light !== 'none')
    .map((c) => {
      const fmt = c.unit === 'rate' ? pct : sec;
      return `${c.label} ${fmt(c.value)} (${c.basis === 'agreement' ? 'Ziel' : 'Ausgangswert'} ${fmt(c.target)}) ${verdict(c)}`;
    });
}

export const monthLabel = (month: string) => `${germanMonth(Number(month.slice(5)))} ${month.slice(0, 4)}`;

/** What every evaluation-like report needs before its numbers: tenant, agreement targets, months. */
export interface EvaluationBasis {
  tenant: ResolvedTenant;
  tenantRow: Tenant | undefined;
  /** The tenant's agreement (none for `all`). */
  agreement: Agreement | undefined;
  since: string | null;
  targets: Targets;
  months: string[];
  /** Counts per month (every month of `months` present). */
  perMonth: Map<string, EvaluationCounts>;
}

/**
 * Collects the counts of each month of the range for one tenant (or all): calls from
 * the rollups split into inside / outside the agreed service hours (per 15-minute
 * cell, weekday hours of the agreement), documented contacts (all channels) and the
 * second-level replies (on time / late, tickets module).
 */
export async function collectEvaluation(
  ctx: UseCaseContext,
  query: { tenant: string; from?: string; to?: string },
  clock: Clock,
): Promise<EvaluationBasis> {
  assertCanReadReports(ctx);
  const tenant = await resolveTenant(ctx, query.tenant);
  const all = await listTenants({ ...ctx, actor: { ...ctx.actor, tenantId: null } });
  const agreements = new Map((await listAgreements({ ...ctx, actor: { ...ctx.actor, tenantId: tenant.id } })).map((a) => [a.tenantId, a]));
  const tenantRow = tenant.id ? all.find((t) => t.id === tenant.id) : undefined;
  const onboarded = (t: (typeof all)[number]) => t.pilotStart ?? t.liveStart ?? null;
  const since = tenantRow
    ? onboarded(tenantRow)
    : (all
        .map(onboarded)
        .filter((d): d is string => !!d)
        .sort()[0] ?? null);
  const today = berlinYmd(clock.now());
  const fromMonth = (query.from ?? since ?? today).slice(0, 7);
  const toMonth = (query.to ?? today).slice(0, 7);
  checkMonthRange(fromMonth, toMonth);
  const months = monthsBetween(fromMonth, toMonth);
  const agreement = tenant.id ? agreements.get(tenant.id) : undefined;
  const targets: Targets = {
    serviceLevelPercent: agreement?.serviceLevelPercent ?? 75,
    serviceLevelSeconds: agreement?.serviceLevelSeconds ?? 30,
    firstContactResolutionPercent: agreement?.firstContactResolutionPercent ?? 65,
    replyWithinWorkingHours: agreement?.replyWithinWorkingHours ?? 24,
  };
  const perMonth = new Map(months.map((m) => [m, emptyEvaluationCounts()]));
  if (months.length === 0) return { tenant, tenantRow, agreement, since, targets, months, perMonth };
  const from = berlinDayStart(`${fromMonth}-01`);
  const to = berlinDayStart(nextYmd(lastDayOfMonth(toMonth)));

  if (hasRole(ctx.actor, 'supervisor', 'admin')) {
    for (const m of months) {
      const r = await reportOnTimeRate(
        ctx,
        { from: `${m}-01`, to: nextYmd(lastDayOfMonth(m)), tenantId: tenant.id ?? undefined },
        businessTimeZone(),
      );
      const entry = perMonth.get(m)!;
      entry.repliedOnTime = r.tenants.reduce((n, t) => n + t.answeredOnTime, 0);
      entry.repliedLate = r.tenants.reduce((n, t) => n + t.late, 0);
    }
  }

  await inActorScope(ctx, async (tx) => {
    const tenantIds = tenant.id ? [tenant.id] : null;
    const cells = await sumCallRollupsInTx(tx, { from, to, tenantIds, group: 'tenantDayQuarter' });
    for (const c of cells) {
      const [tenantId, day, quarter] = c.key.split('|') as [string, string, string];
      const m = perMonth.get(day.slice(0, 7));
      if (!m) continue;
      addCounts(m.all, c.counts);
      const hours = agreements.get(tenantId)?.serviceHours;
      // A public holiday (Lower Saxony) has no service hours: its calls count apart.
      if (!hours || (!holidayName(day) && inServiceHours(hours, String(isoWeekday(day)), quarter))) addCounts(m.inHours, c.counts);
      else m.offeredOutsideHours += c.counts.offered;
    }
    for (const c of await documentedContactsByMonthInTx(tx, { from, to, tenantIds })) {
      const m = perMonth.get(c.month);
      if (!m) continue;
      m.documented += c.documented;
      m.firstLevel += c.firstLevel;
      m.forwarded += c.forwarded;
    }
  });
  return { tenant, tenantRow, agreement, since, targets, months, perMonth };
}

export function evaluateMonth(name: string, month: string, c: EvaluationCounts, targets: Targets): PilotMonth {
  const f = figuresOf(c.all);
  const fh = figuresOf(c.inHours);
  const checks = checksOf(c, targets);
  const label = monthLabel(month);
  const summary =
    c.all.offered + c.documented === 0
      ? `${name}, ${label}: keine Anrufe.`
      : `${name}, ${label}: ${checkPhrases(checks).join(', ')}; ${c.all.offered.toLocaleString('de-DE')} Anrufe angeboten${c.offeredOutsideHours ? `, davon ${c.offeredOutsideHours.toLocaleString('de-DE')} außerhalb der Servicezeiten` : ''}.`;
  return {
    month,
    label,
    offered: c.all.offered,
    answered: c.all.answered,
    answeredWithinTarget: c.all.answeredWithinTarget,
    shortAbandoned: c.all.shortAbandoned,
    offeredOutsideHours: c.offeredOutsideHours,
    offeredInHours: c.inHours.offered,
    answeredInHours: c.inHours.answered,
    serviceLevel: f.serviceLevel,
    serviceLevelInHours: fh.serviceLevel,
    answerRate: f.answerRate,
    asaSeconds: f.asaSeconds,
    averageTalkSeconds: f.averageTalkSeconds,
    ahtSeconds: f.ahtSeconds,
    firstContactResolution: firstContactResolution(c.firstLevel, c.documented),
    forwardingRate: forwardingRate(c.forwarded, c.documented),
    documentedContacts: c.documented,
    onTimeRate: checks.find((k) => k.key === 'reply')!.value,
    checks,
    summary,
  };
}

/**
 * Pilot evaluation (Pilotbewertung) per tenant or for the whole center: month by
 * month since onboarding, against the service agreement (75/30, first contact 65 %,
 * reply within 24 working hours, service hours) and the council's starting point
 * (90 % answered, 35 s average wait, 1 minute talk), green/amber/red, with a German
 * summary sentence per month. Figures from the rollups (call-figures.ts).
 */
export async function getPilotEvaluation(
  ctx: UseCaseContext,
  query: { tenant: string; from?: string; to?: string },
  clock: Clock,
): Promise<PilotEvaluation> {
  const basis = await collectEvaluation(ctx, query, clock);
  const name = basis.tenant.id ? basis.tenant.name : 'DialogCenter gesamt';
  return {
    tenant: basis.tenant.ags,
    tenantName: basis.tenant.name,
    since: basis.since,
    targets: basis.targets,
    baseline: COUNCIL_BASELINE,
    months: basis.months.map((m) => evaluateMonth(name, m, basis.perMonth.get(m)!, basis.targets)),
  };
}
