import type { FastifyInstance } from 'fastify';
import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import type { Clock } from '../time/clock.js';

/**
 * How a session cookie becomes an actor. The platform knows no module: app.ts wires the
 * accounts module's resolver in (decision record 0063).
 */
export interface SessionResolver {
  cookieName: string;
  resolve(database: Database, clock: Clock, token: string, ip: string): Promise<Actor | null>;
}

/** Reads the session cookie on every API request and sets `request.actor`. */
export function registerSessionHook(app: FastifyInstance, sessions: SessionResolver): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[sessions.cookieName];
    if (!token || !request.url.startsWith('/api/')) return;
    request.actor = await sessions.resolve(app.database, app.clock, token, request.ip);
  });
}
