import type { Tx } from '../../platform/db/database.js';
import { addDays, localDate } from '../../platform/time/berlin-time.js';
import { listTenantClosingDaysInTx } from '../tickets/index.js';
import { AppError } from '../../platform/http/app-error.js';
import { buildWindows, windowFor, type CapacityWindow } from './capacity.js';
import * as repo from './appointments.repository.js';

/** The closing days of the locations' tenants in [from, to], per tenant. */
async function closedDaysOf(tx: Tx, tenantIds: string[], from: string, to: string): Promise<Map<string, Set<string>>> {
  const byTenant = new Map<string, Set<string>>();
  for (const row of await listTenantClosingDaysInTx(tx, [...new Set(tenantIds)], from, to)) {
    byTenant.set(row.tenantId, (byTenant.get(row.tenantId) ?? new Set()).add(row.day));
  }
  return byTenant;
}

/** Opening windows of one location for Berlin days [from, to], from the stored rules and exceptions and its tenant's closing days. */
export async function loadWindows(tx: Tx, locationId: string, from: string, to: string): Promise<CapacityWindow[]> {
  return (await loadWindowsFor(tx, [locationId], from, to)).get(locationId) ?? [];
}

/** Windows of several locations at once (slot search), keyed by location. */
export async function loadWindowsFor(tx: Tx, locationIds: string[], from: string, to: string) {
  const [rules, exceptions] = [await repo.listOpeningRules(tx, locationIds), await repo.listDayExceptions(tx, locationIds, from, to)];
  const locations = await repo.listLocationsByIds(tx, locationIds);
  const closed = await closedDaysOf(
    tx,
    locations.map((l) => l.tenantId),
    from,
    to,
  );
  const tenantOf = new Map(locations.map((l) => [l.id, l.tenantId]));
  const result = new Map<string, CapacityWindow[]>();
  for (const id of locationIds) {
    result.set(
      id,
      buildWindows(
        rules.filter((r) => r.locationId === id),
        exceptions.filter((e) => e.locationId === id),
        from,
        to,
        closed.get(tenantOf.get(id) ?? '') ?? new Set(),
      ),
    );
  }
  return result;
}

/**
 * A held seat is still bookable only if its office is still open then: a closing day of the tenant or a
 * day exception entered after the hold closes it.
 */
export async function assertStillOpen(tx: Tx, claim: { locationId: string; start: Date; end: Date }): Promise<void> {
  const day = localDate(claim.start);
  if (!windowFor(await loadWindows(tx, claim.locationId, day, day), claim.start, claim.end)) {
    throw new AppError('CONFLICT', 'An diesem Tag ist das Büro inzwischen geschlossen. Bitte wählen Sie einen anderen Termin.');
  }
}

export const dayOf = (instant: Date) => localDate(instant);
export const nextDay = (day: string) => addDays(day, 1);
