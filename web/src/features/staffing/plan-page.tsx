import { plural } from '../../app/plural';
import { useState } from 'react';
import type { ApiResponse } from '../../app/api-types';
import { useApi } from '../../app/use-api';
import { euro, hhmm, nextMonday, num, pct, weekdayName } from './staffing-format';

type PlanReport = ApiResponse<'/api/v1/staffing/plan'>;
type Slot = PlanReport['plan']['slots'][number];

/** Supervisors: agents needed per half hour of a week from the forecast, with FTE and cost. */
export function PlanPage() {
  const [weekStart, setWeekStart] = useState(nextMonday());
  const [model, setModel] = useState('erlang-a');
  const [shrinkage, setShrinkage] = useState('30');
  const share = Number(shrinkage.replace(',', '.')) / 100;
  const planUrl = `/api/v1/staffing/plan?weekStart=${weekStart}&model=${model}&shrinkage=${Number.isFinite(share) ? share : 0.3}`;
  const { data, error, loading } = useApi<PlanReport>(planUrl);
  const days = data ? [...new Set(data.plan.slots.map((s) => s.date))] : [];
  const minutes = data ? [...new Set(data.plan.slots.map((s) => s.minute))].sort((a, b) => a - b) : [];
  const at = (d: string, m: number) => data?.plan.slots.find((s) => s.date === d && s.minute === m);

  return (
    <>
      <h1>Personalbedarfsplan</h1>
      <p className="muted">
        Prognose je Mandant aus den letzten zwölf Wochen (Wochentagsprofil, Trend, Feiertage, Brückentage, Montagsspitze); ein gemeinsamer
        Agentenpool für alle Mandanten; Servicezeit Mo–Fr 8–18 Uhr.
      </p>
      <div className="staffing-form">
        <div>
          <label htmlFor="plan-week">Woche ab (Montag)</label>
          <input id="plan-week" type="date" value={weekStart} onChange={(e) => setWeekStart(e.target.value)} />
        </div>
        <div>
          <label htmlFor="plan-model">Modell</label>
          <select id="plan-model" value={model} onChange={(e) => setModel(e.target.value)}>
            <option value="erlang-a">Erlang A (mit Abbrüchen)</option>
            <option value="erlang-c">Erlang C</option>
          </select>
        </div>
        <div>
          <label htmlFor="plan-shrinkage">Ausfallanteil in %</label>
          <input id="plan-shrinkage" inputMode="decimal" value={shrinkage} onChange={(e) => setShrinkage(e.target.value)} />
        </div>
      </div>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      <p role="status" className="muted">
        {loading ? 'Wird berechnet …' : ''}
      </p>
      {data && (
        <>
          <div className="staffing-cards">
            <div className="card">
              <h2>Spitzenbedarf</h2>
              <p>{plural(data.plan.peakAgents, { one: 'Agent', other: 'Agenten' })} gleichzeitig</p>
            </div>
            <div className="card">
              <h2>Stellen (FTE)</h2>
              <p>
                {num(data.plan.fte)} bei {num(data.weeklyHoursPerFte, 0)} Std./Woche
              </p>
            </div>
            <div className="card">
              <h2>Kosten im Jahr</h2>
              <p>
                {euro(data.plan.costPerYear)} ({euro(data.costPerFteYear)} je FTE)
              </p>
            </div>
            <div className="card">
              <h2>Geduld</h2>
              <p>
                {num(data.patienceSeconds, 0)} s{' '}
                {data.patienceEstimated
                  ? `(geschätzt: ${num(data.patienceBasis.totalWaitSeconds / 3600)} Std. Wartezeit aller Anrufenden, auch der aufgelegten, ÷ ${num(data.patienceBasis.abandons, 0)} Abbrüche)`
                  : '(Standardwert: keine Abbrüche in der Historie)'}
              </p>
            </div>
            <div className="card">
              <h2>Abgleich mit angemeldeten Agenten</h2>
              <StaffedSummary slots={data.plan.slots} compared={data.comparedSlots} />
            </div>
          </div>
          <h2>Agenten je halbe Stunde</h2>
          <PlanChart slots={data.plan.slots} days={days} />
          <p className="form-actions">
            {/* The server's exports: the same table, numbers as numbers in XLSX, chart and notes in the PDF. */}
            {(['xlsx', 'pdf', 'csv'] as const).map((format) => (
              <a key={format} className="button secondary" href={`${planUrl}&format=${format}`} download>
                Als {format.toUpperCase()} herunterladen
              </a>
            ))}
          </p>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Tabelle Agenten je halbe Stunde">
            <table>
              <caption>
                Agenten am Telefon (Positionen mit Ausfallanteil) je halbe Stunde; bei vergangenen halben Stunden die im Mittel arbeitenden
                Agenten laut Statusprotokoll (verfügbar, im Gespräch, Nachbearbeitung)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Beginn</th>
                  {days.map((d) => (
                    <th scope="col" key={d}>
                      {weekdayName(d)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {minutes.map((m) => (
                  <tr key={m}>
                    <th scope="row">{hhmm(m)}</th>
                    {days.map((d) => {
                      const s = at(d, m);
                      return (
                        <td key={d} className={s?.status ? `staffed-${s.status}` : undefined}>
                          {s ? `${s.agents} (${s.positions})` : '–'}
                          {s && s.staffed !== null && (
                            <span className="staffed-note">
                              {' '}
                              {s.status === 'under' ? '▼ unterbesetzt' : s.status === 'over' ? '▲ überbesetzt' : '✓'}: {num(s.staffed)} da
                            </span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>Prognosefehler je Mandant</h2>
          <p className="muted">
            MAPE: mittlere absolute prozentuale Abweichung der Prognose von den letzten vier Wochen, die beim Anpassen zurückgehalten
            wurden.
          </p>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Prognosefehler je Mandant">
            <table>
              <caption className="visually-hidden">Prognosefehler je Mandant</caption>
              <thead>
                <tr>
                  <th scope="col">Mandant</th>
                  <th scope="col">MAPE je halbe Stunde</th>
                  <th scope="col">MAPE je Tag</th>
                </tr>
              </thead>
              <tbody>
                {data.backtests.length === 0 && (
                  <tr>
                    <td colSpan={3}>Noch keine Anrufhistorie.</td>
                  </tr>
                )}
                {data.backtests.map((b) => (
                  <tr key={b.tenantId}>
                    <th scope="row">{b.tenantName}</th>
                    <td>{b.intervalMape === null ? 'zu wenig Historie' : pct(b.intervalMape)}</td>
                    <td>{pct(b.dayMape)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

/** How many elapsed half hours were under- or over-staffed, from the agent state log. */
function StaffedSummary({ slots, compared }: { slots: Slot[]; compared: number }) {
  if (compared === 0) return <p>Für diese Woche gibt es (noch) keine Anmeldungen im Statusprotokoll.</p>;
  const under = slots.filter((s) => s.status === 'under').length;
  const over = slots.filter((s) => s.status === 'over').length;
  return (
    <p>
      {compared} vergangene halbe Stunden: {under} unterbesetzt, {over} überbesetzt (mindestens ein Agent mehr als nötig).
    </p>
  );
}

/** Bars per half hour, one group per day; the table below carries the same numbers for screen readers. */
function PlanChart({ slots, days }: { slots: Slot[]; days: string[] }) {
  const max = Math.max(1, ...slots.map((s) => s.agents));
  const perDay = 20;
  const w = 6;
  const gap = 10;
  const width = days.length * (perDay * w + gap);
  const height = 120;
  return (
    <svg
      className="plan-chart"
      viewBox={`0 0 ${Math.max(width, 1)} ${height + 16}`}
      role="img"
      aria-label={`Balkendiagramm: höchstens ${max} Agenten je halbe Stunde; Zahlen in der Tabelle darunter`}
      preserveAspectRatio="none"
    >
      {days.map((d, di) => (
        <g key={d} transform={`translate(${di * (perDay * w + gap)},0)`}>
          {slots
            .filter((s) => s.date === d)
            .map((s, i) => {
              const h = (s.agents / max) * height;
              return (
                <rect
                  key={s.minute}
                  x={i * w}
                  y={height - h}
                  width={w - 1}
                  height={h}
                  fill={s.status === 'under' ? '#b42318' : '#004b87'}
                />
              );
            })}
          <text x={0} y={height + 13} fontSize="10">
            {weekdayName(d)}
          </text>
        </g>
      ))}
    </svg>
  );
}
