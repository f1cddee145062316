/**
 * Job runner (pg-boss 10) on both engines (decision 0065):
 * 1. start on a fresh database (pg-boss creates its schema), and a second start (schema present);
 * 2. trigger → handler latency, 20 times (pg-boss insert, worker notified, fetch, handler);
 * 3. idle cost: statements pg-boss sends in 10 s with three registered jobs (PGlite: counted at the adapter).
 * Figures are printed, never asserted.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { Database } from '../src/platform/db/database.js';
import { createJobRunner } from '../src/platform/jobs/jobs.js';
import { systemClock } from '../src/platform/time/clock.js';
import { BENCH_PG_URL, onFreshDatabases, percentile, runWhenCalledDirectly } from './support/bench-kit.js';

const silent = { info: () => undefined, warn: () => undefined, error: (o: object, m?: string) => console.error(m, o) };

function counting(database: Database): { database: Database; count: () => number } {
  let n = 0;
  if (!database.pglite) return { database, count: () => Number.NaN };
  const real = database.pglite;
  const wrapped = {
    query: (...args: Parameters<PGlite['query']>) => (n++, real.query(...args)),
    exec: (...args: Parameters<PGlite['exec']>) => (n++, real.exec(...args)),
  } as unknown as PGlite;
  return { database: { ...database, pglite: wrapped }, count: () => n };
}

export async function run() {
  await onFreshDatabases({ name: 'jobs', poolSize: 2 }, async (plain, label, _engine, url) => {
    const { database, count } = counting(plain);
    for (const attempt of ['first start (creates schema pgboss)', 'second start']) {
      const runner = createJobRunner({
        database,
        clock: systemClock,
        log: silent,
        connectionString: url ?? BENCH_PG_URL,
        pollingIntervalSeconds: 2,
      });
      let resolveRun: (() => void) | null = null;
      runner.registerJob({ name: 'bench-ping', everySeconds: 3600, handler: async () => resolveRun?.() });
      runner.registerJob({ name: 'bench-idle-a', everySeconds: 3600, handler: async () => undefined });
      runner.registerJob({ name: 'bench-idle-b', everySeconds: 3600, handler: async () => undefined });
      const s0 = performance.now();
      await runner.start();
      console.log(`${label}: ${attempt} ${(performance.now() - s0).toFixed(0)} ms`);
      if (attempt === 'second start') {
        await new Promise((r) => setTimeout(r, 3000)); // the start-up ticks run first
        const latencies: number[] = [];
        for (let i = 0; i < 20; i++) {
          const t0 = performance.now();
          await new Promise<void>((resolve) => {
            resolveRun = resolve;
            runner.trigger('bench-ping');
          });
          latencies.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 100));
        }
        console.log(
          `${label}: trigger → handler p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`,
        );
        const before = count();
        await new Promise((r) => setTimeout(r, 10_000));
        const idle = count() - before;
        console.log(`${label}: idle, 3 jobs, polling 2 s: ${Number.isNaN(idle) ? 'n/a (separate pool)' : `${idle} statements in 10 s`}`);
      }
      const t0 = performance.now();
      await runner.stop(5_000);
      console.log(`${label}: stop ${(performance.now() - t0).toFixed(0)} ms`);
    }
  });
}

runWhenCalledDirectly(import.meta.url, run);
