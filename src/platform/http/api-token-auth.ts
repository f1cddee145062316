import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { actorOfToken, authenticateApiToken, type ApiTokenPrincipal } from '../auth/api-tokens/api-token.service.js';
import type { ApiTokenScope } from '../auth/api-tokens/scopes.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `requireApiToken` / `acceptApiToken` when the request came with a valid API token. */
    apiToken?: ApiTokenPrincipal;
  }
}

/**
 * Route hook for machine endpoints: the request must carry an API token with `scope`
 * (401 without or with an invalid one, 403 with a valid token lacking the scope). Runs in
 * onRequest, before the body is parsed: an unknown sender learns nothing about the format.
 *
 *   r.post('/api/v1/telephony/events', { onRequest: requireApiToken('telephony:events'), … })
 */
export function requireApiToken(scope: ApiTokenScope): onRequestAsyncHookHandler {
  return async (request: FastifyRequest) => {
    await apiTokenOf(request, scope);
  };
}

/** The same check inside a route's own hook: authenticates, sets `request.apiToken`, returns it. */
export async function apiTokenOf(request: FastifyRequest, scope: ApiTokenScope): Promise<ApiTokenPrincipal> {
  const principal = await authenticateApiToken(
    request.server.database,
    request.server.clock,
    request.headers.authorization,
    scope,
    request.ip,
  );
  request.apiToken = principal;
  return principal;
}

/**
 * Route hook for endpoints that serve staff sessions and machines alike (reports, invoices):
 * with an `Authorization: Bearer` header the request acts as the token (the roles its scope
 * grants on this route only, its tenant binding), without one the session applies as before.
 */
export function acceptApiToken(scope: ApiTokenScope): onRequestAsyncHookHandler {
  return async (request: FastifyRequest) => {
    if (request.headers.authorization === undefined) return;
    const principal = await apiTokenOf(request, scope);
    request.actor = actorOfToken(principal, scope, request.ip);
  };
}

/** Whether a request authenticated with a token (for handlers that treat machines differently). */
export const viaApiToken = (request: FastifyRequest) => request.apiToken !== undefined;
