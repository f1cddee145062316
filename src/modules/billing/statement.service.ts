/**
 * Statements per tenant and the center's preview for a month or quarter (decision record 0101):
 * the cost plan's cents of each month, allocated by each tenant's key on the figures from the
 * reporting rollups (handled contacts = answered calls, talk time), summed over the period's months.
 */
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/app-error.js';
import { readIntervalRollupsInTx, berlinDayStart } from '../reporting/index.js';
import { findAgreementInTx, listTenantsInTx, type Agreement, type Tenant } from '../tenancy/index.js';
import type { Preview, Statement } from './billing.contract.js';
import { requireBillingStaff } from './billing.policy.js';
import * as repo from './billing.repository.js';
import { addMonths, monthsOfPeriod, periodLabel } from './billing-periods.js';
import { allocateMonth, type Participant } from './allocation.js';
import { monthlyAmounts } from './cost-plan.js';
import { toCostItem } from './cost-plan.service.js';
import { keyForMonth } from './participation.js';

export interface PeriodComputation {
  preview: Preview;
  tenants: Map<string, { tenant: Tenant; agreement: Agreement | undefined }>;
}

/** The month's figures of one tenant from the rollups (Berlin month). */
async function figuresOf(tx: Tx, tenantId: string, month: string) {
  const rows = await readIntervalRollupsInTx(tx, {
    tenant: tenantId,
    from: berlinDayStart(`${month}-01`),
    to: berlinDayStart(`${addMonths(month, 1)}-01`),
    interval: 60,
  });
  let contacts = 0;
  let talkSeconds = 0;
  for (const r of rows) {
    contacts += r.counts.answered;
    talkSeconds += r.counts.talkSeconds;
  }
  return { contacts, talkSeconds };
}

export function missingBillingData(tenant: Tenant, agreement: Agreement | undefined): string[] {
  if (!agreement) return ['Servicevereinbarung'];
  const missing: string[] = [];
  if (!agreement.leitwegId) missing.push('Leitweg-ID');
  if (!agreement.billingStreet || !agreement.billingPostalCode || !agreement.billingCity) missing.push('Rechnungsanschrift');
  if (!agreement.billingContactEmail) missing.push('E-Mail der Rechnungskontaktperson');
  if (tenant.isHost) missing.push('(Träger: keine Rechnung an sich selbst)');
  return missing;
}

/** Everything of a period in one transaction (scope: all tenants; billing staff only call it). */
export async function computePeriodInTx(tx: Tx, period: string): Promise<PeriodComputation> {
  const months = monthsOfPeriod(period);
  const tenants = await listTenantsInTx(tx);
  const info = new Map<string, { tenant: Tenant; agreement: Agreement | undefined }>();
  for (const tenant of tenants) info.set(tenant.id, { tenant, agreement: await findAgreementInTx(tx, tenant.id) });
  const keys = await repo.listKeyVersions(tx);
  const region = tenants.find((t) => t.kind === 'region');

  const itemTotals = new Map<string, Preview['items'][number]>();
  const perTenant: PerTenant = new Map();
  const fixedScaledDownMonths: string[] = [];
  let planYear: number | null = null;

  for (const month of months) {
    const year = Number(month.slice(0, 4));
    const plan = await repo.findPlanByYear(tx, year);
    if (!plan) continue;
    planYear = year;
    const rows = await repo.listItems(tx, plan.id);
    const m = Number(month.slice(5, 7)) - 1;
    const amounts = rows.map((row) => ({ row, cents: monthlyAmounts(toCostItem(row), year)[m]! }));
    for (const { row, cents } of amounts) {
      const entry = itemTotals.get(row.id) ?? {
        costItemId: row.id,
        name: row.name,
        category: row.category,
        bearer: row.bearer,
        cents: 0,
        toTenantsCents: 0,
        hostCents: 0,
        regionCents: 0,
      };
      entry.cents += Number(cents);
      if (row.bearer === 'host') entry.hostCents += Number(cents);
      if (row.bearer === 'region') {
        // The Region's contribution is charged to the Region tenant; without one it stays with the host.
        if (region) {
          entry.regionCents += Number(cents);
          addLine(perTenant, region.id, row.id, Number(cents));
        } else entry.hostCents += Number(cents);
      }
      itemTotals.set(row.id, entry);
    }

    const participants: Participant[] = [];
    for (const { tenant, agreement } of info.values()) {
      if (!agreement) continue;
      const versions = keys.filter((k) => k.tenantId === tenant.id).map((k) => ({ ...k, kind: k.kind }));
      const key = keyForMonth(month, { start: agreement.termStart, end: agreement.termEnd }, versions);
      if (!key) continue;
      participants.push({ tenantId: tenant.id, ags: tenant.ags, isHost: tenant.isHost, key, ...(await figuresOf(tx, tenant.id, month)) });
    }
    const pool = amounts.filter((a) => a.row.bearer === 'participants').map((a) => ({ id: a.row.id, cents: a.cents }));
    const result = allocateMonth(pool, participants);
    if (result.fixedScaledDown) fixedScaledDownMonths.push(month);
    for (const item of pool) {
      const entry = itemTotals.get(item.id)!;
      if (result.unallocatedCents > 0n) entry.hostCents += Number(item.cents);
      for (const t of result.tenants) {
        const c = Number(t.byItem.get(item.id) ?? 0n);
        if (t.isHost) entry.hostCents += c;
        else entry.toTenantsCents += c;
      }
    }
    for (const t of result.tenants) {
      const p = participants.find((x) => x.tenantId === t.tenantId)!;
      for (const [itemId, c] of t.byItem) addLine(perTenant, t.tenantId, itemId, Number(c));
      entryOf(perTenant, t.tenantId).months.push({
        month,
        keyKind: t.keyKind,
        contacts: p.contacts,
        talkMinutes: Math.round(p.talkSeconds / 6) / 10,
        inhabitants: p.key!.inhabitants ?? null,
        inhabitantsAsOf: p.key!.inhabitantsAsOf ?? null,
        basis: t.basis,
        fixedCents: Number(t.fixedCents),
        variableCents: Number(t.variableCents),
        totalCents: Number(t.totalCents),
      });
    }
  }

  const items = [...itemTotals.values()];
  const statements: Statement[] = [];
  for (const [tenantId, data] of perTenant) {
    const { tenant, agreement } = info.get(tenantId)!;
    const lines = [...data.lines.entries()]
      .map(([costItemId, cents]) => {
        const item = itemTotals.get(costItemId)!;
        return { costItemId, name: item.name, category: item.category, bearer: item.bearer, cents };
      })
      .filter((l) => l.cents > 0);
    statements.push({
      tenantId,
      tenantName: tenant.officialName,
      tenantAgs: tenant.ags,
      isHost: tenant.isHost,
      period,
      periodLabel: periodLabel(period),
      missingBillingData: missingBillingData(tenant, agreement),
      lines,
      months: data.months,
      totalCents: lines.reduce((a, l) => a + l.cents, 0),
    });
  }
  statements.sort((a, b) => (a.tenantAgs < b.tenantAgs ? -1 : 1));
  const totalCents = items.reduce((a, i) => a + i.cents, 0);
  const toTenantsCents = items.reduce((a, i) => a + i.toTenantsCents, 0);
  const hostCents = items.reduce((a, i) => a + i.hostCents, 0);
  const regionCents = items.reduce((a, i) => a + i.regionCents, 0);
  return {
    tenants: info,
    preview: {
      period,
      periodLabel: periodLabel(period),
      planYear,
      items,
      totalCents,
      toTenantsCents,
      hostCents,
      regionCents,
      differenceCents: totalCents - toTenantsCents - hostCents - regionCents,
      fixedScaledDownMonths,
      statements,
    },
  };
}

type PerTenant = Map<string, { lines: Map<string, number>; months: Statement['months'] }>;

function entryOf(perTenant: PerTenant, tenantId: string) {
  let entry = perTenant.get(tenantId);
  if (!entry) {
    entry = { lines: new Map(), months: [] };
    perTenant.set(tenantId, entry);
  }
  return entry;
}

function addLine(perTenant: PerTenant, tenantId: string, itemId: string, cents: number) {
  const entry = entryOf(perTenant, tenantId);
  entry.lines.set(itemId, (entry.lines.get(itemId) ?? 0) + cents);
}

/** The center's preview: every cent of the period and where it goes, with each tenant's statement. */
export function previewPeriod(ctx: UseCaseContext, period: string): Promise<Preview> {
  requireBillingStaff(ctx.actor);
  return inActorScope(ctx, async (tx) => (await computePeriodInTx(tx, period)).preview);
}

export function getStatement(ctx: UseCaseContext, period: string, tenantId: string): Promise<Statement> {
  requireBillingStaff(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const { preview } = await computePeriodInTx(tx, period);
    const statement = preview.statements.find((s) => s.tenantId === tenantId);
    if (!statement) throw new AppError('NOT_FOUND', 'Für diesen Mandanten gibt es in diesem Zeitraum keine Abrechnung.');
    return statement;
  });
}
