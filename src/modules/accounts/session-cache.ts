import type { Database } from '../../platform/db/database.js';
import { changeBusReconnects, hearsEveryChange, subscribeChanges, type Change } from '../../platform/realtime/change-bus.js';

/**
 * The instance's memory of sessions it resolved recently (decision 0095), so an authenticated
 * request does not read `sessions` ⋈ `users` every time. Correct across instances because every
 * change that ends a session or changes its user (logout, password change, admin edit or
 * deactivation) stages a `sessions` change in its transaction: each instance drops the users'
 * entries when the notice arrives (PostgreSQL: NOTIFY at commit; PGlite: one process). An entry
 * is used only
 * - while this instance hears every change (subscribed; on PostgreSQL the LISTEN connection is
 *   open), and only if it was filled in the same LISTEN connection's life (reconnect count);
 * - if no change arrived between the database read and the fill (generation);
 * - before the session's own `expiresAt` (checked on every request against the clock);
 * - for at most `MAX_AGE_MS` after the read (a safety net for edits outside the app, e.g. SQL by
 *   an operator: they take effect within that time).
 */
export interface CachedSession {
  userId: string;
  username: string;
  displayName: string;
  roles: string[];
  tenantId: string | null;
  departmentIds: string[];
  expiresAt: Date;
  lastSeenAt: Date;
}

export const MAX_AGE_MS = 30_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  session: CachedSession;
  /** The clock's time (ms) of the database read. */
  readAt: number;
  reconnects: number;
}

interface CacheState {
  entries: Map<string, Entry>;
  generation: number;
  handler: (change: Change) => void;
}

const caches = new WeakMap<Database, CacheState>();

function stateOf(database: Database): CacheState {
  let state = caches.get(database);
  if (!state) {
    const s: CacheState = {
      entries: new Map(),
      generation: 0,
      handler: (change) => {
        if (change.topic !== 'sessions') return;
        dropSessions(database, change.userIds);
      },
    };
    caches.set(database, s);
    state = s;
  }
  return state;
}

/**
 * Lets this instance keep sessions in memory, from now until the returned function is called:
 * accountsRoutes calls it at start (the app's instance); without it every request reads the database.
 */
export async function watchSessionChanges(database: Database): Promise<() => void> {
  const state = stateOf(database);
  const unsubscribe = await subscribeChanges(database, state.handler);
  return () => {
    unsubscribe();
    dropSessions(database);
  };
}

/** Whether entries may be used; when not, nothing kept may be trusted later either. */
function isTrusted(database: Database, state: CacheState): boolean {
  if (hearsEveryChange(database, state.handler)) return true;
  if (state.entries.size > 0) state.entries.clear();
  state.generation++;
  return false;
}

/** A usable cached session for the token hash, or undefined (then read the database). */
export function cachedSession(database: Database, tokenHash: string, now: Date): CachedSession | undefined {
  const state = stateOf(database);
  if (!isTrusted(database, state)) return undefined;
  const entry = state.entries.get(tokenHash);
  if (!entry) return undefined;
  if (
    entry.reconnects !== changeBusReconnects(database) ||
    now.getTime() - entry.readAt > MAX_AGE_MS ||
    now.getTime() < entry.readAt ||
    entry.session.expiresAt.getTime() <= now.getTime()
  ) {
    state.entries.delete(tokenHash);
    return undefined;
  }
  return entry.session;
}

/** Taken before the database read; `rememberSession` keeps the read only if nothing changed since. */
export function sessionGeneration(database: Database): number {
  return stateOf(database).generation;
}

export function rememberSession(database: Database, tokenHash: string, session: CachedSession, generation: number, readAt: number) {
  const state = stateOf(database);
  if (state.generation !== generation || !hearsEveryChange(database, state.handler)) return;
  if (state.entries.size >= MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value!);
  state.entries.set(tokenHash, { session, readAt, reconnects: changeBusReconnects(database) });
}

/** Drops this instance's entries of the users (all entries without a list). */
export function dropSessions(database: Database, userIds?: readonly string[]) {
  const state = caches.get(database);
  if (!state) return;
  state.generation++;
  if (!userIds) {
    state.entries.clear();
    return;
  }
  const ids = new Set(userIds);
  for (const [hash, entry] of state.entries) if (ids.has(entry.session.userId)) state.entries.delete(hash);
}
