import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { errorText } from '../../app/api';
import { $api } from '../../app/api-client';
import { useSession } from '../../app/session';

/** Why a sign-in with the service account came back here (`?sso=…`, set by the server's callback, decision 0132). */
const ssoFailures: Record<string, string> = {
  no_role: 'Ihr Dienstkonto ist im DialogCenter keiner Rolle zugeordnet. Bitte wenden Sie sich an die Administration Ihrer Verwaltung.',
  tenant_not_allowed: 'Ihr Dienstkonto gehört zu einer Verwaltung, für die die Anmeldung mit Dienstkonto nicht freigegeben ist.',
  tenant_unknown: 'Die Verwaltung Ihres Dienstkontos ist im DialogCenter nicht eingerichtet.',
  tenant_missing: 'Ihr Dienstkonto nennt keine Verwaltung, für diese Rolle ist aber eine nötig.',
  tenant_not_bindable:
    'Ihr Dienstkonto verbindet eine Verwaltung mit einer Rolle, die für alle Verwaltungen arbeitet. Bitte wenden Sie sich an die Administration.',
  disabled: 'Ihr Konto im DialogCenter ist deaktiviert.',
  state_invalid: 'Die Anmeldung mit Dienstkonto ist abgelaufen oder wurde in einem anderen Browser begonnen. Bitte erneut versuchen.',
  cancelled: 'Die Anmeldung mit Dienstkonto wurde abgebrochen.',
  provider_error: 'Der Anmeldedienst Ihrer Verwaltung ist gerade nicht erreichbar. Bitte später erneut versuchen.',
};
const ssoFailureText = (code: string) => ssoFailures[code] ?? 'Die Anmeldung mit Dienstkonto ist fehlgeschlagen.';

export function LoginPage() {
  const { me, login } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sso = $api.useQuery('get', '/api/v1/auth/oidc');
  const ssoFailure = new URLSearchParams(location.search).get('sso');
  const target = (location.state as { from?: string } | null)?.from ?? '/';
  if (me) return <Navigate to={target} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username, password);
      navigate(target, { replace: true });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="inhalt" className="login-box">
      <h1>Anmeldung DialogCenter</h1>
      {(error ?? ssoFailure) && (
        <div role="alert" className="alert alert-error">
          {error ?? ssoFailureText(ssoFailure!)}
        </div>
      )}
      {sso.data?.enabled && (
        <p>
          {/* A full page load, not a fetch: the server redirects to the identity provider. */}
          <a className="button" href="/api/v1/auth/oidc/start">
            Mit Dienstkonto anmelden
          </a>
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <label htmlFor="username">Benutzername</label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <label htmlFor="password">Passwort</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <p>
          <button type="submit" disabled={busy}>
            {busy ? 'Anmeldung läuft …' : 'Anmelden'}
          </button>
        </p>
      </form>
    </main>
  );
}
