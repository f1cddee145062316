import { scopeOf } from '../../platform/auth/actor.js';
import type { UseCaseContext } from '../../platform/context.js';
import { notFound } from '../../platform/http/app-error.js';
import { listTenantsInTx as listTenants } from '../tenancy/index.js';
import type { SlotSearch } from './appointments.contract.js';
import type { BookingChannel } from './appointments.schema.js';
import * as repo from './appointments.repository.js';
import { addDays, localDate, startOfLocalDate } from '../../platform/time/berlin-time.js';
import { listFreeSlots } from './capacity.js';
import { offersAll, selectFrom } from './service-selection.js';
import { loadWindowsFor } from './slot-capacity.js';

/** Great-circle distance in km (good enough for "which office is near"). */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * Free slots for the requested services in the caller's municipality and, if
 * asked, in offices of neighbouring municipalities within `radiusKm` of it.
 * Results are ordered by the earliest free slot, then by distance.
 */
export async function searchSlots(ctx: UseCaseContext, input: SlotSearch, channel: BookingChannel) {
  const { database, actor } = ctx;
  const today = localDate(ctx.clock.now());
  return database.scoped(scopeOf(actor), async (tx) => {
    const all = (await repo.listLocations(tx)).filter((l) => l.kind === input.locationKind);
    const own = all.filter((l) => l.tenantId === input.tenantId);
    if (own.length === 0 && !input.locationId) throw notFound('Ein Standort für diese Verwaltung');
    const centre =
      own.length > 0
        ? {
            latitude: own.reduce((s, l) => s + l.latitude, 0) / own.length,
            longitude: own.reduce((s, l) => s + l.longitude, 0) / own.length,
          }
        : all.find((l) => l.id === input.locationId)!;
    let candidates = input.locationId
      ? all.filter((l) => l.id === input.locationId)
      : all.filter((l) => l.tenantId === input.tenantId || (input.includeNeighbours && distanceKm(centre, l) <= input.radiusKm));
    const tenantIds = [...new Set(candidates.map((l) => l.tenantId))];
    const services = await repo.listServices(tx, tenantIds);
    const links = await repo.listLocationServices(
      tx,
      candidates.map((l) => l.id),
    );
    const offeredAt = (locationId: string) =>
      services.filter((s) => links.some((k) => k.locationId === locationId && k.serviceId === s.id));
    candidates = candidates.filter((l) => offersAll(offeredAt(l.id), input.services));

    const from = input.fromDate && input.fromDate > today ? input.fromDate : today;
    const to = addDays(from, input.days - 1);
    const ids = candidates.map((l) => l.id);
    const windows = await loadWindowsFor(tx, ids, from, to);
    const claims = await repo.listLiveClaims(tx, ids, startOfLocalDate(from), startOfLocalDate(addDays(to, 1)), ctx.clock.now());
    const names = new Map((await listTenants(tx)).map((t) => [t.id, t.officialName]));
    const now = ctx.clock.now().getTime();

    const results = candidates.map((location) => {
      const selection = selectFrom(offeredAt(location.id), input.services, location.slotMinutes);
      const slots = listFreeSlots({
        windows: windows.get(location.id) ?? [],
        claims: claims.filter((c) => c.locationId === location.id),
        durationMinutes: selection.durationMinutes,
        slotMinutes: location.slotMinutes,
        channel,
        notBefore: new Date(now + selection.leadMinutes * 60_000),
        notAfter: new Date(now + selection.horizonDays * 86_400_000),
        limit: input.slotsPerLocation,
      });
      return {
        location,
        tenantName: names.get(location.tenantId) ?? '',
        distanceKm: Math.round(distanceKm(centre, location) * 10) / 10,
        durationMinutes: selection.durationMinutes,
        slots: slots.map((s) => ({ start: s.start.toISOString(), end: s.end.toISOString(), freeSeats: s.freeSeats })),
      };
    });
    results.sort((a, b) => {
      const ta = a.slots[0] ? Date.parse(a.slots[0].start) : Infinity;
      const tb = b.slots[0] ? Date.parse(b.slots[0].start) : Infinity;
      return ta - tb || a.distanceKm - b.distanceKm;
    });
    return { durationMinutes: results[0]?.durationMinutes ?? 0, locations: results };
  });
}
