import { useCallback, useState } from 'react';
import { TableScroll } from '../../app/table-scroll';
import { formatSeconds, stateLabels, type AgentState } from './contacts-labels';
import { useEventStream, useSecondsSince } from './use-live';

interface Kpis {
  offered: number;
  answered: number;
  abandoned: number;
  shortAbandoned: number;
  callbacks: number;
  serviceLevelPercent: number | null;
  answerRatePercent: number | null;
  firstContactResolutionPercent: number | null;
}
interface Row extends Kpis {
  serviceLevelTargetPercent: number;
  belowTarget: boolean;
  tenantId: string | null;
  tenantName: string;
  queueName: string | null;
  waitingCalls: number;
  oldestWaitingSince: string | null;
}
export interface Snapshot {
  generatedAt: string;
  totals: Kpis & { serviceLevelTargetPercent: number; belowTarget: boolean } & {
    waitingCalls: number;
    oldestWaitingSince: string | null;
    waitingItems: number;
    oldestItemSince: string | null;
  };
  rows: Row[];
  items: { tenantId: string; channel: string; waiting: number }[];
  agents: {
    counts: Record<string, number>;
    list: { userId: string; displayName: string; state: AgentState; since: string; callsToday: number; talkSecondsToday: number }[];
  };
  intervals: {
    start: string;
    offered: number;
    answered: number;
    abandoned: number;
    serviceLevelPercent: number | null;
    asaSeconds: number | null;
    belowTarget: boolean;
  }[];
}

/** A figure below its target: marked with a sign and words, not only by colour. */
function Marked({ value, below, target }: { value: number | null; below: boolean; target?: number }) {
  if (!below) return <>{pct(value)}</>;
  return (
    <span className="below-target">
      <span aria-hidden="true">▼ </span>
      {pct(value)}
      <span className="visually-hidden">, unter dem Ziel{target !== undefined ? ` von ${target} %` : ''}</span>
    </span>
  );
}

function Since({ since }: { since: string }) {
  const s = useSecondsSince(since);
  return (
    <>
      {new Date(since).toLocaleTimeString('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' })} (
      {s === null ? '–' : formatSeconds(s)})
    </>
  );
}

const berlinHm = (iso: string) =>
  new Date(iso).toLocaleTimeString('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' });

const pct = (v: number | null) => (v === null ? '–' : `${v.toLocaleString('de-DE')} %`);

function LongestWait({ since }: { since: string | null }) {
  const s = useSecondsSince(since);
  return <>{s === null ? '–' : formatSeconds(s)}</>;
}

/** The live wallboard (pushed by the server), for the staff page and the wall screen. */
export function WallboardView({ large = false }: { large?: boolean }) {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const onSnapshot = useCallback((s: Snapshot) => setSnapshot(s), []);
  useEventStream<Snapshot>('/api/v1/wallboard/stream', 'wallboard', onSnapshot);
  if (!snapshot) return <p role="status">Verbindung zum Wallboard wird aufgebaut …</p>;
  const t = snapshot.totals;
  // The wall screen fits one monitor: the last four half hours only.
  const intervals = large ? snapshot.intervals.slice(-4) : snapshot.intervals;
  return (
    <div className={large ? 'wallboard wallboard-large' : 'wallboard'}>
      <ul className="tiles" aria-label="Kennzahlen heute">
        <li className={t.waitingCalls > 0 ? 'tile tile-warn' : 'tile'}>
          <span>Anrufe in Warteschlange</span>
          <strong data-testid="waiting-calls">{t.waitingCalls}</strong>
        </li>
        <li className="tile">
          <span>Längste Wartezeit</span>
          <strong>
            <LongestWait since={t.oldestWaitingSince} />
          </strong>
        </li>
        <li className={t.belowTarget ? 'tile tile-warn' : 'tile'}>
          <span>Servicelevel (30 s, Ziel {t.serviceLevelTargetPercent} %)</span>
          <strong>
            <Marked value={t.serviceLevelPercent} below={t.belowTarget} target={t.serviceLevelTargetPercent} />
          </strong>
        </li>
        <li className="tile">
          <span>Annahmequote</span>
          <strong>{pct(t.answerRatePercent)}</strong>
        </li>
        <li className="tile">
          <span>Erstlösungsquote</span>
          <strong>{pct(t.firstContactResolutionPercent)}</strong>
        </li>
        <li className="tile">
          <span>Anrufe angeboten / angenommen</span>
          <strong>
            {t.offered} / {t.answered}
          </strong>
        </li>
        <li className="tile">
          <span>Weitere Anliegen wartend</span>
          <strong>{t.waitingItems}</strong>
        </li>
        {(Object.keys(stateLabels) as AgentState[]).map((s) => (
          <li key={s} className={`tile state-tile state-${s}`}>
            <span>{stateLabels[s]}</span>
            <strong>{snapshot.agents.counts[s] ?? 0}</strong>
          </li>
        ))}
      </ul>
      <TableScroll label="Warteschlangen und Mandanten heute">
        <table className="wallboard-table">
          <caption className={large ? 'visually-hidden' : undefined}>Warteschlangen und Mandanten heute</caption>
          <thead>
            <tr>
              <th scope="col">Verwaltung / Warteschlange</th>
              <th scope="col" className="num">
                Wartend
              </th>
              <th scope="col" className="num">
                Längste Warte&shy;zeit
              </th>
              <th scope="col" className="num">
                Ange&shy;boten
              </th>
              <th scope="col" className="num">
                Ange&shy;nommen
              </th>
              <th scope="col" className="num">
                Auf&shy;gelegt
              </th>
              <th scope="col" className="num">
                Service&shy;level
              </th>
              <th scope="col" className="num">
                Annahme&shy;quote
              </th>
              <th scope="col" className="num">
                Erst&shy;lösung
              </th>
            </tr>
          </thead>
          <tbody>
            {snapshot.rows.map((r) => (
              <tr key={`${r.tenantId}-${r.queueName}`}>
                <th scope="row">
                  {r.tenantName}
                  {r.queueName && <span className="muted queue-name"> {r.queueName}</span>}
                </th>
                <td className="num">{r.waitingCalls}</td>
                <td className="num">
                  <LongestWait since={r.oldestWaitingSince} />
                </td>
                <td className="num">{r.offered}</td>
                <td className="num">{r.answered}</td>
                <td className="num">
                  {r.abandoned}
                  {r.shortAbandoned ? ` (+${r.shortAbandoned} kurz)` : ''}
                </td>
                <td className="num">
                  <Marked value={r.serviceLevelPercent} below={r.belowTarget} target={r.serviceLevelTargetPercent} />
                </td>
                <td className="num">{pct(r.answerRatePercent)}</td>
                <td className="num">{pct(r.firstContactResolutionPercent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="wallboard-lower">
        <TableScroll label="Agentinnen und Agenten">
          <table className="wallboard-table">
            <caption>Agentinnen und Agenten</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">seit</th>
                <th scope="col" className="num">
                  Anrufe heute
                </th>
                <th scope="col" className="num">
                  Gespräch heute
                </th>
              </tr>
            </thead>
            <tbody>
              {snapshot.agents.list.map((a) => (
                <tr key={a.userId}>
                  <th scope="row">{a.displayName}</th>
                  <td>
                    <span className={`state-dot state-${a.state}`} aria-hidden="true" /> {stateLabels[a.state] ?? a.state}
                  </td>
                  <td>
                    <Since since={a.since} />
                  </td>
                  <td className="num">{a.callsToday}</td>
                  <td className="num">{formatSeconds(a.talkSecondsToday)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <TableScroll label="Halbstunden heute">
          <table className="wallboard-table">
            <caption>
              {large ? 'Letzte Halbstunden' : 'Halbstunden heute'} (Ziel Servicelevel {t.serviceLevelTargetPercent} %)
            </caption>
            <thead>
              <tr>
                <th scope="col">ab</th>
                <th scope="col" className="num">
                  Ange&shy;boten
                </th>
                <th scope="col" className="num">
                  Ange&shy;nommen
                </th>
                <th scope="col" className="num">
                  Auf&shy;gelegt
                </th>
                <th scope="col" className="num">
                  Service&shy;level
                </th>
                <th scope="col" className="num">
                  Ø Warte&shy;zeit
                </th>
              </tr>
            </thead>
            <tbody>
              {intervals.map((i) => (
                <tr key={i.start}>
                  <th scope="row">{berlinHm(i.start)}</th>
                  <td className="num">{i.offered}</td>
                  <td className="num">{i.answered}</td>
                  <td className="num">{i.abandoned}</td>
                  <td className="num">
                    <Marked value={i.serviceLevelPercent} below={i.belowTarget} target={t.serviceLevelTargetPercent} />
                  </td>
                  <td className="num">{i.asaSeconds === null ? '–' : `${i.asaSeconds.toLocaleString('de-DE')} s`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
      <p className="muted small">
        ▼ = unter dem Ziel der Servicevereinbarung. Stand{' '}
        {new Date(snapshot.generatedAt).toLocaleTimeString('de-DE', { timeZone: 'Europe/Berlin' })} · Definitionen: Kurz-Aufleger zählen
        nicht als angeboten; Servicelevel = in 30 s angenommen / angeboten.
      </p>
    </div>
  );
}
