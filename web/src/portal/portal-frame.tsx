import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { legalPaths, paths, twinPath, type Lang } from './paths';
import { usePortalHead } from './portal-data';

/**
 * The frame of every portal page: skip link, header with the language switch, one main landmark with
 * the page's h1, and the footer with imprint, privacy notice and accessibility statement (BITV 2.0 asks
 * for them on every page). Sets `<html lang>` and the page's own title.
 */
export function PortalFrame({ lang, title, children }: { lang: Lang; title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const other: Lang = lang === 'de' ? 'en' : 'de';
  const fullTitle = `${title} – ${t('site')}`;
  const head = usePortalHead();
  if (head) head.title = fullTitle; // server render only (the browser has no head provider)
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = fullTitle;
  }, [lang, fullTitle]);
  return (
    <>
      <a className="skip-link" href="#inhalt">
        {t('skip')}
      </a>
      <header className="portal-header">
        <Link to={paths[lang].home} className="portal-brand">
          {t('site')}
          <span className="portal-brand-sub">{t('siteSub')}</span>
        </Link>
        <NavLink to={paths[lang].assistant} className="portal-lang">
          {t('assistant.nav')}
        </NavLink>
        <nav aria-label={t('langSwitch')}>
          <a href={twinPath(location.pathname, location.search, other)} lang={other} hrefLang={other} className="portal-lang">
            <span aria-hidden="true">{other.toUpperCase()} · </span>
            {t('otherLang')}
          </a>
        </nav>
      </header>
      <main id="inhalt" tabIndex={-1} className="portal-main">
        <h1>{title}</h1>
        {children}
      </main>
      <footer className="portal-footer">
        <p>
          {t('siteSub')} · {t('footerPhone')}
        </p>
        <nav aria-label={t('footerNav')}>
          <ul>
            <li>
              <Link to={paths[lang].contact}>{t('contact')}</Link>
            </li>
            <li>
              <Link to={paths[lang].status}>{t('status')}</Link>
            </li>
            <li>
              <a href={legalPaths.imprint} hrefLang="de">
                {t('imprint')}
                {t('legalGerman')}
              </a>
            </li>
            <li>
              <a href={legalPaths.privacy} hrefLang="de">
                {t('privacy')}
                {t('legalGerman')}
              </a>
            </li>
            <li>
              <a href={legalPaths.accessibility} hrefLang="de">
                {t('accessibility')}
                {t('legalGerman')}
              </a>
            </li>
          </ul>
        </nav>
      </footer>
    </>
  );
}
