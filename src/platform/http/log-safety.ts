import type { FastifyRequest } from 'fastify';

/**
 * What may go into a log line. Logs are kept longer and read by more people than
 * the database, so they must not carry what citizens typed: no SQL parameters, no
 * row values from PostgreSQL's error detail, no query strings of URLs.
 *
 * `errorForLog` replaces pino's error serializer for every `err` (and is used for
 * the cause of handled errors). For database errors it keeps what a developer
 * needs to find the fault (SQL text with its $1 placeholders, SQLSTATE code,
 * constraint, table, column, routine, stack frames) and drops parameters, the
 * `detail`/`where`/`hint` fields and the messages of data errors (classes 22 and
 * 23 quote the offending value: `invalid input syntax for type uuid: "…"`).
 */

const SQLSTATE = /^[0-9A-Z]{5}$/;
const MAX_SQL = 2000;

export interface LoggedError {
  type: string;
  message: string;
  code?: string;
  sql?: string;
  constraint?: string;
  table?: string;
  column?: string;
  routine?: string;
  stack?: string;
  cause?: LoggedError;
}

type ErrorLike = Error & Record<string, unknown>;

const isDriverError = (e: ErrorLike) =>
  typeof e.code === 'string' && SQLSTATE.test(e.code) && ('severity' in e || 'routine' in e || 'query' in e);
const isQueryWrapper = (e: ErrorLike) => 'params' in e && typeof e.query === 'string';

/** The stack frames only: the first lines of a stack repeat the message, which may hold data. */
function framesOnly(stack: unknown, header: string): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return [header, ...frames].join('\n');
}

const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);

export function errorForLog(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error) && (typeof error !== 'object' || error === null)) {
    return { type: typeof error, message: String(error) };
  }
  const e = error as ErrorLike;
  const type = e.constructor?.name && e.constructor.name !== 'Object' ? e.constructor.name : (text(e.name) ?? 'Error');
  let message = typeof e.message === 'string' ? e.message : String(e.message);
  const out: LoggedError = { type, message };

  if (isQueryWrapper(e) || isDriverError(e)) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (isQueryWrapper(e) && !isDriverError(e)) message = 'Datenbankabfrage fehlgeschlagen (Parameter nicht protokolliert)';
    else if (code && /^2[23]/.test(code)) message = `SQLSTATE ${code} (Meldung nicht protokolliert: sie kann Eingabewerte enthalten)`;
    Object.assign(out, {
      message,
      code,
      sql: typeof e.query === 'string' ? e.query.slice(0, MAX_SQL) : undefined,
      constraint: text(e.constraint),
      table: text(e.table),
      column: text(e.column),
      routine: text(e.routine),
    });
    out.stack = framesOnly(e.stack, `${type}: ${message}`);
  } else {
    if (typeof e.code === 'string' || typeof e.code === 'number') out.code = String(e.code);
    if (typeof e.stack === 'string') out.stack = e.stack;
  }
  if (e.cause !== undefined && depth < 5) out.cause = errorForLog(e.cause, depth + 1);
  for (const key of Object.keys(out) as (keyof LoggedError)[]) if (out[key] === undefined) delete out[key];
  return out;
}

/** The request as logged: the path without its query string (search terms, reference codes, e-mail addresses). */
export function requestForLog(request: FastifyRequest) {
  return {
    method: request.method,
    url: request.url.split('?')[0],
    host: request.host,
    remoteAddress: request.ip,
  };
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** A run of at least seven digits with phone punctuation, not part of a word, an id, a date or an address. */
const PHONE = /(?<![\w.:/-])\+?\(?\d[\d /()-]{5,}\d(?![\w:-]|\.\d)/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** E-mail addresses and phone numbers in one string replaced by placeholders (decision 0140). */
export function redactText(text: string): string {
  return text.replace(EMAIL, '[E-Mail]').replace(PHONE, (match) => {
    const digits = match.replace(/\D/g, '').length;
    const kept = ISO_DATE.test(match.trim()) || UUID.test(match);
    return digits >= 7 && !kept ? '[Telefon]' : match;
  });
}

/**
 * A log record with every string redacted (e-mail addresses, phone numbers), however deep.
 * The last line of defence: citizens' data must not reach a log line even when a message or a
 * field was written carelessly. Numbers and booleans stay, keys stay.
 */
export function redactPersonalData<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return redactText(value) as T;
  if (depth > 8 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactPersonalData(v, depth + 1)) as T;
  // Only plain records: requests, errors and other instances are left to their serializers (which redact).
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) out[key] = redactPersonalData(v, depth + 1);
  return out as T;
}
