import type { InputHTMLAttributes, ReactNode } from 'react';

export { FormMessages, useFormFeedback } from '../../app/form-feedback';

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
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...rest}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
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
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface TextAreaProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: ReactNode;
  rows?: number;
}

/** A labelled multi-line input, hint and error tied to it like TextField's. */
export function TextAreaField({ id, label, value, onChange, error, hint, rows = 3 }: TextAreaProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface CheckboxProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: ReactNode;
  /** "inline": one of a list (no field box, normal weight); default: a field of its own with the hint below. */
  variant?: 'field' | 'inline';
}

/** A checkbox with its label and an optional hint tied to it with aria-describedby. */
export function CheckboxField({ id, label, checked, onChange, hint, variant = 'field' }: CheckboxProps) {
  const input = (
    <input
      type="checkbox"
      id={id}
      checked={checked}
      onChange={(e) => onChange(e.target.checked)}
      aria-describedby={hint ? `${id}-hint` : undefined}
    />
  );
  if (variant === 'inline')
    return (
      <>
        {input}{' '}
        <label htmlFor={id} className="checkbox-inline-label">
          {label}
        </label>
        {hint && (
          <span id={`${id}-hint`} className="field-hint">
            {' '}
            {hint}
          </span>
        )}
      </>
    );
  return (
    <div className="form-field">
      <label className="checkbox-label" htmlFor={id}>
        {input}
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** Empty input → null, so optional fields can be cleared. */
export const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
