import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import './app/styles.css';
import { QueryProvider } from './app/query';
import { SessionProvider } from './app/session';
import { citizenRoutes } from './citizen-routes';
import { standaloneRoutes } from './standalone-routes';

/**
 * The entry: citizen pages and the staff application are separate chunks, loaded by route
 * (decision record 0066). This file and what it imports statically is all every page loads.
 */
const StaffApp = lazy(() => import('./staff-app'));

const loading = <p role="status">Wird geladen …</p>;

function App() {
  return (
    <Routes>
      {[...citizenRoutes, ...standaloneRoutes].map((r) => (
        <Route
          key={r.path}
          path={r.path}
          element={
            <Suspense fallback={loading}>
              <r.component />
            </Suspense>
          }
        />
      ))}
      <Route
        path="*"
        element={
          <Suspense fallback={loading}>
            <StaffApp />
          </Suspense>
        }
      />
    </Routes>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryProvider>
      <BrowserRouter>
        <SessionProvider>
          <App />
        </SessionProvider>
      </BrowserRouter>
    </QueryProvider>
  </StrictMode>,
);
