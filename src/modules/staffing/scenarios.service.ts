/**
 * Saved what-if scenarios: named, center-wide, versioned (optimistic locking), every change audited in its
 * transaction. A stored request is validated again when read, so a scenario saved before a rule changed
 * still answers with a clear 400 rather than a wrong plan.
 */
import { recordAudit } from '../../platform/audit/audit.service.js';
import type { UseCaseContext } from '../../platform/context.js';
import { inActorScope } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import * as repo from './scenarios.repository.js';
import { type Scenario, type ScenarioInput, type ScenarioUpdate, whatIfRequestSchema } from './staffing.contract.js';
import { requireStaffingRole } from './staffing.service.js';

/** Scenarios plan the whole center: staff bound to one municipality neither see nor change them. */
function requireCenterStaff(ctx: UseCaseContext): void {
  requireStaffingRole(ctx);
  if (ctx.actor.tenantId !== null) throw new AppError('FORBIDDEN', 'Szenarien plant das DialogCenter für alle Kommunen.');
}

const stale = () => new AppError('CONFLICT', 'Das Szenario wurde inzwischen geändert oder gelöscht. Bitte neu laden.');

function present(row: repo.ScenarioRow): Scenario {
  const request = whatIfRequestSchema.safeParse(row.request);
  if (!request.success)
    throw new AppError('VALIDATION_FAILED', `Das gespeicherte Szenario „${row.name}“ passt nicht mehr zu den Regeln; bitte neu anlegen.`);
  return {
    id: row.id,
    name: row.name,
    request: request.data,
    savedAt: row.savedAt.toISOString(),
    savedBy: row.createdByName,
    version: row.version,
  };
}

async function requireUniqueName(tx: Parameters<typeof repo.findScenarioByName>[0], name: string, ownId?: string) {
  const same = await repo.findScenarioByName(tx, name);
  if (same && same.id !== ownId) throw new AppError('CONFLICT', `Ein Szenario „${same.name}“ gibt es schon.`);
}

export function listScenarios(ctx: UseCaseContext): Promise<Scenario[]> {
  requireCenterStaff(ctx);
  return inActorScope(ctx, async (tx) => (await repo.listScenarioRows(tx)).map(present));
}

export function getScenario(ctx: UseCaseContext, id: string): Promise<Scenario> {
  requireCenterStaff(ctx);
  return inActorScope(ctx, async (tx) => {
    const row = await repo.findScenarioRow(tx, id);
    if (!row) throw notFound('Das Szenario');
    return present(row);
  });
}

export function saveScenario(ctx: UseCaseContext, input: ScenarioInput): Promise<Scenario> {
  requireCenterStaff(ctx);
  return inActorScope(ctx, async (tx) => {
    await requireUniqueName(tx, input.name);
    const row = await repo.insertScenario(tx, {
      name: input.name,
      request: input.request,
      createdBy: ctx.actor.userId,
      createdByName: ctx.actor.username,
      savedAt: ctx.clock.now(),
    });
    await recordAudit(tx, ctx.actor, {
      action: 'staffing.scenario.created',
      entityType: 'staffing_scenario',
      entityId: row.id,
      details: { name: input.name, request: input.request },
    });
    return present(row);
  });
}

export function updateScenario(ctx: UseCaseContext, id: string, input: ScenarioUpdate): Promise<Scenario> {
  requireCenterStaff(ctx);
  return inActorScope(ctx, async (tx) => {
    const before = await repo.findScenarioRow(tx, id);
    if (!before) throw notFound('Das Szenario');
    await requireUniqueName(tx, input.name, id);
    const row = await repo.updateScenario(tx, id, input.version, { name: input.name, request: input.request, savedAt: ctx.clock.now() });
    if (!row) throw stale();
    await recordAudit(tx, ctx.actor, {
      action: 'staffing.scenario.updated',
      entityType: 'staffing_scenario',
      entityId: id,
      details: { name: input.name, before: { name: before.name, request: before.request }, request: input.request },
    });
    return present(row);
  });
}

export function deleteScenario(ctx: UseCaseContext, id: string, version: number): Promise<void> {
  requireCenterStaff(ctx);
  return inActorScope(ctx, async (tx) => {
    const before = await repo.findScenarioRow(tx, id);
    if (!before) throw notFound('Das Szenario');
    if (!(await repo.deleteScenario(tx, id, version))) throw stale();
    await recordAudit(tx, ctx.actor, {
      action: 'staffing.scenario.deleted',
      entityType: 'staffing_scenario',
      entityId: id,
      details: { name: before.name, request: before.request },
    });
  });
}
