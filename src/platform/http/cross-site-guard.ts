import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './app-error.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The origin this request was addressed to, as the browser would spell it. */
function addressedOrigin(request: FastifyRequest): string | null {
  const host = request.headers.host;
  return host ? `${request.protocol}://${host}`.toLowerCase() : null;
}

/**
 * Why a state-changing request must be refused as cross-site, or null when it may pass.
 * Browsers say where a request comes from (Sec-Fetch-Site, Origin); a request from a
 * foreign page (a form or script on another site riding on the staff member's cookie)
 * is refused even though the session cookie is SameSite=Strict — two locks, not one.
 * Machine clients (telephone systems, IT service desk) send no browser headers and
 * authenticate by token or signature, so they pass.
 */
export function crossSiteRefusal(request: FastifyRequest, publicOrigin: string): string | null {
  if (!STATE_CHANGING.has(request.method)) return null;
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return `Sec-Fetch-Site: ${fetchSite}`;
  const origin = request.headers.origin;
  if (origin === undefined) return null;
  const allowed = new Set([publicOrigin.toLowerCase(), addressedOrigin(request)].filter((o): o is string => o !== null));
  return allowed.has(origin.toLowerCase()) ? null : `Origin: ${origin}`;
}

/** Refuses state-changing requests from foreign sites (403, before any parsing or handler). */
export function registerCrossSiteGuard(app: FastifyInstance, publicUrl: string): void {
  const publicOrigin = new URL(publicUrl).origin;
  app.addHook('onRequest', async (request) => {
    const reason = crossSiteRefusal(request, publicOrigin);
    if (reason === null) return;
    request.log.warn({ reason }, 'cross-site request refused');
    throw new AppError(
      'CROSS_SITE_REQUEST',
      'Diese Anfrage kam von einer fremden Seite und wurde abgewiesen. Bitte nutzen Sie das DialogCenter direkt.',
    );
  });
}
