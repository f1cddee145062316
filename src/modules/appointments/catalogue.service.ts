import { recordAudit } from '../../platform/audit/audit.service.js';
import { requireRole, requireTenantAccess, scopeOf, type Actor } from '../../platform/auth/actor.js';
import type { Database } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { listTenantsInTx as listTenants } from '../tenancy/index.js';
import type { DayExceptionCreate, LocationCreate, ServiceCreate } from './appointments.contract.js';
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
              .map((s) => ({ code: s.code, name: s.name, durationMinutes: s.durationMinutes, maxQuantity: s.maxQuantity, bring: s.bring })),
          };
        }),
    };
  });
}
