import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import { hasRole, type Actor } from '../auth/actor.js';
import type { Role } from '../auth/roles.js';
import type { UseCaseContext } from '../context.js';
import type { Database } from '../db/database.js';
import type { JobTrigger } from '../jobs/jobs.js';
import type { Clock } from '../time/clock.js';
import { AppError } from './app-error.js';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    config: Config;
    /** Ask the job runner for an early run (no-op when no runner runs, e.g. in tests). */
    jobs: JobTrigger;
    /** The one source of "now" for this app (systemClock in production). */
    clock: Clock;
  }
  interface FastifyRequest {
    /** Set by the session hook when a valid session cookie came with the request. */
    actor: Actor | null;
  }
}

/** The signed-in actor; 401 when there is none, 403 when none of `roles` is held. */
export function requireActor(request: FastifyRequest, ...roles: Role[]): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  if (roles.length > 0 && !hasRole(request.actor, ...roles)) throw new AppError('FORBIDDEN');
  return request.actor;
}

/** Use-case context for a signed-in request, optionally limited to roles. */
export function useCaseContext(request: FastifyRequest, ...roles: Role[]): UseCaseContext {
  return { database: request.server.database, actor: requireActor(request, ...roles), clock: request.server.clock };
}

export type App = FastifyInstance;
