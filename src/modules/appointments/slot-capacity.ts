import type { Tx } from '../../platform/db/database.js';
import { addDays, localDate } from '../../platform/time/berlin-time.js';
import { buildWindows, type CapacityWindow } from './capacity.js';
import * as repo from './appointments.repository.js';

/** Opening windows of one location for Berlin days [from, to], from the stored rules and exceptions. */
export async function loadWindows(tx: Tx, locationId: string, from: string, to: string): Promise<CapacityWindow[]> {
  const [rules, exceptions] = [await repo.listOpeningRules(tx, [locationId]), await repo.listDayExceptions(tx, [locationId], from, to)];
  return buildWindows(rules, exceptions, from, to);
}

/** Windows of several locations at once (slot search), keyed by location. */
export async function loadWindowsFor(tx: Tx, locationIds: string[], from: string, to: string) {
  const [rules, exceptions] = [await repo.listOpeningRules(tx, locationIds), await repo.listDayExceptions(tx, locationIds, from, to)];
  const result = new Map<string, CapacityWindow[]>();
  for (const id of locationIds) {
    result.set(
      id,
      buildWindows(
        rules.filter((r) => r.locationId === id),
        exceptions.filter((e) => e.locationId === id),
        from,
        to,
      ),
    );
  }
  return result;
}

export const dayOf = (instant: Date) => localDate(instant);
export const nextDay = (day: string) => addDays(day, 1);
