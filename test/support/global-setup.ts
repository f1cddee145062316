import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { seedDemoData } from '../../src/demo/seed-demo-data.js';
import { openPglite, openPostgres } from '../../src/platform/db/database.js';
import { runMigrations } from '../../src/platform/db/migrate.js';
import { readClusterTemplate } from '../../src/platform/db/pglite-cluster-template.js';
import { withDatabaseName } from './database-url.js';
import { testClock } from './test-clock.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: path of a dumped, migrated and seeded data folder. */
    pgliteTemplateFile: string;
    /** PostgreSQL: name of a migrated and seeded template database. */
    postgresTemplateDb: string;
  }
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
    const name = `dc_test_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const templateUrl = withDatabaseName(url, name);
    const database = openPostgres(templateUrl, 4);
    await runMigrations(database, templateUrl);
    await seedDemoData(database, { clock: testClock() });
    await database.close();
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
  const dir = join(process.cwd(), 'node_modules', '.cache', 'dialogcenter-test');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `template-${process.pid}.tar.gz`);
  // From the migrated cluster made at install time when it is current (no initdb); migrations then find nothing to do.
  const database = await openPglite({ loadDataDir: readClusterTemplate() });
  await runMigrations(database);
  await seedDemoData(database, { clock: testClock() });
  const dump = await database.pglite!.dumpDataDir('gzip');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplateFile', file);
  project.provide('postgresTemplateDb', '');
  return () => rmSync(file, { force: true });
}
