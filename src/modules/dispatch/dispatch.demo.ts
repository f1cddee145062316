import type { UseCaseContext } from '../../platform/context.js';
import { ALL_TENANTS } from '../../platform/db/database.js';
import { manualClock } from '../../platform/time/clock.js';
import { clockOf } from './dispatch-clock.js';
import * as repo from './dispatch.repository.js';
import { findHostTenantId } from './tenant-lookup.js';
import type { CloseResult, IncidentCategory } from './dispatch.schema.js';
import { invalidateGazetteer } from './gazetteer-index.js';
import { seedDemoGazetteer } from './gazetteer.service.js';
import { closeIncident, createIncident } from './incidents.service.js';
import { assignUnits, setUnitStatus, startUnitShift } from './units.service.js';

/** The SOD's demo staff list and units (call signs in the style of the city's radio). */
const demoStaff = [
  'Aylin Demir',
  'Bernd Kowalski',
  'Carla Nowak',
  'Deniz Yilmaz',
  'Elke Brandt',
  'Farid Haddad',
  'Greta Lorenz',
  'Hannes Ritter',
  'Ines Wolter',
  'Jonas Pieper',
  'Katrin Seidel',
  'Lukas Jansen',
];
const demoUnits = [
  {
    callSign: 'Ordnung 11/1',
    mobility: 'vehicle',
    vehicle: 'VW Transporter H-SO 111',
    base: { label: 'Dienststelle Mitte', lat: 52.3678, lon: 9.7372 },
    status: 2,
  },
  {
    callSign: 'Ordnung 11/2',
    mobility: 'vehicle',
    vehicle: 'VW Transporter H-SO 112',
    base: { label: 'Dienststelle Mitte', lat: 52.3678, lon: 9.7372 },
    status: 1,
    at: { lat: 52.3802, lon: 9.7445 },
  },
  {
    callSign: 'Ordnung 12/1',
    mobility: 'foot',
    vehicle: null,
    base: { label: 'Dienststelle Mitte', lat: 52.3678, lon: 9.7372 },
    status: 1,
    at: { lat: 52.3742, lon: 9.7379 },
  },
  {
    callSign: 'Ordnung 21/1',
    mobility: 'vehicle',
    vehicle: 'VW Caddy H-SO 211',
    base: { label: 'Stützpunkt Linden', lat: 52.3635, lon: 9.7195 },
    status: 2,
  },
  {
    callSign: 'Ordnung 22/1',
    mobility: 'bicycle',
    vehicle: 'Dienstfahrrad',
    base: { label: 'Stützpunkt List', lat: 52.3874, lon: 9.7525 },
    status: 1,
    at: { lat: 52.3868, lon: 9.7531 },
  },
  {
    callSign: 'Ordnung 31/1',
    mobility: 'vehicle',
    vehicle: 'VW Caddy H-SO 311',
    base: { label: 'Stützpunkt Südstadt', lat: 52.36, lon: 9.753 },
    status: 6,
  },
] as const;

const history: { category: IncidentCategory; address: string; hoursAgo: number; minutesToScene: number; result: CloseResult }[] = [
  { category: 'noise', address: 'Limmerstraße 40', hoursAgo: 30, minutesToScene: 14, result: 'warning_given' },
  { category: 'parking_fire_lane', address: 'Engelbosteler Damm 72', hoursAgo: 28, minutesToScene: 9, result: 'fine_notice' },
  { category: 'dumped_waste', address: 'Sallstraße 20', hoursAgo: 26, minutesToScene: 45, result: 'resolved' },
  { category: 'aggressive_begging', address: 'Kröpcke', hoursAgo: 22, minutesToScene: 7, result: 'warning_given' },
  { category: 'dog_off_lead', address: 'Maschsee (Nordufer)', hoursAgo: 20, minutesToScene: 21, result: 'nothing_found' },
  { category: 'alcohol_ban_zone', address: 'Raschplatz', hoursAgo: 9, minutesToScene: 11, result: 'warning_given' },
  { category: 'damaged_street_furniture', address: 'Georgstraße 20', hoursAgo: 6, minutesToScene: 33, result: 'resolved' },
  { category: 'parking_driveway', address: 'Podbielskistraße 100', hoursAgo: 4, minutesToScene: 18, result: 'fine_notice' },
];

/** Demo: gazetteer, staff, units on shift, a day's closed incidents for the reports, and open ones for the board. */
export async function seedDispatchDemo(seedCtx: UseCaseContext): Promise<void> {
  // The seed acts as the desk would (same use cases, same audit records).
  const ctx: UseCaseContext = { ...seedCtx, actor: { ...seedCtx.actor, roles: ['dispatcher'] } };
  const hostTenantId = await ctx.database.scoped(ALL_TENANTS, async (tx) => {
    await seedDemoGazetteer(tx);
    return findHostTenantId(tx);
  });
  invalidateGazetteer(ctx.database);
  if (!hostTenantId) return;
  const hasUnits = await ctx.database.scoped(ALL_TENANTS, async (tx) => (await repo.listUnits(tx)).length > 0);
  if (hasUnits) return;
  const now = clockOf(ctx).now();
  const unitIds = await ctx.database.scoped(ALL_TENANTS, async (tx) => {
    const staff = [];
    for (const [i, name] of demoStaff.entries())
      staff.push(await repo.insertStaff(tx, { tenantId: hostTenantId, name, staffNumber: `SOD-${String(101 + i)}` }));
    const ids: string[] = [];
    for (const u of demoUnits) {
      const unit = await repo.insertUnit(tx, {
        tenantId: hostTenantId,
        callSign: u.callSign,
        mobility: u.mobility,
        vehicle: u.vehicle,
        statusCode: 2,
        statusAt: now,
        baseLabel: u.base.label,
        baseLat: u.base.lat,
        baseLon: u.base.lon,
        lat: u.base.lat,
        lon: u.base.lon,
        positionSource: 'base',
        positionAt: now,
      });
      ids.push(unit.id);
    }
    return { ids, staff };
  });
  // Units start their shift (members from the staff list) through the use case.
  const shiftStart = new Date(now.getTime() - 2 * 3_600_000);
  for (const [i, unitId] of unitIds.ids.entries()) {
    await startUnitShift(ctx, unitId, {
      shiftLabel: 'Tagdienst',
      startsAt: shiftStart,
      endsAt: new Date(shiftStart.getTime() + 10 * 3_600_000),
      memberIds: [unitIds.staff[2 * i]!.id, unitIds.staff[2 * i + 1]!.id],
    });
  }

  // A day of closed incidents (for the reports), each through the same use cases as on the desk.
  for (const h of history) {
    const clock = manualClock(new Date(now.getTime() - h.hoursAgo * 3_600_000));
    const at = { ...ctx, clock };
    const incident = await createIncident(at, {
      category: h.category,
      location: { address: h.address },
      description: 'Demo-Einsatz',
      reportingChannel: 'phone',
    });
    clock.advance(3 * 60_000);
    const unitId = unitIds.ids[0]!;
    await setUnitStatus(at, unitId, 2);
    await assignUnits(at, incident.id, [unitId]);
    clock.advance(60_000);
    await setUnitStatus(at, unitId, 3);
    clock.advance((h.minutesToScene - 4) * 60_000);
    await setUnitStatus(at, unitId, 4);
    clock.advance(20 * 60_000);
    await setUnitStatus(at, unitId, 2);
    clock.advance(2 * 60_000);
    await closeIncident(at, incident.id, { result: h.result });
  }

  // Current statuses and the open incidents on the board.
  for (const [i, u] of demoUnits.entries()) await setUnitStatus(ctx, unitIds.ids[i]!, u.status);
  const open = await createIncident(ctx, {
    category: 'noise',
    location: { address: 'Lister Meile 40' },
    description: 'Laute Musik aus einer Wohnung im 3. OG, seit 22 Uhr.',
    callbackNumber: '0511 1234567',
  });
  await assignUnits(ctx, open.id, [unitIds.ids[4]!]);
  await setUnitStatus(ctx, unitIds.ids[4]!, 3);
  await createIncident(ctx, {
    category: 'dumped_waste',
    location: { address: 'Marktplatz Langenhagen' },
    description: 'Sperrmüll neben den Altglascontainern.',
    reportingChannel: 'email',
  });
  await createIncident(ctx, {
    category: 'public_hazard',
    location: { address: 'Steintor' },
    description: 'Loser Gullydeckel auf dem Gehweg.',
    callbackNumber: '0176 5550100',
    priority: 1,
  });
}
