import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from '../src/platform/db/backup.js';
import { queryRows, type Database } from '../src/platform/db/database.js';
import { openDatabase } from '../src/platform/db/open-database.js';
import { withDatabaseName } from './support/database-url.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Backup and restore (decision 0145): a backup of this run's engine is restored into an empty
 * database (PostgreSQL) or an empty folder (PGlite); the product starts on it (migrations current,
 * ready) with the same data: every table's row count, and an account created before the backup signs in.
 */

let t: TestApp;
const dir = mkdtempSync(join(tmpdir(), 'dc-backup-'));
const username = `sicherung.${randomBytes(3).toString('hex')}`;
const password = 'Sicherung-Probe-2026!';
beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.login('admin');
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/users',
    headers: { cookie: admin },
    payload: { username, displayName: 'Sicherung Probe', password, roles: ['agent'] },
  });
  expect(res.statusCode, res.body).toBe(201);
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function rowCounts(database: Database): Promise<Record<string, number>> {
  const tables = await queryRows<{ name: string }>(
    database.db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from ${sql.identifier(name)}`);
    counts[name] = row!.n;
  }
  return counts;
}

/** The product on the restored database: migrations current (ready 200), the account signs in. */
async function startsWithSameData(database: Database, expected: Record<string, number>) {
  const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), database });
  await app.ready();
  try {
    const ready = await app.inject({ method: 'GET', url: '/api/health/ready' });
    expect(ready.statusCode, ready.body).toBe(200);
    expect(ready.json().migrations.pending).toBe(0);
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
    expect(login.statusCode, login.body).toBe(200);
  } finally {
    await app.close();
  }
  const after = await rowCounts(database);
  // The login just made adds a session and audit rows; everything else is as it was.
  const { sessions: _s, audit_log: _a, known_devices: _k, ...rest } = after;
  const { sessions: _s2, audit_log: auditBefore, known_devices: _k2, ...restBefore } = expected;
  expect(rest).toEqual(restBefore);
  expect(after.audit_log).toBeGreaterThanOrEqual(auditBefore!);
}

describe('backup and restore', () => {
  it('restores a backup into an empty database; the product starts on it with the same data', async () => {
    const before = await rowCounts(t.db.database);
    expect(before.users).toBeGreaterThan(5);
    const file = join(dir, 'backup');
    if (t.db.url) {
      await backupPostgres(t.db.url, file);
      // Refused: a database that is not empty (here: the source itself).
      await expect(restorePostgres(file, t.db.url)).rejects.toThrow(/nicht leer/);
      const name = `dc_test_restore_${randomBytes(4).toString('hex')}_${process.pid}`;
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = withDatabaseName(process.env.DATABASE_URL!, name);
      try {
        await restorePostgres(file, url);
        const { database } = await openDatabase({ DATABASE_URL: url, DATA_DIR: '' });
        try {
          await startsWithSameData(database, before);
        } finally {
          await database.close();
        }
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    } else {
      // The test database lives in memory: put it in a folder first (as a server's DATA_DIR), then back that up.
      const seed = join(dir, 'seed.tar.gz');
      writeFileSync(seed, Buffer.from(await (await t.db.database.pglite!.dumpDataDir('gzip')).arrayBuffer()));
      const source = join(dir, 'source');
      await restorePglite(seed, source);
      await backupPglite(source, file);
      await expect(restorePglite(file, source)).rejects.toThrow(/nicht leer/);
      const target = join(dir, 'target');
      await restorePglite(file, target);
      const { database, release } = await openDatabase({ DATABASE_URL: undefined, DATA_DIR: target });
      try {
        await startsWithSameData(database, before);
      } finally {
        await database.close();
        release();
      }
    }
  }, 300_000);
});
