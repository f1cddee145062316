import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { api, errorText } from '../../app/api';
import { formatTime, statusLabels, unitStatusShort, type Incident, type Unit } from './dispatch-types';

interface PatrolView {
  unit: Unit;
  incident: (Incident & { acknowledged: boolean }) | null;
}
const statusText: Record<number, string> = {
  1: 'Frei über Funk',
  2: 'Frei auf Wache',
  3: 'Auf Anfahrt',
  4: 'Am Einsatzort',
  5: 'Sprechwunsch',
  6: 'Nicht einsatzbereit',
};

/** /streife/<link>: the patrol's phone page. Its status, its incident, big buttons. */
export function PatrolPage() {
  const { token = '' } = useParams();
  const [view, setView] = useState<PatrolView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(
    () =>
      api<PatrolView>('GET', `/api/v1/dispatch/patrol/${token}`)
        .then(setView)
        .catch((e) => setError(errorText(e))),
    [token],
  );
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), 15_000);
    return () => clearInterval(timer);
  }, [load]);
  const send = async (body: { code?: number; acknowledge?: boolean }) => {
    setBusy(true);
    try {
      setView(await api<PatrolView>('POST', `/api/v1/dispatch/patrol/${token}/status`, body));
      setError(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="patrol-page" id="inhalt">
      <h1>{view ? view.unit.callSign : 'Streife'}</h1>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {view && (
        <>
          <p className="patrol-status" role="status">
            Status <strong className={`fms fms-${view.unit.statusCode}`}>{view.unit.statusCode}</strong>{' '}
            {unitStatusShort[view.unit.statusCode]}
          </p>
          {view.incident ? (
            <section className="card" aria-labelledby="patrol-incident">
              <h2 id="patrol-incident">
                {view.incident.number}: {view.incident.categoryLabel}
              </h2>
              <p>
                <strong>{view.incident.location.label}</strong>
                {view.incident.location.isApproximate ? ' (ungefähre Lage)' : ''}
              </p>
              {view.incident.description && <p>{view.incident.description}</p>}
              <p className="muted">
                Dringlichkeit {view.incident.priority} · {statusLabels[view.incident.status]} · Eingang{' '}
                {formatTime(view.incident.receivedAt)}
              </p>
              {!view.incident.acknowledged && (
                <button type="button" className="big" disabled={busy} onClick={() => void send({ acknowledge: true })}>
                  Einsatz quittieren
                </button>
              )}
            </section>
          ) : (
            <p>Kein Einsatz zugewiesen.</p>
          )}
          <div className="patrol-buttons" role="group" aria-label="Status melden">
            {[1, 2, 3, 4, 5, 6].map((code) => (
              <button
                key={code}
                type="button"
                className={`big fms-button fms-${code}`}
                disabled={busy}
                aria-pressed={view.unit.statusCode === code}
                onClick={() => void send({ code })}
              >
                <span className="code">{code}</span> {statusText[code]}
              </button>
            ))}
          </div>
        </>
      )}
    </main>
  );
}
