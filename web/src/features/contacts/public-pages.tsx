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
