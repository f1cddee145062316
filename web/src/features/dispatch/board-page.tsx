import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { errorText } from '../../app/api';
import { $api, call, client, failureOf } from '../../app/api-client';
import type { ApiBody } from '../../app/api-types';
import { useEventStream } from '../contacts/use-live';
import {
  formatAge,
  formatDateTime,
  formatTime,
  isTypingTarget,
  statusLabels,
  unitStatusShort,
  type Board,
  type Catalogue,
  type Duplicate,
  type Incident,
} from './dispatch-types';
import { IncidentForm, type IncidentFormValues } from './incident-form';
import { IncidentPanel } from './incident-panel';
import { MapView, type MapMarker } from './map-view';

/** A board snapshot and when this browser received it. */
interface Received {
  board: Board;
  receivedAt: number;
}

/**
 * The newer of two board snapshots: a fetched one may arrive after a newer pushed one, so the
 * server's generation time decides; snapshots generated at the same instant (the server's clock
 * has millisecond steps, a test clock stands still) are ordered by arrival.
 */
function newer(a: Received | null, b: Received | null): Board | null {
  if (!a || !b) return (a ?? b)?.board ?? null;
  const byServer = new Date(b.board.generatedAt).getTime() - new Date(a.board.generatedAt).getTime();
  if (byServer !== 0) return byServer > 0 ? b.board : a.board;
  return b.receivedAt >= a.receivedAt ? b.board : a.board;
}

/** A short two-tone beep for the unassigned-urgent alert (Web Audio; no sound file). */
function beep() {
  try {
    const ctx = new AudioContext();
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = 880;
    gain.gain.value = 0.1;
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.frequency.setValueAtTime(660, ctx.currentTime + 0.2);
    osc.stop(ctx.currentTime + 0.4);
  } catch {
    // No audio device: the visible alert remains.
  }
}

/**
 * The dispatcher board: open incidents by priority and age, units by status, the map,
 * the shift log; live over server-sent events (several dispatchers at once).
 * Keyboard: N new incident, J/K next/previous incident, Z assign the nearest free
 * unit, U next unit, 1–6 radio status of the selected unit, ? help.
 */
export function BoardPage() {
  const catalogue = $api.useQuery('get', '/api/v1/dispatch/catalogue');
  const boardQuery = $api.useQuery('get', '/api/v1/dispatch/board');
  // The last snapshot the stream pushed; the board shows whichever of it and the fetched one is newer.
  const [pushed, setPushed] = useState<Received | null>(null);
  const fetched = boardQuery.data ? { board: boardQuery.data, receivedAt: boardQuery.dataUpdatedAt } : null;
  const board = newer(fetched, pushed);
  const [offset, setOffset] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [selectedUnitId, setSelectedUnitId] = useState<string | null>(null);
  const [isCreating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ incident: Incident; duplicates: Duplicate[] } | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [changeCount, setChangeCount] = useState(0);
  const [isSoundOn, setSoundOn] = useState(true);
  const [showHelp, setShowHelp] = useState(false);
  const [shiftText, setShiftText] = useState('');
  const [shiftKind, setShiftKind] = useState<'note' | 'handover'>('note');
  const alerted = useRef(new Set<string>());

  const onPush = useCallback((next: Board) => setPushed({ board: next, receivedAt: Date.now() }), []);
  useEventStream<Board>('/api/v1/dispatch/board/stream', 'board', onPush);
  const generatedAt = board?.generatedAt;
  useEffect(() => {
    if (!generatedAt) return;
    setOffset(new Date(generatedAt).getTime() - Date.now());
    setChangeCount((c) => c + 1);
  }, [generatedAt]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(timer);
  }, []);
  const boardError = failureOf(boardQuery);
  const serverNow = now + offset;

  const alerting = useMemo(
    () => (board?.incidents ?? []).filter((i) => i.alertSince && new Date(i.alertSince).getTime() <= serverNow),
    [board, serverNow],
  );
  useEffect(() => {
    const fresh = alerting.filter((i) => !alerted.current.has(i.id));
    fresh.forEach((i) => alerted.current.add(i.id));
    if (fresh.length > 0 && isSoundOn) beep();
  }, [alerting, isSoundOn]);

  const notify = useCallback((text: string, isError = false) => setMessage({ text, isError }), []);
  const incidents = board?.incidents ?? [];
  const units = useMemo(
    () => [...(board?.units ?? [])].sort((a, b) => a.statusCode - b.statusCode || a.callSign.localeCompare(b.callSign)),
    [board],
  );

  const assignNearest = useCallback(async () => {
    if (!selectedId) return;
    try {
      const path = { params: { path: { id: selectedId } } };
      const s = await call(client.GET('/api/v1/dispatch/incidents/{id}/suggestions', path));
      if (!s.items[0]) return notify('Keine freie Streife.', true);
      await call(client.POST('/api/v1/dispatch/incidents/{id}/assignments', { ...path, body: { unitIds: [s.items[0].unitId] } }));
      notify(`${s.items[0].callSign} zugewiesen.`);
    } catch (e) {
      notify(errorText(e), true);
    }
  }, [selectedId, notify]);

  const setStatus = useCallback(
    async (unitId: string, code: number) => {
      try {
        await call(client.POST('/api/v1/dispatch/units/{id}/status', { params: { path: { id: unitId } }, body: { code } }));
        notify(`Status ${code} gesetzt.`);
      } catch (e) {
        notify(errorText(e), true);
      }
    },
    [notify],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target) || e.ctrlKey || e.altKey || e.metaKey) return;
      const move = (list: { id: string }[], current: string | null, step: number) => {
        const i = list.findIndex((x) => x.id === current);
        return list[(i + step + list.length) % list.length]?.id ?? null;
      };
      if (e.key === 'n' || e.key === 'N') {
        e.preventDefault();
        setCreating(true);
        setCreated(null);
      } else if (e.key === 'j') setSelectedId((s) => move(incidents, s, 1));
      else if (e.key === 'k') setSelectedId((s) => move(incidents, s, -1));
      else if (e.key === 'u') setSelectedUnitId((s) => move(units, s, 1));
      else if (e.key === 'z') void assignNearest();
      else if (/^[1-6]$/.test(e.key) && selectedUnitId) void setStatus(selectedUnitId, Number(e.key));
      else if (e.key === '?') setShowHelp((h) => !h);
      else if (e.key === 'Escape') {
        setCreating(false);
        setShowHelp(false);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [incidents, units, selectedUnitId, assignNearest, setStatus]);

  const create = async (values: IncidentFormValues) => {
    const res = await call(client.POST('/api/v1/dispatch/incidents', { body: values as ApiBody<'/api/v1/dispatch/incidents', 'post'> }));
    setCreated({ incident: res, duplicates: res.duplicates });
    setCreating(false);
    setSelectedId(res.id);
    notify(`Einsatz ${res.number} angelegt.`);
  };

  const markers: MapMarker[] = [
    ...incidents.map((i) => ({
      id: i.id,
      lat: i.location.lat,
      lon: i.location.lon,
      kind: 'incident' as const,
      label: `${i.number.slice(-4)} ${i.categoryLabel}`,
      priority: i.priority,
      isSelected: i.id === selectedId,
      isAlerting: alerting.some((a) => a.id === i.id),
    })),
    ...units
      .filter((u) => u.position)
      .map((u) => ({
        id: u.id,
        lat: u.position!.lat,
        lon: u.position!.lon,
        kind: 'unit' as const,
        label: `${u.callSign} (${u.statusCode})`,
        isSelected: u.id === selectedUnitId,
      })),
  ];

  const catalogueError = failureOf(catalogue);
  if (catalogueError)
    return (
      <div role="alert" className="alert alert-error">
        {catalogueError}
      </div>
    );
  return (
    <div className="dispatch-board">
      <div className="board-head">
        <h1>Leitstelle Ordnungsdienst</h1>
        <div className="board-actions">
          <button
            type="button"
            onClick={() => {
              setCreating(true);
              setCreated(null);
            }}
            aria-keyshortcuts="N"
          >
            Neuer Einsatz (N)
          </button>
          <button type="button" className="secondary" onClick={() => setSoundOn((s) => !s)} aria-pressed={isSoundOn}>
            Alarmton {isSoundOn ? 'an' : 'aus'}
          </button>
          <button type="button" className="secondary" onClick={() => setShowHelp((h) => !h)} aria-expanded={showHelp} aria-keyshortcuts="?">
            Tastenkürzel
          </button>
        </div>
      </div>
      {showHelp && (
        <dl className="shortcuts card" aria-label="Tastenkürzel">
          <dt>N</dt>
          <dd>Neuer Einsatz</dd>
          <dt>J / K</dt>
          <dd>Nächster / vorheriger Einsatz</dd>
          <dt>Z</dt>
          <dd>Nächste freie Streife dem gewählten Einsatz zuweisen</dd>
          <dt>U</dt>
          <dd>Nächste Streife wählen</dd>
          <dt>1–6</dt>
          <dd>Funkstatus der gewählten Streife</dd>
          <dt>Esc</dt>
          <dd>Formular schließen</dd>
        </dl>
      )}
      <div aria-live="assertive" className="alert-region">
        {alerting.length > 0 && (
          <div role="alert" className="alert alert-error urgent-alert">
            <strong>Dringend und ohne Streife seit über {board?.alertAfterMinutes} Minuten:</strong>{' '}
            {alerting.map((i) => `${i.number} ${i.categoryLabel} (${i.location.label})`).join(' · ')}
          </div>
        )}
      </div>
      <div aria-live="polite">
        {boardError && !message && (
          <div className="alert alert-error" role="alert">
            {boardError}
          </div>
        )}
        {message && (
          <div className={`alert ${message.isError ? 'alert-error' : 'alert-ok'}`} role={message.isError ? 'alert' : 'status'}>
            {message.text}
          </div>
        )}
      </div>

      {isCreating && catalogue.data && (
        <section className="card new-incident" aria-labelledby="new-incident-heading">
          <h2 id="new-incident-heading">Neuer Einsatz</h2>
          <IncidentForm catalogue={catalogue.data} onSubmit={create} submitLabel="Einsatz anlegen" idPrefix="desk" />
          <button type="button" className="secondary" onClick={() => setCreating(false)}>
            Abbrechen
          </button>
        </section>
      )}
      {created && created.duplicates.length > 0 && (
        <div className="alert alert-warn" role="alert">
          Möglicherweise dasselbe Ereignis:{' '}
          {created.duplicates.map((d) => `${d.number} (${d.distanceMeters} m, ${formatTime(d.receivedAt)})`).join(', ')}. Im Einsatz unten
          zusammenführen.
        </div>
      )}

      <div className="board-grid">
        <section className="board-incidents" aria-labelledby="open-incidents-heading">
          <h2 id="open-incidents-heading">Offene Einsätze ({incidents.length})</h2>
          <ol className="incident-list">
            {incidents.map((i) => (
              <li
                key={i.id}
                className={`${i.id === selectedId ? 'selected' : ''} ${alerting.some((a) => a.id === i.id) ? 'alerting' : ''}`}
              >
                <button
                  type="button"
                  className="incident-row"
                  onClick={() => setSelectedId(i.id)}
                  aria-current={i.id === selectedId ? 'true' : undefined}
                >
                  <span className={`prio prio-${i.priority}`} aria-label={`Dringlichkeit ${i.priority}`}>
                    {i.priority}
                  </span>
                  <span className="what">
                    <strong>{i.categoryLabel}</strong> · {i.location.label}
                    <span className="muted small">
                      {' '}
                      {i.number} · {statusLabels[i.status]} · seit {formatAge(i.receivedAt, serverNow)}
                      {i.units.length > 0 ? ` · ${i.units.map((u) => u.callSign).join(', ')}` : ''}
                    </span>
                  </span>
                </button>
              </li>
            ))}
          </ol>
          {incidents.length === 0 && <p className="muted">Keine offenen Einsätze.</p>}
        </section>

        <section className="board-map" aria-labelledby="map-heading">
          <h2 id="map-heading" className="visually-hidden">
            Karte
          </h2>
          <MapView
            title={`Karte: ${incidents.length} offene Einsätze, ${units.filter((u) => u.position).length} Streifen`}
            markers={markers}
            onSelect={(m) => (m.kind === 'incident' ? setSelectedId(m.id) : setSelectedUnitId(m.id))}
          />
        </section>

        <section className="board-units" aria-labelledby="units-heading">
          <h2 id="units-heading">Streifen</h2>
          <ul className="unit-list">
            {units.map((u) => (
              <li key={u.id} className={u.id === selectedUnitId ? 'selected' : ''}>
                <button
                  type="button"
                  className="unit-row"
                  onClick={() => setSelectedUnitId(u.id)}
                  aria-current={u.id === selectedUnitId ? 'true' : undefined}
                >
                  <span className={`fms fms-${u.statusCode}`}>{u.statusCode}</span>
                  <span>
                    <strong>{u.callSign}</strong> · {unitStatusShort[u.statusCode]}
                    <span className="muted small">
                      {' '}
                      {u.incident ? `· ${u.incident.number}` : ''} · {u.members.map((m) => m.name).join(', ') || 'ohne Besatzung'}
                    </span>
                  </span>
                </button>
                {u.id === selectedUnitId && (
                  <div className="status-buttons" role="group" aria-label={`Funkstatus ${u.callSign}`}>
                    {[1, 2, 3, 4, 5, 6].map((code) => (
                      <button
                        key={code}
                        type="button"
                        className={`secondary small fms-button fms-${code}`}
                        aria-pressed={u.statusCode === code}
                        onClick={() => void setStatus(u.id, code)}
                        title={unitStatusShort[code]}
                      >
                        {code}
                      </button>
                    ))}
                    <PatrolLinkButton unitId={u.id} onMessage={notify} />
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>

      {selectedId && catalogue.data && (
        <IncidentPanel incidentId={selectedId} catalogue={catalogue.data} changeCount={changeCount} onMessage={notify} />
      )}

      <section className="card shift-log" aria-labelledby="shift-log-heading">
        <h2 id="shift-log-heading">Schichtbuch</h2>
        <form
          className="inline-form"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!shiftText.trim()) return;
            try {
              await call(client.POST('/api/v1/dispatch/shift-log', { body: { kind: shiftKind, text: shiftText } }));
              setShiftText('');
            } catch (err) {
              notify(errorText(err), true);
            }
          }}
        >
          <label htmlFor="shift-kind">Art</label>
          <select id="shift-kind" value={shiftKind} onChange={(e) => setShiftKind(e.target.value as 'note' | 'handover')}>
            <option value="note">Notiz</option>
            <option value="handover">Übergabe an die nächste Schicht</option>
          </select>
          <label htmlFor="shift-text">Eintrag</label>
          <input id="shift-text" value={shiftText} onChange={(e) => setShiftText(e.target.value)} />
          <button type="submit" className="secondary">
            Eintragen
          </button>
        </form>
        <ol className="log">
          {(board?.shiftLog ?? []).map((l) => (
            <li key={l.id}>
              <time dateTime={l.at}>{formatDateTime(l.at)}</time> · {l.kind === 'handover' ? 'Übergabe · ' : ''}
              {l.actorName}: {l.text}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function PatrolLinkButton({ unitId, onMessage }: { unitId: string; onMessage(text: string, isError?: boolean): void }) {
  const [link, setLink] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="secondary small"
        onClick={async () => {
          try {
            const r = await call(client.POST('/api/v1/dispatch/units/{id}/patrol-link', { params: { path: { id: unitId } } }));
            setLink(`${window.location.origin}${r.path}`);
          } catch (e) {
            onMessage(errorText(e), true);
          }
        }}
      >
        Streifen-Link
      </button>
      {link && (
        <p className="small patrol-link">
          Link fürs Diensthandy (gilt diese Schicht): <a href={link}>{link}</a>
        </p>
      )}
    </>
  );
}
