import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { canOpen, shellBanners, staffPages } from './nav';
import { useSession } from './session';

const roleNames: Record<string, string> = {
  agent: 'Agent/in',
  supervisor: 'Teamleitung',
  editor: 'Redaktion',
  backoffice: 'Fachbereich',
  dispatcher: 'Leitstelle',
  billing: 'Abrechnung',
  admin: 'Administration',
  auditor: 'Revision',
  itdesk: 'IT-Service-Desk',
  privacy_officer: 'Datenschutz',
};

/**
 * The staff shell: header with the signed-in person, navigation by role, main content.
 * Below 48rem the navigation folds away behind a "Menü" button (aria-expanded), so the
 * content gets the whole width of a phone; it closes again after choosing a page or on Esc.
 */
export function StaffLayout() {
  const { me, logout, hasRole } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [navOpen, setNavOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  useEffect(() => setNavOpen(false), [location.pathname]);
  if (!me) return null;
  const pages = staffPages.filter((p) => p.inNav !== false && canOpen(p, me, hasRole));
  return (
    <>
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <header className="app-header">
        <button
          ref={menuButton}
          type="button"
          className="menu-button"
          aria-expanded={navOpen}
          aria-controls="hauptnavigation"
          onClick={() => setNavOpen((open) => !open)}
        >
          <span aria-hidden="true">☰</span> Menü
        </button>
        <NavLink className="brand" to="/">
          DialogCenter Hannover
        </NavLink>
        <div className="app-user">
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
        <nav
          id="hauptnavigation"
          className={navOpen ? 'app-nav is-open' : 'app-nav'}
          aria-label="Hauptnavigation"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && navOpen) {
              setNavOpen(false);
              menuButton.current?.focus();
            }
          }}
        >
          <ul>
            <li>
              <NavLink to="/" end>
                Startseite
              </NavLink>
            </li>
            {pages.map((p) => (
              <li key={p.path}>
                {/* A page with its own sub-pages in the navigation is current only on its own path. */}
                <NavLink to={p.path} end={pages.some((o) => o.path.startsWith(`${p.path}/`))}>
                  {p.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="inhalt" tabIndex={-1}>
          {shellBanners
            .filter((b) => hasRole(...b.roles))
            .map((b) => (
              <b.component key={b.id} />
            ))}
          <Outlet />
        </main>
      </div>
    </>
  );
}
