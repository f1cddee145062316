import { ApiError, problemOf } from './api-error';
import { BREAK_GLASS_HEADER, breakGlassReasonFor } from './break-glass';
import { invalidateAll } from './query';

export { ApiError, errorText, type Problem, problemOf } from './api-error';

/**
 * Untyped call by a concrete URL, kept for uploads and pages not yet moved to the typed client.
 * @deprecated New code uses `client` / `$api` from './api-client' (typed from the OpenAPI document).
 */
export async function api<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
  // A break-glass reason the administrator gave for this path (break-glass.tsx, decision 0136).
  const reason = breakGlassReasonFor(path);
  if (reason) headers[BREAK_GLASS_HEADER] = reason;
  const res = await fetch(path, {
    method,
    signal,
    credentials: 'same-origin',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = res.status === 204 ? '' : await res.text();
  if (!res.ok) throw new ApiError(problemOf(res.status, text));
  // A write marks every cached read stale, as the typed client does (api-client.ts).
  if (method !== 'GET') void invalidateAll();
  return (text ? JSON.parse(text) : undefined) as T;
}
