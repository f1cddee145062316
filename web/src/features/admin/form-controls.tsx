import { useCallback, useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { ApiError, errorText } from '../../app/api';

/**
 * Form state shared by the admin forms: the field errors the API named
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
export function FormMessages({ error, success, onReload }: { error: { text: string; isConflict: boolean } | null; success: string; onReload?: () => void }) {
  return (
    <>
      {error && (
        <div role="alert" className="alert alert-error">
          {error.text}{' '}
          {error.isConflict && onReload && (
            <button type="button" className="secondary" onClick={onReload}>Neu laden</button>
          )}
        </div>
      )}
      <div role="status" className={success ? 'alert alert-ok' : 'visually-hidden'}>{success}</div>
    </>
  );
}

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: ReactNode;
}

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function TextField({ id, label, value, onChange, error, hint, ...rest }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="field-hint">{hint}</p>}
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...rest} />
      {error && <p id={`${id}-error`} className="field-error">{error}</p>}
    </div>
  );
}

interface SelectProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  options: { value: string; label: string }[];
  error?: string;
  hint?: ReactNode;
  disabled?: boolean;
  required?: boolean;
}

export function SelectField({ id, label, value, onChange, options, error, hint, disabled, required }: SelectProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {hint && <p id={`${id}-hint`} className="field-hint">{hint}</p>}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled} required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      {error && <p id={`${id}-error`} className="field-error">{error}</p>}
    </div>
  );
}

/** Empty input → null, so optional fields can be cleared. */
export const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
