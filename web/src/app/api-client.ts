import createFetchClient, { type Middleware } from 'openapi-fetch';
import createQueryHooks from 'openapi-react-query';
import type { paths } from './api-schema';
import { ApiError, errorText, problemOf } from './api-error';
import { invalidateAll } from './query';

/**
 * The typed API client (decision record 0066): paths, parameters, bodies and answers come from
 * the generated OpenAPI types (api-schema.d.ts, `npm run api:types`), so a changed route schema
 * breaks the web build instead of a page at run time.
 *
 *   reads   const { data, error, isPending } = $api.useQuery('get', '/api/v1/tenants/{tenantId}', { params: { path: { tenantId } } });
 *   writes  const saved = await call(client.POST('/api/v1/tenants', { body }));
 *
 * Every answer that is not 2xx is thrown as ApiError (German message, field issues), as before.
 * Every successful write marks the cached reads stale: what is on screen reloads, the rest when it
 * is shown next (see `afterWrite`).
 */
export const client = createFetchClient<paths>({ credentials: 'same-origin' });

const problems: Middleware = {
  async onResponse({ response }) {
    if (response.ok) return undefined;
    throw new ApiError(problemOf(response.status, await response.text()));
  },
};

const afterWrite: Middleware = {
  onResponse({ request, response }) {
    // Reads stay reads; a login or logout clears the whole cache itself (session.tsx).
    if (response.ok && request.method !== 'GET' && request.method !== 'HEAD') void invalidateAll();
    return undefined;
  },
};

client.use(problems, afterWrite);

/** TanStack Query hooks on the typed client: keyed by method, path and parameters, cancelled by AbortSignal. */
export const $api = createQueryHooks(client);

/** The answer of a typed call (`data`); failures were already thrown as ApiError. */
export async function call<D>(request: Promise<{ data?: D }>): Promise<D> {
  return (await request).data as D;
}

/**
 * The German message of a typed query's failure, or null. The generated types describe only the
 * success answers, so a query's `error` is typed `never`; at run time it is the ApiError thrown above
 * or a broken connection.
 */
export function failureOf(query: { error: unknown }): string | null {
  return query.error ? errorText(query.error) : null;
}
