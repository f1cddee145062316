import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { formatMinutes, priorityLabels } from './itfaults-types';

interface Line {
  priority: number;
  category?: string;
  categoryLabel?: string;
  faults: number;
  responded: number;
  responseMedianMinutes: number | null;
  responseP90Minutes: number | null;
  responseWithinTargetPercent: number | null;
  resolved: number;
  resolutionMedianMinutes: number | null;
  resolutionP90Minutes: number | null;
  resolutionWithinTargetPercent: number | null;
  overdueOpen: number;
}
interface Report {
  from: string;
  to: string;
  lines: Line[];
  byPriority: Line[];
  targets: { priority: number; label: string; responseMinutes: number; resolutionMinutes: number }[];
  outages: { declared: number; calls: number };
}

const pct = (v: number | null) => (v === null ? '–' : `${v.toLocaleString('de-DE')} %`);
const day = (iso: string) => iso.split('-').reverse().join('.');

/**
 * Part of the pilot evaluation: IT's response and resolution times per priority and category
 * (median, 90 % value, share within the target in force at intake), open overdue faults, outages.
 */
export function ItFaultReportPage() {
  const [params, setParams] = useSearchParams();
  const from = params.get('von') ?? '';
  const to = params.get('bis') ?? '';
  const [draft, setDraft] = useState({ from, to });
  const query = [from && `from=${from}`, to && `to=${to}`].filter(Boolean).join('&');
  const { data, error, loading } = useApi<Report>(`/api/v1/it-faults/report${query ? `?${query}` : ''}`);
  const target = (p: number) => data?.targets.find((t) => t.priority === p);
  return (
    <>
      <h1>IT-Störungen: Reaktions- und Lösungszeiten</h1>
      <p className="muted">
        Teil der Pilotbewertung. Reaktion: von der Aufnahme bis zur ersten Rückmeldung der IT; Lösung: bis „gelöst“. Gemessen an der
        Zielzeit, die bei der Aufnahme galt. Störungen, die einem bekannten Fehler zugeordnet wurden, zählen nicht (kein eigenes IT-Ticket).
      </p>
      <form
        className="itf-filters"
        onSubmit={(e) => {
          e.preventDefault();
          const next = new URLSearchParams();
          if (draft.from) next.set('von', draft.from);
          if (draft.to) next.set('bis', draft.to);
          setParams(next, { replace: true });
        }}
      >
        <div>
          <label htmlFor="itf-r-from">Von</label>
          <input id="itf-r-from" type="date" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
        </div>
        <div>
          <label htmlFor="itf-r-to">Bis</label>
          <input id="itf-r-to" type="date" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} />
        </div>
        <div>
          <button type="submit">Anzeigen</button>
        </div>
      </form>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      <p role="status" className="muted">
        {loading && !data ? 'Wird berechnet …' : data ? `Aufgenommen ${day(data.from)} bis ${day(data.to)}` : ''}
      </p>
      {data && (
        <>
          <h2>Je Priorität</h2>
          <TableScroll label="Zeiten je Priorität (scrollbar)">
            <table className="itf-report">
              <thead>
                <tr>
                  <th scope="col">Priorität</th>
                  <th scope="col">Ziel Reaktion / Lösung</th>
                  <th scope="col" className="num">
                    Störungen
                  </th>
                  <th scope="col" className="num">
                    Reaktion Median
                  </th>
                  <th scope="col" className="num">
                    Reaktion 90 %
                  </th>
                  <th scope="col" className="num">
                    Reaktion im Ziel
                  </th>
                  <th scope="col" className="num">
                    Lösung Median
                  </th>
                  <th scope="col" className="num">
                    Lösung 90 %
                  </th>
                  <th scope="col" className="num">
                    Lösung im Ziel
                  </th>
                  <th scope="col" className="num">
                    offen überfällig
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.byPriority.map((l) => (
                  <tr key={l.priority}>
                    <th scope="row">{priorityLabels[l.priority]}</th>
                    <td>
                      {formatMinutes(target(l.priority)?.responseMinutes ?? null)} /{' '}
                      {formatMinutes(target(l.priority)?.resolutionMinutes ?? null)}
                    </td>
                    <Cells line={l} />
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <h2>Je Priorität und Kategorie</h2>
          {data.lines.length === 0 ? (
            <p>Keine Störungen in diesem Zeitraum.</p>
          ) : (
            <TableScroll label="Zeiten je Priorität und Kategorie (scrollbar)">
              <table className="itf-report">
                <thead>
                  <tr>
                    <th scope="col">Priorität</th>
                    <th scope="col">Kategorie</th>
                    <th scope="col" className="num">
                      Störungen
                    </th>
                    <th scope="col" className="num">
                      Reaktion Median
                    </th>
                    <th scope="col" className="num">
                      Reaktion 90 %
                    </th>
                    <th scope="col" className="num">
                      Reaktion im Ziel
                    </th>
                    <th scope="col" className="num">
                      Lösung Median
                    </th>
                    <th scope="col" className="num">
                      Lösung 90 %
                    </th>
                    <th scope="col" className="num">
                      Lösung im Ziel
                    </th>
                    <th scope="col" className="num">
                      offen überfällig
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.lines.map((l) => (
                    <tr key={`${l.priority}-${l.category}`}>
                      <th scope="row">{priorityLabels[l.priority]}</th>
                      <td>{l.categoryLabel}</td>
                      <Cells line={l} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <p>
            Massenstörungen im Zeitraum: {data.outages.declared}, dazu gezählte Anrufe: {data.outages.calls}.
          </p>
        </>
      )}
    </>
  );
}

function Cells({ line: l }: { line: Line }) {
  return (
    <>
      <td className="num">{l.faults}</td>
      <td className="num">{formatMinutes(l.responseMedianMinutes)}</td>
      <td className="num">{formatMinutes(l.responseP90Minutes)}</td>
      <td className="num">{pct(l.responseWithinTargetPercent)}</td>
      <td className="num">{formatMinutes(l.resolutionMedianMinutes)}</td>
      <td className="num">{formatMinutes(l.resolutionP90Minutes)}</td>
      <td className="num">{pct(l.resolutionWithinTargetPercent)}</td>
      <td className="num">{l.overdueOpen}</td>
    </>
  );
}
