import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ApiResponse } from '../app/api-types';
import { portalApi } from './portal-api';
import { paths, townQuery, type Lang } from './paths';

export type TopicList = ApiResponse<'/api/public/v1/knowledge/topics'>;

/** The subject areas that have published services (issue 15: find a service by topic). */
export function useTopics(): TopicList['items'] | null {
  const [items, setItems] = useState<TopicList['items'] | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    portalApi<TopicList>('GET', '/api/public/v1/knowledge/topics', undefined, abort.signal)
      .then((r) => setItems(r.items.filter((i) => i.services > 0)))
      // The topic list is a second way in; without it the search still works, so a failure shows nothing.
      .catch(() => abort.signal.aborted || setItems([]));
    return () => abort.abort();
  }, []);
  return items;
}

/**
 * The topics as plain links (reading content is our own HTML, decision 0162), each with its number of
 * services; the town goes along into the topic page and on into its service links.
 */
export function TopicLinks({ lang, town, items }: { lang: Lang; town: string; items: TopicList['items'] }) {
  const { t } = useTranslation();
  return (
    <ul className="portal-topics">
      {items.map((topic) => (
        <li key={topic.key}>
          <Link to={`${paths[lang].topic(topic.key)}${townQuery(town)}`}>{lang === 'en' ? topic.labelEn : topic.label}</Link>{' '}
          <span className="portal-muted">({t('topics.count', { count: topic.services })})</span>
        </li>
      ))}
    </ul>
  );
}
