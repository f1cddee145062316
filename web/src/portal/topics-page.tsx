import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ApiError } from '../app/api-error';
import type { ApiResponse } from '../app/api-types';
import { messageOf, portalApi } from './portal-api';
import { paths, townQuery, type Lang } from './paths';
import { PortalFrame } from './portal-frame';
import { ServiceListItem } from './service-list-item';
import { TopicLinks, useTopics } from './topic-links';

type TopicServices = ApiResponse<'/api/public/v1/knowledge/topics/{topic}'>;

/** /de/themen and /en/topics: every subject area with services, as links (the town carried along). */
export function TopicsPage({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const town = params.get('ort') ?? '';
  const items = useTopics();
  return (
    <PortalFrame lang={lang} title={t('topics.title')}>
      {items === null ? <p role="status">{t('loading')}</p> : <TopicLinks lang={lang} town={town} items={items} />}
      <p>
        <Link to={`${paths[lang].home}${townQuery(town)}`}>{t('service.back')}</Link>
      </p>
    </PortalFrame>
  );
}

/**
 * /de/themen/<topic> and /en/topics/<topic>: the published services of one subject area, English titles
 * and short texts where editors supplied them (German ones marked lang="de"). An unknown topic (the API
 * says 400 or 404) gets a clear message and the way back to all topics.
 */
export function TopicPage({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const { topic = '' } = useParams();
  const [params] = useSearchParams();
  const town = params.get('ort') ?? '';
  const [data, setData] = useState<TopicServices | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    setData(null);
    setError(null);
    portalApi<TopicServices>('GET', `/api/public/v1/knowledge/topics/${encodeURIComponent(topic)}`, undefined, abort.signal)
      .then(setData)
      .catch((e) => {
        if (abort.signal.aborted) return;
        const unknown = e instanceof ApiError && (e.problem.status === 400 || e.problem.status === 404);
        setError(unknown ? t('topics.notFound') : messageOf(e));
      });
    return () => abort.abort();
  }, [topic, t]);

  const back = (
    <p>
      <Link to={`${paths[lang].topics}${townQuery(town)}`}>{t('topics.all')}</Link>
    </p>
  );
  if (error)
    return (
      <PortalFrame lang={lang} title={t('topics.notFound')}>
        {error !== t('topics.notFound') && (
          <p role="alert" className="portal-alert">
            {error}
          </p>
        )}
        {back}
      </PortalFrame>
    );
  if (!data)
    return (
      <PortalFrame lang={lang} title={t('topics.title')}>
        <p role="status">{t('loading')}</p>
      </PortalFrame>
    );
  return (
    <PortalFrame lang={lang} title={lang === 'en' ? data.topic.labelEn : data.topic.label}>
      <p>
        {t('topics.count', { count: data.items.length })}
        {town ? ` · ${t('topics.forTown', { town })}` : ''}
      </p>
      {data.items.length === 0 ? (
        <p>{t('topics.none')}</p>
      ) : (
        <section aria-labelledby="thema-liste">
          <h2 id="thema-liste" className="visually-hidden">
            {t('topics.list')}
          </h2>
          <ul className="portal-results">
            {data.items.map((item) => (
              <ServiceListItem key={item.leikaKey} lang={lang} town={town} item={item} />
            ))}
          </ul>
        </section>
      )}
      {back}
    </PortalFrame>
  );
}
