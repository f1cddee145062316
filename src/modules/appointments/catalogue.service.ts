import { diffFields, recordAudit } from '../../platform/audit/audit.service.js';
import type { Tx } from '../../platform/db/database.js';
import { localDate } from '../../platform/time/berlin-time.js';
import { requireRole, requireTenantAccess, scopeOf, type Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { listTenantsInTx as listTenants } from '../tenancy/index.js';
import type { DayExceptionCreate, LocationCreate, LocationUpdate, ServiceCreate, ServiceUpdate } from './appointments.contract.js';
import * as repo from './appointments.repository.js';

/** Setting up what can be booked: services, locations with opening hours and seats, exceptions. Administrators only. */
export async function createAppointmentService(ctx: UseCaseContext, tenantId: string, input: ServiceCreate) {
  requireRole(ctx.actor, 'admin');
  requireTenantAccess(ctx.actor, tenantId);
  return inActorScope(ctx, async (tx) => {
    const row = await repo.insertService(tx, { ...input, tenantId });
    await recordAudit(tx, ctx.actor, {
      action: 'appointment_service.created',
      tenantId,
      entityType: 'appointment_service',
      entityId: row.id,
      details: { code: row.code },
    });
    return row;
  });
}

export async function createLocation(ctx: UseCaseContext, tenantId: string, input: LocationCreate) {
  requireRole(ctx.actor, 'admin');
  requireTenantAccess(ctx.actor, tenantId);
  return inActorScope(ctx, async (tx) => {
    const { serviceCodes, openingHours, ...fields } = input;
    const services = await repo.listServices(tx, [tenantId]);
    const unknown = serviceCodes.filter((c) => !services.some((s) => s.code === c));
    if (unknown.length > 0) {
      throw new AppError('VALIDATION_FAILED', `Unbekannte Leistung: ${unknown.join(', ')}.`, {
        issues: [{ field: 'serviceCodes', message: 'Unbekannte Leistung.' }],
      });
    }
    const location = await repo.insertLocation(tx, { ...fields, tenantId });
    await repo.insertLocationServices(
      tx,
      tenantId,
      location.id,
      services.filter((s) => serviceCodes.includes(s.code)).map((s) => s.id),
    );
    await repo.replaceOpeningHours(tx, tenantId, location.id, openingHours);
    await recordAudit(tx, ctx.actor, {
      action: 'appointment_location.created',
      tenantId,
      entityType: 'appointment_location',
      entityId: location.id,
      details: { name: location.name },
    });
    return location;
  });
}

export async function addDayException(ctx: UseCaseContext, locationId: string, input: DayExceptionCreate) {
  requireRole(ctx.actor, 'admin', 'backoffice');
  return inActorScope(ctx, async (tx) => {
    const location = await repo.findLocation(tx, locationId);
    if (!location) throw notFound('Der Standort');
    requireTenantAccess(ctx.actor, location.tenantId);
    const row = await repo.insertDayException(tx, { ...input, tenantId: location.tenantId, locationId });
    await recordAudit(tx, ctx.actor, {
      action: 'appointment_exception.created',
      tenantId: location.tenantId,
      entityType: 'appointment_location',
      entityId: locationId,
      details: { day: input.day, closed: input.closed },
    });
    return row;
  });
}

const staleWrite = () => new AppError('CONFLICT', 'Der Eintrag wurde inzwischen von jemand anderem geändert. Bitte neu laden.');

/** A tenant's bookable services, active or not, with their versions (administration). */
export async function listAppointmentServicesOfTenant(ctx: UseCaseContext, tenantId: string) {
  requireRole(ctx.actor, 'admin');
  requireTenantAccess(ctx.actor, tenantId);
  return inActorScope(ctx, (tx) => repo.listAllServicesOfTenant(tx, tenantId));
}

async function ownService(ctx: UseCaseContext, tx: Tx, id: string) {
  const service = await repo.findService(tx, id);
  if (!service) throw notFound('Die Leistung');
  requireTenantAccess(ctx.actor, service.tenantId);
  return service;
}

/**
 * Changes a service (name, duration, horizon, lead time ...) with the version read. A new duration applies
 * to bookings from now on: booked appointments keep the minutes they were booked with (decision 0171).
 */
export async function updateAppointmentService(ctx: UseCaseContext, id: string, input: ServiceUpdate) {
  requireRole(ctx.actor, 'admin');
  return inActorScope(ctx, async (tx) => {
    const before = await ownService(ctx, tx, id);
    const { version, ...changes } = input;
    const after = await repo.updateService(tx, id, version, changes);
    if (!after) throw staleWrite();
    await recordAudit(tx, ctx.actor, {
      action: 'appointment_service.updated',
      tenantId: after.tenantId,
      entityType: 'appointment_service',
      entityId: id,
      details: { changes: diffFields(before, after) },
    });
    return after;
  });
}

/**
 * Takes a service out of booking. It is deactivated, not deleted: booked and past appointments name it
 * (decision 0171). PATCH with `active: true` brings it back.
 */
export async function deactivateAppointmentService(ctx: UseCaseContext, id: string, version: number) {
  requireRole(ctx.actor, 'admin');
  return inActorScope(ctx, async (tx) => {
    const before = await ownService(ctx, tx, id);
    const after = await repo.updateService(tx, id, version, { active: false });
    if (!after) throw staleWrite();
    await recordAudit(tx, ctx.actor, {
      action: 'appointment_service.deactivated',
      tenantId: after.tenantId,
      entityType: 'appointment_service',
      entityId: id,
      details: { code: before.code, wasActive: before.active },
    });
    return after;
  });
}

async function ownLocation(ctx: UseCaseContext, tx: Tx, id: string) {
  const location = await repo.findLocation(tx, id);
  if (!location) throw notFound('Der Standort');
  requireTenantAccess(ctx.actor, location.tenantId);
  return location;
}

async function setupOf(tx: Tx, location: repo.LocationRow, today: string) {
  const [links, services, openingHours, exceptions] = [
    await repo.listLocationServices(tx, [location.id]),
    await repo.listAllServicesOfTenant(tx, location.tenantId),
    await repo.listOpeningRules(tx, [location.id]),
    await repo.listExceptionsFrom(tx, location.id, today),
  ];
  return {
    ...location,
    serviceCodes: services.filter((s) => links.some((k) => k.serviceId === s.id)).map((s) => s.code),
    openingHours: openingHours
      .map(({ locationId: _l, ...r }) => ({ ...r, validFrom: r.validFrom ?? null, validUntil: r.validUntil ?? null }))
      .sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens)),
    exceptions: exceptions.map((e) => ({ ...e, opens: e.opens?.slice(0, 5) ?? null, closes: e.closes?.slice(0, 5) ?? null })),
  };
}

/** A tenant's offices, active or not (administration). */
export async function listLocationsForAdmin(ctx: UseCaseContext) {
  requireRole(ctx.actor, 'admin');
  return inActorScope(ctx, (tx) => repo.listAllLocationsOfTenants(tx, ctx.actor.tenantId ? [ctx.actor.tenantId] : undefined));
}

/** One office as the administration edits it: fields and version, services, weekly hours, coming exceptions. */
export async function getLocationSetup(ctx: UseCaseContext, id: string) {
  requireRole(ctx.actor, 'admin');
  return inActorScope(ctx, async (tx) => setupOf(tx, await ownLocation(ctx, tx, id), localDate(ctx.clock.now())));
}

/**
 * Changes an office with the version read: its fields, and when sent, the whole list of services and the
 * whole week of opening hours with the seats per channel. Booked appointments stay (decision 0171).
 */
export async function updateLocation(ctx: UseCaseContext, id: string, input: LocationUpdate) {
  requireRole(ctx.actor, 'admin');
  return inActorScope(ctx, async (tx) => {
    const before = await ownLocation(ctx, tx, id);
    const today = localDate(ctx.clock.now());
    const setupBefore = await setupOf(tx, before, today);
    const { version, serviceCodes, openingHours, ...fields } = input;
    if (fields.active === false) throw new AppError('VALIDATION_FAILED', 'Zum Deaktivieren bitte „Deaktivieren“ verwenden.');
    let serviceIds: string[] | undefined;
    if (serviceCodes) {
      const services = await repo.listServices(tx, [before.tenantId]);
      const unknown = serviceCodes.filter((c) => !services.some((s) => s.code === c));
      if (unknown.length > 0) {
        throw new AppError('VALIDATION_FAILED', `Unbekannte Leistung: ${unknown.join(', ')}.`, {
          issues: [{ field: 'serviceCodes', message: `Unbekannte oder deaktivierte Leistung: ${unknown.join(', ')}.` }],
        });
      }
      serviceIds = services.filter((s) => serviceCodes.includes(s.code)).map((s) => s.id);
    }
    // The version is bumped even when only the lists change: they are part of the office.
    const after = await repo.updateLocation(tx, id, version, fields);
    if (!after) throw staleWrite();
    if (serviceIds) await repo.replaceLocationServices(tx, before.tenantId, id, serviceIds);
    if (openingHours) await repo.replaceOpeningHours(tx, before.tenantId, id, openingHours);
    const setupAfter = await setupOf(tx, after, today);
    const { exceptions: _a, ...auditBefore } = setupBefore;
    const { exceptions: _b, ...auditAfter } = setupAfter;
    await recordAudit(tx, ctx.actor, {
      action: 'appointment_location.updated',
      tenantId: after.tenantId,
      entityType: 'appointment_location',
      entityId: id,
      details: { changes: diffFields(auditBefore, auditAfter) },
    });
    return setupAfter;
  });
}

/**
 * Takes an office out of booking (deactivated, not deleted: its appointments are history). Refused while
 * appointments are still booked there: those are cancelled first, with the citizens told.
 */
export async function deactivateLocation(ctx: UseCaseContext, id: string, version: number) {
  requireRole(ctx.actor, 'admin');
  return inActorScope(ctx, async (tx) => {
    const before = await ownLocation(ctx, tx, id);
    const upcoming = await repo.countUpcomingBooked(tx, id, ctx.clock.now());
    if (upcoming > 0) {
      throw new AppError(
        'CONFLICT',
        `Am Standort „${before.name}“ sind noch ${upcoming} Termin(e) gebucht. Bitte diese zuerst absagen oder verlegen.`,
      );
    }
    const after = await repo.updateLocation(tx, id, version, { active: false });
    if (!after) throw staleWrite();
    await recordAudit(tx, ctx.actor, {
      action: 'appointment_location.deactivated',
      tenantId: after.tenantId,
      entityType: 'appointment_location',
      entityId: id,
      details: { name: before.name, wasActive: before.active },
    });
    return after;
  });
}

/**
 * Removes a closed day or special opening. Exceptions are never edited, only added and removed, so a
 * removal cannot overwrite anyone's change: a second removal finds nothing (404) (decision 0171).
 */
export async function deleteDayException(ctx: UseCaseContext, locationId: string, exceptionId: string) {
  requireRole(ctx.actor, 'admin', 'backoffice');
  return inActorScope(ctx, async (tx) => {
    const location = await ownLocation(ctx, tx, locationId);
    const row = await repo.deleteDayException(tx, locationId, exceptionId);
    if (!row) throw notFound('Der Schließtag oder die Sonderöffnung');
    await recordAudit(tx, ctx.actor, {
      action: 'appointment_exception.deleted',
      tenantId: location.tenantId,
      entityType: 'appointment_location',
      entityId: locationId,
      details: { day: row.day, closed: row.closed, reason: row.reason },
    });
  });
}

/**
 * What citizens and agents can book, per municipality: offices and their services.
 * Public information (no personal data), read with the public actor's scope.
 */
export async function getCatalogue(database: Database, actor: Actor) {
  return database.scoped(scopeOf(actor), async (tx) => {
    const [tenants, locations, services] = [await listTenants(tx), await repo.listLocations(tx), await repo.listServices(tx)];
    const links = await repo.listLocationServices(
      tx,
      locations.map((l) => l.id),
    );
    return {
      tenants: tenants
        .filter((t) => locations.some((l) => l.tenantId === t.id))
        .map((t) => {
          const own = locations.filter((l) => l.tenantId === t.id);
          const offered = new Set(links.filter((k) => own.some((l) => l.id === k.locationId)).map((k) => k.serviceId));
          return {
            id: t.id,
            slug: t.slug,
            name: t.officialName,
            locations: own.map((l) => ({
              ...l,
              serviceCodes: services.filter((s) => links.some((k) => k.locationId === l.id && k.serviceId === s.id)).map((s) => s.code),
            })),
            services: services
              .filter((s) => offered.has(s.id))
              .map((s) => ({
                code: s.code,
                name: s.name,
                leikaKey: s.leikaKey,
                durationMinutes: s.durationMinutes,
                maxQuantity: s.maxQuantity,
                bring: s.bring,
              })),
          };
        }),
    };
  });
}
