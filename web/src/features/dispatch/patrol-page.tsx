import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { errorText } from '../../app/api';
import { $api, call, client, failureOf } from '../../app/api-client';
import { formatTime, statusLabels, unitStatusShort } from './dispatch-types';

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
  const queryClient = useQueryClient();
  const params = { params: { path: { token } } };
  // Refreshed every 15 s: the desk may assign an incident at any moment.
  const query = $api.useQuery('get', '/api/v1/dispatch/patrol/{token}', params, { refetchInterval: 15_000 });
  const view = query.data ?? null;
  const [sendError, setSendError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (body: { code?: number; acknowledge?: boolean }) => {
    setBusy(true);
    try {
      const next = await call(client.POST('/api/v1/dispatch/patrol/{token}/status', { ...params, body }));
      queryClient.setQueryData($api.queryOptions('get', '/api/v1/dispatch/patrol/{token}', params).queryKey, next);
      setSendError(null);
    } catch (e) {
      setSendError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const error = sendError ?? failureOf(query);
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
