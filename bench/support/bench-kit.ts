/**
 * What the benchmarks share: the PostgreSQL server to measure on, a percentile,
 * the "fresh migrated database on PGlite, then on PostgreSQL" frame, and the
 * run-when-called-directly switch (run-all.ts imports the same `run()`).
 */
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../../src/platform/db/database.js';
import { runMigrations } from '../../src/platform/db/migrate.js';

export const BENCH_PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://dialogcenter:dialogcenter@127.0.0.1:5432/dialogcenter';

/** Nearest-rank percentile of unsorted values. */
export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/**
 * Runs `measure` on a fresh migrated PGlite, then on a fresh migrated PostgreSQL
 * database (created and dropped here; skipped with a message when the server is
 * not reachable). The PostgreSQL label names the pool size.
 */
export async function onFreshDatabases(
  options: { name: string; poolSize: number; postgresLabel?: string },
  measure: (database: Database, label: string, engine: 'pglite' | 'postgres', url?: string) => Promise<void>,
): Promise<void> {
  const lite = await openPglite();
  try {
    await runMigrations(lite);
    await measure(lite, 'PGlite', 'pglite');
  } finally {
    await lite.close();
  }

  const name = `dc_bench_${options.name}_${process.pid}`;
  const admin = new pg.Client({ connectionString: BENCH_PG_URL });
  try {
    await admin.connect();
  } catch {
    console.log('PostgreSQL not reachable; skipped (set BENCH_DATABASE_URL)');
    return;
  }
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(BENCH_PG_URL);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString(), options.poolSize);
  try {
    await runMigrations(database, url.toString());
    await measure(database, options.postgresLabel ?? `PostgreSQL (pool ${options.poolSize})`, 'postgres', url.toString());
  } finally {
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** `npx tsx bench/x.bench.ts` runs the benchmark; importing it (run-all.ts) does not. */
export function runWhenCalledDirectly(moduleUrl: string, run: () => Promise<void>): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  run().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
