import type { FastifyInstance } from 'fastify';
import { resolveSession, SESSION_COOKIE } from '../../modules/accounts/accounts.service.js';

/** Reads the session cookie on every API request and sets `request.actor`. */
export function registerSessionHook(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !request.url.startsWith('/api/')) return;
    request.actor = await resolveSession(app.database, token, request.ip);
  });
}
