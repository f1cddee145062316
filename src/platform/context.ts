import { scopeOf, type Actor } from './auth/actor.js';
import type { Database, Tx } from './db/database.js';

/** What every use case receives: the database and who is acting. */
export interface UseCaseContext {
  database: Database;
  actor: Actor;
}

/** One transaction in the actor's tenant scope (row-level security applies). */
export const inActorScope = <T>(ctx: UseCaseContext, fn: (tx: Tx) => Promise<T>): Promise<T> =>
  ctx.database.scoped(scopeOf(ctx.actor), fn);
