import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { errorText } from '../../app/api';
import { $api, call, client, failureOf } from '../../app/api-client';
import { keepOnWrites } from '../../app/query';
import { plural } from '../../app/plural';
import { useApi } from '../../app/use-api';
import type { SearchItem, SearchResult, ServiceDetail } from './knowledge-types';
import { formatDate } from './knowledge-types';
import { Highlighted, UnitCard } from './search-parts';

/**
 * The agent's knowledge search, built for the keyboard while the caller waits:
 * type, arrow keys to choose, Enter to open, Alt+K copies the answer text.
 * The caller's place (name, postal code or AGS) selects the responsible office.
 */
export function KnowledgeSearchPage() {
  const tenants = useApi<{ items: { id: string; name: string; postalCodes: string[] }[] }>('/api/v1/tenants');
  const [q, setQ] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [openError, setOpenError] = useState<string | null>(null);
  const [selected, setSelected] = useState(0);
  const [detail, setDetail] = useState<ServiceDetail | null>(null);
  const [copied, setCopied] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // 250 ms after the last key; a newer term cancels the request of the older one (query cache).
  const [term, setTerm] = useState<{ q: string; municipality: string } | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setTerm(q.trim() ? { q, municipality: municipality.trim() } : null), q.trim() ? 250 : 0);
    return () => clearTimeout(timer);
  }, [q, municipality]);
  const search = $api.useQuery(
    'get',
    '/api/v1/knowledge/search',
    { params: { query: { q: term?.q ?? '', limit: 10, ...(term?.municipality ? { municipality: term.municipality } : {}) } } },
    // Every search is counted (no-hit statistics, gaps): the same term again asks the server again.
    { enabled: term !== null, staleTime: 0, placeholderData: keepPreviousData, meta: keepOnWrites },
  );
  const result: SearchResult | null = q.trim() && term ? (search.data ?? null) : null;
  useEffect(() => {
    if (!search.data) return;
    setSelected(0);
    setDetail(null);
    setOpenError(null);
  }, [search.data]);
  const error = openError ?? failureOf(search);

  async function open(item: SearchItem) {
    setCopied(false);
    if (result?.searchId)
      void call(
        client.POST('/api/v1/knowledge/searches/{id}/click', {
          params: { path: { id: result.searchId } },
          body: { leikaKey: item.leikaKey },
        }),
      ).catch(() => undefined);
    try {
      setDetail(
        await call(
          client.GET('/api/v1/knowledge/services/{leikaKey}', {
            params: { path: { leikaKey: item.leikaKey }, query: municipality.trim() ? { municipality: municipality.trim() } : {} },
          }),
        ),
      );
      setOpenError(null);
    } catch (e) {
      setOpenError(errorText(e));
    }
  }

  async function copyAnswer() {
    const text = detail?.answerText ?? result?.items[selected]?.answerText;
    if (!text) return;
    await navigator.clipboard?.writeText(text).catch(() => undefined);
    setCopied(true);
  }

  function onKeyDown(e: KeyboardEvent) {
    const items = result?.items ?? [];
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setSelected((s) => Math.min(items.length - 1, s + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setSelected((s) => Math.max(0, s - 1));
    } else if (e.key === 'Enter' && items[selected]) {
      e.preventDefault();
      void open(items[selected]!);
    } else if (e.key === 'Escape') {
      setQ('');
      setDetail(null);
    } else if (e.altKey && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      void copyAnswer();
    }
  }

  const items = result?.items ?? [];
  return (
    <div onKeyDown={onKeyDown}>
      <h1>Wissensdatenbank</h1>
      <p className="muted">Pfeiltasten wählen, Enter öffnet, Alt+K kopiert den Antworttext, Esc leert die Suche.</p>
      <div className="kb-searchbar">
        <div>
          <label htmlFor="kb-q">Anliegen</label>
          <input
            id="kb-q"
            ref={input}
            autoFocus
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder="z. B. Perso verlängern, Sperrmüll, Knöllchen"
            autoComplete="off"
          />
        </div>
        <div>
          <label htmlFor="kb-m">Wohnort des Anrufers (Ort, PLZ oder Gemeindeschlüssel)</label>
          <input
            id="kb-m"
            list="kb-tenants"
            value={municipality}
            onChange={(e) => setMunicipality(e.target.value)}
            placeholder="z. B. Burgwedel oder 30938"
            autoComplete="off"
          />
          <datalist id="kb-tenants">
            {tenants.data?.items.map((t) => (
              <option key={t.id} value={t.name} />
            ))}
          </datalist>
        </div>
      </div>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      <p role="status" className="muted">
        {result
          ? `${plural(items.length, { one: 'Treffer', other: 'Treffer' })}${result.municipality ? ` für ${result.municipality.officialName}` : ''}`
          : ''}
        {result?.corrections.length ? ` · gesucht auch nach: ${result.corrections.map((c) => c.to).join(', ')}` : ''}
      </p>
      <div className="kb-layout">
        <ol className="kb-results" aria-label="Suchergebnisse">
          {items.map((item, i) => (
            <li key={item.leikaKey}>
              <button
                type="button"
                className={`kb-result${i === selected ? ' kb-selected' : ''}`}
                aria-current={i === selected ? 'true' : undefined}
                onClick={() => {
                  setSelected(i);
                  void open(item);
                }}
              >
                <span className="kb-title">
                  <Highlighted segments={item.highlights.title} />
                </span>
                <span className="kb-short">
                  <Highlighted segments={item.highlights.shortText} />
                </span>
                <span className="muted kb-meta">
                  {item.responsibleUnit ? item.responsibleUnit.unitName : 'Wohnort angeben für die zuständige Stelle'}
                  {item.responsibleUnit?.phone ? ` · ${item.responsibleUnit.phone}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ol>
        <section className="kb-detail" aria-label="Ausgewählte Leistung">
          {detail ? (
            <>
              <h2>{detail.service.title}</h2>
              <p>{detail.service.shortText}</p>
              <UnitCard unit={detail.responsibleUnit} tenantName={detail.tenant?.officialName} />
              <dl className="kb-unit">
                {detail.service.requiredDocuments && (
                  <>
                    <dt>Unterlagen</dt>
                    <dd>{detail.service.requiredDocuments}</dd>
                  </>
                )}
                {detail.service.fees && (
                  <>
                    <dt>Gebühren</dt>
                    <dd>{detail.service.fees}</dd>
                  </>
                )}
                {detail.service.deadlines && (
                  <>
                    <dt>Fristen</dt>
                    <dd>{detail.service.deadlines}</dd>
                  </>
                )}
                {detail.service.processingTime && (
                  <>
                    <dt>Bearbeitungsdauer</dt>
                    <dd>{detail.service.processingTime}</dd>
                  </>
                )}
                {detail.service.onlineServiceUrl && (
                  <>
                    <dt>Online</dt>
                    <dd>
                      <a href={detail.service.onlineServiceUrl} target="_blank" rel="noreferrer">
                        {detail.service.onlineServiceUrl}
                      </a>
                    </dd>
                  </>
                )}
                <dt>Text geprüft</dt>
                <dd>
                  {detail.service.verifiedBy ?? '–'}, {formatDate(detail.service.verifiedAt)} · LeiKa {detail.service.leikaKey}
                </dd>
              </dl>
              <button type="button" onClick={() => void copyAnswer()}>
                Antwort kopieren (Alt+K)
              </button>
              <span role="status" className="muted">
                {copied ? ' Antworttext kopiert.' : ''}
              </span>
            </>
          ) : (
            <p className="muted">
              {items.length
                ? 'Enter oder Klick öffnet die Leistung mit allen Angaben.'
                : result
                  ? `Keine Treffer für „${q.trim()}“. Versuchen Sie ein anderes Wort, z. B. den Namen der Leistung oder ein Stichwort.`
                  : 'Noch keine Suche.'}
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
