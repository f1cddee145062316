import { useCallback, useState } from 'react';
import { TableScroll } from '../../app/table-scroll';
import { formatSeconds, stateLabels, type AgentState } from './contacts-types';
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
  tenantId: string | null;
  tenantName: string;
  queueName: string | null;
  waitingCalls: number;
  oldestWaitingSince: string | null;
}
export interface Snapshot {
  generatedAt: string;
  totals: Kpis & { waitingCalls: number; oldestWaitingSince: string | null; waitingItems: number; oldestItemSince: string | null };
  rows: Row[];
  items: { tenantId: string; channel: string; waiting: number }[];
  agents: { counts: Record<string, number>; list: { userId: string; displayName: string; state: AgentState; since: string }[] };
}

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
        <li className="tile">
          <span>Servicelevel (30 s)</span>
          <strong>{pct(t.serviceLevelPercent)}</strong>
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
                <td className="num">{pct(r.serviceLevelPercent)}</td>
                <td className="num">{pct(r.answerRatePercent)}</td>
                <td className="num">{pct(r.firstContactResolutionPercent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted small">
        Stand {new Date(snapshot.generatedAt).toLocaleTimeString('de-DE', { timeZone: 'Europe/Berlin' })} · Definitionen: Kurz-Aufleger
        zählen nicht als angeboten; Servicelevel = in 30 s angenommen / angeboten.
      </p>
    </div>
  );
}
