import { createHash, randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../../platform/db/database.js';
import { migrationsFolder } from '../../../platform/db/migrate.js';

/**
 * Migration 0032 (decision 0131): a telephone system configured before API tokens keeps its
 * token. The database is migrated up to the api_tokens table, a system with an old token is
 * stored the old way, then the remaining migrations run. On PGlite, or on PostgreSQL (a
 * database of its own) when DATABASE_URL is set.
 */

const OLD_TOKEN = 'old-acd-token-configured-2025';
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

/** A copy of migrations/ whose journal stops after the migration tagged `lastTag`. */
function migrationsUpTo(lastTag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dc-mig-'));
  folders.push(dir);
  cpSync(migrationsFolder, dir, { recursive: true });
  const journal = JSON.parse(readFileSync(join(dir, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((e) => e.tag === lastTag);
  expect(cut).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, cut + 1);
  writeFileSync(join(dir, 'meta/_journal.json'), JSON.stringify(journal));
  return dir;
}

interface Engine {
  migrate(folder: string): Promise<void>;
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

async function openEngine(): Promise<Engine> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openPglite();
    const client = database.pglite!;
    return {
      migrate: (folder) => migratePglite(drizzlePglite(client), { migrationsFolder: folder }),
      query: async <T>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows,
      close: () => database.close(),
    };
  }
  const name = `dc_tokmig_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  return {
    migrate: (folder) => migrateNodePg(drizzleNodePg(client), { migrationsFolder: folder }),
    query: async <T>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as T[],
    close: async () => {
      await client.end();
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    },
  };
}

describe('migration of telephone system tokens to API tokens', () => {
  it('an old token becomes an API token of scope telephony:events for its system; an inactive system’s token is revoked', async () => {
    const engine = await openEngine();
    try {
      await engine.migrate(migrationsUpTo('0031_api_tokens'));
      const [active] = await engine.query<{ id: string }>(
        `insert into telephone_systems (name, token_hash, last_event_at) values ('ACD alt', $1, '2026-11-30T08:00:00Z') returning id`,
        [sha(OLD_TOKEN)],
      );
      const [inactive] = await engine.query<{ id: string }>(
        `insert into telephone_systems (name, token_hash, active) values ('ACD abgeschaltet', $1, false) returning id`,
        [sha('another-old-token-0000')],
      );
      await engine.migrate(migrationsFolder);
      const rows = await engine.query<Record<string, unknown>>(
        `select name, scopes, token_hash, subject_type, subject_id, expires_at, revoked_at, last_used_at from api_tokens order by name`,
      );
      expect(rows).toHaveLength(2);
      const byId = new Map(rows.map((r) => [r.subject_id, r]));
      expect(byId.get(active!.id)).toMatchObject({
        name: 'Telefonanlage ACD alt',
        scopes: ['telephony:events'],
        token_hash: sha(OLD_TOKEN),
        subject_type: 'telephone_system',
        expires_at: null,
        revoked_at: null,
      });
      expect(new Date(byId.get(active!.id)!.last_used_at as string).toISOString()).toBe('2026-11-30T08:00:00.000Z');
      expect(byId.get(inactive!.id)!.revoked_at).not.toBeNull();
      const columns = await engine.query<{ column_name: string }>(
        `select column_name from information_schema.columns where table_name = 'telephone_systems'`,
      );
      expect(columns.map((c) => c.column_name)).not.toContain('token_hash');
    } finally {
      await engine.close();
    }
  }, 180_000);
});
