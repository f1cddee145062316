import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import type { ApiResponse } from '../app/api-types';
import { ActionLink } from './controls';
import { locale } from './i18n';
import { messageOf, portalApi } from './portal-api';
import { paths, townQuery, type Lang } from './paths';
import { usePortalData } from './portal-data';
import { PortalFrame } from './portal-frame';

type Detail = ApiResponse<'/api/public/v1/knowledge/services/{leikaKey}'>;
type Catalogue = ApiResponse<'/api/v1/public/appointments/catalogue'>;
type TextKey = 'fullText' | 'eligibility' | 'requiredDocuments' | 'fees' | 'deadlines' | 'processingTime' | 'procedure';
const sections: { key: TextKey; label: string }[] = [
  { key: 'fullText', label: 'service.description' },
  { key: 'eligibility', label: 'service.eligibility' },
  { key: 'requiredDocuments', label: 'service.requiredDocuments' },
  { key: 'fees', label: 'service.fees' },
  { key: 'deadlines', label: 'service.deadlines' },
  { key: 'processingTime', label: 'service.processingTime' },
  { key: 'procedure', label: 'service.procedure' },
];

/** Texts keep their editors' line breaks: paragraphs per blank line. */
function Paragraphs({ text, lang }: { text: string; lang?: string }) {
  return (
    <div lang={lang}>
      {text.split(/\n{2,}/).map((p) => (
        <p key={p}>{p}</p>
      ))}
    </div>
  );
}

/**
 * /de/leistungen/:leikaKey and /en/services/:leikaKey: one service with the office responsible for the
 * citizen's town, its address, hours and fees, and the actions (book, ask, apply online, read more).
 * On the English page each part is English where editors supplied it, otherwise the German text marked
 * `lang="de"` with a note saying so.
 */
export function ServicePage({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const { leikaKey = '' } = useParams();
  const [params] = useSearchParams();
  const town = params.get('ort') ?? '';
  // Rendered by the server (decision 0174): start from its data and load nothing.
  const loaded = usePortalData().service;
  const initial = loaded && loaded.leikaKey === leikaKey && loaded.town === town ? loaded : null;
  const [detail, setDetail] = useState<Detail | null>(initial?.detail ?? null);
  const [bookable, setBookable] = useState(initial?.bookable ?? false);
  const [error, setError] = useState<string | null>(initial?.error ?? null);

  useEffect(() => {
    if (initial) {
      setDetail(initial.detail);
      setBookable(initial.bookable);
      setError(initial.error ?? null);
      return;
    }
    const abort = new AbortController();
    const q = town ? `?municipality=${encodeURIComponent(town)}` : '';
    portalApi<Detail>('GET', `/api/public/v1/knowledge/services/${leikaKey}${q}`, undefined, abort.signal)
      .then(setDetail)
      .catch((e) => abort.signal.aborted || setError(messageOf(e)));
    // Whether any office books this service (the catalogue names the LeiKa key of each bookable service).
    portalApi<Catalogue>('GET', '/api/v1/public/appointments/catalogue', undefined, abort.signal)
      .then((c) => setBookable(c.tenants.some((tn) => tn.services.some((s) => s.leikaKey === leikaKey))))
      .catch(() => setBookable(false));
    return () => abort.abort();
  }, [leikaKey, town, initial]);

  if (error || !detail) {
    return (
      <PortalFrame lang={lang} title={error ? t('service.notFound') : t('loading')}>
        {error ? (
          <p role="alert">
            {error} <Link to={paths[lang].home}>{t('service.back')}</Link>
          </p>
        ) : (
          <p role="status">{t('loading')}</p>
        )}
      </PortalFrame>
    );
  }

  const { service, responsibleUnit: unit } = detail;
  const en = lang === 'en' ? (service.en ?? null) : null;
  const pick = (key: TextKey | 'title' | 'shortText'): { text: string | null; german: boolean } => {
    const english = en?.[key];
    if (lang === 'en' && english) return { text: english, german: false };
    return { text: (service[key] as string | null | undefined) ?? null, german: lang === 'en' };
  };
  const title = pick('title');
  const short = pick('shortText');
  const germanAnywhere = lang === 'en' && (title.german || short.german || sections.some((s) => service[s.key] && pick(s.key).german));
  // Berlin's calendar day on the server and in any browser: the server-rendered markup must match the hydration.
  const fmtDate = (d: string | Date) =>
    new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(d));
  const de = (german: boolean) => (german ? 'de' : undefined);

  const actions: ReactNode[] = [];
  if (bookable)
    actions.push(
      <ActionLink
        key="book"
        label={t('service.book')}
        href={`${paths[lang].booking}?leika=${leikaKey}${town ? `&ort=${encodeURIComponent(town)}` : ''}`}
      />,
    );
  if (service.onlineServiceUrl)
    actions.push(<ActionLink key="online" label={t('service.online')} href={service.onlineServiceUrl} secondary />);
  actions.push(<ActionLink key="ask" label={t('service.ask')} href={paths[lang].contact} secondary />);
  if (unit?.web) actions.push(<ActionLink key="more" label={t('service.readMore')} href={unit.web} secondary />);

  return (
    <PortalFrame lang={lang} title={title.text ?? service.title}>
      <p>
        <Link to={`${paths[lang].home}${townQuery(town)}`}>{t('service.back')}</Link>
      </p>
      {germanAnywhere && (
        <p className="portal-note" role="note">
          {en ? t('service.germanPart') : t('service.germanOnly')}
        </p>
      )}
      <p className="portal-lead" lang={de(short.german)}>
        {short.text}
      </p>
      <section aria-labelledby="aktionen" className="portal-actions">
        <h2 id="aktionen">{t('service.actions')}</h2>
        <div className="portal-action-row">{actions}</div>
      </section>
      <section aria-labelledby="stelle" className="portal-office">
        <h2 id="stelle">
          {detail.municipality ? t('service.officeFor', { town: detail.municipality.officialName }) : t('service.office')}
        </h2>
        {unit ? (
          <dl className="portal-facts">
            <dt className="visually-hidden">{t('service.office')}</dt>
            <dd className="portal-unit" lang="de">
              {unit.unitName}
            </dd>
            {(unit.street || unit.city) && (
              <>
                <dt>{t('service.address')}</dt>
                <dd>
                  <address>
                    {unit.street}
                    {unit.street && <br />}
                    {unit.postalCode} {unit.city}
                  </address>
                </dd>
              </>
            )}
            {unit.openingHours && (
              <>
                <dt>{t('service.hours')}</dt>
                <dd lang="de">{unit.openingHours}</dd>
              </>
            )}
            {unit.phone && (
              <>
                <dt>{t('service.phone')}</dt>
                <dd>
                  <a href={`tel:${unit.phone.replace(/[^+0-9]/g, '')}`}>{unit.phone}</a>
                </dd>
              </>
            )}
            {unit.email && (
              <>
                <dt>{t('service.email')}</dt>
                <dd>
                  <a href={`mailto:${unit.email}`}>{unit.email}</a>
                </dd>
              </>
            )}
            {unit.localFees && (
              <>
                <dt>{t('service.localFees')}</dt>
                <dd lang="de">{unit.localFees}</dd>
              </>
            )}
          </dl>
        ) : (
          <p>{t('service.noOffice')}</p>
        )}
      </section>
      {sections.map(({ key, label }) => {
        const part = pick(key);
        if (!part.text) return null;
        return (
          <section key={key} aria-labelledby={`teil-${key}`}>
            <h2 id={`teil-${key}`}>{t(label)}</h2>
            <Paragraphs text={part.text} lang={de(part.german)} />
          </section>
        );
      })}
      {service.verifiedAt && <p className="portal-muted">{t('service.verified', { date: fmtDate(service.verifiedAt) })}</p>}
    </PortalFrame>
  );
}
