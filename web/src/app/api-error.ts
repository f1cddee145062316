/** Problem details as the API sends them (RFC 9457 plus our `code` and `issues`). */
export interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string;
  issues?: { field: string; message: string }[];
  /** A refused go-live (409 NOT_READY): the mandatory readiness checks that fail (decision 0170). */
  checks?: { key: string; mandatory: boolean; ok: boolean; detail: string }[];
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

/** The problem in a non-2xx answer's body; anything else (a proxy's HTML page) becomes a generic one. */
export function problemOf(status: number, body: string): Problem {
  let data: unknown;
  try {
    data = body ? JSON.parse(body) : undefined;
  } catch {
    data = undefined;
  }
  return data && typeof data === 'object' && 'code' in data
    ? (data as Problem)
    : { status, code: 'INTERNAL', title: 'Fehler', detail: 'Der Server hat unerwartet geantwortet.' };
}

export const errorText = (error: unknown) =>
  error instanceof ApiError ? error.message : 'Die Verbindung zum Server ist gestört. Bitte versuchen Sie es erneut.';
