/**
 * Knowledge search benchmark: relevance on bench/knowledge-questions.json (realistic,
 * colloquial, misspelt and compound questions with the expected service) against
 * plain PostgreSQL websearch_to_tsquery ranking as the baseline, and search latency
 * p50/p95 with 2,000 services × 22 tenants, on PGlite and on PostgreSQL.
 *
 *   npx tsx bench/knowledge.bench.ts            PGlite, and PostgreSQL if reachable
 *   BENCH_BACKENDS=pglite npx tsx bench/knowledge.bench.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { seedTenants } from '../src/demo/seed-demo-data.js';
import { addMonths, storeSharedRecords, todayIso } from '../src/modules/knowledge/catalogue-store.js';
import { demoServices } from '../src/modules/knowledge/demo/demo-catalogue.js';
import { deriveLocalPart } from '../src/modules/knowledge/demo/local-parts.data.js';
import { insertLocalParts } from '../src/modules/knowledge/knowledge.repository.js';
import { seedKnowledgeBase } from '../src/modules/knowledge/knowledge.seed.js';
import { tenantsWithLocalPart } from '../src/modules/knowledge/responsibility.js';
import { rankServicesPlain } from '../src/modules/knowledge/search/search.repository.js';
import { knowledgeTenants, searchKnowledge } from '../src/modules/knowledge/search.service.js';
import { systemActor, type Actor } from '../src/platform/auth/actor.js';
import type { UseCaseContext } from '../src/platform/context.js';
import { ALL_TENANTS, openPglite, openPostgres, queryRows, type Database } from '../src/platform/db/database.js';
import { runMigrations } from '../src/platform/db/migrate.js';
import { systemClock } from '../src/platform/time/clock.js';
import { buildMinisearchPeer } from './support/minisearch-peer.js';

interface Question {
  question: string;
  municipality: string;
  expectedLeikaKey: string;
  expectedTitle: string;
}

const questions = JSON.parse(readFileSync(fileURLToPath(new URL('./knowledge-questions.json', import.meta.url)), 'utf8')) as Question[];
const TARGET_SERVICES = 2000;
const LATENCY_ROUNDS = 2;

/** An agent without a user id: searches are not logged, so the benchmark does not fill the gap log. */
const benchAgent: Actor = { ...systemActor('bench-agent'), roles: ['agent'] };

interface Relevance {
  top1: number;
  top5: number;
}

async function relevance(ctx: UseCaseContext): Promise<{ ours: Relevance; baseline: Relevance; peer: Relevance; misses: string[] }> {
  const ours = { top1: 0, top5: 0 };
  const baseline = { top1: 0, top5: 0 };
  const peerHits = { top1: 0, top5: 0 };
  // The second peer, measured on the same questions over the same texts and synonyms.
  const peer = await buildMinisearchPeer(ctx.database);
  const misses: string[] = [];
  for (const q of questions) {
    const result = await searchKnowledge(ctx, { q: q.question, municipality: q.municipality, limit: 5 });
    const keys = result.items.map((i) => i.leikaKey);
    if (keys[0] === q.expectedLeikaKey) ours.top1++;
    if (keys.includes(q.expectedLeikaKey)) ours.top5++;
    else misses.push(`${q.question} → ${result.items[0]?.title ?? '(nichts)'} (erwartet: ${q.expectedTitle})`);
    const plain = await ctx.database.scoped(ALL_TENANTS, (tx) => rankServicesPlain(tx, q.question, 5));
    if (plain[0]?.leikaKey === q.expectedLeikaKey) baseline.top1++;
    if (plain.some((p) => p.leikaKey === q.expectedLeikaKey)) baseline.top5++;
    const peerKeys = peer.search(q.question, 5);
    if (peerKeys[0] === q.expectedLeikaKey) peerHits.top1++;
    if (peerKeys.includes(q.expectedLeikaKey)) peerHits.top5++;
  }
  const pct = (r: Relevance) => ({ top1: (100 * r.top1) / questions.length, top5: (100 * r.top5) / questions.length });
  return { ours: pct(ours), baseline: pct(baseline), peer: pct(peerHits), misses };
}

const audiences = [
  'für Vereine',
  'für Unternehmen',
  'für Studierende',
  'für Seniorinnen und Senioren',
  'für Familien',
  'im Eilverfahren',
  'für Menschen mit Behinderung',
  'für Neubürger',
];

/** Grows the catalogue to TARGET_SERVICES with variants of the demo services, each with local parts for its tenants. */
export async function growCatalogue(ctx: UseCaseContext) {
  const tenants = await knowledgeTenants(ctx);
  const host = tenants.find((t) => t.isHost)!;
  const base = demoServices();
  const extra = TARGET_SERVICES - base.length;
  const variants = Array.from({ length: extra }, (_, i) => {
    const s = base[i % base.length]!;
    const audience = audiences[Math.floor(i / base.length) % audiences.length]!;
    return {
      ...s,
      leikaKey: `98${String(i).padStart(12, '0')}`,
      title: `${s.title} ${audience}`,
      shortText: `${s.shortText} Besondere Hinweise ${audience}.`,
    };
  });
  await ctx.database.scoped(ALL_TENANTS, async (tx) => {
    await storeSharedRecords(tx, {
      records: variants.map((v) => ({
        leikaKey: v.leikaKey,
        title: v.title,
        category: v.category,
        responsibility: v.responsibility,
        shortText: v.shortText,
        fullText: v.fullText ?? null,
        requiredDocuments: v.requiredDocuments ?? null,
        fees: v.fees ?? null,
        legalBasis: v.legalBasis ?? null,
        keywords: v.keywords,
        reviewIntervalMonths: 12,
      })),
      ownerTenantId: host.id,
      by: 'bench',
      source: 'seed',
      now: ctx.clock.now(),
    });
    const ids = new Map(
      (await queryRows<{ id: string; leika_key: string }>(tx, sql`select id, leika_key from knowledge_services`)).map((r) => [
        r.leika_key,
        r.id,
      ]),
    );
    const rows = variants.flatMap((v) =>
      tenantsWithLocalPart(v.responsibility, tenants).map((t) => ({
        ...deriveLocalPart(t, tenants.indexOf(t), v),
        tenantId: t.id,
        serviceId: ids.get(v.leikaKey)!,
        reviewDue: addMonths(todayIso(ctx.clock.now()), 6),
      })),
    );
    await insertLocalParts(tx, rows);
  });
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function latency(ctx: UseCaseContext) {
  const times: number[] = [];
  // CPU time of this process per search: on PGlite (in process) the work of the search itself,
  // which a shared, loaded machine inflates far less than the wall-clock time.
  const cpu: number[] = [];
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const slowest: { q: string; ms: number }[] = [];
  for (let round = 0; round < LATENCY_ROUNDS; round++) {
    for (const q of questions) {
      const start = performance.now();
      const startCpu = cpuMs();
      await searchKnowledge(ctx, { q: q.question, municipality: q.municipality, limit: 10 });
      const ms = performance.now() - start;
      cpu.push(cpuMs() - startCpu);
      times.push(ms);
      slowest.push({ q: q.question, ms });
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  slowest.sort((a, b) => b.ms - a.ms);
  return {
    n: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    cpuP50: percentile(cpu, 50),
    cpuP95: percentile(cpu, 95),
    slowest: slowest.slice(0, 5),
  };
}

async function counts(database: Database) {
  const [row] = await database.scoped(ALL_TENANTS, (tx) =>
    queryRows<{ services: number; local: number; tenants: number }>(
      tx,
      sql`select (select count(*) from knowledge_services)::int as services, (select count(*) from knowledge_local_parts)::int as local,
                 (select count(distinct tenant_id) from knowledge_local_parts)::int as tenants`,
    ),
  );
  return row!;
}

async function benchBackend(kind: 'pglite' | 'postgres', database: Database) {
  const ctx: UseCaseContext = { database, actor: benchAgent, clock: systemClock };
  const started = performance.now();
  await seedTenants(database);
  await seedKnowledgeBase({ database, actor: systemActor('bench'), clock: systemClock });
  const rel = await relevance(ctx);
  await growCatalogue(ctx);
  const volume = await counts(database);
  await latency(ctx); // warm-up
  const lat = await latency(ctx);
  const relAtVolume = await relevance(ctx);
  const f = (n: number) => n.toFixed(1);
  console.log(`\n== ${kind} ==`);
  console.log(
    `relevance on ${questions.length} questions (demo catalogue, ${volume.services - (TARGET_SERVICES - demoServices().length)} services):`,
  );
  console.log(`  ours:     top-1 ${f(rel.ours.top1)} %   top-5 ${f(rel.ours.top5)} %`);
  console.log(`  baseline: top-1 ${f(rel.baseline.top1)} %   top-5 ${f(rel.baseline.top5)} %   (websearch_to_tsquery + ts_rank)`);
  console.log(
    `  peer:     top-1 ${f(rel.peer.top1)} %   top-5 ${f(rel.peer.top5)} %   (minisearch BM25, fuzzy 0.2 + prefix, snowball German, same synonyms)`,
  );
  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
  console.log(
    `  ratio ours/peer: top-1 ${ratio(rel.ours.top1, rel.peer.top1)}, top-5 ${ratio(rel.ours.top5, rel.peer.top5)}; at volume: top-1 ${ratio(relAtVolume.ours.top1, relAtVolume.peer.top1)}, top-5 ${ratio(relAtVolume.ours.top5, relAtVolume.peer.top5)}`,
  );
  console.log(
    `relevance at volume (${volume.services} services): ours top-1 ${f(relAtVolume.ours.top1)} % top-5 ${f(relAtVolume.ours.top5)} %; baseline top-1 ${f(relAtVolume.baseline.top1)} % top-5 ${f(relAtVolume.baseline.top5)} %; peer top-1 ${f(relAtVolume.peer.top1)} % top-5 ${f(relAtVolume.peer.top5)} %`,
  );
  console.log(
    `latency, ${volume.services} services × ${volume.tenants} tenants (${volume.local} local parts), ${lat.n} searches: p50 ${f(lat.p50)} ms, p95 ${f(lat.p95)} ms`,
  );
  console.log(
    `  CPU time of this process per search: p50 ${f(lat.cpuP50)} ms, p95 ${f(lat.cpuP95)} ms${kind === 'pglite' ? ' (PGlite runs in process: the search work itself, less inflated by a loaded machine)' : ' (client side only; the server works in its own process)'}`,
  );
  console.log(`  slowest: ${lat.slowest.map((s) => `${s.q} (${s.ms.toFixed(0)} ms)`).join('; ')}`);
  if (rel.misses.length) console.log(`  not in top 5: ${rel.misses.join('\n                 ')}`);
  if (relAtVolume.misses.length) console.log(`  not in top 5 at volume: ${relAtVolume.misses.join('\n                 ')}`);
  console.log(`  (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  return { kind, relevance: rel, relevanceAtVolume: relAtVolume, latency: lat, volume };
}

export async function run() {
  const backends = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',');
  const results = [];
  if (backends.includes('pglite')) {
    const database = await openPglite();
    await runMigrations(database);
    try {
      results.push(await benchBackend('pglite', database));
    } finally {
      await database.close();
    }
  }
  if (backends.includes('postgres')) {
    const url = process.env.DATABASE_URL ?? 'postgres://dialogcenter:dialogcenter@127.0.0.1:5432/dialogcenter';
    const admin = new pg.Client({ connectionString: url });
    try {
      await admin.connect();
    } catch {
      console.log('\n== postgres == nicht erreichbar, übersprungen');
      return results;
    }
    const name = `dc_bench_knowledge_${process.pid}`;
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const benchUrl = new URL(url);
    benchUrl.pathname = `/${name}`;
    const database = openPostgres(benchUrl.toString(), 4);
    try {
      await runMigrations(database, benchUrl.toString());
      results.push(await benchBackend('postgres', database));
    } finally {
      await database.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  run().then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
