import { requireRole } from '../../platform/auth/actor.js';
import { lowerSaxonyHolidays } from '../../platform/calendar/lower-saxony-holidays.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { onlyTenants, type Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/http/app-error.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { systemActor } from '../../platform/auth/actor.js';
import { isoWeekday } from '../../platform/time/berlin-time.js';
import type { Clock } from '../../platform/time/clock.js';
import { berlinYmd } from '../contacts/index.js';
import { listCoordinatorEmailsInTx, listTenants } from '../tenancy/index.js';
import { getAgreementCompliance } from './agreement-compliance.service.js';
import { assertCanReadReports, getCallReport } from './call-report.service.js';
import { toPdf } from './export/pdf.js';
import type { ReportTable } from './export/table.js';
import * as repo from './monthly-report.repository.js';
import { lastDayOfMonth } from './periods.js';
import { getPilotEvaluation, monthLabel } from './pilot-evaluation.service.js';

const isWorkingDay = (date: string) => isoWeekday(date) <= 5 && !lowerSaxonyHolidays(Number(date.slice(0, 4))).has(date);

/** The first working day (Mon–Fri, no Lower Saxony holiday) of a month. */
export function firstWorkingDay(month: string): string {
  for (let d = 1; ; d++) {
    const date = `${month}-${String(d).padStart(2, '0')}`;
    if (isWorkingDay(date)) return date;
  }
}

export const previousMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/** The PDF of one tenant's month: the checks with their numbers, calls per day as bars, the summary. */
async function monthlyPdf(ctx: UseCaseContext, clock: Clock, ags: string, month: string) {
  const pilot = await getPilotEvaluation(ctx, { tenant: ags, from: month, to: month }, clock);
  const compliance = await getAgreementCompliance(ctx, { tenant: ags, from: month, to: month }, clock);
  const days = await getCallReport(ctx, { from: `${month}-01`, to: lastDayOfMonth(month), tenant: ags, groupBy: 'day' });
  const m = pilot.months[0]!;
  const c = compliance.months[0]!;
  const table: ReportTable = {
    fileName: `monatsbericht-${ags}-${month}`,
    title: `Monatsbericht ${pilot.tenantName}, ${monthLabel(month)}`,
    subtitle: [
      `${c.phaseLabel}; Servicezeiten ${compliance.agreement.serviceHours}. ${m.offered.toLocaleString('de-DE')} Anrufe angeboten, davon ${m.offeredOutsideHours.toLocaleString('de-DE')} außerhalb der Servicezeiten.`,
      'Definitionen: docs/metrics.md. Ampel: erreicht, knapp verfehlt (bis 5 Punkte, Zeiten 20 %), verfehlt.',
    ],
    columns: [
      { key: 'label', header: 'Kennzahl', kind: 'text' },
      { key: 'basis', header: 'Grundlage', kind: 'text' },
      { key: 'target', header: 'Ziel', kind: 'text' },
      { key: 'value', header: 'Ist', kind: 'text' },
      { key: 'numbers', header: 'Zähler / Nenner', kind: 'text' },
      { key: 'verdict', header: 'Ergebnis', kind: 'text' },
    ],
    rows: m.checks.map((k) => {
      const fmt = (v: number | null) =>
        v === null ? '–' : k.unit === 'rate' ? `${(v * 100).toLocaleString('de-DE', { maximumFractionDigits: 1 })} %` : `${v} s`;
      return {
        label: k.label,
        basis: k.basis === 'agreement' ? 'Servicevereinbarung' : 'Ausgangswert Ratsbeschluss',
        target: fmt(k.target),
        value: fmt(k.value),
        numbers: k.numerator === null ? '–' : `${k.numerator.toLocaleString('de-DE')} / ${(k.denominator ?? 0).toLocaleString('de-DE')}`,
        verdict:
          k.light === 'none' ? 'ohne Messwert' : k.light === 'green' ? 'erreicht' : k.light === 'amber' ? 'knapp verfehlt' : 'verfehlt',
      };
    }),
    chart: {
      title: 'Angebotene und angenommene Anrufe je Tag',
      labelKey: 'label',
      series: [
        { key: 'offered', name: 'Angeboten' },
        { key: 'answered', name: 'Angenommen' },
      ],
      rows: days.rows.map((r) => ({ label: r.key.slice(8), offered: r.offered, answered: r.answered })),
    },
    notes: [m.summary, ...c.promises.map((p) => `${p.label}: ${p.text}`)],
  };
  return { pdf: await toPdf(table), summary: m.summary, fileName: `${table.fileName}.pdf` };
}

export interface MonthlyRunResult {
  today: string;
  month: string;
  /** false: not yet the first working day of the month. */
  due: boolean;
  created: { tenant: string; mailedTo: number }[];
  existing: number;
}

/**
 * The monthly report job: on (or after, if the server was down) the first working day
 * of a month, for every tenant in pilot or live operation, the previous month's report
 * is made once (PDF with the checks and the daily calls), kept for download and mailed
 * through the outbox to the tenant's coordinators, in one transaction per tenant.
 * Idempotent: a tenant's month that exists is skipped.
 */
export async function runMonthlyReports(
  database: Database,
  clock: Clock,
  options: { month?: string /** Only these AGS (tests, a single tenant by hand). */; tenants?: string[] } = {},
): Promise<MonthlyRunResult> {
  const today = berlinYmd(clock.now());
  const month = options.month ?? previousMonth(today.slice(0, 7));
  const due = options.month !== undefined || today >= firstWorkingDay(today.slice(0, 7));
  const result: MonthlyRunResult = { today, month, due, created: [], existing: 0 };
  if (!due) return result;
  const ctx: UseCaseContext = { database, clock, actor: systemActor('monthly-report') };
  const tenants = (await listTenants(ctx)).filter((t) => {
    const start = (t.pilotStart ?? t.liveStart)?.slice(0, 7);
    if (options.tenants && !options.tenants.includes(t.ags)) return false;
    return (t.lifecycle === 'pilot' || t.lifecycle === 'live') && start !== undefined && start <= month;
  });
  for (const t of tenants) {
    const exists = await database.scoped(onlyTenants(t.id), (tx) => repo.findMonthlyReport(tx, t.id, month));
    if (exists) {
      result.existing++;
      continue;
    }
    const { pdf, summary, fileName } = await monthlyPdf(ctx, clock, t.ags, month);
    const created = await database.scoped(onlyTenants(t.id), async (tx) => {
      const to = await listCoordinatorEmailsInTx(tx, t.id);
      const row = await repo.insertMonthlyReport(tx, {
        tenantId: t.id,
        month,
        summary,
        pdfBase64: pdf.toString('base64'),
        mailedTo: to,
        madeAt: clock.now(),
      });
      if (!row) return null;
      await enqueueMail(tx, {
        notBefore: clock.now(),
        tenantId: t.id,
        purpose: 'report.monthly',
        refId: row.id,
        to,
        subject: `DialogCenter: Monatsbericht ${monthLabel(month)} – ${t.name}`,
        text: `Guten Tag,\n\nanbei der Monatsbericht des DialogCenters für ${t.name}, ${monthLabel(month)}.\n\n${summary}\n\nDer Bericht steht auch unter „Berichte“ zum Herunterladen bereit.\n\nDialogCenter der Landeshauptstadt Hannover`,
        attachments: [{ filename: fileName, contentType: 'application/pdf', content: pdf.toString('base64'), encoding: 'base64' }],
      });
      return { tenant: t.ags, mailedTo: to.length };
    });
    if (created) result.created.push(created);
    else result.existing++;
  }
  return result;
}

/** The kept monthly reports the reader may see (supervisors, admins: all; tenant-bound readers: their own). */
export async function listMonthlyReportsFor(ctx: UseCaseContext) {
  assertCanReadReports(ctx);
  const tenants = new Map((await listTenants({ ...ctx, actor: { ...ctx.actor, tenantId: null } })).map((t) => [t.id, t]));
  const rows = await inActorScope(ctx, (tx) => repo.listMonthlyReports(tx, ctx.actor.tenantId ? [ctx.actor.tenantId] : null));
  return rows.map((r) => ({
    id: r.id,
    tenant: tenants.get(r.tenantId)?.ags ?? '',
    tenantName: tenants.get(r.tenantId)?.name ?? '',
    month: r.month,
    label: monthLabel(r.month),
    summary: r.summary,
    mailedTo: r.mailedTo.length,
    madeAt: r.madeAt.toISOString(),
  }));
}

export async function getMonthlyReportPdf(ctx: UseCaseContext, id: string) {
  assertCanReadReports(ctx);
  const row = await inActorScope(ctx, (tx) => repo.findMonthlyReportById(tx, id));
  if (!row || (ctx.actor.tenantId && row.tenantId !== ctx.actor.tenantId)) throw notFound('Der Monatsbericht');
  return { pdf: Buffer.from(row.pdfBase64, 'base64'), fileName: `monatsbericht-${row.month}.pdf` };
}

/** Admins make the reports of a month by hand (e.g. after correcting data; existing ones stay). */
export async function runMonthlyReportsByHand(ctx: UseCaseContext, month: string) {
  requireRole(ctx.actor, 'admin');
  return runMonthlyReports(ctx.database, ctx.clock, { month });
}
