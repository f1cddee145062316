import { recordAudit } from '../../platform/audit/audit.service.js';
import { requirePersonalDataAccess, requireRole, requireTenantAccess } from '../../platform/auth/actor.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import * as repo from './appointments.repository.js';
import { addDays, localDate, startOfLocalDate } from '../../platform/time/berlin-time.js';
import { holidayName } from './holidays.js';
import { dayOf, loadWindows } from './slot-capacity.js';

/** The office's view: the day's appointments per counter, check-in and no-show. */
const officeRoles = ['backoffice', 'supervisor', 'admin'] as const;

export async function listOfficeLocations(ctx: UseCaseContext) {
  requireRole(ctx.actor, ...officeRoles, 'agent');
  return inActorScope(ctx, (tx) => repo.listLocations(tx, ctx.actor.tenantId ? [ctx.actor.tenantId] : undefined));
}

/** The day list of one location; it holds names and contact data, so reading it is audited. */
export async function getDayList(ctx: UseCaseContext, locationId: string, day = localDate(ctx.clock.now())) {
  requireRole(ctx.actor, ...officeRoles);
  return inActorScope(ctx, async (tx) => {
    const location = await repo.findLocation(tx, locationId);
    if (!location) throw notFound('Der Standort');
    requireTenantAccess(ctx.actor, location.tenantId);
    // The list holds names and contact data: administrators read it only by break-glass (decision 0136).
    const access = requirePersonalDataAccess(ctx.actor, 'backoffice', 'supervisor');
    const windows = await loadWindows(tx, locationId, day, day);
    const items = await repo.listAppointmentsBetween(tx, locationId, startOfLocalDate(day), startOfLocalDate(addDays(day, 1)));
    await recordAudit(tx, ctx.actor, {
      action: 'personal_data.read',
      tenantId: location.tenantId,
      entityType: 'appointment_day_list',
      entityId: locationId,
      details: { day, count: items.length, ...access },
    });
    return {
      location,
      day,
      holiday: holidayName(day) ?? null,
      seats: Math.max(0, ...windows.map((w) => w.seats)),
      openingWindows: windows.map((w) => ({ start: w.start.toISOString(), end: w.end.toISOString(), seats: w.seats })),
      items,
    };
  });
}

async function changeStatus(ctx: UseCaseContext, id: string, to: 'checked_in' | 'no_show') {
  requireRole(ctx.actor, ...officeRoles);
  return inActorScope(ctx, async (tx) => {
    const appointment = await repo.findAppointment(tx, id);
    if (!appointment) throw notFound('Der Termin');
    requireTenantAccess(ctx.actor, appointment.tenantId);
    if (appointment.status !== 'booked') throw new AppError('CONFLICT', 'Der Termin ist nicht mehr offen.');
    const now = ctx.clock.now();
    if (dayOf(appointment.startsAt) !== localDate(now)) {
      throw new AppError('CONFLICT', 'Ankunft und Nichterscheinen können nur am Tag des Termins erfasst werden.');
    }
    if (to === 'no_show' && appointment.startsAt > now) {
      throw new AppError('CONFLICT', 'Nichterscheinen kann erst nach Terminbeginn erfasst werden.');
    }
    const updated = await repo.updateAppointment(
      tx,
      id,
      to === 'checked_in' ? { status: to, checkedInAt: now } : { status: to, noShowAt: now },
    );
    await recordAudit(tx, ctx.actor, {
      action: `appointment.${to}`,
      tenantId: appointment.tenantId,
      entityType: 'appointment',
      entityId: id,
    });
    return updated;
  });
}

export const checkInAppointment = (ctx: UseCaseContext, id: string) => changeStatus(ctx, id, 'checked_in');
export const markNoShow = (ctx: UseCaseContext, id: string) => changeStatus(ctx, id, 'no_show');
