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
 * Search and service pages are in this chunk (they are the first paint); booking and the assistant load on their routes.
 * KoliBri registers after the first render, in its own chunks (kolibri.ts).
 */
const BookingPage = lazy(() => import('./booking-page').then((m) => ({ default: m.BookingPage })));
const AssistantPage = lazy(() => import('./assistant-page').then((m) => ({ default: m.AssistantPage })));

function Localised({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  if (portalI18n.language !== lang) void portalI18n.changeLanguage(lang);
  return <>{children}</>;
}

function Portal() {
  return (
    <Routes>
      {LANGS.map((lang) => [
        <Route
          key={`${lang}-home`}
          path={patterns[lang].home}
          element={
            <Localised lang={lang}>
              <SearchPage lang={lang} />
            </Localised>
          }
        />,
        <Route
          key={`${lang}-service`}
          path={patterns[lang].service}
          element={
            <Localised lang={lang}>
              <ServicePage lang={lang} />
            </Localised>
          }
        />,
        <Route
          key={`${lang}-booking`}
          path={patterns[lang].booking}
          element={
            <Localised lang={lang}>
              <Suspense fallback={<p role="status">{portalI18n.t('loading', { lng: lang })}</p>}>
                <BookingPage lang={lang} />
              </Suspense>
            </Localised>
          }
        />,
      ])}
      {LANGS.map((lang) => (
        <Route
          key={`${lang}-assistant`}
          path={patterns[lang].assistant}
          element={
            <Localised lang={lang}>
              <Suspense fallback={<p role="status">{portalI18n.t('loading', { lng: lang })}</p>}>
                <AssistantPage lang={lang} />
              </Suspense>
            </Localised>
          }
        />
      ))}
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
