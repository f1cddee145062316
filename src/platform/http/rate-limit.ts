import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error.js';
import type { Queryable } from '../db/database.js';
import { countHitsSince, deleteHitsBefore, insertHit, recordHitAndCountEarlier } from './rate-limit.repository.js';

export interface RateLimit {
  /** Stable name of the limit (part of the bucket key), e.g. `contact-form`. */
  name: string;
  /** Requests allowed per client address in the window. */
  limit: number;
  windowSeconds: number;
  /** German sentence for the citizen when the limit is hit. */
  message?: string;
}

const PRUNE_EVERY = 500;
const KEEP_MS = 24 * 3_600_000;
let hitsSincePrune = 0;

/** The client address as seen through the configured proxies (TRUST_PROXY), hashed: no address is stored. */
const bucketOf = (name: string, ip: string) => `${name}:${createHash('sha256').update(ip).digest('hex').slice(0, 40)}`;

/**
 * A route's rate limit as a preHandler, counted in the database (rate_limit_hits): shared
 * by every app instance and kept over restarts. The hit is recorded before the request
 * runs, so a burst cannot slip through between count and insert within one instance; across
 * instances the counts race by at most the number of instances.
 */
export function rateLimited(app: FastifyInstance, limit: RateLimit) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const now = app.clock.now();
    const since = new Date(now.getTime() - limit.windowSeconds * 1000);
    const earlier = await recordHitAndCountEarlier(app.database.db, bucketOf(limit.name, request.ip), since, now);
    if (++hitsSincePrune >= PRUNE_EVERY) {
      hitsSincePrune = 0;
      await deleteHitsBefore(app.database.db, new Date(now.getTime() - KEEP_MS));
    }
    if (earlier >= limit.limit) {
      void reply.header('Retry-After', String(limit.windowSeconds));
      throw new AppError(
        'TOO_MANY_REQUESTS',
        limit.message ?? 'Zu viele Anfragen von Ihrer Verbindung. Bitte versuchen Sie es später erneut oder rufen Sie die 115 an.',
      );
    }
  };
}

/**
 * The same counter for limits that count only some outcomes (failed logins per address): count
 * before acting, record afterwards, both inside the caller's transaction. One table, one way of
 * counting, for every limit of the product (decision 0144).
 */
export const outcomeCounter = {
  count: (q: Queryable, name: string, ip: string, windowSeconds: number, now: Date) =>
    countHitsSince(q, bucketOf(name, ip), new Date(now.getTime() - windowSeconds * 1000), now),
  record: (q: Queryable, name: string, ip: string, now: Date) => insertHit(q, bucketOf(name, ip), now),
};
