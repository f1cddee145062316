import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { StaticRouter } from 'react-router-dom';
import { portalI18n } from './i18n';
import { langOf } from './paths';
import { type PortalData, PortalDataProvider, type PortalHead, PortalHeadProvider } from './portal-data';
import { PortalRoutes } from './portal-routes';

/**
 * The portal's server renderer (decision 0174), built by `vite build --ssr` into web/dist-ssr and loaded by
 * the server: the same route tree as the browser entry, rendered for one address with the data the server
 * loaded, so a service page reads without JavaScript and paints before any script arrives. The browser
 * hydrates the markup with the same data (main.tsx). Each render has its own i18n instance in the
 * address's language: renders of both languages may interleave.
 */
export function renderPortalPage(url: string, data: PortalData): { html: string; title: string; lang: 'de' | 'en' } {
  const lang = langOf(new URL(url, 'http://x').pathname);
  const i18n = portalI18n.cloneInstance({ lng: lang, initAsync: false });
  const head: PortalHead = {};
  const html = renderToString(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <PortalDataProvider value={data}>
          <PortalHeadProvider value={head}>
            <StaticRouter location={url}>
              <PortalRoutes />
            </StaticRouter>
          </PortalHeadProvider>
        </PortalDataProvider>
      </I18nextProvider>
    </StrictMode>,
  );
  return { html, title: head.title ?? i18n.t('site'), lang };
}
