import { scopeOf, type Actor } from './auth/actor.js';
import type { Database, Tx } from './db/database.js';
import type { Clock } from './time/clock.js';

/**
 * What every use case receives: the database, who is acting, and the clock
 * (the only source of "now": production passes `systemClock`, tests a fixed
 * or manual clock, so no outcome depends on the wall clock).
 */
export interface UseCaseContext {
  database: Database;
  actor: Actor;
  clock: Clock;
}

/** One transaction in the actor's tenant scope (row-level security applies). */
export const inActorScope = <T>(ctx: UseCaseContext, fn: (tx: Tx) => Promise<T>): Promise<T> => ctx.database.scoped(scopeOf(ctx.actor), fn);
