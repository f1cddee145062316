/**
 * Assistant benchmark (issue 15): bench/assistant-questions.json holds citizen questions (colloquial,
 * misspelt, English, town missing, a postal code two towns share, out of scope, a wish for a person,
 * emergencies) with the expected outcome. Prints, per engine:
 *   - share answered with the right service (goal >= 90 %): expected "answer", reply kind answer, first source the service
 *   - share correctly handed over, asking for the town or giving the emergency numbers (goal >= 95 %)
 *   - invented facts (must be 0): facts in any reply found neither in the cited service's official text
 *     (read independently through the public knowledge API's service detail) nor in the question, the
 *     emergency numbers or the service hours
 *   - reply latency p50/p95 (goal p95 < 200 ms on PostgreSQL), measured through the use case
 *
 *   npm run bench -- assistant          PGlite, and PostgreSQL if reachable
 *   BENCH_BACKENDS=pglite npx tsx bench/assistant.bench.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { seedTenants } from '../src/demo/seed-demo-data.js';
import { seedAppointmentsDemo } from '../src/modules/appointments/index.js';
import { handleAssistantMessage } from '../src/modules/assistant/index.js';
import { extractFacts, normaliseFact } from '../src/modules/assistant/grounding.js';
import { EMERGENCY_NUMBERS } from '../src/modules/assistant/replies.js';
import { getServiceDetailPublic } from '../src/modules/knowledge/catalogue.service.js';
import { seedKnowledgeBase } from '../src/modules/knowledge/index.js';
import { systemActor } from '../src/platform/auth/actor.js';
import { openPglite, openPostgres, type Database } from '../src/platform/db/database.js';
import { runMigrations } from '../src/platform/db/migrate.js';
import { addDays, isoWeekday, localDate, localInstant } from '../src/platform/time/berlin-time.js';
import { holidayName } from '../src/platform/calendar/lower-saxony-holidays.js';
import { fixedClock, systemClock, type Clock } from '../src/platform/time/clock.js';

interface Step {
  text: string;
  expect: 'answer' | 'ask_municipality' | 'handover' | 'emergency' | 'clarify';
  leikaKey?: string;
}
interface Question extends Step {
  group: string;
  municipality?: string;
  language?: 'de' | 'en';
  then?: Step;
}

const questions = JSON.parse(readFileSync(fileURLToPath(new URL('./assistant-questions.json', import.meta.url)), 'utf8')) as Question[];

/** In service hours, so hand-overs offer the chat: the next ordinary Wednesday, 10:00 Berlin. */
function serviceHoursInstant(): Date {
  let day = addDays(localDate(systemClock.now()), 1);
  while (isoWeekday(day) !== 3 || holidayName(day)) day = addDays(day, 1);
  return localInstant(day, '10:00');
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

async function evaluate(database: Database, clock: Clock) {
  const deps = { database, clock, settings: { rephrase: null } };
  const officialCache = new Map<string, string>();
  const official = async (leikaKey: string, url: string) => {
    const ort = new URL(url, 'http://x').searchParams.get('ort') ?? undefined;
    const key = `${leikaKey}:${ort}`;
    if (!officialCache.has(key)) officialCache.set(key, (await getServiceDetailPublic(database, clock, leikaKey, ort)).answerText);
    return officialCache.get(key)!;
  };
  let answerExpected = 0;
  let answeredRight = 0;
  let routingExpected = 0;
  let routedRight = 0;
  let invented = 0;
  const latencies: number[] = [];
  const misses: string[] = [];
  const inventedList: string[] = [];
  const byGroup = new Map<string, { n: number; ok: number }>();

  async function step(q: Question, s: Step, conversationId: string | undefined, isFirst: boolean) {
    const started = performance.now();
    const result = await handleAssistantMessage(deps, {
      text: s.text,
      conversationId,
      ...(isFirst && q.municipality ? { municipality: q.municipality } : {}),
      ...(q.language ? { language: q.language } : {}),
    });
    latencies.push(performance.now() - started);
    const { reply } = result;
    // Invented facts: every fact of the reply must be in the cited official texts or the question's own words.
    const grounds = [s.text, q.text, q.municipality ?? '', EMERGENCY_NUMBERS, '30669 Hannover Langenhagen'];
    for (const src of reply.sources) if (reply.kind === 'answer') grounds.push(await official(src.leikaKey, src.url));
    for (const src of reply.sources) grounds.push(src.title);
    const haystack = normaliseFact(grounds.join('\n'));
    for (const fact of extractFacts(reply.text)) {
      if (!haystack.includes(fact) && !haystack.replace(/\s+/g, '').includes(fact.replace(/\s+/g, ''))) {
        invented++;
        inventedList.push(`${s.text}: ${fact}`);
      }
    }
    const ok = reply.kind === s.expect && (s.expect !== 'answer' || reply.sources[0]?.leikaKey === s.leikaKey);
    if (s.expect === 'answer') {
      answerExpected++;
      if (ok) answeredRight++;
    } else {
      routingExpected++;
      if (ok) routedRight++;
    }
    const g = byGroup.get(q.group) ?? { n: 0, ok: 0 };
    g.n++;
    if (ok) g.ok++;
    byGroup.set(q.group, g);
    if (!ok)
      misses.push(`[${q.group}] ${s.text} → ${reply.kind} ${reply.sources[0]?.title ?? ''} (erwartet ${s.expect} ${s.leikaKey ?? ''})`);
    return result.conversationId;
  }

  for (const q of questions) {
    const id = await step(q, q, undefined, true);
    if (q.then) await step(q, q.then, id, false);
  }
  latencies.sort((a, b) => a - b);
  return {
    answered: (100 * answeredRight) / answerExpected,
    answerExpected,
    routed: (100 * routedRight) / routingExpected,
    routingExpected,
    invented,
    inventedList,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    n: latencies.length,
    misses,
    byGroup,
  };
}

async function benchBackend(kind: 'pglite' | 'postgres', database: Database) {
  const clock = fixedClock(serviceHoursInstant());
  await seedTenants(database, { clock });
  const ctx = { database, actor: systemActor('bench'), clock };
  await seedKnowledgeBase(ctx);
  await seedAppointmentsDemo(ctx);
  await evaluate(database, clock); // warm-up (caches, plans); its conversations stay, as they would in use
  const r = await evaluate(database, clock);
  const f = (n: number) => n.toFixed(1);
  console.log(`\n== ${kind} ==`);
  console.log(`${questions.length} questions, ${r.n} messages (follow-ups included)`);
  console.log(
    `answered with the right service: ${f(r.answered)} % of ${r.answerExpected} (goal >= 90 %, ratio ${(r.answered / 90).toFixed(2)})`,
  );
  console.log(
    `handed over / asked for the town / emergency as expected: ${f(r.routed)} % of ${r.routingExpected} (goal >= 95 %, ratio ${(r.routed / 95).toFixed(2)})`,
  );
  console.log(`invented facts: ${r.invented} (must be 0)${r.inventedList.length ? `: ${r.inventedList.join('; ')}` : ''}`);
  console.log(
    `reply latency: p50 ${f(r.p50)} ms, p95 ${f(r.p95)} ms${kind === 'postgres' ? ` (goal < 200 ms, ratio ${(r.p95 / 200).toFixed(2)})` : ''}`,
  );
  console.log(`by group: ${[...r.byGroup].map(([g, v]) => `${g} ${v.ok}/${v.n}`).join(', ')}`);
  if (r.misses.length) console.log(`  misses:\n    ${r.misses.join('\n    ')}`);
  return r;
}

export async function run() {
  const backends = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',');
  if (backends.includes('pglite')) {
    const database = await openPglite();
    await runMigrations(database);
    try {
      await benchBackend('pglite', database);
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
      return;
    }
    const name = `dc_bench_assistant_${process.pid}`;
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const benchUrl = new URL(url);
    benchUrl.pathname = `/${name}`;
    const database = openPostgres(benchUrl.toString(), 4);
    try {
      await runMigrations(database, benchUrl.toString());
      await benchBackend('postgres', database);
    } finally {
      await database.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
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
