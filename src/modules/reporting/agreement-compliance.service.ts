import type { UseCaseContext } from '../../platform/context.js';
import type { Clock } from '../../platform/time/clock.js';
import type { ServiceHours } from '../tenancy/index.js';
import {
  addEvaluationCounts,
  checksOf,
  collectEvaluation,
  emptyEvaluationCounts,
  monthLabel,
  pct,
  verdict,
  type Check,
  type EvaluationCounts,
  type Targets,
} from './pilot-evaluation.service.js';

/**
 * The tenant's pilot phase of a month (from its onboarding dates, Berlin calendar months):
 * before: before the pilot (or live) start; pilot-N: the N-th year since the pilot start
 * (until the live start); live: regular operation since the live start; ended: after the
 * end of the cooperation. For all tenants together the years count from the earliest start.
 */
export function phaseOf(
  month: string,
  dates: { pilotStart: string | null; liveStart: string | null; endedOn: string | null },
): { key: string; label: string } {
  const pilot = dates.pilotStart?.slice(0, 7) ?? null;
  const live = dates.liveStart?.slice(0, 7) ?? null;
  const ended = dates.endedOn?.slice(0, 7) ?? null;
  if (ended && month > ended) return { key: 'ended', label: 'nach Vertragsende' };
  const start = pilot ?? live;
  if (!start || month < start) return { key: 'before', label: 'vor dem Beitritt' };
  if (live && month >= live) return { key: 'live', label: 'Regelbetrieb' };
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const [y, m] = month.split('-').map(Number) as [number, number];
  const year = Math.floor((y * 12 + m - (sy * 12 + sm)) / 12) + 1;
  return { key: `pilot-${year}`, label: `Pilotjahr ${year}` };
}

export interface AgreementPromise {
  key: string;
  label: string;
  /** How the promise reads in the agreement: "75 % der Anrufe in 30 s angenommen". */
  promise: string;
  target: number;
  value: number | null;
  unit: 'rate' | 'seconds';
  numerator: number | null;
  denominator: number | null;
  /** true kept, false missed, null nothing to measure. */
  kept: boolean | null;
  light: Check['light'];
  /** "gehalten: 412 von 520 Anrufen in 30 s (79 %, Ziel 75 %)". */
  text: string;
}

export interface CompliancePeriod {
  key: string;
  label: string;
  phase: string;
  phaseLabel: string;
  offered: number;
  offeredInHours: number;
  offeredOutsideHours: number;
  promises: AgreementPromise[];
  kept: number;
  missed: number;
  unmeasured: number;
}

export interface AgreementCompliance {
  tenant: string;
  tenantName: string;
  since: string | null;
  agreement: {
    reference: string | null;
    signedOn: string | null;
    termStart: string | null;
    termEnd: string | null;
    serviceHours: string;
  };
  targets: Targets;
  months: CompliancePeriod[];
  phases: CompliancePeriod[];
  total: CompliancePeriod;
}

const weekdayNames = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];
/** Service hours as one line: "Mo–Fr 08:00–18:00, Sa 09:00–12:00". */
export function serviceHoursText(hours: ServiceHours | undefined): string {
  if (!hours) return 'keine Servicezeiten vereinbart (alle Anrufe zählen)';
  const spans = weekdayNames.map((_, i) => (hours[String(i + 1) as keyof ServiceHours] ?? []).map((h) => `${h.from}–${h.to}`).join(', '));
  const parts: string[] = [];
  for (let i = 0; i < 7; ) {
    let j = i;
    while (j + 1 < 7 && spans[j + 1] === spans[i]) j++;
    if (spans[i]) parts.push(`${weekdayNames[i]}${j > i ? `–${weekdayNames[j]}` : ''} ${spans[i]}`);
    i = j + 1;
  }
  return parts.join('; ') || 'keine Servicezeiten';
}

const n = (v: number | null) => (v === null ? '–' : v.toLocaleString('de-DE'));

function promisesOf(c: EvaluationCounts, targets: Targets): AgreementPromise[] {
  const wording: Record<string, { promise: string; unit: string }> = {
    serviceLevel: {
      promise: `${targets.serviceLevelPercent} % der angebotenen Anrufe in ${targets.serviceLevelSeconds} s angenommen`,
      unit: `Anrufen in ${targets.serviceLevelSeconds} s angenommen`,
    },
    fcr: {
      promise: `${targets.firstContactResolutionPercent} % der Anliegen beim ersten Kontakt gelöst`,
      unit: 'Kontakten beim ersten Kontakt gelöst',
    },
    reply: {
      promise: `Antwort der zweiten Ebene binnen ${targets.replyWithinWorkingHours} Arbeitsstunden (gehalten ab ${pct(0.95)} fristgerecht)`,
      unit: 'Weiterleitungen fristgerecht beantwortet',
    },
    serviceHours: {
      promise: 'erreichbar in den vereinbarten Servicezeiten (90 % der Anrufe angenommen)',
      unit: 'Anrufen in den Servicezeiten angenommen',
    },
  };
  return checksOf(c, targets)
    .filter((k) => k.basis === 'agreement')
    .map((k) => {
      const w = wording[k.key]!;
      const state = k.kept === null ? 'ohne Messwert' : k.kept ? 'gehalten' : 'nicht gehalten';
      return {
        key: k.key,
        label: k.label,
        promise: w.promise,
        target: k.target,
        value: k.value,
        unit: k.unit,
        numerator: k.numerator,
        denominator: k.denominator,
        kept: k.kept,
        light: k.light,
        text:
          k.kept === null
            ? `${state}: nichts zu messen`
            : `${state}: ${n(k.numerator)} von ${n(k.denominator)} ${w.unit} (${pct(k.value)}, Ziel ${pct(k.target)}; ${verdict(k)})`,
      };
    });
}

function period(
  key: string,
  label: string,
  phase: { key: string; label: string },
  c: EvaluationCounts,
  targets: Targets,
): CompliancePeriod {
  const promises = promisesOf(c, targets);
  return {
    key,
    label,
    phase: phase.key,
    phaseLabel: phase.label,
    offered: c.all.offered,
    offeredInHours: c.inHours.offered,
    offeredOutsideHours: c.offeredOutsideHours,
    promises,
    kept: promises.filter((p) => p.kept === true).length,
    missed: promises.filter((p) => p.kept === false).length,
    unmeasured: promises.filter((p) => p.kept === null).length,
  };
}

/**
 * Service-agreement compliance (Servicevereinbarung): per tenant and month, each
 * promise of its agreement kept or missed with the numbers behind it; the same per
 * pilot phase and over the whole range. Reachability counts only calls inside the
 * agreed service hours; calls offered outside them are counted apart. Same counts and
 * checks as the pilot evaluation (pilot-evaluation.service.ts).
 */
export async function getAgreementCompliance(
  ctx: UseCaseContext,
  query: { tenant: string; from?: string; to?: string },
  clock: Clock,
): Promise<AgreementCompliance> {
  const basis = await collectEvaluation(ctx, query, clock);
  const dates = basis.tenantRow
    ? { pilotStart: basis.tenantRow.pilotStart, liveStart: basis.tenantRow.liveStart, endedOn: basis.tenantRow.endedOn }
    : { pilotStart: basis.since, liveStart: null, endedOn: null };
  const months = basis.months.map((m) => period(m, monthLabel(m), phaseOf(m, dates), basis.perMonth.get(m)!, basis.targets));
  const phaseSums = new Map<string, { label: string; first: string; last: string; counts: EvaluationCounts }>();
  const total = emptyEvaluationCounts();
  for (const m of basis.months) {
    const ph = phaseOf(m, dates);
    const entry = phaseSums.get(ph.key) ?? { label: ph.label, first: m, last: m, counts: emptyEvaluationCounts() };
    entry.last = m;
    addEvaluationCounts(entry.counts, basis.perMonth.get(m)!);
    addEvaluationCounts(total, basis.perMonth.get(m)!);
    phaseSums.set(ph.key, entry);
  }
  const range = (a: string, b: string) => (a === b ? monthLabel(a) : `${monthLabel(a)} – ${monthLabel(b)}`);
  const first = basis.months[0];
  const last = basis.months.at(-1);
  return {
    tenant: basis.tenant.ags,
    tenantName: basis.tenant.name,
    since: basis.since,
    agreement: {
      reference: basis.agreement?.reference ?? null,
      signedOn: basis.agreement?.signedOn ?? null,
      termStart: basis.agreement?.termStart ?? null,
      termEnd: basis.agreement?.termEnd ?? null,
      serviceHours: serviceHoursText(basis.agreement?.serviceHours),
    },
    targets: basis.targets,
    months,
    phases: [...phaseSums.entries()].map(([key, p]) =>
      period(key, `${p.label} (${range(p.first, p.last)})`, { key, label: p.label }, p.counts, basis.targets),
    ),
    total: period(
      'total',
      first && last ? `Gesamt (${range(first, last)})` : 'Gesamt',
      { key: 'total', label: 'Gesamt' },
      total,
      basis.targets,
    ),
  };
}
