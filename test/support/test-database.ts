import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../../src/platform/db/database.js';
import { withDatabaseName } from './database-url.js';

export interface TestDatabase {
  database: Database;
  /** Set on PostgreSQL: the URL of this test's own database. */
  url?: string;
  destroy(): Promise<void>;
}

/** A private, migrated database with demo data, copied from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const template = inject('postgresTemplateDb');
    const name = `dc_test_${randomBytes(4).toString('hex')}_${process.ppid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    await admin.end();
    const url = withDatabaseName(serverUrl, name);
    const database = openPostgres(url, 5);
    return {
      database,
      url,
      async destroy() {
        await database.close();
        await dropDatabase(serverUrl, name);
      },
    };
  }
  const file = inject('pgliteTemplateFile');
  const database = await openPglite({ loadDataDir: new Blob([readFileSync(file)]) });
  return { database, destroy: () => database.close() };
}

/**
 * Drops a test database. WITH (FORCE) ends our own leftover connections, but PostgreSQL refuses it (42501)
 * when an autovacuum worker (a superuser process) happens to be in the fresh database; a plain DROP
 * cancels autovacuum itself and only waits for other sessions (55006 while ours are still closing): retried.
 */
async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const drop = new pg.Client({ connectionString: serverUrl });
  await drop.connect();
  try {
    await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42501') throw error;
    for (let attempt = 1; ; attempt++) {
      try {
        await drop.query(`DROP DATABASE IF EXISTS ${name}`);
        break;
      } catch (again) {
        if ((again as { code?: string }).code !== '55006' || attempt >= 20) throw again;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    await drop.end();
  }
}
