/**
 * Audit search as the auditor page uses it, over a trail of 300,000 entries
 * (about a year of a busy center: logins, data changes, personal-data reads):
 * first page unfiltered, by actor name, by action prefix, by tenant and time
 * range, and a deep "weitere laden" page. Each query 30 times, p50/p95 in ms.
 * Runs on PGlite (in memory) and on PostgreSQL (BENCH_DATABASE_URL).
 */
import { sql } from 'drizzle-orm';
import { seedTenants } from '../src/demo/seed-demo-data.js';
import { listTenants } from '../src/modules/tenancy/tenancy.service.js';
import { systemActor } from '../src/platform/auth/actor.js';
import { searchAudit } from '../src/platform/audit/audit.service.js';
import type { AuditFilter } from '../src/platform/audit/audit.repository.js';
import { ALL_TENANTS, queryRows, type Database } from '../src/platform/db/database.js';
import { onFreshDatabases, percentile, runWhenCalledDirectly } from './support/bench-kit.js';
import { systemClock } from '../src/platform/time/clock.js';

const ENTRIES = 300_000;
const REPEAT = 30;

async function fillTrail(database: Database) {
  await seedTenants(database);
  const t0 = performance.now();
  // 40 actors, 8 actions, 22 tenants, spread over the last 365 days (newest last, as appended).
  await database.scoped(ALL_TENANTS, (tx) =>
    queryRows(
      tx,
      sql`insert into audit_log (at, actor_user_id, actor_name, tenant_id, action, entity_type, entity_id, details, ip)
          select now() - make_interval(secs => (${ENTRIES} - g) * 105),
                 null, 'user' || (g % 40),
                 (select id from tenants order by slug offset (g % 22) limit 1),
                 (array['auth.login','personal_data.read','tenant.updated','permission.changed','department.updated','service_request.forwarded','work_item.accepted','audit.searched'])[1 + g % 8],
                 'user', md5(g::text), jsonb_build_object('n', g), '10.0.0.1'
          from generate_series(1, ${ENTRIES}) g`,
    ),
  );
  // Statistics as autovacuum would have them on a server; PGlite never analyzes by itself.
  await database.db.execute(sql`analyze audit_log`);
  return performance.now() - t0;
}

async function measure(database: Database, label: string) {
  const fillMs = await fillTrail(database);
  const ctx = { database, actor: { ...systemActor('bench-auditor'), roles: ['auditor' as const] }, clock: systemClock };
  const tenant = (await listTenants({ database, actor: systemActor('bench'), clock: systemClock })).find((t) => t.slug === 'laatzen')!;
  const firstPage = await searchAudit(ctx, { limit: 50 });
  const deepBefore = firstPage.at(-1)!.id - 150_000;
  const cases: [string, AuditFilter][] = [
    ['first page, no filter', { limit: 50 }],
    ['actor name', { actorName: 'user7', limit: 50 }],
    ['action prefix "permission."', { action: 'permission.', limit: 50 }],
    ['tenant + last 7 days', { tenantId: tenant.id, from: new Date(Date.now() - 7 * 86_400_000), limit: 50 }],
    [
      'actor + action, 30 days ago',
      { actorName: 'user1', action: 'personal_data.', to: new Date(Date.now() - 30 * 86_400_000), limit: 50 },
    ],
    ['"weitere laden" half-way back', { beforeId: deepBefore, limit: 50 }],
    ['rare: actor never seen', { actorName: 'niemand', limit: 50 }],
  ];
  console.log(`${label}: ${ENTRIES.toLocaleString('en')} audit entries inserted in ${(fillMs / 1000).toFixed(1)} s`);
  for (const [name, filter] of cases) {
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < REPEAT; i++) {
      const t0 = performance.now();
      found = (await searchAudit(ctx, filter)).length;
      times.push(performance.now() - t0);
    }
    console.log(
      `${label}: ${name.padEnd(32)} ${String(found).padStart(3)} rows  p50 ${percentile(times, 50).toFixed(1)} ms  p95 ${percentile(times, 95).toFixed(1)} ms`,
    );
  }
}

export async function run() {
  await onFreshDatabases({ name: 'audit', poolSize: 5, postgresLabel: 'PostgreSQL' }, (database, label, _engine) =>
    measure(database, label),
  );
}

runWhenCalledDirectly(import.meta.url, run);
