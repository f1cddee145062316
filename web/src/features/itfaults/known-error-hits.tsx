import { useEffect, useState, type ReactNode } from 'react';
import { api } from '../../app/api';
import type { KnownError } from './itfaults-types';

/** Searches the known errors by the caller's words (debounced; at least three letters). */
export function useKnownErrorSearch(text: string) {
  const [items, setItems] = useState<KnownError[]>([]);
  const [searched, setSearched] = useState('');
  useEffect(() => {
    const q = text.trim().slice(0, 200);
    if (q.length < 3) {
      setItems([]);
      setSearched('');
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api<{ items: KnownError[] }>('GET', `/api/v1/it-faults/known-errors?q=${encodeURIComponent(q)}`)
        .then((r) => {
          if (controller.signal.aborted) return;
          setItems(r.items.slice(0, 5));
          setSearched(q);
        })
        .catch(() => setItems([]));
    }, 300);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [text]);
  return { items, searched };
}

/** One known error as first level reads it out: symptom, workaround, status, IT's ticket. */
export function KnownErrorCard({ error, children }: { error: KnownError; children?: ReactNode }) {
  return (
    <article className="itf-known card" aria-labelledby={`ke-${error.id}`}>
      <h3 id={`ke-${error.id}`}>{error.title}</h3>
      <p className="muted small">
        {error.categoryLabel} · <span className={`badge itf-ke-${error.status}`}>{error.statusLabel}</span>
        {error.itTicketNumber && (
          <>
            {' '}
            · IT-Ticket{' '}
            {error.itTicketUrl ? (
              <a href={error.itTicketUrl} target="_blank" rel="noreferrer">
                {error.itTicketNumber}
              </a>
            ) : (
              error.itTicketNumber
            )}
          </>
        )}
        {error.faultCount > 0 && <> · {error.faultCount === 1 ? '1 Meldung' : `${error.faultCount} Meldungen`}</>}
      </p>
      <p className="small">Symptom: {error.symptom}</p>
      {error.workaround ? (
        <p className="itf-readout">
          <strong>Zum Vorlesen:</strong> {error.workaround}
        </p>
      ) : (
        <p className="muted small">Noch keine Umgehung bekannt.</p>
      )}
      {children}
    </article>
  );
}
