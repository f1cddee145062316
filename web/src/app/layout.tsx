import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { staffPages } from './nav';
import { useSession } from './session';

const roleNames: Record<string, string> = {
  agent: 'Agent/in', supervisor: 'Teamleitung', editor: 'Redaktion', backoffice: 'Fachbereich',
  dispatcher: 'Leitstelle', billing: 'Abrechnung', admin: 'Administration', auditor: 'Revision',
};

/** The staff shell: header with the signed-in person, navigation by role, main content. */
export function StaffLayout() {
  const { me, logout, hasRole } = useSession();
  const navigate = useNavigate();
  if (!me) return null;
  const pages = staffPages.filter((p) => p.inNav !== false && hasRole(...p.roles));
  return (
    <>
      <a className="skip-link" href="#inhalt">Zum Inhalt springen</a>
      <header className="app-header">
        <NavLink className="brand" to="/">DialogCenter Hannover</NavLink>
        <div>
          <span>
            {me.user.displayName} ({me.user.roles.map((r) => roleNames[r]).join(', ')}
            {me.tenant ? `, ${me.tenant.name}` : ''})
          </span>{' '}
          <NavLink to="/konto">Mein Konto</NavLink>{' '}
          <button
            type="button"
            className="secondary"
            onClick={async () => {
              await logout();
              navigate('/anmelden');
            }}
          >
            Abmelden
          </button>
        </div>
      </header>
      <div className="app-body">
        <nav className="app-nav" aria-label="Hauptnavigation">
          <ul>
            <li><NavLink to="/" end>Startseite</NavLink></li>
            {pages.map((p) => (
              <li key={p.path}><NavLink to={p.path}>{p.label}</NavLink></li>
            ))}
          </ul>
        </nav>
        <main id="inhalt" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </>
  );
}
