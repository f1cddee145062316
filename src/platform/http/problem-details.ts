import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { AppError, errorCatalogue, type FieldIssue } from './app-error.js';
import { errorForLog } from './log-safety.js';

/** RFC 9457 problem details body. `code` and `issues` are our extension members. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  issues?: FieldIssue[];
  [extension: string]: unknown;
}

const STANDARD_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'code', 'instance', 'issues']);
const TYPE_BASE = 'https://dialogcenter.hannover.de/probleme/';

export function toProblem(error: AppError, instance?: string): ProblemDetails {
  return {
    type: TYPE_BASE + error.code.toLowerCase().replaceAll('_', '-'),
    title: errorCatalogue[error.code].title,
    status: error.status,
    detail: error.userMessage,
    code: error.code,
    instance,
    ...(error.issues ? { issues: error.issues } : {}),
    // Extensions never override the standard members.
    ...Object.fromEntries(Object.entries(error.extensions ?? {}).filter(([k]) => !STANDARD_MEMBERS.has(k))),
  };
}

function zodIssues(error: ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ field: i.path.join('.') || '(Anfrage)', message: i.message }));
}

/** Postgres error codes we translate into user-facing conflicts instead of 500s. */
function fromDatabaseError(error: { code?: string; constraint?: string }): AppError | undefined {
  switch (error.code) {
    case '23505':
      return new AppError('CONFLICT', 'Ein Eintrag mit diesen Angaben existiert bereits.', { cause: error });
    case '23503':
      return new AppError('CONFLICT', 'Der Eintrag verweist auf etwas, das es nicht gibt, oder wird noch verwendet.', { cause: error });
    case '23514':
    case '22P02':
    case '22007':
    case '22008':
      return new AppError('VALIDATION_FAILED', 'Ein Wert ist für die Datenbank nicht gültig.', { cause: error });
    case '23P01':
      return new AppError('CONFLICT', 'Der Zeitraum überschneidet sich mit einem bestehenden Eintrag.', { cause: error });
    case '42501':
      return new AppError('FORBIDDEN', undefined, { cause: error });
    default:
      return undefined;
  }
}

/** Turns anything thrown in a handler into an AppError. Unknown errors become INTERNAL. */
export function normaliseError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return new AppError('VALIDATION_FAILED', undefined, { issues: zodIssues(error) });
  const e = error as FastifyError & { code?: string; validation?: unknown; cause?: unknown };
  // Drizzle wraps driver errors; the Postgres code sits on the cause.
  const dbError = fromDatabaseError(e) ?? (e.cause ? fromDatabaseError(e.cause as { code?: string }) : undefined);
  if (dbError) return dbError;
  if (e.validation) {
    const issues = Array.isArray(e.validation)
      ? (e.validation as { instancePath?: string; message?: string; params?: { issue?: { path?: unknown[] } } }[]).map((v) => ({
          field: (v.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.') || '(Anfrage)',
          message: v.message ?? 'ungültig',
        }))
      : undefined;
    return new AppError('VALIDATION_FAILED', undefined, { issues });
  }
  switch (e.code) {
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('BAD_REQUEST', 'Der Inhalt der Anfrage ist kein gültiges JSON.', { cause: e });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', undefined, { cause: e });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', undefined, { cause: e });
    case 'FST_ERR_RATE_LIMIT':
      return new AppError('TOO_MANY_REQUESTS', undefined, { cause: e });
  }
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return new AppError('BAD_REQUEST', undefined, { cause: e });
  }
  return new AppError('INTERNAL', undefined, { cause: error });
}

/**
 * Maps every error to problem details. `spaFallback`: GET requests outside /api/
 * that match no route get a web entry's HTML (client-side routing): `entryFor(url)`
 * names which (the citizen portal's portal.html for /de and /en), index.html otherwise.
 */
export function registerProblemDetails(
  app: FastifyInstance,
  options: { spaFallback?: boolean; entryFor?: (url: string) => string } = {},
): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = normaliseError(error);
    // errorForLog: SQL parameters and data-bearing database messages never reach the log.
    if (appError.code === 'INTERNAL') request.log.error({ err: errorForLog(error) }, 'unhandled error');
    else
      request.log.info(
        { code: appError.code, cause: appError.cause === undefined ? undefined : errorForLog(appError.cause) },
        appError.message,
      );
    void reply.status(appError.status).type('application/problem+json; charset=utf-8').send(toProblem(appError, request.url));
  });
  app.setNotFoundHandler((request, reply) => {
    if (options.spaFallback && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.sendFile(options.entryFor?.(request.url) ?? 'index.html');
    }
    return reply
      .status(404)
      .type('application/problem+json; charset=utf-8')
      .send(toProblem(new AppError('NOT_FOUND', 'Diese Adresse gibt es nicht.'), request.url));
  });
}
