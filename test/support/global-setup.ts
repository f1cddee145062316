import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { seedDemoData } from '../../src/demo/seed-demo-data.js';
import { openPglite, openPostgres } from '../../src/platform/db/database.js';
import { runMigrations } from '../../src/platform/db/migrate.js';
import { readClusterTemplate } from '../../src/platform/db/pglite-cluster-template.js';
import { withDatabaseName } from './database-url.js';
import { testClock, testNow } from './test-clock.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: path of a dumped, migrated and seeded data folder. */
    pgliteTemplateFile: string;
    /** PostgreSQL: name of a migrated and seeded template database. */
    postgresTemplateDb: string;
  }
}

/**
 * A template made ahead by scripts/prepare-test-template.ts (CI makes both engines' templates at once,
 * beside the static checks: seeding is one process and would leave the second core idle). It is used
 * only if it was seeded at this run's instant (DC_TEST_NOW); otherwise the run seeds its own.
 */
export const PREPARED_PGLITE_ENV = 'DC_TEST_PGLITE_TEMPLATE_FILE';
export const PREPARED_POSTGRES_ENV = 'DC_TEST_POSTGRES_TEMPLATE_DB';
const preparedMark = () => `seeded at ${testNow().toISOString()}`;

/** Migrates and seeds a PostgreSQL database `name` on the server of `url` (created anew). */
export async function buildPostgresTemplate(url: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    const templateUrl = withDatabaseName(url, name);
    const database = openPostgres(templateUrl, 4);
    await runMigrations(database, templateUrl);
    await seedDemoData(database, { clock: testClock() });
    await database.close();
    await admin.query(`COMMENT ON DATABASE ${name} IS '${preparedMark()}'`);
  } finally {
    await admin.end();
  }
}

/** Migrates and seeds a PGlite database and writes its dump to `file`. */
export async function buildPgliteTemplate(file: string): Promise<void> {
  // From the migrated cluster made at install time when it is current (no initdb); migrations then find nothing to do.
  const database = await openPglite({ loadDataDir: readClusterTemplate() });
  await runMigrations(database);
  await seedDemoData(database, { clock: testClock() });
  const dump = await database.pglite!.dumpDataDir('gzip');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  writeFileSync(`${file}.mark`, preparedMark());
  await database.close();
}

async function preparedPostgres(admin: pg.Client): Promise<string | undefined> {
  const name = process.env[PREPARED_POSTGRES_ENV];
  if (!name || !/^[a-z_][a-z0-9_]*$/.test(name)) return undefined;
  const found = await admin.query<{ mark: string | null }>(
    `select shobj_description(oid, 'pg_database') as mark from pg_database where datname = $1`,
    [name],
  );
  return found.rows[0]?.mark === preparedMark() ? name : undefined;
}

function preparedPglite(): string | undefined {
  const file = process.env[PREPARED_PGLITE_ENV];
  if (!file || !existsSync(file) || !existsSync(`${file}.mark`)) return undefined;
  return readFileSync(`${file}.mark`, 'utf8') === preparedMark() ? file : undefined;
}

/**
 * Builds one migrated database with demo data before all tests; every test file
 * then starts from a copy of it (PGlite: load the dump, about 1 s; PostgreSQL:
 * CREATE DATABASE … TEMPLATE, about 0.1 s) instead of migrating again.
 * The demo data is seeded at the run's instant (test-clock.ts, DC_TEST_NOW).
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    let name = await preparedPostgres(admin);
    if (!name) {
      name = `dc_test_template_${process.pid}`;
      await buildPostgresTemplate(url, name);
    }
    project.provide('postgresTemplateDb', name);
    project.provide('pgliteTemplateFile', '');
    return async () => {
      const leftovers = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like 'dc_test_%_${process.pid}%' or datname = $1`,
        [name],
      );
      for (const row of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
      await admin.end();
    };
  }
  let file = preparedPglite();
  if (!file) {
    const dir = join(process.cwd(), 'node_modules', '.cache', 'dialogcenter-test');
    mkdirSync(dir, { recursive: true });
    file = join(dir, `template-${process.pid}.tar.gz`);
    await buildPgliteTemplate(file);
  }
  project.provide('pgliteTemplateFile', file);
  project.provide('postgresTemplateDb', '');
  const made = file;
  return () => {
    rmSync(made, { force: true });
    rmSync(`${made}.mark`, { force: true });
  };
}
