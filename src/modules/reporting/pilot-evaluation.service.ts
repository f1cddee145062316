import type { UseCaseContext } from '../../platform/context.js';
import { inActorScope } from '../../platform/context.js';
import { hasRole } from '../../platform/auth/actor.js';
import type { Clock } from '../../platform/time/clock.js';
import { berlinDayStart, berlinYmd, nextYmd } from '../contacts/index.js';
import { addCounts, emptyCounts, figuresOf, firstContactResolution, forwardingRate, type CallCounts } from '../contacts/index.js';
import { documentedContactsByMonthInTx, sumCallRollupsInTx } from '../contacts/index.js';
import { listAgreements, listTenants } from '../tenancy/index.js';
import { reportOnTimeRate } from '../tickets/index.js';
import { assertCanReadReports, resolveTenant } from './call-report.service.js';
import { germanMonth, lastDayOfMonth, monthsBetween } from './periods.js';

/** Starting point of the council resolution 2271/2021 (TIZ today). */
export const COUNCIL_BASELINE = { callsPerYear: 200_000, averageTalkSeconds: 60, answerRate: 0.9, asaSeconds: 35 } as const;
/** The second-level promise counts as kept when at least this share was answered on time (decision 0071). */
export const ON_TIME_KEPT_RATE = 0.95;
/** Amber: up to this many percentage points below a rate target (or 20 % above a time target). */
export const AMBER_POINTS = 0.05;

export type Light = 'green' | 'amber' | 'red' | 'none';

export interface Check {
  /** servicelevel | fcr | reply | serviceHours | answerRate | asa | talk */
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
}

export interface PilotMonth {
  month: string;
  label: string;
  offered: number;
  answered: number;
  shortAbandoned: number;
  /** Calls offered outside the agreed service hours (counted apart, not in the service-hour figures). */
  offeredOutsideHours: number;
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
  targets: {
    serviceLevelPercent: number;
    serviceLevelSeconds: number;
    firstContactResolutionPercent: number;
    replyWithinWorkingHours: number;
  };
  baseline: typeof COUNCIL_BASELINE;
  months: PilotMonth[];
}

const higherIsBetter = (value: number | null, target: number): Light =>
  value === null ? 'none' : value >= target - 1e-9 ? 'green' : value >= target - AMBER_POINTS ? 'amber' : 'red';
const lowerIsBetter = (value: number | null, target: number): Light =>
  value === null ? 'none' : value <= target + 1e-9 ? 'green' : value <= target * 1.2 ? 'amber' : 'red';

const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)} %`);
const sec = (v: number | null) => (v === null ? '–' : `${Math.round(v)} s`);
const verdict = (c: Check) =>
  c.light === 'none' ? 'ohne Messwert' : c.light === 'green' ? 'erreicht' : c.light === 'amber' ? 'knapp verfehlt' : 'verfehlt';

function inServiceHours(hours: Record<string, { from: string; to: string }[]>, isoWeekday: string, quarter: string) {
  return (hours[isoWeekday] ?? []).some((h) => quarter >= h.from && quarter < h.to);
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
  assertCanReadReports(ctx);
  const tenant = await resolveTenant(ctx, query.tenant);
  const all = await listTenants({ ...ctx, actor: { ...ctx.actor, tenantId: null } });
  const agreements = new Map((await listAgreements({ ...ctx, actor: { ...ctx.actor, tenantId: tenant.id } })).map((a) => [a.tenantId, a]));
  const row = tenant.id ? all.find((t) => t.id === tenant.id) : undefined;
  const onboarded = (t: (typeof all)[number]) => t.pilotStart ?? t.liveStart ?? null;
  const since = row
    ? onboarded(row)
    : (all
        .map(onboarded)
        .filter((d): d is string => !!d)
        .sort()[0] ?? null);
  const today = berlinYmd(clock.now());
  const fromMonth = (query.from ?? since ?? today).slice(0, 7);
  const toMonth = (query.to ?? today).slice(0, 7);
  const months = monthsBetween(fromMonth, toMonth);
  const agreement = tenant.id ? agreements.get(tenant.id) : undefined;
  const targets = {
    serviceLevelPercent: agreement?.serviceLevelPercent ?? 75,
    serviceLevelSeconds: agreement?.serviceLevelSeconds ?? 30,
    firstContactResolutionPercent: agreement?.firstContactResolutionPercent ?? 65,
    replyWithinWorkingHours: agreement?.replyWithinWorkingHours ?? 24,
  };
  const from = berlinDayStart(`${fromMonth}-01`);
  const to = berlinDayStart(nextYmd(lastDayOfMonth(toMonth)));

  const onTime = new Map<string, number | null>();
  if (hasRole(ctx.actor, 'supervisor', 'admin')) {
    for (const m of months) {
      const r = await reportOnTimeRate(
        ctx,
        { from: `${m}-01`, to: nextYmd(lastDayOfMonth(m)), tenantId: tenant.id ?? undefined },
        'Europe/Berlin',
      );
      const answeredOnTime = r.tenants.reduce((n, t) => n + t.answeredOnTime, 0);
      const late = r.tenants.reduce((n, t) => n + t.late, 0);
      onTime.set(m, answeredOnTime + late > 0 ? answeredOnTime / (answeredOnTime + late) : null);
    }
  }

  return inActorScope(ctx, async (tx) => {
    const cells = await sumCallRollupsInTx(tx, { from, to, tenantIds: tenant.id ? [tenant.id] : null, group: 'tenantMonthWeekdayQuarter' });
    const contacts = await documentedContactsByMonthInTx(tx, { from, to, tenantIds: tenant.id ? [tenant.id] : null });
    const perMonth = new Map<string, { all: CallCounts; inHours: CallCounts; outside: number; longest: number | null }>();
    for (const c of cells) {
      const [tenantId, month, weekday, quarter] = c.key.split('|') as [string, string, string, string];
      const m = perMonth.get(month) ?? { all: emptyCounts(), inHours: emptyCounts(), outside: 0, longest: null };
      addCounts(m.all, c.counts);
      const hours = agreements.get(tenantId)?.serviceHours;
      if (!hours || inServiceHours(hours, weekday, quarter)) addCounts(m.inHours, c.counts);
      else m.outside += c.counts.offered;
      perMonth.set(month, m);
    }
    const docs = new Map<string, { documented: number; firstLevel: number; forwarded: number }>();
    for (const c of contacts) {
      const d = docs.get(c.month) ?? { documented: 0, firstLevel: 0, forwarded: 0 };
      d.documented += c.documented;
      d.firstLevel += c.firstLevel;
      d.forwarded += c.forwarded;
      docs.set(c.month, d);
    }
    const name = tenant.id ? tenant.name : 'DialogCenter gesamt';
    return {
      tenant: tenant.ags,
      tenantName: tenant.name,
      since,
      targets,
      baseline: COUNCIL_BASELINE,
      months: months.map((month) => {
        const m = perMonth.get(month) ?? { all: emptyCounts(), inHours: emptyCounts(), outside: 0, longest: null };
        const f = figuresOf(m.all);
        const fh = figuresOf(m.inHours);
        const d = docs.get(month) ?? { documented: 0, firstLevel: 0, forwarded: 0 };
        const fcr = firstContactResolution(d.firstLevel, d.documented);
        const reply = onTime.get(month) ?? null;
        const checks: Check[] = [
          {
            key: 'serviceLevel',
            label: 'Servicelevel',
            value: f.serviceLevel,
            target: targets.serviceLevelPercent / 100,
            unit: 'rate',
            basis: 'agreement',
            light: higherIsBetter(f.serviceLevel, targets.serviceLevelPercent / 100),
            kept: null,
          },
          {
            key: 'fcr',
            label: 'Erstlösungsquote',
            value: fcr,
            target: targets.firstContactResolutionPercent / 100,
            unit: 'rate',
            basis: 'agreement',
            light: higherIsBetter(fcr, targets.firstContactResolutionPercent / 100),
            kept: null,
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
          },
        ];
        for (const c of checks) c.kept = c.light === 'none' ? null : c.light === 'green';
        const label = `${germanMonth(Number(month.slice(5)))} ${month.slice(0, 4)}`;
        const parts = checks
          .filter((c) => c.light !== 'none')
          .map((c) => {
            const fmt = c.unit === 'rate' ? pct : sec;
            return `${c.label} ${fmt(c.value)} (${c.basis === 'agreement' ? 'Ziel' : 'Ausgangswert'} ${fmt(c.target)}) ${verdict(c)}`;
          });
        const summary =
          m.all.offered + d.documented === 0
            ? `${name}, ${label}: keine Anrufe.`
            : `${name}, ${label}: ${parts.join(', ')}; ${m.all.offered.toLocaleString('de-DE')} Anrufe angeboten${m.outside ? `, davon ${m.outside.toLocaleString('de-DE')} außerhalb der Servicezeiten` : ''}.`;
        return {
          month,
          label,
          offered: m.all.offered,
          answered: m.all.answered,
          shortAbandoned: m.all.shortAbandoned,
          offeredOutsideHours: m.outside,
          serviceLevel: f.serviceLevel,
          serviceLevelInHours: fh.serviceLevel,
          answerRate: f.answerRate,
          asaSeconds: f.asaSeconds,
          averageTalkSeconds: f.averageTalkSeconds,
          ahtSeconds: f.ahtSeconds,
          firstContactResolution: fcr,
          forwardingRate: forwardingRate(d.forwarded, d.documented),
          documentedContacts: d.documented,
          onTimeRate: reply,
          checks,
          summary,
        };
      }),
    };
  });
}
