import { useState, type FormEvent } from 'react';
import { api } from '../../app/api';
import { FormMessages, TextField, useFormFeedback } from './form-controls';
import { formatDateTime, type User } from './admin-labels';
import { isLocked } from './users-page';

/** Password reset and lifting a login lockout: separate from the profile form, each audited on the server. */
export function UserSecurityActions({ user, onSaved }: { user: User; onSaved(u: User): void }) {
  const [password, setPassword] = useState('');
  const { fieldErrors, error, success, busy, run } = useFormFeedback();

  async function resetPassword(event: FormEvent) {
    event.preventDefault();
    const ok = await run(async () => {
      onSaved(await api<User>('PATCH', `/api/v1/users/${user.id}`, { version: user.version, password }));
      return 'Das Passwort wurde zurückgesetzt; alle Sitzungen des Kontos wurden beendet.';
    });
    if (ok) setPassword('');
  }

  async function unlock() {
    await run(async () => {
      onSaved(await api<User>('PATCH', `/api/v1/users/${user.id}`, { version: user.version, unlock: true }));
      return 'Die Sperre wurde aufgehoben.';
    });
  }

  return (
    <section className="admin-section" aria-labelledby="security-heading">
      <h2 id="security-heading">Anmeldung</h2>
      <FormMessages error={error} success={success} />
      <p>
        Letzte Anmeldung: {formatDateTime(user.lastLoginAt) || 'noch nie'}.{' '}
        {isLocked(user) ? (
          <strong className="status-warn">Nach zu vielen Fehlversuchen gesperrt bis {formatDateTime(user.lockedUntil)}.</strong>
        ) : (
          'Nicht gesperrt.'
        )}
      </p>
      {isLocked(user) && (
        <p>
          <button type="button" onClick={() => void unlock()} disabled={busy}>
            Sperre aufheben
          </button>
        </p>
      )}
      <form onSubmit={resetPassword} noValidate aria-labelledby="reset-heading">
        <h3 id="reset-heading">Passwort zurücksetzen</h3>
        <TextField
          id="reset-password"
          label="Neues Passwort"
          hint="Mindestens 12 Zeichen. Teilen Sie es der Person auf sicherem Weg mit."
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={fieldErrors.password ?? fieldErrors.newPassword}
        />
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            Passwort zurücksetzen
          </button>
        </div>
      </form>
    </section>
  );
}
