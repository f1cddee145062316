import { requireRole, type Actor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { StagedChanges } from '../../platform/realtime/change-bus.js';
import { clockOf } from './dispatch-clock.js';
import {
  categoryCatalogue,
  closeRefusal,
  closeResultLabels,
  DUPLICATE_RADIUS_METERS,
  DUPLICATE_WINDOW_MINUTES,
  isOpenStatus,
  statusLabels,
} from './dispatch-rules.js';
import type { CreateIncidentInput, IntakeIncidentInput } from './dispatch.contract.js';
import * as repo from './dispatch.repository.js';
import { findTenantByAgs } from './tenant-lookup.js';
import { openIncidentStatuses, type CloseResult, type IncidentStatus } from './dispatch.schema.js';
import { gazetteerOf, type GazetteerIndex } from './gazetteer-index.js';
import { describePoint, findPlaces } from './gazetteer.service.js';
import { distanceMeters } from './geo/region-geo.js';
import { presentIncident } from './incident-view.js';

export const deskRoles = ['dispatcher', 'supervisor'] as const;

const badRequest = (message: string, field?: string) =>
  new AppError('VALIDATION_FAILED', message, field ? { issues: [{ field, message }] } : undefined);

/** Logs an entry on the incident (who, when, what). */
export async function logIncident(
  tx: Tx,
  actor: Actor,
  incident: { id: string; tenantId: string },
  at: Date,
  kind: string,
  text: string,
  extra: { unitId?: string; details?: Record<string, unknown> } = {},
) {
  await repo.insertLog(tx, {
    tenantId: incident.tenantId,
    incidentId: incident.id,
    at,
    kind,
    text,
    actorUserId: actor.userId,
    actorName: actor.displayName,
    unitId: extra.unitId ?? null,
    details: extra.details ?? null,
  });
}

/** Stages a "dispatch changed" notice for the live boards (sent after commit). */
export const stageDispatchChange = (changes: StagedChanges, tx: Tx, tenantIds: string[]) =>
  changes.stage(tx, { topic: 'dispatch', tenantIds });

function resolveLocation(places: GazetteerIndex, actor: Actor, location: CreateIncidentInput['location']) {
  if (location.lat !== undefined && location.lon !== undefined) {
    const point = describePoint(places, actor, location.lat, location.lon);
    if (!point)
      throw badRequest(
        'Die Koordinaten liegen außerhalb der Region Hannover. Der Ordnungsdienst kann dort nicht eingesetzt werden.',
        'location',
      );
    return {
      ...point,
      lat: location.lat,
      lon: location.lon,
      label: location.address ?? `Kartenpunkt ${location.lat.toFixed(5)}, ${location.lon.toFixed(5)} (${point.municipality})`,
      source: location.address ? 'address' : 'map',
      isApproximate: location.isApproximate ?? false,
    };
  }
  const [best] = findPlaces(places, actor, location.address!, 1);
  if (!best) {
    throw badRequest(
      `Die Adresse „${location.address}" wurde im Ortsverzeichnis nicht gefunden. Bitte anders schreiben oder den Ort auf der Karte setzen.`,
      'location.address',
    );
  }
  const point = describePoint(places, actor, best.lat, best.lon);
  if (!point) throw badRequest('Die gefundene Adresse liegt außerhalb der Region Hannover.', 'location.address');
  return {
    ...point,
    lat: best.lat,
    lon: best.lon,
    district: best.district ?? point.district,
    label: best.label,
    source: best.isApproximate ? 'interpolated' : best.kind === 'place' ? 'place' : 'address',
    isApproximate: best.isApproximate,
  };
}

/** Open incidents of the same category within 150 m received in the last 30 minutes. */
export async function findDuplicates(tx: Tx, incident: { id: string; category: string; lat: number; lon: number; receivedAt: Date }) {
  const latDelta = DUPLICATE_RADIUS_METERS / 111_000;
  const lonDelta = latDelta / Math.cos((incident.lat * Math.PI) / 180);
  const since = new Date(incident.receivedAt.getTime() - DUPLICATE_WINDOW_MINUTES * 60_000);
  const candidates = await repo.listDuplicateCandidates(tx, {
    category: incident.category,
    lat: incident.lat,
    lon: incident.lon,
    latDelta,
    lonDelta,
    since,
    exceptId: incident.id,
  });
  return candidates
    .map((c) => ({
      id: c.id,
      number: c.number,
      receivedAt: c.receivedAt,
      locationLabel: c.locationLabel,
      status: c.status,
      distanceMeters: distanceMeters(incident, c),
    }))
    .filter((c) => c.distanceMeters <= DUPLICATE_RADIUS_METERS && c.receivedAt <= incident.receivedAt);
}

async function insertNewIncident(ctx: UseCaseContext, input: CreateIncidentInput & { contactId?: string }, via: 'desk' | 'intake') {
  const now = clockOf(ctx).now();
  const changes = new StagedChanges(ctx.database);
  const places = await gazetteerOf(ctx.database); // before the transaction (PGlite: one connection)
  const result = await inActorScope(ctx, async (tx) => {
    const location = resolveLocation(places, ctx.actor, input.location);
    const tenant = await findTenantByAgs(tx, location.ags);
    if (!tenant) throw badRequest(`Für ${location.municipality} ist kein Mandant eingerichtet.`, 'location');
    const sequence = await repo.nextIncidentSequence(tx);
    const reportedAt = input.reportedAt ? new Date(input.reportedAt as Date | string) : now;
    if (reportedAt.getTime() > now.getTime() + 60_000) throw badRequest('Der Meldezeitpunkt liegt in der Zukunft.', 'reportedAt');
    const row = await repo.insertIncident(tx, {
      tenantId: tenant.id,
      number: `E-${now.getUTCFullYear()}-${String(sequence).padStart(6, '0')}`,
      category: input.category,
      priority: input.priority ?? categoryCatalogue[input.category].defaultPriority,
      description: input.description ?? '',
      status: 'received',
      locationLabel: location.label,
      lat: location.lat,
      lon: location.lon,
      district: location.district,
      municipality: location.municipality,
      locationSource: location.source,
      isLocationApproximate: location.isApproximate,
      callbackNumber: input.callbackNumber?.trim() || null,
      reportingChannel: input.reportingChannel ?? 'phone',
      reportedAt,
      contactId: input.contactId ?? null,
      receivedAt: now,
      createdByName: ctx.actor.displayName,
      createdAt: now,
      updatedAt: now,
    });
    await logIncident(
      tx,
      ctx.actor,
      row,
      now,
      'created',
      `Einsatz angelegt (${via === 'intake' ? 'Aufnahme aus dem Anruf' : 'Leitstelle'}): ${categoryCatalogue[row.category].label}, Dringlichkeit ${row.priority}, ${row.locationLabel}`,
      {
        details: { contactId: row.contactId, locationSource: row.locationSource },
      },
    );
    await recordAudit(tx, ctx.actor, {
      action: 'dispatch.incident.created',
      tenantId: row.tenantId,
      entityType: 'dispatch_incident',
      entityId: row.id,
      details: {
        number: row.number,
        category: row.category,
        priority: row.priority,
        via,
        contactId: row.contactId,
        hasCallbackNumber: row.callbackNumber !== null,
      },
    });
    const duplicates = await findDuplicates(tx, row);
    await stageDispatchChange(changes, tx, [row.tenantId]);
    return { ...presentIncident(row, []), duplicates };
  });
  changes.flush();
  return result;
}

/** A dispatcher takes an incident. */
export async function createIncident(ctx: UseCaseContext, input: CreateIncidentInput) {
  requireRole(ctx.actor, ...deskRoles);
  return insertNewIncident(ctx, input, 'desk');
}

/** An agent takes an incident from a call (outcome 6); the desk sees it at once. */
export async function intakeIncident(ctx: UseCaseContext, input: IntakeIncidentInput) {
  requireRole(ctx.actor, 'agent', 'supervisor', 'dispatcher');
  const created = await insertNewIncident(ctx, input, 'intake');
  // Agents learn only that a similar incident exists, not its details.
  return { ...created, duplicates: [], duplicateCount: created.duplicates.length };
}

export async function listIncidents(ctx: UseCaseContext, query: { status: string; from?: Date; to?: Date; limit: number }) {
  requireRole(ctx.actor, ...deskRoles);
  const statuses: readonly IncidentStatus[] | null =
    query.status === 'open'
      ? openIncidentStatuses
      : query.status === 'closed'
        ? ['closed', 'merged']
        : query.status === 'all'
          ? null
          : [query.status as IncidentStatus];
  return inActorScope(ctx, async (tx) => {
    const rows = await repo.listIncidents(tx, { statuses, from: query.from, to: query.to, limit: query.limit });
    const assignments = await repo.listAssignmentsOfIncidents(
      tx,
      rows.map((r) => r.id),
    );
    return rows.map((r) => presentIncident(r, assignments));
  });
}

async function loadIncident(tx: Tx, id: string, forUpdate = false) {
  const row = await repo.findIncident(tx, id, forUpdate);
  if (!row) throw notFound('Der Einsatz');
  return row;
}

/**
 * One incident with its log and the caller's number. Reading a caller's number
 * is recorded in the audit trail (personal_data.read), as everywhere else.
 */
export async function getIncidentDetail(ctx: UseCaseContext, id: string) {
  requireRole(ctx.actor, ...deskRoles);
  return inActorScope(ctx, async (tx) => {
    const row = await loadIncident(tx, id);
    const [assignments, log, callers] = [
      await repo.listAssignmentsOfIncidents(tx, [id]),
      await repo.listLog(tx, id),
      await repo.listCallers(tx, id),
    ];
    const numbersShown = (row.callbackNumber ? 1 : 0) + callers.filter((c) => c.callbackNumber).length;
    if (numbersShown > 0) {
      await recordAudit(tx, ctx.actor, {
        action: 'personal_data.read',
        tenantId: row.tenantId,
        entityType: 'dispatch_incident',
        entityId: row.id,
        details: { fields: ['callbackNumber'], count: numbersShown },
      });
    }
    const duplicates = isOpenStatus(row.status) ? await findDuplicates(tx, row) : [];
    return {
      ...presentIncident(row, assignments),
      callbackNumber: row.callbackNumber,
      furtherCallers: callers.map((c) => ({
        callbackNumber: c.callbackNumber,
        reportedAt: c.reportedAt,
        note: c.note,
        fromIncidentId: c.fromIncidentId,
      })),
      closeNote: row.closeNote,
      log: log.map((l) => ({ id: l.id, at: l.at, kind: l.kind, text: l.text, actorName: l.actorName, unitId: l.unitId })),
      duplicates,
    };
  });
}

/** A note on the incident's log. */
export async function addIncidentNote(ctx: UseCaseContext, id: string, text: string) {
  requireRole(ctx.actor, ...deskRoles);
  const now = clockOf(ctx).now();
  const changes = new StagedChanges(ctx.database);
  await inActorScope(ctx, async (tx) => {
    const row = await loadIncident(tx, id);
    await logIncident(tx, ctx.actor, row, now, 'note', text);
    await recordAudit(tx, ctx.actor, {
      action: 'dispatch.incident.noted',
      tenantId: row.tenantId,
      entityType: 'dispatch_incident',
      entityId: id,
    });
    await stageDispatchChange(changes, tx, [row.tenantId]);
  });
  changes.flush();
}

/** Closes with a result; units still assigned are released from it. */
export async function closeIncident(ctx: UseCaseContext, id: string, input: { result: CloseResult; note?: string }) {
  requireRole(ctx.actor, ...deskRoles);
  const now = clockOf(ctx).now();
  const changes = new StagedChanges(ctx.database);
  const view = await inActorScope(ctx, async (tx) => {
    const row = await loadIncident(tx, id, true);
    const refusal = closeRefusal(row, input.result);
    if (refusal) throw badRequest(refusal, 'result');
    const released = await repo.releaseAssignmentsOfIncident(tx, id, now);
    const updated = await repo.updateIncident(
      tx,
      id,
      { status: 'closed', closedAt: now, closeResult: input.result, closeNote: input.note ?? null, finishedAt: row.finishedAt ?? now },
      now,
    );
    await logIncident(
      tx,
      ctx.actor,
      row,
      now,
      'closed',
      `Abgeschlossen: ${closeResultLabels[input.result]}${input.note ? ` – ${input.note}` : ''}`,
      { details: { result: input.result, releasedUnits: released.map((r) => r.unitId) } },
    );
    await recordAudit(tx, ctx.actor, {
      action: 'dispatch.incident.closed',
      tenantId: row.tenantId,
      entityType: 'dispatch_incident',
      entityId: id,
      details: { result: input.result, from: row.status },
    });
    await stageDispatchChange(changes, tx, [row.tenantId]);
    return presentIncident(updated, await repo.listAssignmentsOfIncidents(tx, [id]));
  });
  changes.flush();
  return view;
}

/** Reopens a closed incident: back to "received" (units must be assigned again); the log keeps the closure. */
export async function reopenIncident(ctx: UseCaseContext, id: string, reason: string) {
  requireRole(ctx.actor, ...deskRoles);
  const now = clockOf(ctx).now();
  const changes = new StagedChanges(ctx.database);
  const view = await inActorScope(ctx, async (tx) => {
    const row = await loadIncident(tx, id, true);
    if (row.status !== 'closed') throw badRequest('Nur ein abgeschlossener Einsatz kann wieder geöffnet werden.', 'status');
    const updated = await repo.updateIncident(
      tx,
      id,
      { status: 'received', closedAt: null, closeResult: null, closeNote: null, reopenedAt: now, reopenCount: row.reopenCount + 1 },
      now,
    );
    await logIncident(tx, ctx.actor, row, now, 'reopened', `Wieder geöffnet: ${reason}`, {
      details: { previousResult: row.closeResult, previousClosedAt: row.closedAt },
    });
    await recordAudit(tx, ctx.actor, {
      action: 'dispatch.incident.reopened',
      tenantId: row.tenantId,
      entityType: 'dispatch_incident',
      entityId: id,
      details: { previousResult: row.closeResult },
    });
    await stageDispatchChange(changes, tx, [row.tenantId]);
    return presentIncident(updated, await repo.listAssignmentsOfIncidents(tx, [id]));
  });
  changes.flush();
  return view;
}

/** Folds a duplicate into the first incident: its caller is recorded there, the duplicate is marked merged. */
export async function mergeIncident(ctx: UseCaseContext, duplicateId: string, intoId: string) {
  requireRole(ctx.actor, ...deskRoles);
  if (duplicateId === intoId) throw badRequest('Ein Einsatz kann nicht mit sich selbst zusammengeführt werden.', 'intoIncidentId');
  const now = clockOf(ctx).now();
  const changes = new StagedChanges(ctx.database);
  const view = await inActorScope(ctx, async (tx) => {
    const duplicate = await loadIncident(tx, duplicateId, true);
    const target = await loadIncident(tx, intoId, true);
    if (!isOpenStatus(duplicate.status))
      throw badRequest(`Der Einsatz ${duplicate.number} ist ${statusLabels[duplicate.status]} und kann nicht zusammengeführt werden.`);
    if (!isOpenStatus(target.status)) throw badRequest(`Der Ziel-Einsatz ${target.number} ist nicht mehr offen.`, 'intoIncidentId');
    await repo.releaseAssignmentsOfIncident(tx, duplicateId, now);
    await repo.insertCaller(tx, {
      tenantId: target.tenantId,
      incidentId: intoId,
      fromIncidentId: duplicateId,
      callbackNumber: duplicate.callbackNumber,
      reportedAt: duplicate.reportedAt,
      note: duplicate.description,
    });
    await repo.updateIncident(tx, duplicateId, { status: 'merged', mergedIntoId: intoId, finishedAt: now }, now);
    const updated = await repo.updateIncident(tx, intoId, {}, now);
    await logIncident(
      tx,
      ctx.actor,
      target,
      now,
      'caller_added',
      `Weitere Meldung aus ${duplicate.number} übernommen${duplicate.description ? `: ${duplicate.description}` : ''}`,
      { details: { fromIncidentId: duplicateId } },
    );
    await logIncident(tx, ctx.actor, duplicate, now, 'merged', `Zusammengeführt mit ${target.number}`, {
      details: { intoIncidentId: intoId },
    });
    await recordAudit(tx, ctx.actor, {
      action: 'dispatch.incident.merged',
      tenantId: target.tenantId,
      entityType: 'dispatch_incident',
      entityId: intoId,
      details: { duplicateId, duplicateNumber: duplicate.number },
    });
    await stageDispatchChange(changes, tx, [target.tenantId, duplicate.tenantId]);
    return presentIncident(updated, await repo.listAssignmentsOfIncidents(tx, [intoId]));
  });
  changes.flush();
  return view;
}

/** Retention: caller numbers of incidents closed more than `days` ago are removed. A job. */
export async function purgeCallbackNumbers(ctx: UseCaseContext, days: number) {
  const now = clockOf(ctx).now();
  return inActorScope(ctx, async (tx) => {
    const count = await repo.purgeCallbackNumbers(tx, new Date(now.getTime() - days * 86_400_000), now);
    if (count > 0)
      await recordAudit(tx, ctx.actor, {
        action: 'dispatch.personal_data.purged',
        entityType: 'dispatch_incident',
        details: { count, retentionDays: days },
      });
    return count;
  });
}
