/** Problem details as the API sends them (RFC 9457 plus our `code` and `issues`). */
export interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string;
  issues?: { field: string; message: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
  /** The message for one form field, if the server named it. */
  fieldMessage(field: string): string | undefined {
    return this.problem.issues?.find((i) => i.field === field)?.message;
  }
}

/** Calls the API with the session cookie; a non-2xx answer becomes an ApiError with the German message. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    throw new ApiError(
      data?.code
        ? (data as Problem)
        : { status: res.status, code: 'INTERNAL', title: 'Fehler', detail: 'Der Server hat unerwartet geantwortet.' },
    );
  }
  return data as T;
}

export const errorText = (error: unknown) =>
  error instanceof ApiError ? error.message : 'Die Verbindung zum Server ist gestört. Bitte versuchen Sie es erneut.';
