import type { ReactNode } from 'react';
import { FormMessages, useFormFeedback } from '../../app/form-feedback';

/** A labelled form control with its error message tied to it (aria-describedby, aria-invalid). */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: (a11y: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="muted" style={{ margin: 0 }}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Submit state with the error as plain text (these forms offer no reload on conflict). */
export function useSubmit() {
  const { fieldErrors, error, success, busy, run } = useFormFeedback();
  return { fieldErrors, error: error?.text ?? null, success, busy, run };
}

export function Messages({ error, success }: { error: string | null; success: string }) {
  return <FormMessages error={error ? { text: error, isConflict: false } : null} success={success} />;
}
