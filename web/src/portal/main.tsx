import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import '@public-ui/components/assets/kolicons/style.css';
import './portal.css';
import { portalI18n } from './i18n';
import { loadKolibri } from './kolibri';
import { LANGS, patterns, type Lang } from './paths';
import { SearchPage } from './search-page';
import { ServicePage } from './service-page';

/**
 * The citizen portal's own entry (web/portal.html, decision 0162): German under /de, English under /en.
 * It imports nothing of the staff app (e2e/bundle-split.e2e.test.ts proves it from the build manifest).
 * Search and service pages are in this chunk (they are the first paint); booking, assistant, contact and status load on their routes.
 * KoliBri registers after the first render, in its own chunks (kolibri.ts).
 */
const page = <K extends string>(load: () => Promise<Record<K, (p: { lang: Lang }) => React.ReactNode>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const BookingPage = page(() => import('./booking-page'), 'BookingPage');
const AssistantPage = page(() => import('./assistant-page'), 'AssistantPage');
const ContactPage = page(() => import('./contact-page'), 'ContactPage');
const StatusPage = page(() => import('./status-page'), 'StatusPage');

/** Each page of the portal, by its route name in paths.ts; the first two are in the entry chunk. */
const pages: [keyof (typeof patterns)['de'], React.ComponentType<{ lang: Lang }>][] = [
  ['home', SearchPage],
  ['service', ServicePage],
  ['booking', BookingPage],
  ['assistant', AssistantPage],
  ['contact', ContactPage],
  ['status', StatusPage],
];

function Localised({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  if (portalI18n.language !== lang) void portalI18n.changeLanguage(lang);
  return <>{children}</>;
}

function Portal() {
  return (
    <Routes>
      {LANGS.flatMap((lang) =>
        pages.map(([name, Page]) => (
          <Route
            key={`${lang}-${name}`}
            path={patterns[lang][name]}
            element={
              <Localised lang={lang}>
                <Suspense fallback={<p role="status">{portalI18n.t('loading', { lng: lang })}</p>}>
                  <Page lang={lang} />
                </Suspense>
              </Localised>
            }
          />
        )),
      )}
      <Route path="/en/*" element={<Navigate to="/en" replace />} />
      <Route path="*" element={<Navigate to="/de" replace />} />
    </Routes>
  );
}

createRoot(document.getElementById('portal')!).render(
  <StrictMode>
    <I18nextProvider i18n={portalI18n}>
      <BrowserRouter>
        <Portal />
      </BrowserRouter>
    </I18nextProvider>
  </StrictMode>,
);
void loadKolibri();
