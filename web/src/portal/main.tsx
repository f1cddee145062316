import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import '@public-ui/components/assets/kolicons/style.css';
import './portal.css';
import { portalI18n } from './i18n';
import { loadKolibri } from './kolibri';
import { langOf } from './paths';
import { PortalDataProvider, readPortalData } from './portal-data';
import { PortalRoutes } from './portal-routes';

/**
 * The citizen portal's own entry (web/portal.html, decision 0162): German under /de, English under /en.
 * It imports nothing of the staff app (e2e/bundle-split.e2e.test.ts proves it from the build manifest).
 * A page the server rendered (service pages, decision 0174) is hydrated with the data it was rendered
 * from; every other page renders here. KoliBri registers after the first render, in its own chunks (kolibri.ts).
 */
const root = document.getElementById('portal')!;
const data = readPortalData(document);
void portalI18n.changeLanguage(langOf(location.pathname));
const portal = (
  <StrictMode>
    <I18nextProvider i18n={portalI18n}>
      <PortalDataProvider value={data}>
        <BrowserRouter>
          <PortalRoutes />
        </BrowserRouter>
      </PortalDataProvider>
    </I18nextProvider>
  </StrictMode>
);
// A hydration mismatch makes React render the page anew in the browser: said on the console, where the
// server-rendering journey looks for it.
if (root.hasChildNodes()) hydrateRoot(root, portal, { onRecoverableError: (error) => console.error('Hydration fehlgeschlagen:', error) });
else createRoot(root).render(portal);
void loadKolibri();
