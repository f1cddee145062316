/**
 * Appointment benchmarks (issue 6):
 * 1. 1,000 concurrent booking attempts (hold + confirm, as an agent would) for 100
 *    free slots (10 start times × 10 seats): exactly 100 bookings, no seat claimed
 *    twice; throughput and p50/p99 latency per attempt.
 * 2. Slot search over four weeks for one location: p50/p95 of 200 searches.
 * Runs on PGlite (in memory) and on PostgreSQL (BENCH_DATABASE_URL, pool of 10).
 */
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config.js';
import { seedTenants } from '../src/demo/seed-demo-data.js';
import { appointmentSettings } from '../src/modules/appointments/appointment-settings.js';
import { addDays, localDate, localInstant as berlinInstant } from '../src/platform/time/berlin-time.js';
import { confirmBooking, holdSlot } from '../src/modules/appointments/booking.service.js';
import { addDayException, createAppointmentService, createLocation } from '../src/modules/appointments/catalogue.service.js';
import { searchSlots } from '../src/modules/appointments/search.service.js';
import { listTenants } from '../src/modules/tenancy/tenancy.service.js';
import { systemActor } from '../src/platform/auth/actor.js';
import { queryRows, type Database } from '../src/platform/db/database.js';
import { onFreshDatabases, percentile, runWhenCalledDirectly } from './support/bench-kit.js';
import { systemClock } from '../src/platform/time/clock.js';

const ATTEMPTS = 1000;

async function prepare(database: Database) {
  const ctx = { database, actor: systemActor('bench'), clock: systemClock };
  await seedTenants(database);
  const tenant = (await listTenants(ctx)).find((t) => t.slug === 'langenhagen')!;
  await createAppointmentService(ctx, tenant.id, {
    code: 'personalausweis',
    name: 'Personalausweis beantragen',
    leikaKey: null,
    durationMinutes: 5,
    horizonDays: 60,
    leadMinutes: 0,
    maxQuantity: 1,
    bring: null,
  });
  const common = {
    kind: 'buergerbuero' as const,
    street: 'Marktplatz 1',
    postalCode: '30853',
    city: 'Langenhagen',
    phone: null,
    email: null,
    accessibility: null,
    latitude: 52.44,
    longitude: 9.74,
    slotMinutes: 5,
    cancelBlockMinutes: 60,
    serviceCodes: ['personalausweis'],
  };
  // The race: closed by rule, opened by exception for 50 minutes with 10 seats = 100 slots.
  const race = await createLocation(ctx, tenant.id, { ...common, name: 'Bench Wettlauf', openingHours: [] });
  const day = addDays(localDate(systemClock.now()), 9);
  await addDayException(ctx, race.id, {
    day,
    closed: false,
    opens: '08:00',
    closes: '08:50',
    seats: 10,
    callcenterSeats: 10,
    onlineSeats: 10,
    reason: 'Benchmark',
  });
  // The search: a busy office with normal weekly hours.
  const rules = [1, 2, 3, 4, 5].map((weekday) => ({
    weekday,
    opens: '08:00',
    closes: weekday === 3 || weekday === 5 ? '12:00' : '18:00',
    seats: 6,
    callcenterSeats: 4,
    onlineSeats: 3,
    validFrom: null,
    validUntil: null,
  }));
  const busy = await createLocation(ctx, tenant.id, { ...common, name: 'Bench Suche', openingHours: rules });
  return { tenantId: tenant.id, race, day, busy };
}

async function raceBookings(database: Database, label: string) {
  const env = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  const settings = appointmentSettings(env);
  const setup = await prepare(database);
  const actor = systemActor('bench-agent');
  const agentCtx = { database, actor, clock: systemClock };
  const starts = Array.from({ length: 10 }, (_, i) => berlinInstant(setup.day, `08:${String(i * 5).padStart(2, '0')}`).toISOString());
  const latencies: number[] = [];
  let booked = 0;
  let refused = 0;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: ATTEMPTS }, async (_, i) => {
      const t0 = performance.now();
      try {
        const hold = await holdSlot(
          agentCtx,
          settings,
          { locationId: setup.race.id, start: starts[i % 10]!, services: [{ code: 'personalausweis', quantity: 1 }] },
          'internal',
        );
        await confirmBooking(
          agentCtx,
          settings,
          {
            holdId: hold.holdId,
            holdSecret: hold.holdSecret,
            idempotencyKey: `bench-${i}-${label}`,
            name: `Person ${i}`,
            email: null,
            phone: null,
          },
          'internal',
        );
        booked++;
      } catch {
        refused++;
      }
      latencies.push(performance.now() - t0);
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  const [check] = await queryRows<{ bookings: number; overlaps: number }>(
    database.db,
    sql`select (select count(*)::int from appointments where location_id = ${setup.race.id}) as bookings,
               (select count(*)::int from appointment_claims a join appointment_claims b
                  on a.id < b.id and a.location_id = b.location_id and a.seat = b.seat and a.during && b.during) as overlaps`,
  );
  console.log(
    `${label}: ${ATTEMPTS} concurrent attempts for 100 slots → ${booked} booked, ${refused} refused; in the database ${check!.bookings} bookings, ${check!.overlaps} double bookings; ` +
      `${seconds.toFixed(2)} s, ${(ATTEMPTS / seconds).toFixed(0)} attempts/s, latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms`,
  );
  if (booked !== 100 || check!.bookings !== 100 || check!.overlaps !== 0)
    throw new Error(`${label}: expected exactly 100 bookings and no double booking`);

  // Fill part of the busy office, then time the four-week search.
  const search = {
    tenantId: setup.tenantId,
    services: [{ code: 'personalausweis', quantity: 1 }],
    locationKind: 'buergerbuero' as const,
    includeNeighbours: false,
    radiusKm: 15,
    locationId: setup.busy.id,
    days: 28,
    slotsPerLocation: 500,
  };
  const first = await searchSlots(agentCtx, search, 'internal');
  const slots = first.locations[0]!.slots;
  for (let i = 0; i < slots.length && i < 600; i += 3) {
    try {
      const hold = await holdSlot(
        agentCtx,
        settings,
        { locationId: setup.busy.id, start: slots[i]!.start, services: [{ code: 'personalausweis', quantity: 1 }] },
        'internal',
      );
      await confirmBooking(
        agentCtx,
        settings,
        {
          holdId: hold.holdId,
          holdSecret: hold.holdSecret,
          idempotencyKey: `fill-${i}-${label}`,
          name: `Fill ${i}`,
          email: null,
          phone: null,
        },
        'internal',
      );
    } catch {
      /* a slot that is gone is fine */
    }
  }
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    const result = await searchSlots(agentCtx, search, i % 2 ? 'online' : 'callcenter');
    times.push(performance.now() - t0);
    found = result.locations[0]!.slots.length;
  }
  console.log(
    `${label}: slot search, 4 weeks, one location (${found} free slots returned): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (goal p95 < 50 ms on PostgreSQL)`,
  );
}

export async function run() {
  await onFreshDatabases({ name: 'appointments', poolSize: 10 }, (database, label, _engine) => raceBookings(database, label));
}

runWhenCalledDirectly(import.meta.url, run);
