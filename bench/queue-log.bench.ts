/**
 * queue_log import benchmark (issue 17): a generated Asterisk queue_log of `QL_BENCH_MB` megabytes
 * (default 50, about a million lines: DID, ENTERQUEUE, CONNECT, COMPLETE*, ABANDON, Wazo's JOINEMPTY
 * and FULL, agent PAUSE lines) written to a temporary file, then
 * 1. read: streamed line by line (readline) through the importer's reader, every call folded into
 *    its events; lines/s and peak memory (RSS, heap);
 * 2. import: the first `QL_BENCH_IMPORT_MB` megabytes (default 5; 50 for the whole file) streamed
 *    through `importQueueLogLines` into PGlite (in memory; BENCH_DATABASE_URL for PostgreSQL): lines/s,
 *    events/s, peak memory, and a check that every call was stored.
 * Figures are printed, never asserted (timing goals live here, not in tests).
 */
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { seedTenants } from '../src/demo/seed-demo-data.js';
import { QueueLogReader } from '../src/modules/contacts/telephony/queue-log.js';
import { importQueueLogLines, registerTelephoneSystem } from '../src/modules/contacts/telephony/telephony.service.js';
import { systemActor } from '../src/platform/auth/actor.js';
import type { UseCaseContext } from '../src/platform/context.js';
import { ALL_TENANTS, openPglite, openPostgres, queryRows, type Database } from '../src/platform/db/database.js';
import { runMigrations } from '../src/platform/db/migrate.js';
import { systemClock } from '../src/platform/time/clock.js';
import { sql } from 'drizzle-orm';

const MB = Number(process.env.QL_BENCH_MB ?? 50);
const IMPORT_MB = Number(process.env.QL_BENCH_IMPORT_MB ?? 5);
const QUEUES = ['dc-hannover', 'dc-langenhagen', 'dc-laatzen', 'dc-garbsen'];

/** Deterministic queue_log: about 4 lines per call, 2026-03-02 from 07:00 on, one call every 2 s. */
async function writeLog(path: string, bytes: number) {
  const out = createWriteStream(path);
  let written = 0;
  let lines = 0;
  let seed = 17;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const start = 1772431200; // 2026-03-02T06:00:00Z
  const write = (line: string) => {
    written += line.length + 1;
    lines++;
    return out.write(`${line}\n`) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  };
  for (let n = 0; written < bytes; n++) {
    const t = start + n * 2;
    const id = `${t}.${n % 1000}`;
    const q = QUEUES[n % QUEUES.length]!;
    const agent = `SIP/${1001 + (n % 18)}`;
    const r = rand();
    if (r < 0.03) {
      await write(`${t}|${id}|${q}|NONE|${r < 0.015 ? 'JOINEMPTY' : 'FULL'}|||||`);
      continue;
    }
    await write(`${t}|${id}|${q}|NONE|DID|0511168${String(n % 22).padStart(2, '0')}0`);
    await write(`${t}|${id}|${q}|NONE|ENTERQUEUE||0511${String(4_000_000 + (n % 900_000))}|1`);
    const wait = Math.floor(rand() * 90);
    if (r < 0.12) {
      await write(`${t + wait}|${id}|${q}|NONE|ABANDON|1|1|${wait}`);
      continue;
    }
    const talk = 60 + Math.floor(rand() * 400);
    await write(`${t + wait}|${id}|${q}|${agent}|CONNECT|${wait}|${id}1|3`);
    await write(`${t + wait + talk}|${id}|${q}|${agent}|${r < 0.6 ? 'COMPLETECALLER' : 'COMPLETEAGENT'}|${wait}|${talk}|1`);
    if (n % 50 === 0) await write(`${t + 1}|NONE|${q}|${agent}|PAUSE|Pause`);
  }
  await new Promise<void>((r) => out.end(() => r()));
  return lines;
}

/** Samples RSS and heap every 50 ms; returns the peaks in MB. */
function memoryPeaks() {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 50);
  return () => {
    clearInterval(timer);
    sample();
    return { rssMb: Math.round(rss / 1e6), heapMb: Math.round(heap / 1e6) };
  };
}

async function* linesOf(path: string, maxBytes = Number.POSITIVE_INFINITY) {
  const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity });
  let bytes = 0;
  for await (const line of rl) {
    bytes += line.length + 1;
    if (bytes > maxBytes) break;
    yield line;
  }
  rl.close();
}

async function openDatabase(): Promise<{ database: Database; close: () => Promise<void>; engine: string }> {
  if (process.env.BENCH_DATABASE_URL) {
    const database = await openPostgres(process.env.BENCH_DATABASE_URL);
    return { database, close: () => database.close(), engine: 'PostgreSQL' };
  }
  const database = await openPglite();
  return { database, close: () => database.close(), engine: 'PGlite (memory)' };
}

export async function run() {
  const path = join(tmpdir(), `dc-queue-log-bench-${process.pid}.log`);
  try {
    let t0 = performance.now();
    const written = await writeLog(path, MB * 1e6);
    console.log(
      `generated ${written.toLocaleString('en')} lines, ${(statSync(path).size / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    // 1. Read and fold the whole file, streamed.
    let stop = memoryPeaks();
    t0 = performance.now();
    const reader = new QueueLogReader();
    for await (const line of linesOf(path)) reader.push(line);
    let events = 0;
    for (const list of reader.callEvents()) events += list.length;
    let seconds = (performance.now() - t0) / 1000;
    let peaks = stop();
    console.log(
      `read ${MB} MB: ${reader.lines.toLocaleString('en')} lines, ${reader.callCount.toLocaleString('en')} calls, ${events.toLocaleString('en')} events in ${seconds.toFixed(1)} s = ${Math.round(reader.lines / seconds).toLocaleString('en')} lines/s; peak RSS ${peaks.rssMb} MB, heap ${peaks.heapMb} MB; ${reader.result().errors.length} errors`,
    );

    // 2. Import (parse + store) the first IMPORT_MB megabytes through the use case.
    const { database, close, engine } = await openDatabase();
    try {
      await runMigrations(database, process.env.BENCH_DATABASE_URL);
      await seedTenants(database);
      const admin: UseCaseContext = { database, actor: systemActor('bench'), clock: systemClock };
      await registerTelephoneSystem(admin, 'Bench-ACD', 'bench-acd-token-0123456789');
      stop = memoryPeaks();
      t0 = performance.now();
      let lastStored = 0;
      const result = await importQueueLogLines(admin, 'Bench-ACD', linesOf(path, IMPORT_MB * 1e6), (p) => {
        if (p.phase === 'storing' && p.storedCalls - lastStored >= 20_000) {
          lastStored = p.storedCalls;
          console.log(`  … ${p.storedCalls.toLocaleString('en')} of ${p.calls.toLocaleString('en')} calls stored`);
        }
      });
      seconds = (performance.now() - t0) / 1000;
      peaks = stop();
      const [stored] = await database.scoped(ALL_TENANTS, (tx) => queryRows<{ n: number }>(tx, sql`select count(*)::int as n from calls`));
      const lines = Math.round((written * Math.min(IMPORT_MB, MB)) / MB);
      console.log(
        `import ${Math.min(IMPORT_MB, MB)} MB on ${engine}: ~${lines.toLocaleString('en')} lines, ${result.accepted.toLocaleString('en')} events, ${result.calls.toLocaleString('en')} calls in ${seconds.toFixed(1)} s = ${Math.round(lines / seconds).toLocaleString('en')} lines/s, ${Math.round(result.accepted / seconds).toLocaleString('en')} events/s; peak RSS ${peaks.rssMb} MB, heap ${peaks.heapMb} MB; calls stored ${stored?.n === result.calls ? 'all' : `${stored?.n} of ${result.calls}`}`,
      );
    } finally {
      await close();
    }
  } finally {
    rmSync(path, { force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
