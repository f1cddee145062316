import { useCallback, useState } from 'react';
import { ApiError, errorText } from './api';

/**
 * Form state shared by the staff and citizen forms: the field errors the API named
 * (problem details `issues`), one error message (role=alert) and one success
 * message (role=status, always present so screen readers announce changes).
 */
export function useFormFeedback() {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<{ text: string; isConflict: boolean } | null>(null);
  const [success, setSuccess] = useState('');
  const [busy, setBusy] = useState(false);

  /** Runs a submit: clears old messages, shows the server's answer next to the fields. */
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
      setError({ text: errorText(e), isConflict: e instanceof ApiError && e.problem.status === 409 });
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  return { fieldErrors, error, success, busy, run, setSuccess };
}

/** The two live regions of a form: errors as alert, success as status. */
export function FormMessages({
  error,
  success,
  onReload,
}: {
  error: { text: string; isConflict: boolean } | null;
  success: string;
  onReload?: () => void;
}) {
  return (
    <>
      {error && (
        <div role="alert" className="alert alert-error">
          {error.text}{' '}
          {error.isConflict && onReload && (
            <button type="button" className="secondary" onClick={onReload}>
              Neu laden
            </button>
          )}
        </div>
      )}
      <div role="status" className={success ? 'alert alert-ok' : 'visually-hidden'}>
        {success}
      </div>
    </>
  );
}
