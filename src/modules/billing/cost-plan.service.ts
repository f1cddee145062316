/** Cost plan, allocation keys and the seller's data: the billing staff's master data (use cases). */
import { recordAudit, diffFields } from '../../platform/audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { findTenantInTx } from '../tenancy/index.js';
import type { CostItemInput, KeyVersionInput, SettingsInput } from './billing.contract.js';
import { requireBillingStaff } from './billing.policy.js';
import * as repo from './billing.repository.js';
import { monthlyAmounts, type CostItem } from './cost-plan.js';

const staleWrite = () => new AppError('CONFLICT', 'Der Kostenplan wurde inzwischen geändert. Bitte neu laden.');

export const toCostItem = (row: repo.CostItemRow): CostItem => ({
  id: row.id,
  name: row.name,
  category: row.category,
  bearer: row.bearer,
  changes: row.changes,
  oneOffAmountCents: row.oneOffAmountCents,
  bookedOn: row.bookedOn,
});

export function presentPlan(plan: repo.CostPlanRow, rows: repo.CostItemRow[]) {
  const items = rows.map((row) => {
    const months = monthlyAmounts(toCostItem(row), plan.year).map(Number);
    return {
      id: row.id,
      name: row.name,
      category: row.category,
      bearer: row.bearer,
      changes: row.changes,
      oneOffAmountCents: row.oneOffAmountCents,
      bookedOn: row.bookedOn,
      note: row.note,
      position: row.position,
      monthlyCents: months,
      yearCents: months.reduce((a, b) => a + b, 0),
    };
  });
  const by = (bearer: string) => items.filter((i) => i.bearer === bearer).reduce((a, i) => a + i.yearCents, 0);
  return {
    id: plan.id,
    year: plan.year,
    title: plan.title,
    notes: plan.notes,
    version: plan.version,
    items,
    totals: {
      yearCents: items.reduce((a, i) => a + i.yearCents, 0),
      participantsCents: by('participants'),
      regionCents: by('region'),
      hostCents: by('host'),
    },
  };
}

export function getCostPlan(ctx: UseCaseContext, year: number) {
  requireBillingStaff(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const plan = await repo.findPlanByYear(tx, year);
    if (!plan) throw notFound(`Der Kostenplan ${year}`);
    return presentPlan(plan, await repo.listItems(tx, plan.id));
  });
}

export function listCostPlanYears(ctx: UseCaseContext) {
  requireBillingStaff(ctx.actor);
  return inActorScope(ctx, async (tx) => (await repo.listPlans(tx)).map((p) => ({ year: p.year, title: p.title })));
}

export function createCostPlan(ctx: UseCaseContext, year: number, input: { title: string; notes: string | null }) {
  requireBillingStaff(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    if (await repo.findPlanByYear(tx, year)) throw new AppError('CONFLICT', `Für ${year} gibt es schon einen Kostenplan.`);
    const plan = await repo.insertPlan(tx, { year, title: input.title, notes: input.notes });
    await recordAudit(tx, ctx.actor, {
      action: 'billing.cost_plan.created',
      entityType: 'billing_cost_plan',
      entityId: plan.id,
      details: { year },
    });
    return presentPlan(plan, []);
  });
}

function checkItemYear(year: number, input: CostItemInput) {
  const outside = input.changes.find((c) => c.from > `${year}-12-31`);
  if (outside)
    throw new AppError('VALIDATION_FAILED', undefined, {
      issues: [{ field: 'changes', message: `Änderungen müssen spätestens am 31.12.${year} gelten.` }],
    });
  if (input.bookedOn && !input.bookedOn.startsWith(`${year}-`))
    throw new AppError('VALIDATION_FAILED', undefined, {
      issues: [{ field: 'bookedOn', message: `Das Buchungsdatum muss im Jahr ${year} liegen.` }],
    });
}

const itemValues = (input: CostItemInput) => {
  const recurring = input.category === 'personnel' || input.category === 'material';
  return {
    name: input.name,
    category: input.category,
    bearer: input.bearer,
    changes: recurring ? [...input.changes].sort((a, b) => (a.from < b.from ? -1 : 1)) : [],
    oneOffAmountCents: recurring ? null : input.oneOffAmountCents,
    bookedOn: recurring ? null : input.bookedOn,
    note: input.note || null,
    position: input.position,
  };
};

async function planOf(tx: Tx, year: number) {
  const plan = await repo.findPlanByYear(tx, year);
  if (!plan) throw notFound(`Der Kostenplan ${year}`);
  return plan;
}

export function addCostItem(ctx: UseCaseContext, year: number, input: CostItemInput) {
  requireBillingStaff(ctx.actor);
  checkItemYear(year, input);
  return inActorScope(ctx, async (tx) => {
    const plan = await planOf(tx, year);
    const item = await repo.insertItem(tx, { planId: plan.id, ...itemValues(input) });
    if (!(await repo.touchPlan(tx, plan.id, plan.version))) throw staleWrite();
    await recordAudit(tx, ctx.actor, {
      action: 'billing.cost_item.created',
      entityType: 'billing_cost_item',
      entityId: item.id,
      details: { year, ...itemValues(input) },
    });
    return presentPlan((await repo.findPlanByYear(tx, year))!, await repo.listItems(tx, plan.id));
  });
}

export function updateCostItem(ctx: UseCaseContext, year: number, itemId: string, input: CostItemInput) {
  requireBillingStaff(ctx.actor);
  checkItemYear(year, input);
  return inActorScope(ctx, async (tx) => {
    const plan = await planOf(tx, year);
    const before = await repo.findItem(tx, plan.id, itemId);
    if (!before) throw notFound('Die Kostenposition');
    const after = await repo.updateItem(tx, itemId, itemValues(input));
    await repo.touchPlan(tx, plan.id, plan.version);
    await recordAudit(tx, ctx.actor, {
      action: 'billing.cost_item.updated',
      entityType: 'billing_cost_item',
      entityId: itemId,
      details: { year, changes: diffFields(before, after!) },
    });
    return presentPlan((await repo.findPlanByYear(tx, year))!, await repo.listItems(tx, plan.id));
  });
}

export function deleteCostItem(ctx: UseCaseContext, year: number, itemId: string) {
  requireBillingStaff(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const plan = await planOf(tx, year);
    const before = await repo.findItem(tx, plan.id, itemId);
    if (!before) throw notFound('Die Kostenposition');
    await repo.deleteItem(tx, itemId);
    await repo.touchPlan(tx, plan.id, plan.version);
    await recordAudit(tx, ctx.actor, {
      action: 'billing.cost_item.deleted',
      entityType: 'billing_cost_item',
      entityId: itemId,
      details: { year, name: before.name },
    });
    return presentPlan((await repo.findPlanByYear(tx, year))!, await repo.listItems(tx, plan.id));
  });
}

// Keys --------------------------------------------------------------------------------------------

const presentKey = (k: repo.KeyVersionRow) => ({
  id: k.id,
  tenantId: k.tenantId,
  effectiveFrom: k.effectiveFrom,
  kind: k.kind,
  monthlyCents: k.monthlyCents,
  inhabitants: k.inhabitants,
  inhabitantsAsOf: k.inhabitantsAsOf,
});

export function listKeyVersions(ctx: UseCaseContext) {
  requireBillingStaff(ctx.actor);
  return inActorScope(ctx, async (tx) => (await repo.listKeyVersions(tx)).map(presentKey));
}

export function addKeyVersion(ctx: UseCaseContext, input: KeyVersionInput) {
  requireBillingStaff(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    if (!(await findTenantInTx(tx, input.tenantId))) throw notFound('Der Mandant');
    const existing = (await repo.listKeyVersions(tx, [input.tenantId])).find((k) => k.effectiveFrom === input.effectiveFrom);
    if (existing)
      throw new AppError('CONFLICT', 'Ab diesem Tag gilt schon ein Schlüssel. Bitte ein anderes Datum wählen oder den alten löschen.');
    const row = await repo.insertKeyVersion(tx, {
      tenantId: input.tenantId,
      effectiveFrom: input.effectiveFrom,
      kind: input.kind,
      monthlyCents: input.kind === 'fixed' || input.kind === 'base_plus_variable' ? input.monthlyCents : null,
      inhabitants: input.kind === 'per_inhabitant' ? input.inhabitants : null,
      inhabitantsAsOf: input.kind === 'per_inhabitant' ? input.inhabitantsAsOf : null,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'billing.key.created',
      tenantId: input.tenantId,
      entityType: 'billing_key_version',
      entityId: row.id,
      details: presentKey(row),
    });
    return presentKey(row);
  });
}

export function deleteKeyVersion(ctx: UseCaseContext, id: string) {
  requireBillingStaff(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const row = await repo.findKeyVersion(tx, id);
    if (!row) throw notFound('Der Schlüssel');
    await repo.deleteKeyVersion(tx, id);
    await recordAudit(tx, ctx.actor, {
      action: 'billing.key.deleted',
      tenantId: row.tenantId,
      entityType: 'billing_key_version',
      entityId: id,
      details: presentKey(row),
    });
  });
}

// Seller data -------------------------------------------------------------------------------------

export function getBillingSettings(ctx: UseCaseContext) {
  requireBillingStaff(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const row = await repo.findSettings(tx);
    if (!row) throw notFound('Die Rechnungsstellerdaten');
    return row;
  });
}

export function saveBillingSettings(ctx: UseCaseContext, input: SettingsInput) {
  requireBillingStaff(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const { version, ...values } = input;
    const before = await repo.findSettings(tx);
    if (!before) {
      const row = await repo.insertSettings(tx, values);
      await recordAudit(tx, ctx.actor, { action: 'billing.settings.created', entityType: 'billing_settings', entityId: '1' });
      return row;
    }
    if (version === undefined)
      throw new AppError('VALIDATION_FAILED', undefined, {
        issues: [{ field: 'version', message: 'Bitte die gelesene Version mitsenden.' }],
      });
    const after = await repo.updateSettings(tx, version, values);
    if (!after) throw new AppError('CONFLICT', 'Die Rechnungsstellerdaten wurden inzwischen geändert. Bitte neu laden.');
    await recordAudit(tx, ctx.actor, {
      action: 'billing.settings.updated',
      entityType: 'billing_settings',
      entityId: '1',
      details: { changes: diffFields(before, after) },
    });
    return after;
  });
}
