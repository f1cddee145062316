import type React from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import './features/index';
import { StaffLayout } from './app/layout';
import { canOpen, staffPages } from './app/nav';
import { PageTitle } from './app/page-title';
import { useSession } from './app/session';
import { AccountPage } from './features/account/account-page';
import { LoginPage } from './features/account/login-page';
import { StartPage } from './features/start/start-page';

/**
 * The staff application (login, shell, every feature's pages), one lazily loaded chunk:
 * citizen pages never download it (web/src/citizen-routes.tsx, decision record 0066).
 */
function RequireLogin({ children }: { children: React.ReactElement }) {
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <p role="status">Wird geladen …</p>;
  if (!me) return <Navigate to="/anmelden" state={{ from: location.pathname }} replace />;
  return children;
}

function Forbidden() {
  return (
    <>
      <PageTitle title="Kein Zugriff" />
      <h1>Kein Zugriff</h1>
      <p>Für diese Seite fehlt Ihnen die Berechtigung.</p>
    </>
  );
}

export default function StaffApp() {
  const { me, hasRole } = useSession();
  return (
    <Routes>
      <Route
        path="/anmelden"
        element={
          <>
            <PageTitle title="Anmeldung" />
            <LoginPage />
          </>
        }
      />
      <Route
        element={
          <RequireLogin>
            <StaffLayout />
          </RequireLogin>
        }
      >
        <Route
          index
          element={
            <>
              <PageTitle title="Startseite" />
              <StartPage />
            </>
          }
        />
        <Route
          path="/konto"
          element={
            <>
              <PageTitle title="Mein Konto" />
              <AccountPage />
            </>
          }
        />
        {staffPages.map((p) => (
          <Route
            key={p.path}
            path={p.path}
            element={
              canOpen(p, me, hasRole) ? (
                <>
                  <PageTitle title={p.label} />
                  <p.component />
                </>
              ) : (
                <Forbidden />
              )
            }
          />
        ))}
        <Route
          path="*"
          element={
            <>
              <PageTitle title="Seite nicht gefunden" />
              <h1>Seite nicht gefunden</h1>
              <p>Diese Adresse gibt es nicht.</p>
            </>
          }
        />
      </Route>
    </Routes>
  );
}
