import { useEffect, useState } from 'react';
import { api, errorText } from '../../app/api';
import { $api, call, client, failureOf } from '../../app/api-client';
import { formatDateTime, formatDistance, formatTime, statusLabels, type Catalogue } from './dispatch-types';

/** The selected incident: times, caller (audited read), units (suggested nearest first), log, close/reopen/merge. */
export function IncidentPanel({
  incidentId,
  catalogue,
  changeCount,
  onMessage,
}: {
  incidentId: string;
  catalogue: Catalogue;
  changeCount: number;
  onMessage(text: string, isError?: boolean): void;
}) {
  const path = { params: { path: { id: incidentId } } };
  const detailQuery = $api.useQuery('get', '/api/v1/dispatch/incidents/{id}', path);
  const detail = detailQuery.data ?? null;
  const isOpenNow = !!detail && detail.status !== 'closed' && detail.status !== 'merged';
  const suggestionQuery = $api.useQuery('get', '/api/v1/dispatch/incidents/{id}/suggestions', path, { enabled: isOpenNow });
  const suggestions = isOpenNow ? (suggestionQuery.data?.items ?? []) : [];
  const [chosen, setChosen] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [result, setResult] = useState('');
  const [reason, setReason] = useState('');
  // A board change (pushed by the stream) may concern this incident: read it again.
  const { refetch: refetchDetail } = detailQuery;
  const { refetch: refetchSuggestions } = suggestionQuery;
  useEffect(() => {
    if (changeCount === 0) return;
    void refetchDetail();
    if (isOpenNow) void refetchSuggestions();
  }, [changeCount, refetchDetail, refetchSuggestions, isOpenNow]);
  const loadError = failureOf(detailQuery);
  useEffect(() => {
    if (loadError) onMessage(loadError, true);
  }, [loadError, onMessage]);
  useEffect(() => setChosen([]), [incidentId]);

  const act = async (what: string, fn: () => Promise<unknown>) => {
    try {
      await fn();
      onMessage(what); // the write marked the cached reads stale: detail and suggestions reload
    } catch (e) {
      onMessage(errorText(e), true);
    }
  };
  if (!detail) return <p role="status">Einsatz wird geladen …</p>;
  const isOpen = detail.status !== 'closed' && detail.status !== 'merged';
  const active = detail.units.filter((u) => !u.releasedAt);

  return (
    <section className="incident-panel card" aria-labelledby="incident-heading">
      <h2 id="incident-heading">
        {detail.number}: {detail.categoryLabel} <span className={`badge prio-${detail.priority}`}>Dringlichkeit {detail.priority}</span>
      </h2>
      <dl className="facts">
        <dt>Ort</dt>
        <dd>
          {detail.location.label} · {detail.location.district ?? detail.location.municipality}
          {detail.location.isApproximate && <span className="badge approx">ungefähre Lage</span>}
        </dd>
        <dt>Status</dt>
        <dd>
          {statusLabels[detail.status] ?? detail.status}
          {detail.closeResult ? ` – ${catalogue.closeResults.find((r) => r.code === detail.closeResult)?.label}` : ''}
        </dd>
        {detail.description && (
          <>
            <dt>Beschreibung</dt>
            <dd>{detail.description}</dd>
          </>
        )}
        <dt>Rückrufnummer</dt>
        <dd>
          {detail.callbackNumber ?? 'keine'}
          {detail.furtherCallers.length > 0 &&
            ` · weitere Meldungen: ${detail.furtherCallers.map((c) => c.callbackNumber ?? 'ohne Nummer').join(', ')}`}
        </dd>
        <dt>Zeiten</dt>
        <dd className="times">
          Eingang {formatTime(detail.receivedAt)} · Zugewiesen {formatTime(detail.assignedAt)} · Quittiert{' '}
          {formatTime(detail.acknowledgedAt)} · Anfahrt {formatTime(detail.enRouteAt)} · Vor Ort {formatTime(detail.onSceneAt)} · Erledigt{' '}
          {formatTime(detail.finishedAt)} · Abschluss {formatTime(detail.closedAt)}
        </dd>
      </dl>

      {detail.duplicates.length > 0 && isOpen && (
        <div className="alert alert-warn" role="note">
          <strong>Mögliches Duplikat:</strong>
          <ul>
            {detail.duplicates.map((d) => (
              <li key={d.id}>
                {d.number} ({d.locationLabel}, {d.distanceMeters} m, seit {formatTime(d.receivedAt)}){' '}
                <button
                  type="button"
                  className="secondary small"
                  onClick={() =>
                    void act(`Mit ${d.number} zusammengeführt.`, () =>
                      call(client.POST('/api/v1/dispatch/incidents/{id}/merge', { ...path, body: { intoIncidentId: d.id } })),
                    )
                  }
                >
                  Mit {d.number} zusammenführen
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <h3>Streifen</h3>
      {active.length > 0 ? (
        <ul className="assigned">
          {active.map((u) => (
            <li key={u.unitId}>
              <strong>{u.callSign}</strong> · Status {u.statusCode} · zugewiesen {formatTime(u.assignedAt)}
              {u.onSceneAt ? ` · vor Ort ${formatTime(u.onSceneAt)}` : u.enRouteAt ? ` · Anfahrt ${formatTime(u.enRouteAt)}` : ''}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  void act(`${u.callSign} gelöst.`, () =>
                    call(
                      client.POST('/api/v1/dispatch/incidents/{id}/assignments/{unitId}/release', {
                        params: { path: { id: detail.id, unitId: u.unitId } },
                      }),
                    ),
                  )
                }
              >
                lösen
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Keine Streife zugewiesen.</p>
      )}
      {isOpen && (
        <fieldset className="suggestions">
          <legend>Freie Streifen, nächste zuerst (Luftlinie, nicht Fahrweg)</legend>
          {suggestions.length === 0 && <p className="muted">Keine freie Streife.</p>}
          {suggestions.map((s) => (
            <label key={s.unitId} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(s.unitId)}
                onChange={(e) => setChosen((c) => (e.target.checked ? [...c, s.unitId] : c.filter((x) => x !== s.unitId)))}
              />
              {s.callSign} · Status {s.statusCode} · {formatDistance(s.distanceMeters)}
            </label>
          ))}
          <button
            type="button"
            id="assign-button"
            disabled={chosen.length === 0}
            onClick={() =>
              void act('Streife(n) zugewiesen.', async () => {
                await call(client.POST('/api/v1/dispatch/incidents/{id}/assignments', { ...path, body: { unitIds: chosen } }));
                setChosen([]);
              })
            }
          >
            Zuweisen ({chosen.length})
          </button>
        </fieldset>
      )}

      {isOpen ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void act('Einsatz abgeschlossen.', () => api('POST', `/api/v1/dispatch/incidents/${detail.id}/close`, { result }));
          }}
        >
          <label htmlFor="close-result">Abschlussergebnis</label>
          <select id="close-result" value={result} onChange={(e) => setResult(e.target.value)}>
            <option value="">– bitte wählen –</option>
            {catalogue.closeResults.map((r) => (
              <option key={r.code} value={r.code}>
                {r.label}
              </option>
            ))}
          </select>
          <button type="submit">Abschließen</button>
        </form>
      ) : detail.status === 'closed' ? (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void act('Einsatz wieder geöffnet.', () =>
              call(client.POST('/api/v1/dispatch/incidents/{id}/reopen', { ...path, body: { text: reason || 'Erneute Meldung' } })),
            );
          }}
        >
          <label htmlFor="reopen-reason">Grund für das Wiederöffnen</label>
          <input id="reopen-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="submit" className="secondary">
            Wieder öffnen
          </button>
        </form>
      ) : null}

      <h3>Einsatzprotokoll</h3>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (note.trim())
            void act('Notiz gespeichert.', async () => {
              await call(client.POST('/api/v1/dispatch/incidents/{id}/notes', { ...path, body: { text: note } }));
              setNote('');
            });
        }}
      >
        <label htmlFor="incident-note">Notiz</label>
        <input id="incident-note" value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="submit" className="secondary">
          Eintragen
        </button>
      </form>
      <ol className="log">
        {detail.log.map((l) => (
          <li key={l.id}>
            <time dateTime={l.at}>{formatDateTime(l.at)}</time> · {l.actorName}: {l.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
