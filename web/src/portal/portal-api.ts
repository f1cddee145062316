import { ApiError, problemOf } from '../app/api-error';

/**
 * The portal's one fetch helper: same origin, JSON in and out, problem details into ApiError. Kept apart
 * from the staff app's client (no query cache, no break-glass header): the portal loads none of that.
 */
export async function portalApi<T>(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, {
    method,
    signal,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new ApiError(problemOf(res.status, text));
  return (text ? JSON.parse(text) : undefined) as T;
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
