import type { FastifyInstance } from 'fastify';
import { AppError, type FieldIssue } from './app-error.js';

/**
 * Input hygiene at the edge, for every route: no NUL character (U+0000) in a JSON
 * body, a text body, the query string or a path parameter. PostgreSQL cannot store
 * NUL in text or jsonb; without this check such input fails deep in a query with a
 * 500 (and the query with the citizen's data used to land in the error log).
 * Answered with 400 and the offending fields named, before any handler runs.
 */
const NUL = '\u0000';
const MAX_ISSUES = 10;

function collectNul(value: unknown, path: string, issues: FieldIssue[], depth = 0): void {
  if (issues.length >= MAX_ISSUES || depth > 64) return;
  if (typeof value === 'string') {
    if (value.includes(NUL)) issues.push({ field: path || '(Anfrage)', message: 'Das Steuerzeichen NUL (\\u0000) ist nicht erlaubt.' });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectNul(item, path ? `${path}.${i}` : String(i), issues, depth + 1));
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const keyPath = path ? `${path}.${key.replaceAll(NUL, '\\u0000')}` : key.replaceAll(NUL, '\\u0000');
      if (key.includes(NUL)) issues.push({ field: keyPath, message: 'Das Steuerzeichen NUL (\\u0000) ist nicht erlaubt.' });
      collectNul(item, keyPath, issues, depth + 1);
    }
  }
}

/** The NUL-bearing fields of a request, as field issues (empty: clean). */
export function findNulCharacters(parts: { body?: unknown; query?: unknown; params?: unknown }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  collectNul(parts.params, '', issues);
  collectNul(parts.query, '', issues);
  collectNul(parts.body, '', issues);
  return issues;
}

export function registerInputHygiene(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const issues = findNulCharacters({ body: request.body, query: request.query, params: request.params });
    if (issues.length > 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        'Die Eingaben enthalten ein unzulässiges Steuerzeichen (NUL). Bitte entfernen Sie es und senden Sie die Angaben erneut.',
        { issues },
      );
    }
  });
}
