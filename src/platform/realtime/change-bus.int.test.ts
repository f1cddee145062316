import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { ALL_TENANTS, queryRows, type Database } from '../db/database.js';
import { changeBusReconnects, StagedChanges, stopChanges, subscribeChanges, type Change } from './change-bus.js';

// When the PostgreSQL server goes away (restart, failover, a terminated backend), the process keeps
// running and live updates come back by themselves. PGlite has no server to lose: PostgreSQL only.
let db: TestDatabase;
let database: Database;

beforeAll(async () => {
  db = await createTestDatabase();
  database = db.database;
});
afterAll(async () => {
  await stopChanges(database);
  await db?.destroy();
});

const until = async (what: string, condition: () => boolean | Promise<boolean>) => {
  // Waits for an outcome, not for a time: the limit only guards against a hang.
  for (let i = 0; i < 600; i++) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not reached: ${what}`);
};
const terminate = (pids: number[]) =>
  database.db.execute(sql`select pg_terminate_backend(pid) from unnest(${`{${pids.join(',')}}`}::int[]) as pid`);

describe.skipIf(process.env.DATABASE_URL === undefined)('PostgreSQL connections lost under the app', () => {
  it('a checked-out connection whose server backend ends does not end the process; its query fails, the pool carries on', async () => {
    const pool = (database.db as unknown as { $client: pg.Pool }).$client;
    const client = await pool.connect();
    const { pid } = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!;
    const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
    await terminate([pid]);
    await ended; // before the fix: an unhandled 'error' event on this client ended the test process here
    await expect(client.query('select 1')).rejects.toThrow();
    client.release(new Error('backend terminated'));
    const [row] = await queryRows<{ n: number }>(database.db, sql`select 1 as n`);
    expect(row!.n).toBe(1);
  });

  it('LISTENs again after its connection was lost: every topic is announced once for a refresh, and new changes arrive', async () => {
    const received: Change[] = [];
    const unsubscribe = await subscribeChanges(database, (change) => received.push(change));
    try {
      const listeners = await queryRows<{ pid: number }>(
        database.db,
        sql`select pid from pg_stat_activity where datname = current_database() and query like 'LISTEN %' and pid <> pg_backend_pid()`,
      );
      expect(listeners.length).toBeGreaterThan(0);
      const before = changeBusReconnects(database);
      await terminate(listeners.map((l) => l.pid));
      await until('LISTEN again', () => changeBusReconnects(database) > before);
      expect(new Set(received.map((c) => c.topic))).toEqual(
        new Set(['calls', 'agents', 'queue', 'contacts', 'chat', 'dispatch', 'itfaults', 'gazetteer', 'sessions']),
      );
      const staged = new StagedChanges(database);
      await database.scoped(ALL_TENANTS, (tx) => staged.stage(tx, { topic: 'dispatch', tenantIds: ['after-reconnect'] }));
      staged.flush();
      await until('the change after the reconnect', () => received.some((c) => c.tenantIds?.includes('after-reconnect')));
    } finally {
      unsubscribe();
    }
  });
});
