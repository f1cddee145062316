import { useId, useState } from 'react';
import { ApiError } from './api-error';

/**
 * Break-glass reads (decision 0136): an administrator reads personal data only with a reason, sent in the
 * header `X-Break-Glass-Reason` and recorded with the read. The reason holds for one path while the page
 * that asked for it is shown (use-api.ts forgets it, and the data read with it, when the page closes).
 */
export const BREAK_GLASS_HEADER = 'x-break-glass-reason';
export const BREAK_GLASS_MIN_LENGTH = 10;

const reasons = new Map<string, string>();

/** Header values are Latin-1 only (fetch refuses others): typographic quotes and dashes become ASCII, the rest a "?". */
export function headerSafe(reason: string): string {
  return reason
    .normalize('NFC')
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019\u201a]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .replace(/[^\u0020-\u007e\u00a0-\u00ff]/g, '?')
    .trim()
    .slice(0, 500);
}

export function breakGlassReasonFor(path: string): string | undefined {
  return reasons.get(path);
}
export function setBreakGlassReason(path: string, reason: string) {
  reasons.set(path, headerSafe(reason));
}
export function forgetBreakGlassReason(path: string) {
  reasons.delete(path);
}

export const isBreakGlassRequired = (error: unknown) => error instanceof ApiError && error.problem.code === 'BREAK_GLASS_REQUIRED';

/**
 * The administrator's break-glass form where a page reads personal data: why the data is needed (at least
 * ten characters); "Mit Begründung öffnen" reads again with the reason. The read is recorded in the audit trail.
 */
export function BreakGlassForm({ what, onSubmit }: { what: string; onSubmit(reason: string): Promise<void> }) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (headerSafe(reason).length < BREAK_GLASS_MIN_LENGTH) {
      setError(`Bitte den Anlass nennen (mindestens ${BREAK_GLASS_MIN_LENGTH} Zeichen), z. B. „Störung Ticket 4711 prüfen“.`);
      return;
    }
    setError('');
    setBusy(true);
    try {
      await onSubmit(reason);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="card break-glass"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-heading`}>Notfallzugriff auf personenbezogene Daten</h2>
      <p>
        {what} enthält personenbezogene Daten von Bürgerinnen und Bürgern. Die Administration liest sie nur im Notfall: Nennen Sie den
        Anlass. Der Zugriff wird mit Ihrer Begründung protokolliert; Revision und Datenschutz sehen ihn.
      </p>
      <div className="form-field">
        <label htmlFor={`${id}-reason`}>Begründung des Notfallzugriffs</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" disabled={busy}>
        Mit Begründung öffnen
      </button>
    </form>
  );
}
