import { requireRole } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { ALL_TENANTS, type Database, type Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/app-error.js';
import { StagedChanges } from '../../platform/realtime/change-bus.js';
import type { Clock } from '../../platform/time/clock.js';
import { clockOf } from './dispatch-clock.js';
import * as repo from './dispatch.repository.js';
import { findHostTenantId } from './tenant-lookup.js';
import type { IncidentView } from './incident-view.js';
import { categoryCatalogue } from './dispatch-rules.js';
import { deskRoles, stageDispatchChange } from './incidents.service.js';
import { loadUnits } from './units.service.js';

/** When an urgent (priority 1) incident still without a unit raises the alert. */
export function alertSinceOf(
  incident: Pick<IncidentView, 'priority' | 'status' | 'receivedAt'> & { reopenedAt?: Date | null },
  alertAfterMinutes: number,
): Date | null {
  if (incident.priority !== 1 || incident.status !== 'received') return null;
  const from = incident.reopenedAt ?? incident.receivedAt;
  return new Date(from.getTime() + alertAfterMinutes * 60_000);
}

/**
 * The board: open incidents by priority then age (with their alert), units,
 * the latest shift log. A small payload (decision 0093): only what the board shows,
 * no description and no caller numbers (those are the audited detail read), so one
 * snapshot can be pushed to every dispatcher. Five short queries, none over closed incidents.
 */
export async function computeBoard(tx: Tx, now: Date, alertAfterMinutes: number) {
  const rows = await repo.listBoardIncidents(tx, 1000);
  const active = await repo.listActiveAssignments(tx);
  const unitsOf = new Map<string, { unitId: string; callSign: string; statusCode: number }[]>();
  for (const a of active) {
    const list = unitsOf.get(a.incidentId) ?? [];
    list.push({ unitId: a.unitId, callSign: a.callSign, statusCode: a.statusCode });
    unitsOf.set(a.incidentId, list);
  }
  const incidents = rows.map((r) => {
    const alertSince = alertSinceOf(r, alertAfterMinutes);
    return {
      id: r.id,
      number: r.number,
      tenantId: r.tenantId,
      category: r.category,
      categoryLabel: categoryCatalogue[r.category]?.label ?? r.category,
      priority: r.priority,
      status: r.status,
      location: {
        label: r.locationLabel,
        lat: r.lat,
        lon: r.lon,
        district: r.district,
        municipality: r.municipality,
        isApproximate: r.isLocationApproximate,
      },
      receivedAt: r.receivedAt,
      assignedAt: r.assignedAt,
      onSceneAt: r.onSceneAt,
      reopenCount: r.reopenCount,
      units: unitsOf.get(r.id) ?? [],
      alertSince,
      isAlerting: alertSince !== null && alertSince <= now,
    };
  });
  const shiftLog = (await repo.listShiftLog(tx, 30)).map((l) => ({
    id: l.id,
    at: l.at,
    kind: l.kind,
    text: l.text,
    actorName: l.actorName,
  }));
  return { generatedAt: now, alertAfterMinutes, incidents, units: await loadUnits(tx, active), shiftLog };
}
export type Board = Awaited<ReturnType<typeof computeBoard>>;

export async function getBoard(ctx: UseCaseContext, alertAfterMinutes: number) {
  requireRole(ctx.actor, ...deskRoles);
  return inActorScope(ctx, (tx) => computeBoard(tx, clockOf(ctx).now(), alertAfterMinutes));
}

/** For the board hub: the same snapshot outside a request (center-wide scope, like the desk's staff). */
export const computeBoardSnapshot = (database: Database, clock: Clock, alertAfterMinutes: number) =>
  database.scoped(ALL_TENANTS, (tx) => computeBoard(tx, clock.now(), alertAfterMinutes));

export async function addShiftLogEntry(ctx: UseCaseContext, input: { kind: 'note' | 'handover'; text: string }) {
  requireRole(ctx.actor, ...deskRoles);
  const now = clockOf(ctx).now();
  const changes = new StagedChanges(ctx.database);
  const entry = await inActorScope(ctx, async (tx) => {
    const tenantId = await findHostTenantId(tx);
    if (!tenantId) throw new AppError('INTERNAL', 'Kein Hauptmandant eingerichtet.');
    const row = await repo.insertShiftLog(tx, {
      tenantId,
      at: now,
      kind: input.kind,
      text: input.text,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'dispatch.shift_log.added',
      tenantId,
      entityType: 'dispatch_shift_log',
      entityId: row.id,
      details: { kind: input.kind },
    });
    await stageDispatchChange(changes, tx, [tenantId]);
    return { id: row.id, at: row.at, kind: row.kind, text: row.text, actorName: row.actorName };
  });
  changes.flush();
  return entry;
}
