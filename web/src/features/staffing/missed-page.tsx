import { useState } from 'react';
import type { ApiResponse } from '../../app/api-types';
import { useApi } from '../../app/use-api';
import { hhmm, num, pct, weekdayName } from './staffing-format';

type Report = ApiResponse<'/api/v1/staffing/missed'>;

const lastMonth = () => {
  const d = new Date();
  d.setDate(1);
  d.setMonth(d.getMonth() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
};

/** The pilot question: with N agents, which half hours missed 75/30, and how many agents would have kept them. */
export function MissedPage() {
  const [month, setMonth] = useState(lastMonth());
  const [agents, setAgents] = useState('18');
  const { data, error, loading } = useApi<Report>(`/api/v1/staffing/missed?month=${month}&agents=${Number(agents) || 18}`);
  return (
    <>
      <h1>Rückblick: verfehlte halbe Stunden</h1>
      <p className="muted">
        Halbe Stunden des Monats mit weniger als 75 % der Anrufe in 30 Sekunden angenommen, und wie viele Agenten nach Erlang A (Geduld aus
        der Historie) das Ziel gehalten hätten.
      </p>
      <div className="staffing-form">
        <div>
          <label htmlFor="missed-month">Monat</label>
          <input id="missed-month" type="month" value={month} onChange={(e) => setMonth(e.target.value)} />
        </div>
        <div>
          <label htmlFor="missed-agents">Agenten im Einsatz</label>
          <input id="missed-agents" inputMode="numeric" value={agents} onChange={(e) => setAgents(e.target.value)} />
        </div>
      </div>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      <p role="status" className="muted">
        {loading
          ? 'Wird berechnet …'
          : data
            ? `${data.missed.length} von ${data.intervalsWithCalls} halben Stunden mit Anrufen unter dem Ziel; Geduld ${num(data.patienceSeconds, 0)} s.`
            : ''}
      </p>
      {data && data.missed.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Verfehlte halbe Stunden">
          <table>
            <caption>Verfehlte halbe Stunden im {data.month}</caption>
            <thead>
              <tr>
                <th scope="col">Tag</th>
                <th scope="col">Beginn</th>
                <th scope="col">Anrufe</th>
                <th scope="col">gemessenes Servicelevel</th>
                <th scope="col">AHT</th>
                <th scope="col">Modell mit {data.agents} Agenten</th>
                <th scope="col">nötige Agenten</th>
              </tr>
            </thead>
            <tbody>
              {data.missed.map((m) => (
                <tr key={`${m.date}-${m.minute}`}>
                  <th scope="row">{weekdayName(m.date)}</th>
                  <td>{hhmm(m.minute)}</td>
                  <td>{m.offered}</td>
                  <td>{pct(m.measuredServiceLevel)}</td>
                  <td>{num(m.ahtSeconds, 0)} s</td>
                  <td>{pct(m.modelServiceLevelWithAgents)}</td>
                  <td>{m.agentsNeeded}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
