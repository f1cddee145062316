import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../app/api';
import { FormMessages, useFormFeedback } from '../../app/form-feedback';
import { useSession } from '../../app/session';
import { useApi } from '../../app/use-api';
import { Field } from './field';
import { knownErrorStatusOptions, type Category, type Directory, type KnownError, type KnownErrorStatus } from './itfaults-types';
import { KnownErrorCard } from './known-error-hits';

/**
 * Known errors: first level searches them in the caller's words while on the phone; the IT
 * desk and supervisors keep them (new, change, confirm a proposal from a resolved fault).
 */
export function KnownErrorsPage() {
  const { hasRole } = useSession();
  const canManage = hasRole('itdesk', 'supervisor');
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const q = params.get('q') ?? '';
  const editing = params.get('bearbeiten');
  const list = useApi<{ items: KnownError[] }>(`/api/v1/it-faults/known-errors?q=${encodeURIComponent(q)}`);
  const directory = useApi<Directory>('/api/v1/it-faults/directory');
  const all = useApi<{ items: KnownError[] }>(editing && editing !== 'neu' ? '/api/v1/it-faults/known-errors' : null);
  const edited = editing === 'neu' ? null : (all.data?.items.find((k) => k.id === editing) ?? null);
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const items = list.data?.items ?? [];
  const proposals = items.filter((k) => k.status === 'proposed');
  return (
    <>
      <h1>Bekannte Fehler</h1>
      <form
        role="search"
        className="itf-search"
        onSubmit={(e) => {
          e.preventDefault();
          setParam('q', query.trim() || null);
        }}
      >
        <label htmlFor="itf-ke-q">Symptom in den Worten der anrufenden Person</label>
        <div className="itf-search-row">
          <input
            id="itf-ke-q"
            type="search"
            value={query}
            placeholder="z. B. drucker druckt nicht"
            onChange={(e) => setQuery(e.target.value)}
          />
          <button type="submit">Suchen</button>
        </div>
      </form>
      {canManage && !editing && (
        <p>
          <button type="button" className="secondary" onClick={() => setParam('bearbeiten', 'neu')}>
            Neuen bekannten Fehler anlegen
          </button>
        </p>
      )}
      {canManage && editing && directory.data && (editing === 'neu' || edited) && (
        <KnownErrorEditor
          key={editing}
          directory={directory.data}
          knownError={edited}
          onDone={() => {
            setParam('bearbeiten', null);
            void list.reload();
          }}
        />
      )}
      {list.error && (
        <div role="alert" className="alert alert-error">
          {list.error}
        </div>
      )}
      <p role="status" className="muted">
        {list.data ? (q ? `${items.length} Treffer zu „${q}“` : `${items.length} bekannte Fehler`) : 'Wird geladen …'}
        {canManage && proposals.length > 0 ? ` · ${proposals.length} Vorschläge warten auf Bestätigung` : ''}
      </p>
      <div className="itf-known-grid">
        {items.map((k) => (
          <KnownErrorCard key={k.id} error={k}>
            {canManage && (
              <p>
                <button type="button" className="secondary small" onClick={() => setParam('bearbeiten', k.id)}>
                  {k.status === 'proposed' ? 'Vorschlag prüfen' : 'Bearbeiten'}
                  <span className="visually-hidden">: {k.title}</span>
                </button>
              </p>
            )}
          </KnownErrorCard>
        ))}
      </div>
    </>
  );
}

function KnownErrorEditor({ directory, knownError, onDone }: { directory: Directory; knownError: KnownError | null; onDone(): void }) {
  const [v, setV] = useState({
    title: knownError?.title ?? '',
    symptom: knownError?.symptom ?? '',
    keywords: knownError?.keywords ?? '',
    workaround: knownError?.workaround ?? '',
    category: (knownError?.category ?? '') as Category | '',
    status: (knownError?.status === 'proposed' ? 'workaround' : (knownError?.status ?? 'investigating')) as KnownErrorStatus,
    itTicketNumber: knownError?.itTicketNumber ?? '',
    itTicketUrl: knownError?.itTicketUrl ?? '',
  });
  const { fieldErrors, error, success, busy, run } = useFormFeedback();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const body = {
        ...v,
        category: v.category || undefined,
        keywords: v.keywords || null,
        workaround: v.workaround || null,
        itTicketNumber: v.itTicketNumber || null,
        itTicketUrl: v.itTicketUrl || null,
      };
      if (knownError) await api('PATCH', `/api/v1/it-faults/known-errors/${knownError.id}`, { ...body, version: knownError.version });
      else await api('POST', '/api/v1/it-faults/known-errors', body);
      onDone();
    });
  };
  const text = (key: keyof typeof v, label: string, rows = 0, hint?: string) => (
    <Field id={`itf-ke-${key}`} label={label} error={fieldErrors[key]} hint={hint}>
      {(a) =>
        rows ? (
          <textarea {...a} rows={rows} value={v[key]} onChange={(e) => setV({ ...v, [key]: e.target.value })} />
        ) : (
          <input {...a} value={v[key]} onChange={(e) => setV({ ...v, [key]: e.target.value })} />
        )
      }
    </Field>
  );
  return (
    <form onSubmit={submit} className="card itf-editor" aria-labelledby="itf-ke-h" noValidate>
      <h2 id="itf-ke-h">
        {knownError ? (knownError.status === 'proposed' ? 'Vorschlag prüfen' : 'Bekannten Fehler bearbeiten') : 'Neuer bekannter Fehler'}
      </h2>
      <FormMessages error={error} success={success} />
      {text('title', 'Titel')}
      {text('symptom', 'Symptom (wie Anrufende es schildern)', 2)}
      {text(
        'keywords',
        'Stichwörter in Alltagssprache',
        0,
        'z. B. „drucker spinnt druckt nix“: die Suche findet den Fehler auch über diese Wörter.',
      )}
      {text('workaround', 'Umgehung zum Vorlesen', 3)}
      <div className="itf-two">
        <Field id="itf-ke-category" label="Kategorie" error={fieldErrors.category}>
          {(a) => (
            <select {...a} value={v.category} onChange={(e) => setV({ ...v, category: e.target.value as Category })}>
              <option value="">– bitte wählen –</option>
              {directory.categories.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="itf-ke-status" label="Status" error={fieldErrors.status}>
          {(a) => (
            <select {...a} value={v.status} onChange={(e) => setV({ ...v, status: e.target.value as KnownErrorStatus })}>
              {knownErrorStatusOptions.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('itTicketNumber', 'IT-Ticket (Problem-Nummer)')}
        {text('itTicketUrl', 'Link zum IT-Ticket')}
      </div>
      <p className="form-actions">
        <button type="submit" disabled={busy}>
          {knownError?.status === 'proposed' ? 'Bestätigen und speichern' : 'Speichern'}
        </button>{' '}
        <button type="button" className="secondary" onClick={onDone}>
          Abbrechen
        </button>
      </p>
    </form>
  );
}
