import { KolButton, KolInputEmail, KolInputText, KolLinkButton, KolSelect } from '@public-ui/react-v19';
import { useKolibriReady } from './kolibri';

/**
 * The portal's form controls: KoliBri components (decision 0162). Until KoliBri is registered (or if it
 * never is) each is a native control with the same label and behaviour, so the page works at once. Reading content (headings, texts, lists, addresses) is our own HTML.
 * KoliBri 4.1.0 sets no `aria-invalid` on an input in error state (upstream bug): the message itself is
 * announced by KoliBri's own alert, and the accessibility statement names the gap.
 */

/**
 * A form's onKeyDown: Enter in a KoliBri field runs `submit` (its input sits in a shadow root, outside the
 * form's own submission).
 */
export const submitOnKolibriEnter = (submit: () => void) => (e: React.KeyboardEvent) => {
  if (e.key === 'Enter' && (e.target as HTMLElement).tagName.startsWith('KOL-INPUT')) {
    e.preventDefault();
    submit();
  }
};

interface FieldProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  autoComplete?: string;
  required?: boolean;
  /** The wrapper's id (KoliBri 4 has no `_id`): tests and skip links address it. */
  id?: string;
}

export function TextField({
  label,
  value,
  onValue,
  hint,
  error,
  autoComplete,
  required,
  id,
  type = 'text',
}: FieldProps & { type?: 'text' | 'email' }) {
  const ready = useKolibriReady();
  if (!ready) {
    // Before (or without) KoliBri: a native field with the same label, hint and message.
    const fid = `${id ?? label}-native`;
    return (
      <div id={id} className="portal-field portal-native">
        <label htmlFor={fid}>{label}</label>
        <input
          id={fid}
          type={type}
          value={value}
          required={required}
          autoComplete={autoComplete}
          aria-invalid={error ? true : undefined}
          aria-describedby={hint || error ? `${fid}-hint` : undefined}
          onChange={(e) => onValue(e.target.value)}
        />
        {(hint || error) && <p id={`${fid}-hint`}>{error ?? hint}</p>}
      </div>
    );
  }
  const common = {
    _label: label,
    _value: value,
    _hint: hint,
    _required: required,
    _touched: Boolean(error),
    _msg: error ? { _type: 'error' as const, _description: error } : undefined,
    _on: { onInput: (_e: Event, v: unknown) => onValue(String(v ?? '')) },
  };
  return (
    <div id={id} className="portal-field">
      {type === 'email' ? (
        <KolInputEmail {...common} _autoComplete={autoComplete as 'email'} />
      ) : (
        <KolInputText {...common} _autoComplete={autoComplete as 'on'} />
      )}
    </div>
  );
}

export function SelectField({
  label,
  value,
  onValue,
  options,
  hint,
  error,
  id,
}: {
  label: string;
  value: string;
  onValue: (value: string) => void;
  options: { label: string; value: string }[];
  hint?: string;
  error?: string | undefined;
  id?: string;
}) {
  const ready = useKolibriReady();
  if (!ready) {
    const fid = `${id ?? label}-native`;
    return (
      <div id={id} className="portal-field portal-native">
        <label htmlFor={fid}>{label}</label>
        <select
          id={fid}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={hint || error ? `${fid}-hint` : undefined}
          onChange={(e) => onValue(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {(hint || error) && <p id={`${fid}-hint`}>{error ?? hint}</p>}
      </div>
    );
  }
  return (
    <div id={id} className="portal-field">
      <KolSelect
        _label={label}
        _hint={hint}
        _touched={Boolean(error)}
        _msg={error ? { _type: 'error' as const, _description: error } : undefined}
        _options={options}
        _value={value}
        _on={{ onInput: (_e: Event, v: unknown) => onValue(String(Array.isArray(v) ? (v[0] ?? '') : (v ?? ''))) }}
      />
    </div>
  );
}

export function Button({
  label,
  onClick,
  disabled,
  secondary,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  secondary?: boolean;
}) {
  const ready = useKolibriReady();
  if (!ready) {
    return (
      <button
        type="button"
        className={secondary ? 'portal-native-button secondary' : 'portal-native-button'}
        disabled={disabled}
        onClick={onClick}
      >
        {label}
      </button>
    );
  }
  return (
    <KolButton
      _label={label}
      _disabled={disabled}
      _variant={secondary ? 'secondary' : 'primary'}
      _on={{ onClick: () => onClick() }}
      className="portal-button"
    />
  );
}

/** A link that looks like a button (the service page's actions, the .ics download). */
export function ActionLink({ label, href, download, secondary }: { label: string; href: string; download?: string; secondary?: boolean }) {
  const ready = useKolibriReady();
  if (!ready) {
    return (
      <a href={href} download={download} className={secondary ? 'portal-native-button secondary' : 'portal-native-button'}>
        {label}
      </a>
    );
  }
  return (
    <KolLinkButton
      _label={label}
      _href={href}
      _download={download}
      _variant={secondary ? 'secondary' : 'primary'}
      className="portal-button"
    />
  );
}
