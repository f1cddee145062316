import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { api, ApiError, errorText } from '../../app/api';
import { outcomeLabels, type Outcome, type TenantOption } from './contacts-labels';

interface ServiceOption {
  leikaKey: string;
  title: string;
  answerText: string | null;
}

/** What was documented, for the confirmation the desktop shows after the form is gone. */
export const documentedText = (values: DocumentValues, serviceTitle: string | null) =>
  `Kontakt dokumentiert: ${serviceTitle ?? 'ohne Leistung'}, ${outcomeLabels.find(([v]) => v === values.outcome)?.[1] ?? values.outcome}.`;

export interface DocumentValues {
  tenantId: string;
  leikaKey: string | null;
  searchId?: string;
  outcome: Outcome;
  note: string | null;
}

/**
 * Documenting a contact in a few keystrokes: type a few letters of the service and
 * press Enter (first hit), a digit 1–7 for the outcome, Ctrl+Enter to save. The
 * knowledge base's answer for the chosen service is shown beside it.
 */
export function DocumentForm({
  tenants,
  initialTenantId,
  onSubmit,
  submitLabel = 'Dokumentieren',
  autoFocus = true,
  idPrefix,
}: {
  tenants: TenantOption[];
  initialTenantId: string | null;
  onSubmit(values: DocumentValues, serviceTitle: string | null): Promise<void>;
  submitLabel?: string;
  autoFocus?: boolean;
  idPrefix: string;
}) {
  const [tenantId, setTenantId] = useState(initialTenantId ?? '');
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ServiceOption[]>([]);
  const [searchId, setSearchId] = useState<string | undefined>();
  const [service, setService] = useState<ServiceOption | null>(null);
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError | string | null>(null);
  const [busy, setBusy] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const outcomeRef = useRef<HTMLFieldSetElement>(null);
  const tenantSlug = tenants.find((t) => t.id === tenantId)?.slug;

  useEffect(() => {
    if (autoFocus) searchRef.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    const q = query.trim();
    // A picked service shows its title in the field: that is no new search (Enter must not reopen the list).
    if (q.length < 2 || (service && query === service.title)) {
      setResults([]);
      return;
    }
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ q, ...(tenantSlug ? { municipality: tenantSlug } : {}) });
      api<{ searchId: string | null; items: ServiceOption[] }>('GET', `/api/v1/services?${params}`)
        .then((r) => {
          setResults(r.items);
          setSearchId(r.searchId ?? undefined);
        })
        .catch(() => setResults([]));
    }, 200);
    return () => clearTimeout(timer);
  }, [query, tenantSlug, service]);

  const pick = (option: ServiceOption) => {
    setService(option);
    setQuery(option.title);
    setResults([]);
    outcomeRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  };

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(
        {
          tenantId,
          leikaKey: service?.leikaKey ?? null,
          searchId: service ? searchId : undefined,
          outcome: outcome as Outcome,
          note: note.trim() || null,
        },
        service?.title ?? null,
      );
    } catch (err) {
      setError(err instanceof ApiError ? err : errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
      return;
    }
    const target = e.target as HTMLElement;
    const isTyping = target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'search');
    if (!isTyping && /^[1-7]$/.test(e.key) && !e.ctrlKey && !e.altKey) {
      e.preventDefault();
      const [value] = outcomeLabels[Number(e.key) - 1]!;
      setOutcome(value);
      outcomeRef.current?.querySelector<HTMLInputElement>(`input[value="${value}"]`)?.focus();
    }
  };

  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} className="document-form" aria-label="Kontakt dokumentieren">
      {error && (
        <div role="alert" className="alert alert-error">
          {typeof error === 'string' ? error : error.message}
        </div>
      )}
      <label htmlFor={id('tenant')}>Stadt oder Gemeinde</label>
      <select
        id={id('tenant')}
        value={tenantId}
        onChange={(e) => setTenantId(e.target.value)}
        aria-describedby={fieldError('tenantId') ? id('tenant-error') : undefined}
      >
        <option value="">– bitte wählen –</option>
        {tenants.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      {fieldError('tenantId') && (
        <p className="field-error" id={id('tenant-error')}>
          {fieldError('tenantId')}
        </p>
      )}

      <label htmlFor={id('service')}>Leistung (Wissensdatenbank)</label>
      <input
        id={id('service')}
        ref={searchRef}
        type="search"
        autoComplete="off"
        value={query}
        placeholder="z. B. Personalausweis, Anmeldung, Hundesteuer"
        onChange={(e) => {
          setQuery(e.target.value);
          setService(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.ctrlKey && results[0]) {
            e.preventDefault();
            pick(results[0]);
          } else if (e.key === 'Escape' && results.length > 0) {
            e.preventDefault();
            setResults([]);
          }
        }}
        aria-describedby={id('service-hint')}
      />
      <p className="muted small" id={id('service-hint')}>
        Enter übernimmt den ersten Treffer.
      </p>
      {fieldError('leikaKey') && <p className="field-error">{fieldError('leikaKey')}</p>}
      {results.length > 0 && (
        <ul className="service-results" aria-label="Treffer">
          {results.map((r) => (
            <li key={r.leikaKey}>
              <button type="button" className="link-button" onClick={() => pick(r)}>
                {r.title}
              </button>{' '}
              <span className="muted small">{r.leikaKey}</span>
            </li>
          ))}
        </ul>
      )}
      {service?.answerText && (
        <details className="answer-text" open>
          <summary>Auskunft: {service.title}</summary>
          <p>{service.answerText}</p>
        </details>
      )}

      <fieldset ref={outcomeRef} className="outcomes">
        <legend>Ergebnis (Tasten 1–7)</legend>
        {outcomeLabels.map(([value, label], i) => (
          <label key={value} className="radio">
            <input type="radio" name={id('outcome')} value={value} checked={outcome === value} onChange={() => setOutcome(value)} />
            <kbd>{i + 1}</kbd> {label}
          </label>
        ))}
      </fieldset>
      {fieldError('outcome') && <p className="field-error">{fieldError('outcome')}</p>}

      <label htmlFor={id('note')}>Kurznotiz</label>
      <textarea id={id('note')} rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      <p>
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>{' '}
        <span className="muted small">Strg+Enter</span>
      </p>
    </form>
  );
}
