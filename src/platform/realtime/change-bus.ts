import { EventEmitter } from 'node:events';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Database, Tx } from '../db/database.js';

/**
 * Tells live views (wallboard, agent desktop, chat) that something changed.
 *
 * Changes are staged inside the transaction that made them and only reach
 * listeners once it committed:
 * - on PostgreSQL through `pg_notify` (delivered at commit, to every app
 *   instance that LISTENs), so several stateless instances stay in step;
 * - on PGlite (one process owns the database) through an in-process emitter,
 *   flushed by the caller after the transaction returned.
 */
export interface Change {
  topic: 'calls' | 'agents' | 'queue' | 'contacts' | 'chat' | 'dispatch' | 'itfaults';
  tenantIds?: string[];
  userIds?: string[];
  workItemIds?: string[];
}

const CHANNEL = 'dc_changes';

interface BusState {
  emitter: EventEmitter;
  listener?: pg.PoolClient;
  starting?: Promise<void>;
}

const buses = new WeakMap<Database, BusState>();

function stateOf(database: Database): BusState {
  let state = buses.get(database);
  if (!state) {
    state = { emitter: new EventEmitter() };
    state.emitter.setMaxListeners(0);
    buses.set(database, state);
  }
  return state;
}

/** Collects a transaction's changes; call `flush()` after the transaction committed. */
export class StagedChanges {
  private readonly pending: Change[] = [];
  constructor(private readonly database: Database) {}

  async stage(tx: Tx, change: Change): Promise<void> {
    if (this.database.kind === 'postgres') {
      await tx.execute(sql`select pg_notify(${CHANNEL}, ${JSON.stringify(change)})`);
    } else {
      this.pending.push(change);
    }
  }

  flush(): void {
    const { emitter } = stateOf(this.database);
    for (const change of this.pending.splice(0)) emitter.emit('change', change);
  }
}

/** Subscribes to changes; returns the unsubscribe function. */
export async function subscribeChanges(database: Database, handler: (change: Change) => void): Promise<() => void> {
  const state = stateOf(database);
  if (database.kind === 'postgres') await ensureListening(database, state);
  state.emitter.on('change', handler);
  return () => state.emitter.off('change', handler);
}

async function ensureListening(database: Database, state: BusState) {
  if (state.listener) return;
  state.starting ??= (async () => {
    // drizzle's node-postgres handle exposes its pool as $client.
    const pool = (database.db as unknown as { $client: pg.Pool }).$client;
    const client = await pool.connect();
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        state.emitter.emit('change', JSON.parse(message.payload) as Change);
      } catch {
        // A foreign payload on our channel is ignored.
      }
    });
    await client.query(`LISTEN ${CHANNEL}`);
    state.listener = client;
  })();
  await state.starting;
}

/** Releases the LISTEN connection (before the pool is closed). */
export async function stopChanges(database: Database): Promise<void> {
  const state = buses.get(database);
  if (!state) return;
  state.emitter.removeAllListeners();
  if (state.starting) await state.starting.catch(() => undefined);
  if (state.listener) {
    await state.listener.query(`UNLISTEN ${CHANNEL}`).catch(() => undefined);
    state.listener.release();
    state.listener = undefined;
  }
  state.starting = undefined;
  buses.delete(database);
}
