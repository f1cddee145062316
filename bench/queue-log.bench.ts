/**
 * queue_log import benchmark (issue 17): a generated Asterisk queue_log of `QL_BENCH_MB` megabytes
 * (default 50, about a million lines: DID, ENTERQUEUE, CONNECT, COMPLETE*, ABANDON, Wazo's JOINEMPTY
 * and FULL, agent PAUSE lines) written to a temporary file, then
 * 1. read: streamed line by line (readline) through the importer's reader, every call folded into
 *    its events; lines/s and peak memory (RSS, heap);
 * 2. import: the whole file (or the first `QL_BENCH_IMPORT_MB` megabytes) uploaded to the HTTP endpoint
 *    POST /api/v1/telephony/queue-log/uploads (streamed, one transaction, polled to its end), on PGlite
 *    (in memory) and, with BENCH_DATABASE_URL, on PostgreSQL: lines/s, events/s, peak RSS, wall time,
 *    and a check that every call was stored.
 * Figures are printed, never asserted (timing goals live here, not in tests).
 */
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { seedTenants } from '../src/demo/seed-demo-data.js';
import { QueueLogReader } from '../src/modules/contacts/telephony/queue-log.js';
import { registerTelephoneSystem } from '../src/modules/contacts/telephony/telephony.service.js';
import { Readable } from 'node:stream';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createUser } from '../src/modules/accounts/index.js';
import { systemActor } from '../src/platform/auth/actor.js';
import type { UseCaseContext } from '../src/platform/context.js';
import { ALL_TENANTS, openPglite, openPostgres, queryRows, type Database } from '../src/platform/db/database.js';
import { runMigrations } from '../src/platform/db/migrate.js';
import { systemClock } from '../src/platform/time/clock.js';
import { sql } from 'drizzle-orm';

const MB = Number(process.env.QL_BENCH_MB ?? 50);
const IMPORT_MB = Number(process.env.QL_BENCH_IMPORT_MB ?? MB);
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

type Engine = () => Promise<{ database: Database; close: () => Promise<void>; label: string }>;

/** PGlite (in memory) always; PostgreSQL too when BENCH_DATABASE_URL names a database (QL_BENCH_ENGINES=pglite|postgres to pick one). */
function engines(): Engine[] {
  const pick = process.env.QL_BENCH_ENGINES ?? 'pglite,postgres';
  const list: Engine[] = [];
  if (pick.includes('pglite'))
    list.push(async () => {
      const database = await openPglite();
      return { database, close: () => database.close(), label: 'PGlite (memory)' };
    });
  if (pick.includes('postgres') && process.env.BENCH_DATABASE_URL)
    list.push(async () => {
      const database = await openPostgres(process.env.BENCH_DATABASE_URL!);
      return { database, close: () => database.close(), label: 'PostgreSQL' };
    });
  return list;
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

    // 2. Import the file (the first QL_BENCH_IMPORT_MB megabytes; all of it by default) through the
    //    HTTP upload endpoint: streamed upload, background run in one transaction, polled to its end.
    const importPath = IMPORT_MB >= MB ? path : `${path}.part`;
    if (importPath !== path) {
      const out = createWriteStream(importPath);
      for await (const line of linesOf(path, IMPORT_MB * 1e6))
        if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
      await new Promise<void>((r) => out.end(() => r()));
    }
    for (const engine of engines()) {
      const { database, close, label } = await engine();
      try {
        await runMigrations(database, label === 'PostgreSQL' ? process.env.BENCH_DATABASE_URL : undefined);
        await seedTenants(database);
        const admin: UseCaseContext = { database, actor: systemActor('bench'), clock: systemClock };
        await registerTelephoneSystem(admin, 'Bench-ACD', `bench-acd-token-${process.pid}-0123456789`).catch(() => undefined);
        await createUser(admin, {
          username: `bench-admin-${process.pid}`,
          displayName: 'Bench',
          password: 'Bench-Passwort-2026!x',
          roles: ['admin'],
        });
        const app = await buildApp({
          config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', IMPORT_MAX_MB: '4096' }),
          database,
        });
        const base = await app.listen({ host: '127.0.0.1', port: 0 });
        try {
          const login = await fetch(`${base}/api/v1/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username: `bench-admin-${process.pid}`, password: 'Bench-Passwort-2026!x' }),
          });
          const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
          const bytes = statSync(importPath).size;
          stop = memoryPeaks();
          t0 = performance.now();
          const res = await fetch(`${base}/api/v1/telephony/queue-log/uploads?telephoneSystem=Bench-ACD&fileName=bench.queue_log`, {
            method: 'POST',
            headers: { cookie, 'content-type': 'text/plain', 'content-length': String(bytes) },
            body: Readable.toWeb(createReadStream(importPath)) as ReadableStream,
            duplex: 'half',
          } as RequestInit);
          if (res.status !== 202) throw new Error(`upload: ${res.status} ${await res.text()}`);
          const uploaded = (performance.now() - t0) / 1000;
          const { id } = (await res.json()) as { id: string };
          let run!: {
            status: string;
            rowsRead: number;
            rowsAccepted: number;
            rowsRefused: number;
            phase: string | null;
            result: { calls?: number } | null;
          };
          let lastPrint = 0;
          for (;;) {
            // PGlite runs in this process: a long statement blocks the event loop, and a kept-alive
            // connection may be reset meanwhile; a poll that fails is simply made again.
            try {
              run = (await (
                await fetch(`${base}/api/v1/imports/${id}`, { headers: { cookie, connection: 'close' } })
              ).json()) as typeof run;
            } catch {
              await new Promise((r) => setTimeout(r, 1000));
              continue;
            }
            if (!['receiving', 'processing'].includes(run.status)) break;
            if (performance.now() - lastPrint > 15_000) {
              lastPrint = performance.now();
              console.log(
                `  … ${run.phase ?? ''}: ${run.rowsRead.toLocaleString('en')} lines read (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
              );
            }
            await new Promise((r) => setTimeout(r, 500));
          }
          seconds = (performance.now() - t0) / 1000;
          peaks = stop();
          const [stored] = await database.scoped(ALL_TENANTS, (tx) =>
            queryRows<{ n: number }>(tx, sql`select count(*)::int as n from calls`),
          );
          const calls = run.result?.calls ?? 0;
          console.log(
            `HTTP import ${(bytes / 1e6).toFixed(1)} MB on ${label}: ${run.status}, ${run.rowsRead.toLocaleString('en')} lines, ${run.rowsAccepted.toLocaleString('en')} events, ${calls.toLocaleString('en')} calls, ${run.rowsRefused} refused; upload ${uploaded.toFixed(1)} s, wall ${seconds.toFixed(1)} s = ${Math.round(run.rowsRead / seconds).toLocaleString('en')} lines/s, ${Math.round(run.rowsAccepted / seconds).toLocaleString('en')} events/s; peak RSS ${peaks.rssMb} MB (server and client in one process), heap ${peaks.heapMb} MB; calls stored ${stored?.n === calls ? 'all' : `${stored?.n} of ${calls}`}`,
          );
        } finally {
          await app.close();
        }
      } finally {
        await close();
      }
    }
    if (importPath !== path) rmSync(importPath, { force: true });
  } finally {
    rmSync(path, { force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
