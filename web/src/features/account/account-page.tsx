import { useState, type FormEvent } from 'react';
import { ApiError, api, errorText } from '../../app/api';
import { useSession } from '../../app/session';

export function AccountPage() {
  const { me } = useSession();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    setFieldErrors({});
    try {
      await api('POST', '/api/v1/auth/password', { currentPassword, newPassword });
      setMessage({ ok: true, text: 'Das Passwort wurde geändert. Andere Sitzungen wurden beendet.' });
      setCurrent('');
      setNew('');
    } catch (e) {
      if (e instanceof ApiError) setFieldErrors(Object.fromEntries((e.problem.issues ?? []).map((i) => [i.field, i.message])));
      setMessage({ ok: false, text: errorText(e) });
    }
  }

  return (
    <>
      <h1>Mein Konto</h1>
      <p>
        Angemeldet als <strong>{me?.user.displayName}</strong> ({me?.user.username}).
      </p>
      <h2>Passwort ändern</h2>
      {message && (
        <div role={message.ok ? 'status' : 'alert'} className={`alert ${message.ok ? 'alert-ok' : 'alert-error'}`}>
          {message.text}
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <label htmlFor="current">Bisheriges Passwort</label>
        <input
          id="current"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
          aria-describedby={fieldErrors.currentPassword ? 'current-error' : undefined}
        />
        {fieldErrors.currentPassword && (
          <p id="current-error" className="field-error">
            {fieldErrors.currentPassword}
          </p>
        )}
        <label htmlFor="new">Neues Passwort (mindestens 12 Zeichen)</label>
        <input
          id="new"
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNew(e.target.value)}
          aria-describedby={fieldErrors.newPassword ? 'new-error' : undefined}
        />
        {fieldErrors.newPassword && (
          <p id="new-error" className="field-error">
            {fieldErrors.newPassword}
          </p>
        )}
        <p>
          <button type="submit">Passwort ändern</button>
        </p>
      </form>
    </>
  );
}
