import { CitizenFooter } from '../../app/citizen-footer';
import { usePageTitle } from '../../app/page-title';
import { useState, type FormEvent } from 'react';
import { api, errorText } from '../../app/api';
import type { PublicSearchResult as SearchResult } from './knowledge-types';
import { Highlighted, UnitCard } from './search-parts';
import { plural } from '../../app/plural';

/**
 * Citizens find a service and the office responsible for their place, from the same
 * knowledge base the agents use. Semantic HTML with labels; results are announced.
 */
export function PublicServicesPage() {
  const [q, setQ] = useState('');
  const [place, setPlace] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!q.trim()) {
      setError('Bitte geben Sie Ihr Anliegen ein.');
      return;
    }
    setBusy(true);
    try {
      const params = new URLSearchParams({ q, limit: '8', ...(place.trim() ? { municipality: place.trim() } : {}) });
      setResult(await api<SearchResult>('GET', `/api/public/v1/knowledge/search?${params}`));
      setError(null);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  usePageTitle('Leistungen von A bis Z');
  return (
    <>
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <header className="app-header">
        <span className="brand">Leistungen von A bis Z · Region Hannover und ihre Städte und Gemeinden</span>
      </header>
      <main id="inhalt" tabIndex={-1} style={{ margin: '0 auto', maxWidth: '52rem' }}>
        <h1>Was möchten Sie erledigen?</h1>
        <form onSubmit={submit} noValidate>
          <label htmlFor="pub-q">Ihr Anliegen</label>
          <input
            id="pub-q"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            aria-describedby="pub-q-hint"
            aria-invalid={error && !q.trim() ? true : undefined}
          />
          <p id="pub-q-hint" className="muted">
            Zum Beispiel: Personalausweis beantragen, Sperrmüll, Hund anmelden.
          </p>
          <label htmlFor="pub-place">Ihr Wohnort oder Ihre Postleitzahl</label>
          <input
            id="pub-place"
            value={place}
            onChange={(e) => setPlace(e.target.value)}
            autoComplete="postal-code"
            aria-describedby="pub-place-hint"
          />
          <p id="pub-place-hint" className="muted">
            Damit zeigen wir Ihnen die zuständige Stelle.
          </p>
          <p>
            <button type="submit" disabled={busy}>
              Suchen
            </button>
          </p>
        </form>
        {error && (
          <div role="alert" className="alert alert-error">
            {error}
          </div>
        )}
        <div role="status" aria-live="polite">
          {result && (
            <p>
              {plural(result.items.length, { one: 'Leistung', other: 'Leistungen' })} gefunden
              {result.municipality ? ` für ${result.municipality.officialName}` : ''}.
            </p>
          )}
        </div>
        {result?.items.map((item) => (
          <article key={item.leikaKey} className="card" style={{ marginBottom: '1rem' }} aria-labelledby={`svc-${item.leikaKey}`}>
            <h2 id={`svc-${item.leikaKey}`}>
              <Highlighted segments={item.highlights.title} />
            </h2>
            <p>{item.shortText}</p>
            <UnitCard unit={item.responsibleUnit} tenantName={item.tenant?.officialName} />
          </article>
        ))}
      </main>
      <CitizenFooter />
    </>
  );
}
