/**
 * Billing benchmark (issue 12), on a fresh PGlite and a fresh PostgreSQL database: 22 tenants (the host
 * plus 21 billed), each with billing data and a key (the five kinds in turn), the pilot cost plan, and a
 * month of call rollups (`BENCH_BILLING_CALLS`, default 60,000 calls, rolled up with migration 0013's
 * backfill). Times the center preview (all statements of the month), drafting the month's invoices, and
 * check + approve + issue (number, XRechnung, PDF, mail) of each. Figures are printed, never asserted.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { seedTenants } from '../src/demo/seed-demo-data.js';
import { addCostItem, addKeyVersion, createCostPlan, saveBillingSettings } from '../src/modules/billing/cost-plan.service.js';
import { approveInvoice, checkInvoice, createInvoiceDrafts, issueInvoice } from '../src/modules/billing/invoice.service.js';
import { previewPeriod } from '../src/modules/billing/statement.service.js';
import { getTenantDetail, listTenants, makeLeitwegId, updateAgreement } from '../src/modules/tenancy/index.js';
import { systemActor, type Actor } from '../src/platform/auth/actor.js';
import { ALL_TENANTS, type Database } from '../src/platform/db/database.js';
import { fixedClock } from '../src/platform/time/clock.js';
import { onFreshDatabases, runWhenCalledDirectly } from './support/bench-kit.js';

const CALLS = Number(process.env.BENCH_BILLING_CALLS ?? 60_000);
const MONTH = '2026-10';
const clock = fixedClock(new Date('2026-11-05T09:00:00Z'));
const billing = (username: string): Actor => ({
  userId: null,
  username,
  displayName: username,
  roles: ['billing'],
  tenantId: null,
  departmentIds: [],
});
const kinds = ['per_contact', 'per_minute', 'per_inhabitant', 'base_plus_variable', 'fixed'] as const;

async function measure(database: Database, label: string) {
  await seedTenants(database);
  const admin = { database, actor: systemActor('bench'), clock };
  const a = { database, actor: billing('bench.a'), clock };
  const b = { database, actor: billing('bench.b'), clock };
  const tenants = await listTenants(admin);
  await saveBillingSettings(a, {
    sellerName: 'Landeshauptstadt Hannover',
    sellerStreet: 'Trammplatz 2',
    sellerPostalCode: '30159',
    sellerCity: 'Hannover',
    sellerIdentifier: '03241001',
    taxNumber: '25/200/12345',
    vatId: null,
    iban: 'DE85250501800000012345',
    bic: 'SPKHDE2H',
    accountName: 'Stadtkasse',
    contactName: 'Abrechnung',
    contactPhone: '0511 168-0',
    contactEmail: 'abrechnung@hannover.example',
  });
  await createCostPlan(a, 2026, { title: 'Bench 2026', notes: null });
  for (const [name, category, cents] of [
    ['Personal', 'personnel', 26_800_000],
    ['Sachkosten', 'material', 4_850_000],
  ] as const) {
    await addCostItem(a, 2026, {
      name,
      category,
      bearer: 'participants',
      changes: [{ from: '2026-01-01', annualAmountCents: cents }],
      oneOffAmountCents: null,
      bookedOn: null,
      position: 0,
    });
  }
  let i = 0;
  for (const tenant of tenants.filter((t) => !t.isHost)) {
    const detail = await getTenantDetail(admin, tenant.id);
    await updateAgreement(admin, tenant.id, {
      version: detail.agreement!.version,
      termStart: '2022-01-01',
      leitwegId: makeLeitwegId(tenant.ags, 'DC'),
      billingStreet: 'Rathausplatz 1',
      billingPostalCode: '30000',
      billingCity: tenant.name,
      billingContactEmail: `rechnung@${tenant.slug}.example`,
      vatTreatment: i % 7 === 0 ? 'taxable' : 'not_taxable',
    });
    const kind = kinds[i++ % kinds.length]!;
    await addKeyVersion(a, {
      tenantId: tenant.id,
      effectiveFrom: '2022-01-01',
      kind,
      monthlyCents: kind === 'fixed' || kind === 'base_plus_variable' ? 100_000 : null,
      inhabitants: kind === 'per_inhabitant' ? 20_000 + i * 1000 : null,
      inhabitantsAsOf: kind === 'per_inhabitant' ? '2024-12-31' : null,
    });
  }
  const ids = tenants.map((t) => t.id);
  const backfill = readFileSync(new URL('../migrations/0013_call_rollups_backfill.sql', import.meta.url), 'utf8');
  await database.scoped(ALL_TENANTS, async (tx) => {
    await tx.execute(sql`
      insert into calls (telephone_system_id, external_call_id, tenant_id, tenant_name, queue_name, status, offered_at, answered_at, ended_at,
        wait_seconds, talk_seconds, last_event_at)
      select '00000000-0000-0000-0000-000000000001', 'b' || g, (${JSON.stringify(ids)}::jsonb ->> (g % ${ids.length}))::uuid, 't', 'q',
        'completed', ts, ts + interval '20 seconds', ts + ((60 + g % 240) || ' seconds')::interval, 20, 60 + g % 240, ts
      from (select g, timestamptz '2026-10-01 08:00+02' + ((g::bigint * 2592000 / ${CALLS}) || ' seconds')::interval as ts
            from generate_series(1, ${CALLS}) g) x`);
    await tx.execute(sql.raw(backfill));
  });

  let started = performance.now();
  const preview = await previewPeriod(a, MONTH);
  const previewMs = performance.now() - started;
  started = performance.now();
  const { created } = await createInvoiceDrafts(a, MONTH);
  const draftMs = performance.now() - started;
  started = performance.now();
  for (const draft of created) {
    const checked = await checkInvoice(a, draft.id, draft.version);
    const approved = await approveInvoice(b, checked.id, checked.version);
    await issueInvoice(b, approved.id, approved.version);
  }
  const issueMs = performance.now() - started;
  const n = created.length;
  console.log(
    `${label}: ${CALLS.toLocaleString('de-DE')} calls, ${preview.statements.length} statements, difference ${preview.differenceCents} ct; ` +
      `preview ${previewMs.toFixed(0)} ms, drafts ${draftMs.toFixed(0)} ms for ${n} invoices, check+approve+issue ${issueMs.toFixed(0)} ms ` +
      `(${(issueMs / Math.max(1, n)).toFixed(0)} ms per invoice; all together ${((previewMs + draftMs + issueMs) / Math.max(1, n)).toFixed(0)} ms per invoice)`,
  );
}

export async function run() {
  await onFreshDatabases({ name: 'billing', poolSize: 10 }, (database, label) => measure(database, label));
}

runWhenCalledDirectly(import.meta.url, run);
