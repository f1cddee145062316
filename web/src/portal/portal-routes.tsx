import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router-dom';
import { portalI18n } from './i18n';
import { LANGS, patterns, type Lang } from './paths';
import { SearchPage } from './search-page';
import { ServicePage } from './service-page';

/**
 * The portal's pages by address, shared by the browser entry (main.tsx) and the server renderer
 * (server-entry.tsx): one tree, so the server's HTML and the browser's first render match (hydration).
 * Search and service pages are in the entry chunk (they are the first paint); booking, assistant,
 * contact, status and the topic pages load on their routes.
 */
const page = <K extends string>(load: () => Promise<Record<K, (p: { lang: Lang }) => React.ReactNode>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const BookingPage = page(() => import('./booking-page'), 'BookingPage');
const AssistantPage = page(() => import('./assistant-page'), 'AssistantPage');
const ContactPage = page(() => import('./contact-page'), 'ContactPage');
const StatusPage = page(() => import('./status-page'), 'StatusPage');
const TopicsPage = page(() => import('./topics-page'), 'TopicsPage');
const TopicPage = page(() => import('./topics-page'), 'TopicPage');

/** Each page of the portal, by its route name in paths.ts; the first two are in the entry chunk. */
const pages: [keyof (typeof patterns)['de'], React.ComponentType<{ lang: Lang }>][] = [
  ['home', SearchPage],
  ['service', ServicePage],
  ['booking', BookingPage],
  ['assistant', AssistantPage],
  ['contact', ContactPage],
  ['status', StatusPage],
  ['topics', TopicsPage],
  ['topic', TopicPage],
];

/** The language of the address; the i18n instance is the provider's (the server renders with its own). */
function Localised({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  const { i18n } = useTranslation();
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  return <>{children}</>;
}

export function PortalRoutes() {
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
