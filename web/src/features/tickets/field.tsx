import { useCallback, useState, type ReactNode } from 'react';
import { ApiError, errorText } from '../../app/api';

/** A labelled form control with its error message tied to it (aria-describedby, aria-invalid). */
export function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: (a11y: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode }) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="muted" style={{ margin: 0 }}>{hint}</p>}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && <p id={`${id}-error`} className="field-error">{error}</p>}
    </div>
  );
}

/** Submit state: field errors from problem details, one alert, one status message. */
export function useSubmit() {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState('');
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (action: () => Promise<string | void>) => {
    setBusy(true);
    setFieldErrors({});
    setError(null);
    setSuccess('');
    try {
      const message = await action();
      if (message) setSuccess(message);
      return true;
    } catch (e) {
      if (e instanceof ApiError) {
        const errors: Record<string, string> = {};
        for (const issue of e.problem.issues ?? []) errors[issue.field] ??= issue.message;
        setFieldErrors(errors);
      }
      setError(errorText(e));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { fieldErrors, error, success, busy, run };
}

export function Messages({ error, success }: { error: string | null; success: string }) {
  return (
    <>
      {error && <div role="alert" className="alert alert-error">{error}</div>}
      <div role="status" className={success ? 'alert alert-ok' : 'visually-hidden'}>{success}</div>
    </>
  );
}
