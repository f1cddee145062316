import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { ApiResponse } from '../app/api-types';
import { Button, submitOnKolibriEnter, TextField } from './controls';
import { messageOf, portalApi } from './portal-api';
import { paths, type Lang } from './paths';
import { PortalFrame } from './portal-frame';
import { ServiceListItem } from './service-list-item';
import { TopicLinks, useTopics } from './topic-links';

type SearchResult = ApiResponse<'/api/public/v1/knowledge/search'>;

/**
 * /de and /en: find a service by question, for a town (name or postal code). The question and the town
 * live in the address (?q=…&ort=…), so the back button and a shared link show the same results.
 * Titles and short texts in English where editors supplied them (`en`), otherwise German. Under the
 * search, the topics as a second way in (/de/themen/<topic>).
 */
export function SearchPage({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const q = params.get('q') ?? '';
  const town = params.get('ort') ?? '';
  const [question, setQuestion] = useState(q);
  const [place, setPlace] = useState(town);
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const topics = useTopics();

  useEffect(() => {
    if (!q) return;
    const abort = new AbortController();
    const query = new URLSearchParams({ q, limit: '8', language: lang, ...(town ? { municipality: town } : {}) });
    portalApi<SearchResult>('GET', `/api/public/v1/knowledge/search?${query}`, undefined, abort.signal)
      .then((r) => {
        setResult(r);
        setError(null);
      })
      .catch((e) => abort.signal.aborted || setError(messageOf(e)));
    return () => abort.abort();
  }, [q, town, lang]);

  function search() {
    if (!question.trim()) {
      setError(t('search.empty'));
      return;
    }
    const next = new URLSearchParams({ q: question.trim(), ...(place.trim() ? { ort: place.trim() } : {}) });
    navigate(`${paths[lang].home}?${next}`);
  }

  return (
    <PortalFrame lang={lang} title={t('search.title')}>
      <form
        className="portal-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          search();
        }}
        onKeyDown={submitOnKolibriEnter(() => search())}
      >
        <TextField
          id="frage"
          label={t('search.question')}
          hint={t('search.questionHint')}
          value={question}
          onValue={setQuestion}
          error={error === t('search.empty') ? error : undefined}
        />
        <TextField
          id="ort"
          label={t('search.town')}
          hint={t('search.townHint')}
          value={place}
          onValue={setPlace}
          autoComplete="address-level2"
        />
        <Button label={t('search.submit')} onClick={search} />
      </form>
      {error && error !== t('search.empty') && (
        <p role="alert" className="portal-alert">
          {error}
        </p>
      )}
      <div role="status" aria-live="polite">
        {result?.municipalityChoices && (
          <div className="portal-note">
            <p>
              {t('search.whichTown', {
                code: town,
                towns: result.municipalityChoices.map((m) => m.officialName).join(t('search.and')),
              })}
            </p>
            <ul>
              {result.municipalityChoices.map((m) => (
                <li key={m.slug}>
                  <Link to={`${paths[lang].home}?${new URLSearchParams({ q, ort: m.slug })}`}>{m.officialName}</Link>
                </li>
              ))}
            </ul>
          </div>
        )}
        {result && q && (
          <p>
            {result.items.length === 0
              ? t('search.none')
              : `${t('search.found', { count: result.items.length })}${result.municipality ? t('search.foundFor', { town: result.municipality.officialName }) : ''}.`}
          </p>
        )}
      </div>
      {result && result.items.length > 0 && (
        <section aria-labelledby="treffer">
          <h2 id="treffer" className="visually-hidden">
            {t('search.results')}
          </h2>
          <ol className="portal-results">
            {result.items.map((item) => (
              <ServiceListItem key={item.leikaKey} lang={lang} town={town} item={item}>
                {item.responsibleUnit && <p className="portal-muted">{item.responsibleUnit.unitName}</p>}
              </ServiceListItem>
            ))}
          </ol>
        </section>
      )}
      {topics && topics.length > 0 && (
        <nav aria-labelledby="themen" className="portal-topics-nav">
          <h2 id="themen">{t('topics.browse')}</h2>
          <TopicLinks lang={lang} town={place.trim()} items={topics} />
        </nav>
      )}
    </PortalFrame>
  );
}
