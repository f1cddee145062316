import { CitizenFooter } from '../../app/citizen-footer';
import { usePageTitle } from '../../app/page-title';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError, errorText } from '../../app/api';
import { useApi } from '../../app/use-api';

function CitizenFrame({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <>
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <header className="app-header">
        <span className="brand">DialogCenter Hannover · Behördennummer 115</span>
      </header>
      <main id="inhalt" tabIndex={-1} className="citizen-main">
        <h1>{title}</h1>
        {children}
      </main>
      <CitizenFooter />
    </>
  );
}

function MunicipalitySelect({ id, value, onChange, error }: { id: string; value: string; onChange(v: string): void; error?: string }) {
  const { data } = useApi<{ items: { slug: string; name: string }[] }>('/api/v1/public/municipalities');
  return (
    <>
      <label htmlFor={id}>Ihre Stadt oder Gemeinde (Pflichtfeld)</label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        <option value="">– bitte wählen –</option>
        {data?.items.map((m) => (
          <option key={m.slug} value={m.slug}>
            {m.name}
          </option>
        ))}
      </select>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
}

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: ReactNode }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      {children}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
}

/** The public contact form: the message lands in the center's routed queue. */
export function PublicContactPage() {
  const [values, setValues] = useState({ tenant: '', name: '', email: '', subject: '', message: '' });
  const [error, setError] = useState<ApiError | string | null>(null);
  const [reference, setReference] = useState<string | null>(null);
  const set = (k: keyof typeof values) => (v: string) => setValues((x) => ({ ...x, [k]: v }));
  const fe = (f: string) => (error instanceof ApiError ? error.fieldMessage(f) : undefined);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const r = await api<{ reference: string }>('POST', '/api/v1/public/contact-form', values);
      setReference(r.reference);
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError ? err : errorText(err));
    }
  };
  if (reference) {
    return (
      <CitizenFrame title="Vielen Dank für Ihre Nachricht">
        <p role="status">
          Ihre Nachricht ist eingegangen (Vorgangsnummer {reference}). Sie erhalten in der Regel innerhalb eines Werktags eine Antwort per
          E-Mail.
        </p>
        <p>
          Mit dieser Nummer können Sie den <a href={`/status?code=${encodeURIComponent(reference)}`}>Stand Ihres Anliegens abfragen</a>.
        </p>
      </CitizenFrame>
    );
  }
  return (
    <CitizenFrame title="Kontaktformular">
      <p>Schreiben Sie uns Ihr Anliegen. Wir antworten in der Regel innerhalb eines Werktags.</p>
      {error && (
        <div role="alert" className="alert alert-error">
          {typeof error === 'string' ? error : 'Bitte prüfen Sie Ihre Angaben.'}
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <MunicipalitySelect id="kf-tenant" value={values.tenant} onChange={set('tenant')} error={fe('tenant')} />
        <Field id="kf-name" label="Ihr Name (Pflichtfeld)" error={fe('name')}>
          <input
            id="kf-name"
            autoComplete="name"
            value={values.name}
            onChange={(e) => set('name')(e.target.value)}
            required
            aria-invalid={!!fe('name')}
            aria-describedby={fe('name') ? 'kf-name-error' : undefined}
          />
        </Field>
        <Field id="kf-email" label="Ihre E-Mail-Adresse (Pflichtfeld)" error={fe('email')}>
          <input
            id="kf-email"
            type="email"
            autoComplete="email"
            value={values.email}
            onChange={(e) => set('email')(e.target.value)}
            required
            aria-invalid={!!fe('email')}
            aria-describedby={fe('email') ? 'kf-email-error' : undefined}
          />
        </Field>
        <Field id="kf-subject" label="Betreff (Pflichtfeld)" error={fe('subject')}>
          <input
            id="kf-subject"
            value={values.subject}
            onChange={(e) => set('subject')(e.target.value)}
            required
            aria-invalid={!!fe('subject')}
            aria-describedby={fe('subject') ? 'kf-subject-error' : undefined}
          />
        </Field>
        <Field id="kf-message" label="Ihr Anliegen (Pflichtfeld)" error={fe('message')}>
          <textarea
            id="kf-message"
            rows={6}
            value={values.message}
            onChange={(e) => set('message')(e.target.value)}
            required
            aria-invalid={!!fe('message')}
            aria-describedby={fe('message') ? 'kf-message-error' : undefined}
          />
        </Field>
        <p>
          <button type="submit">Absenden</button>
        </p>
      </form>
    </CitizenFrame>
  );
}

interface ChatStatus {
  referenceCode: string | null;
  status: string;
  position: number | null;
  agentName: string | null;
  messages: { id: number; author: 'visitor' | 'agent'; authorName: string | null; body: string }[];
}

/** Web chat for citizens: they see their place in the queue until an agent answers. */
export function PublicChatPage() {
  const [tenant, setTenant] = useState('');
  const [text, setText] = useState('');
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem('dc-chat-token'));
  const [status, setStatus] = useState<ChatStatus | null>(null);
  const [error, setError] = useState<ApiError | string | null>(null);
  useEffect(() => {
    if (!token) return;
    const load = () =>
      api<ChatStatus>('GET', `/api/v1/public/chats/${token}`)
        .then(setStatus)
        .catch(() => undefined);
    void load();
    const timer = setInterval(load, 3000);
    return () => clearInterval(timer);
  }, [token]);
  const fe = (f: string) => (error instanceof ApiError ? error.fieldMessage(f) : undefined);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    try {
      if (!token) {
        const r = await api<{ token: string }>('POST', '/api/v1/public/chats', { tenant, message: text });
        sessionStorage.setItem('dc-chat-token', r.token);
        setToken(r.token);
      } else {
        await api('POST', `/api/v1/public/chats/${token}/messages`, { body: text });
        setStatus(await api<ChatStatus>('GET', `/api/v1/public/chats/${token}`));
      }
      setText('');
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError ? err : errorText(err));
    }
  };
  return (
    <CitizenFrame title="Chat mit dem DialogCenter">
      {status && (
        <p role="status" className="alert alert-ok">
          {status.referenceCode ? `Vorgangsnummer ${status.referenceCode}. ` : ''}
          {status.position !== null
            ? `Sie sind an Platz ${status.position} der Warteschlange. Bitte bleiben Sie auf dieser Seite.`
            : status.agentName
              ? `${status.agentName} ist für Sie da.`
              : 'Ihr Chat wird bearbeitet.'}
        </p>
      )}
      {error && (
        <div role="alert" className="alert alert-error">
          {typeof error === 'string' ? error : 'Bitte prüfen Sie Ihre Angaben.'}
        </div>
      )}
      {status && (
        <ol className="chat-log" aria-label="Chatverlauf" aria-live="polite">
          {status.messages.map((m) => (
            <li key={m.id} className={`chat-${m.author}`}>
              <strong>{m.author === 'visitor' ? 'Sie' : m.authorName}:</strong> {m.body}
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={send} noValidate>
        {!token && <MunicipalitySelect id="chat-tenant" value={tenant} onChange={setTenant} error={fe('tenant')} />}
        <Field id="chat-text" label={token ? 'Ihre Nachricht' : 'Ihre Frage (Pflichtfeld)'} error={fe('message') ?? fe('body')}>
          <textarea id="chat-text" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
        <p>
          <button type="submit">{token ? 'Senden' : 'Chat beginnen'}</button>
        </p>
      </form>
    </CitizenFrame>
  );
}
