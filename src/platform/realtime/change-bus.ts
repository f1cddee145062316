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
  topic: 'calls' | 'agents' | 'queue' | 'contacts' | 'chat' | 'dispatch' | 'itfaults' | 'gazetteer' | 'sessions';
  tenantIds?: string[];
  userIds?: string[];
  workItemIds?: string[];
}

const CHANNEL = 'dc_changes';

interface BusState {
  emitter: EventEmitter;
  listener?: pg.PoolClient;
  starting?: Promise<void>;
  /** Set by stopChanges: no new LISTEN connection after that. */
  stopped?: boolean;
  /** LISTEN connections lost (server restart, terminated backend) and opened again. */
  reconnects: number;
}

/** Every topic: after a lost LISTEN connection the views refresh, since notifications in the gap are gone. */
const ALL_TOPICS: Change['topic'][] = ['calls', 'agents', 'queue', 'contacts', 'chat', 'dispatch', 'itfaults', 'gazetteer', 'sessions'];

const buses = new WeakMap<Database, BusState>();

function stateOf(database: Database): BusState {
  let state = buses.get(database);
  if (!state) {
    state = { emitter: new EventEmitter(), reconnects: 0 };
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
  state.starting ??= listen(database, state).catch((error: unknown) => {
    state.starting = undefined; // the next subscriber (or the retry) tries again
    throw error;
  });
  await state.starting;
}

async function listen(database: Database, state: BusState): Promise<void> {
  // A session of its own on the direct URL: through pgbouncer in transaction mode a LISTEN would end with
  // its transaction's server connection, and notifications would go to whichever client had it next.
  if (!database.sessionClient) throw new Error('LISTEN needs a PostgreSQL database');
  const client = await database.sessionClient();
  let lost = false;
  // The server went away (restart, failover, terminated backend): drop the broken connection and
  // LISTEN again on a new one, so this instance keeps getting other instances' changes.
  const onLost = (error?: Error) => {
    if (lost || state.stopped) return; // stopChanges released it itself
    lost = true;
    if (state.listener === client) state.listener = undefined;
    state.starting = undefined;
    client.release(error ?? new Error('LISTEN-Verbindung beendet'));
    if (!state.stopped) relistenLater(database, state, 250);
  };
  client.on('error', onLost);
  client.on('end', () => onLost());
  client.on('notification', (message) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    try {
      state.emitter.emit('change', JSON.parse(message.payload) as Change);
    } catch {
      // A foreign payload on our channel is ignored.
    }
  });
  try {
    await client.query(`LISTEN ${CHANNEL}`);
  } catch (error) {
    onLost(error as Error);
    throw error;
  }
  if (!lost) state.listener = client;
}

function relistenLater(database: Database, state: BusState, delayMs: number) {
  const timer = setTimeout(() => {
    if (state.stopped || state.listener) return;
    ensureListening(database, state).then(
      () => {
        state.reconnects++;
        for (const topic of ALL_TOPICS) state.emitter.emit('change', { topic });
      },
      () => relistenLater(database, state, Math.min(delayMs * 2, 5000)),
    );
  }, delayMs);
  timer.unref();
}

/**
 * Whether `handler` hears every change committed from now on: it is subscribed, and on PostgreSQL
 * the LISTEN connection is open (in a gap between a lost connection and the next LISTEN, or after
 * `stopChanges`, notices are missed). A cache that relies on the bus for invalidation (the session
 * cache, decision 0095) uses it only while this holds.
 */
export function hearsEveryChange(database: Database, handler: (change: Change) => void): boolean {
  const state = buses.get(database);
  if (!state || state.stopped || !state.emitter.listeners('change').includes(handler)) return false;
  return database.kind !== 'postgres' || state.listener !== undefined;
}

/** How often this database's LISTEN connection was lost and opened again (tests, metrics). */
export function changeBusReconnects(database: Database): number {
  return buses.get(database)?.reconnects ?? 0;
}

/** Releases the LISTEN connection (before the pool is closed). */
export async function stopChanges(database: Database): Promise<void> {
  const state = buses.get(database);
  if (!state) return;
  state.stopped = true;
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
