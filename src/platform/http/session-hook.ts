import type { FastifyInstance } from 'fastify';
import { BREAK_GLASS_HEADER, type Actor } from '../auth/actor.js';
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
    const actor = await sessions.resolve(app.database, app.clock, token, request.ip);
    // A break-glass reason counts only for a signed-in actor and only with real words (decision 0136).
    const reason = request.headers[BREAK_GLASS_HEADER];
    if (actor && typeof reason === 'string' && reason.trim().length >= 10) actor.breakGlassReason = reason.trim().slice(0, 500);
    request.actor = actor;
  });
}
