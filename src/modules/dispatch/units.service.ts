import { createHash, randomBytes } from 'node:crypto';
import { requireRole, type Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { ALL_TENANTS, type Tx } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { StagedChanges } from '../../platform/realtime/change-bus.js';
import type { Clock } from '../../platform/time/clock.js';
import { clockOf } from './dispatch-clock.js';
import { effectOfUnitStatus, isAtLeast, isFreeStatus, isOpenStatus, unitStatusLabels } from './dispatch-rules.js';
import * as repo from './dispatch.repository.js';
import type { UnitStatusCode } from './dispatch.schema.js';
import { distanceMeters } from './geo/region-geo.js';
import { presentIncident } from './incident-view.js';
import { deskRoles, logIncident, stageDispatchChange } from './incidents.service.js';

const badRequest = (message: string, field?: string) =>
  new AppError('VALIDATION_FAILED', message, field ? { issues: [{ field, message }] } : undefined);

export function presentUnit(
  u: repo.UnitRow,
  members: { unitId: string; id: string; name: string }[],
  active: { unitId: string; incidentId: string; number: string }[],
) {
  const current = active.find((a) => a.unitId === u.id);
  return {
    id: u.id,
    callSign: u.callSign,
    mobility: u.mobility,
    vehicle: u.vehicle,
    statusCode: u.statusCode,
    statusLabel: unitStatusLabels[u.statusCode as UnitStatusCode] ?? String(u.statusCode),
    statusAt: u.statusAt,
    position: u.lat !== null && u.lon !== null ? { lat: u.lat, lon: u.lon, source: u.positionSource, at: u.positionAt } : null,
    shiftLabel: u.shiftLabel,
    shiftStartsAt: u.shiftStartsAt,
    shiftEndsAt: u.shiftEndsAt,
    members: members.filter((m) => m.unitId === u.id).map((m) => ({ id: m.id, name: m.name })),
    incident: current ? { id: current.incidentId, number: current.number } : null,
  };
}
export type UnitView = ReturnType<typeof presentUnit>;

export async function loadUnits(tx: Tx, preloadedActive?: Awaited<ReturnType<typeof repo.listActiveAssignments>>) {
  const [units, members] = [await repo.listUnits(tx), await repo.listMembers(tx)];
  const active = preloadedActive ?? (await repo.listActiveAssignments(tx));
  return units.map((u) => presentUnit(u, members, active));
}

export async function listUnits(ctx: UseCaseContext) {
  requireRole(ctx.actor, ...deskRoles);
  return inActorScope(ctx, loadUnits);
}

/** Free units for an incident, nearest first by straight-line distance (roads are not considered). */
export async function suggestUnits(ctx: UseCaseContext, incidentId: string) {
  requireRole(ctx.actor, ...deskRoles);
  return inActorScope(ctx, async (tx) => {
    const incident = await repo.findIncident(tx, incidentId);
    if (!incident) throw notFound('Der Einsatz');
    const units = await loadUnits(tx);
    return units
      .filter((u) => isFreeStatus(u.statusCode) && !u.incident)
      .map((u) => ({
        unitId: u.id,
        callSign: u.callSign,
        statusCode: u.statusCode,
        distanceMeters: u.position ? distanceMeters(u.position, incident) : null,
      }))
      .sort((a, b) => (a.distanceMeters ?? Infinity) - (b.distanceMeters ?? Infinity) || a.callSign.localeCompare(b.callSign));
  });
}

/** Assigns one or more free units to an open incident. */
export async function assignUnits(ctx: UseCaseContext, incidentId: string, unitIds: string[]) {
  requireRole(ctx.actor, ...deskRoles);
  const now = clockOf(ctx).now();
  const changes = new StagedChanges(ctx.database);
  const view = await inActorScope(ctx, async (tx) => {
    const incident = await repo.findIncident(tx, incidentId, true);
    if (!incident) throw notFound('Der Einsatz');
    if (!isOpenStatus(incident.status))
      throw badRequest(`Der Einsatz ${incident.number} ist nicht mehr offen; bitte zuerst wieder öffnen.`, 'incidentId');
    for (const unitId of [...new Set(unitIds)]) {
      const unit = await repo.findUnit(tx, unitId, true);
      if (!unit?.isActive) throw badRequest('Diese Streife gibt es nicht.', 'unitIds');
      if (unit.statusCode === 6) throw badRequest(`${unit.callSign} ist nicht einsatzbereit (Status 6).`, 'unitIds');
      const active = await repo.findActiveAssignmentOfUnit(tx, unitId);
      if (active?.incidentId === incidentId) continue;
      if (active) throw badRequest(`${unit.callSign} ist bereits einem anderen Einsatz zugewiesen.`, 'unitIds');
      const distance = unit.lat !== null && unit.lon !== null ? distanceMeters({ lat: unit.lat, lon: unit.lon }, incident) : null;
      await repo.insertAssignment(tx, {
        tenantId: incident.tenantId,
        incidentId,
        unitId,
        assignedAt: now,
        assignedByName: ctx.actor.displayName,
        distanceMeters: distance,
      });
      await logIncident(
        tx,
        ctx.actor,
        incident,
        now,
        'assigned',
        `${unit.callSign} zugewiesen${distance !== null ? ` (Luftlinie ${formatDistance(distance)})` : ''}`,
        { unitId },
      );
      await recordAudit(tx, ctx.actor, {
        action: 'dispatch.unit.assigned',
        tenantId: incident.tenantId,
        entityType: 'dispatch_incident',
        entityId: incidentId,
        details: { unitId, callSign: unit.callSign },
      });
    }
    const updated = await repo.updateIncident(
      tx,
      incidentId,
      { status: isAtLeast(incident.status, 'assigned') ? incident.status : 'assigned', assignedAt: incident.assignedAt ?? now },
      now,
    );
    await stageDispatchChange(changes, tx, [incident.tenantId]);
    return presentIncident(updated, await repo.listAssignmentsOfIncidents(tx, [incidentId]));
  });
  changes.flush();
  return view;
}

/** Releases a unit from an incident without a status message (e.g. sent elsewhere). */
export async function releaseUnit(ctx: UseCaseContext, incidentId: string, unitId: string) {
  requireRole(ctx.actor, ...deskRoles);
  const now = clockOf(ctx).now();
  const changes = new StagedChanges(ctx.database);
  await inActorScope(ctx, async (tx) => {
    const incident = await repo.findIncident(tx, incidentId, true);
    const active = await repo.findActiveAssignmentOfUnit(tx, unitId);
    if (!incident || !active || active.incidentId !== incidentId) throw notFound('Die Zuweisung');
    const unit = (await repo.findUnit(tx, unitId))!;
    await releaseAssignment(tx, ctx.actor, incident, active, unit.callSign, now, 'von der Leitstelle gelöst');
    await recordAudit(tx, ctx.actor, {
      action: 'dispatch.unit.released',
      tenantId: incident.tenantId,
      entityType: 'dispatch_incident',
      entityId: incidentId,
      details: { unitId },
    });
    await stageDispatchChange(changes, tx, [incident.tenantId]);
  });
  changes.flush();
}

async function releaseAssignment(
  tx: Tx,
  actor: Actor,
  incident: repo.IncidentRow,
  assignment: repo.AssignmentRow,
  callSign: string,
  now: Date,
  why: string,
) {
  await repo.updateAssignment(tx, assignment.id, { releasedAt: now });
  await logIncident(tx, actor, incident, now, 'released', `${callSign} ${why}`, { unitId: assignment.unitId });
  if ((await repo.countActiveAssignments(tx, incident.id)) > 0) return;
  // The last unit left: done when it had been there, otherwise the incident needs a unit again.
  if (isAtLeast(incident.status, 'on_scene') && isOpenStatus(incident.status)) {
    await repo.updateIncident(tx, incident.id, { status: 'finished', finishedAt: incident.finishedAt ?? now }, now);
    await logIncident(tx, actor, incident, now, 'changed', 'Alle Streifen frei: Einsatz erledigt, bitte abschließen.');
  } else if (isOpenStatus(incident.status) && incident.status !== 'finished') {
    await repo.updateIncident(tx, incident.id, { status: 'received' }, now);
    await logIncident(tx, actor, incident, now, 'changed', 'Keine Streife mehr zugewiesen: Einsatz wieder offen.');
  }
}

/**
 * A unit's radio status (from the desk or the unit's own /streife page). It moves
 * the incident the unit is assigned to: 3 en route, 4 on scene, 1/2 afterwards done
 * there (released); codes that make no sense for the unit's situation are refused.
 */
export async function setUnitStatusInTx(
  tx: Tx,
  actor: Actor,
  unitId: string,
  code: UnitStatusCode,
  now: Date,
  source: 'dispatcher' | 'patrol',
  changes: StagedChanges,
) {
  const unit = await repo.findUnit(tx, unitId, true);
  if (!unit?.isActive) throw notFound('Die Streife');
  const assignment = await repo.findActiveAssignmentOfUnit(tx, unitId);
  const effect = effectOfUnitStatus(code, !!assignment);
  if (effect.kind === 'refuse') throw badRequest(effect.message, 'code');
  const incident = assignment ? await repo.findIncident(tx, assignment.incidentId, true) : undefined;
  const values: Partial<typeof import('./dispatch.schema.js').dispatchUnits.$inferInsert> = { statusCode: code, statusAt: now };
  if (incident && effect.kind === 'advance') {
    if (effect.to === 'en_route') {
      await repo.updateAssignment(tx, assignment!.id, {
        acknowledgedAt: assignment!.acknowledgedAt ?? now,
        enRouteAt: assignment!.enRouteAt ?? now,
      });
    } else {
      await repo.updateAssignment(tx, assignment!.id, {
        acknowledgedAt: assignment!.acknowledgedAt ?? now,
        onSceneAt: assignment!.onSceneAt ?? now,
      });
      Object.assign(values, { lat: incident.lat, lon: incident.lon, positionSource: 'incident', positionAt: now });
    }
    const next = isAtLeast(incident.status, effect.to) ? incident.status : effect.to;
    await repo.updateIncident(
      tx,
      incident.id,
      {
        status: next,
        acknowledgedAt: incident.acknowledgedAt ?? now,
        enRouteAt: incident.enRouteAt ?? (effect.to === 'en_route' ? now : null),
        onSceneAt: incident.onSceneAt ?? (effect.to === 'on_scene' ? now : null),
      },
      now,
    );
  }
  await repo.updateUnit(tx, unitId, values, now);
  await repo.insertUnitStatus(tx, {
    tenantId: unit.tenantId,
    unitId,
    statusCode: code,
    at: now,
    incidentId: incident?.id ?? null,
    source,
    actorName: actor.displayName,
  });
  if (incident) {
    await logIncident(
      tx,
      actor,
      incident,
      now,
      'unit_status',
      `${unit.callSign}: Status ${code} – ${unitStatusLabels[code]}${source === 'patrol' ? ' (von der Streife gemeldet)' : ''}`,
      { unitId, details: { code, source } },
    );
    if (effect.kind === 'release') {
      const fresh = (await repo.findIncident(tx, incident.id))!;
      await releaseAssignment(tx, actor, fresh, assignment!, unit.callSign, now, 'wieder frei');
    }
  }
  await recordAudit(tx, actor, {
    action: 'dispatch.unit.status',
    tenantId: unit.tenantId,
    entityType: 'dispatch_unit',
    entityId: unitId,
    details: { code, from: unit.statusCode, source, incidentId: incident?.id ?? null },
  });
  await stageDispatchChange(changes, tx, [unit.tenantId, ...(incident ? [incident.tenantId] : [])]);
}

export async function setUnitStatus(ctx: UseCaseContext, unitId: string, code: UnitStatusCode) {
  requireRole(ctx.actor, ...deskRoles);
  const now = clockOf(ctx).now();
  const changes = new StagedChanges(ctx.database);
  const unit = await inActorScope(ctx, async (tx) => {
    await setUnitStatusInTx(tx, ctx.actor, unitId, code, now, 'dispatcher', changes);
    return (await loadUnits(tx)).find((u) => u.id === unitId)!;
  });
  changes.flush();
  return unit;
}

/** The unit confirms it took the assignment (radio "verstanden" or the /streife page). */
export async function acknowledgeInTx(tx: Tx, actor: Actor, unitId: string, now: Date, changes: StagedChanges) {
  const assignment = await repo.findActiveAssignmentOfUnit(tx, unitId);
  if (!assignment) throw badRequest('Die Streife hat keinen Einsatz, der quittiert werden könnte.');
  const incident = (await repo.findIncident(tx, assignment.incidentId, true))!;
  const unit = (await repo.findUnit(tx, unitId))!;
  if (!assignment.acknowledgedAt) await repo.updateAssignment(tx, assignment.id, { acknowledgedAt: now });
  await repo.updateIncident(
    tx,
    incident.id,
    {
      status: isAtLeast(incident.status, 'acknowledged') ? incident.status : 'acknowledged',
      acknowledgedAt: incident.acknowledgedAt ?? now,
    },
    now,
  );
  await logIncident(tx, actor, incident, now, 'unit_status', `${unit.callSign} hat den Einsatz quittiert`, { unitId });
  await recordAudit(tx, actor, {
    action: 'dispatch.unit.acknowledged',
    tenantId: incident.tenantId,
    entityType: 'dispatch_incident',
    entityId: incident.id,
    details: { unitId },
  });
  await stageDispatchChange(changes, tx, [incident.tenantId]);
}

export async function acknowledgeAssignment(ctx: UseCaseContext, unitId: string) {
  requireRole(ctx.actor, ...deskRoles);
  const changes = new StagedChanges(ctx.database);
  await inActorScope(ctx, (tx) => acknowledgeInTx(tx, ctx.actor, unitId, clockOf(ctx).now(), changes));
  changes.flush();
}

/** The dispatcher sets where a unit is (radio report). */
export async function setUnitPosition(ctx: UseCaseContext, unitId: string, lat: number, lon: number) {
  requireRole(ctx.actor, ...deskRoles);
  const now = clockOf(ctx).now();
  const changes = new StagedChanges(ctx.database);
  await inActorScope(ctx, async (tx) => {
    const unit = await repo.findUnit(tx, unitId, true);
    if (!unit) throw notFound('Die Streife');
    await repo.updateUnit(tx, unitId, { lat, lon, positionSource: 'dispatcher', positionAt: now }, now);
    await recordAudit(tx, ctx.actor, {
      action: 'dispatch.unit.positioned',
      tenantId: unit.tenantId,
      entityType: 'dispatch_unit',
      entityId: unitId,
    });
    await stageDispatchChange(changes, tx, [unit.tenantId]);
  });
  changes.flush();
}

/** Shift start of a unit: members from the staff list, planned end; logged in the shift log. */
export async function startUnitShift(
  ctx: UseCaseContext,
  unitId: string,
  input: { shiftLabel: string; startsAt: Date; endsAt: Date; memberIds: string[] },
) {
  requireRole(ctx.actor, ...deskRoles);
  const now = clockOf(ctx).now();
  const changes = new StagedChanges(ctx.database);
  await inActorScope(ctx, async (tx) => {
    const unit = await repo.findUnit(tx, unitId, true);
    if (!unit) throw notFound('Die Streife');
    const staff = await repo.listStaff(tx);
    const unknown = input.memberIds.filter((id) => !staff.some((s) => s.id === id));
    if (unknown.length > 0) throw badRequest('Mindestens eine Person steht nicht in der Personalliste.', 'memberIds');
    await repo.replaceMembers(tx, unit.tenantId, unitId, input.memberIds);
    await repo.updateUnit(tx, unitId, { shiftLabel: input.shiftLabel, shiftStartsAt: input.startsAt, shiftEndsAt: input.endsAt }, now);
    const names = staff.filter((s) => input.memberIds.includes(s.id)).map((s) => s.name);
    await repo.insertShiftLog(tx, {
      tenantId: unit.tenantId,
      at: now,
      kind: 'shift_start',
      text: `${unit.callSign}: ${input.shiftLabel}${names.length ? ` mit ${names.join(', ')}` : ''}`,
      actorUserId: ctx.actor.userId,
      actorName: ctx.actor.displayName,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'dispatch.unit.shift_started',
      tenantId: unit.tenantId,
      entityType: 'dispatch_unit',
      entityId: unitId,
      details: { shiftLabel: input.shiftLabel, members: input.memberIds.length },
    });
    await stageDispatchChange(changes, tx, [unit.tenantId]);
  });
  changes.flush();
}

export async function listStaff(ctx: UseCaseContext) {
  requireRole(ctx.actor, ...deskRoles);
  return inActorScope(ctx, async (tx) => (await repo.listStaff(tx)).map((s) => ({ id: s.id, name: s.name, staffNumber: s.staffNumber })));
}

// The /streife page: a secret link per unit, issued by the desk for a shift.
const PATROL_LINK_HOURS = 14;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Issues a new /streife link for a unit (the previous one stops working). The secret is shown once. */
export async function issuePatrolLink(ctx: UseCaseContext, unitId: string) {
  requireRole(ctx.actor, ...deskRoles);
  const now = clockOf(ctx).now();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + PATROL_LINK_HOURS * 3_600_000);
  await inActorScope(ctx, async (tx) => {
    const unit = await repo.findUnit(tx, unitId, true);
    if (!unit) throw notFound('Die Streife');
    await repo.updateUnit(tx, unitId, { patrolTokenHash: hashToken(token), patrolTokenExpiresAt: expiresAt }, now);
    await recordAudit(tx, ctx.actor, {
      action: 'dispatch.unit.patrol_link_issued',
      tenantId: unit.tenantId,
      entityType: 'dispatch_unit',
      entityId: unitId,
      details: { expiresAt },
    });
  });
  return { token, path: `/streife/${token}`, expiresAt };
}

async function unitOfToken(tx: Tx, token: string, now: Date) {
  const unit = /^[A-Za-z0-9_-]{43}$/.test(token) ? await repo.findUnitByTokenHash(tx, hashToken(token)) : undefined;
  if (!unit?.patrolTokenExpiresAt || unit.patrolTokenExpiresAt <= now)
    throw new AppError('NOT_FOUND', 'Dieser Streifen-Link ist ungültig oder abgelaufen. Bitte bei der Leitstelle einen neuen anfordern.');
  return unit;
}
const patrolActor = (unit: repo.UnitRow): Actor => ({
  userId: null,
  username: `streife:${unit.callSign}`,
  displayName: unit.callSign,
  roles: ['dispatcher'],
  tenantId: null,
  departmentIds: [],
});

/** What the unit's phone shows: its status and its current incident (no caller data). */
export async function getPatrolView(database: UseCaseContext['database'], clock: Clock, token: string) {
  return database.scoped(ALL_TENANTS, async (tx) => {
    const unit = await unitOfToken(tx, token, clock.now());
    const view = (await loadUnits(tx)).find((u) => u.id === unit.id)!;
    const assignment = await repo.findActiveAssignmentOfUnit(tx, unit.id);
    const incident = assignment ? await repo.findIncident(tx, assignment.incidentId) : undefined;
    return {
      unit: view,
      incident: incident ? { ...presentIncident(incident, []), acknowledged: assignment!.acknowledgedAt !== null } : null,
    };
  });
}

export async function reportPatrolStatus(
  database: UseCaseContext['database'],
  clock: Clock,
  token: string,
  action: { code?: UnitStatusCode; acknowledge?: boolean },
) {
  const changes = new StagedChanges(database);
  const now = clock.now();
  await database.scoped(ALL_TENANTS, async (tx) => {
    const unit = await unitOfToken(tx, token, now);
    const actor = patrolActor(unit);
    if (action.acknowledge) await acknowledgeInTx(tx, actor, unit.id, now, changes);
    if (action.code !== undefined) await setUnitStatusInTx(tx, actor, unit.id, action.code, now, 'patrol', changes);
  });
  changes.flush();
  return getPatrolView(database, clock, token);
}

const formatDistance = (m: number) => (m < 1000 ? `${m} m` : `${(m / 1000).toFixed(1).replace('.', ',')} km`);
