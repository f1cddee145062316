import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { Chart } from './lazy-chart';
import { berlinToday, daysBefore } from './day-filters';
import { germanDate, num, pct } from './format';

interface Figures {
  offered: number;
  answered: number;
  abandoned: number;
  shortAbandoned: number;
  callbacks: number;
  answeredWithinTarget: number;
  serviceLevel: number | null;
  answerRate: number | null;
  asaSeconds: number | null;
  talkSeconds: number;
  ahtSeconds: number | null;
  longestWaitSeconds: number | null;
}
interface Report {
  from: string;
  to: string;
  tenant: string;
  tenantName: string;
  groupBy: string;
  rows: (Figures & { key: string; label: string })[];
  totals: Figures;
}
interface Tenant {
  id: string;
  ags: string;
  name: string;
}

const groupings: [string, string][] = [
  ['day', 'Tag'],
  ['interval15', '15 Minuten'],
  ['interval30', '30 Minuten'],
  ['interval60', 'Stunde'],
  ['week', 'Kalenderwoche'],
  ['month', 'Monat'],
  ['tenant', 'Mandant'],
  ['queue', 'Warteschlange'],
  ['agent', 'Agent/in'],
  ['channel', 'Kanal'],
  ['weekdayHalfHour', 'Wochentag und halbe Stunde (Heatmap)'],
];

/** The interval report (QueueMetrics' "Intervalle"): the calls report per 15/30/60 minutes, today by default. */
export function IntervalReportPage() {
  return <CallsReportPage title="Intervallbericht" defaultGroupBy="interval30" defaultDays={1} />;
}

/** Supervisors: call figures (QueueMetrics style) per day, interval, week, month, tenant, queue, agent; filters live in the URL. */
export function CallsReportPage({
  title = 'Anrufbericht',
  defaultGroupBy = 'day',
  defaultDays = 14,
}: {
  title?: string;
  defaultGroupBy?: string;
  defaultDays?: number;
}) {
  const [params, setParams] = useSearchParams();
  const today = berlinToday();
  const from = params.get('from') ?? daysBefore(today, defaultDays - 1);
  const to = params.get('to') ?? today;
  const tenant = params.get('tenant') ?? 'all';
  const groupBy = params.get('groupBy') ?? defaultGroupBy;
  const query = `from=${from}&to=${to}&tenant=${tenant}&groupBy=${groupBy}`;
  const { data, error, loading } = useApi<Report>(`/api/v1/reports/calls?${query}`);
  const tenants = useApi<{ items: Tenant[] }>('/api/v1/tenants');
  const history = useApi<{ state: string; daysTotal: number; daysDone: number }>('/api/v1/reports/demo-history');
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    if (!next.get('groupBy')) next.set('groupBy', groupBy);
    if (!next.get('from')) next.set('from', from);
    if (!next.get('to')) next.set('to', to);
    setParams(next, { replace: true });
  };
  const chart = useMemo(
    () =>
      data
        ? {
            labels: data.rows.map((r) => r.label),
            series: [
              { name: 'Angeboten', type: 'bar' as const, values: data.rows.map((r) => r.offered) },
              { name: 'Angenommen', type: 'bar' as const, values: data.rows.map((r) => r.answered) },
              {
                name: 'Servicelevel',
                type: 'line' as const,
                percent: true,
                target: 75,
                values: data.rows.map((r) => (r.serviceLevel === null ? null : Math.round(r.serviceLevel * 1000) / 10)),
              },
            ],
          }
        : null,
    [data],
  );
  const busiest = data?.rows.reduce<Report['rows'][number] | null>((b, r) => (!b || r.offered > b.offered ? r : b), null);
  return (
    <>
      <h1>{title}</h1>
      <form
        className="filters"
        style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'end' }}
        onSubmit={(e) => e.preventDefault()}
      >
        <div>
          <label htmlFor="r-tenant">Mandant</label>
          <select id="r-tenant" value={tenant} onChange={(e) => set('tenant', e.target.value)}>
            <option value="all">Alle Mandanten</option>
            {tenants.data?.items.map((t) => (
              <option key={t.id} value={t.ags}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="r-from">Von</label>
          <input id="r-from" type="date" value={from} onChange={(e) => e.target.value && set('from', e.target.value)} />
        </div>
        <div>
          <label htmlFor="r-to">Bis (einschließlich)</label>
          <input id="r-to" type="date" value={to} onChange={(e) => e.target.value && set('to', e.target.value)} />
        </div>
        <div>
          <label htmlFor="r-group">Gruppiert nach</label>
          <select id="r-group" value={groupBy} onChange={(e) => set('groupBy', e.target.value)}>
            {groupings.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p className="muted">
        Export: <a href={`/api/v1/reports/calls?${query}&format=csv`}>CSV</a> ·{' '}
        <a href={`/api/v1/reports/calls?${query}&format=xlsx`}>Excel</a> · <a href={`/api/v1/reports/calls?${query}&format=pdf`}>PDF</a>.
        Definitionen: Servicelevel = im Ziel angenommen ÷ angeboten; Kurzaufleger zählen nicht als angeboten.
      </p>
      {history.data?.state === 'running' && (
        <p className="muted">
          Demo-Anrufhistorie wird im Hintergrund erzeugt: {history.data.daysDone} von {history.data.daysTotal} Werktagen (Seite neu laden
          für den Stand).
        </p>
      )}
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      <p role="status" className="muted">
        {loading ? 'Wird berechnet …' : ''}
      </p>
      {data && chart && (
        <>
          <h2>Zusammenfassung</h2>
          <p data-testid="summary">
            {data.tenantName}, {germanDate(data.from)} bis {germanDate(data.to)}: {data.totals.offered.toLocaleString('de-DE')} Anrufe
            angeboten, {data.totals.answered.toLocaleString('de-DE')} angenommen (Erreichbarkeit {pct(data.totals.answerRate)}),
            Servicelevel {pct(data.totals.serviceLevel)} (Ziel 75 %), Ø Wartezeit {num(data.totals.asaSeconds)} s, Ø Bearbeitungszeit{' '}
            {num(data.totals.ahtSeconds)} s
            {busiest && busiest.offered > 0 ? `; am meisten: ${busiest.label} mit ${busiest.offered.toLocaleString('de-DE')} Anrufen` : ''}.
          </p>
          <Chart labels={chart.labels} series={chart.series} />
          <div className="table-scroll" style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label="Kennzahlentabelle (scrollbar)">
            <table>
              <caption>Kennzahlen je {groupings.find(([v]) => v === groupBy)?.[1] ?? groupBy}</caption>
              <thead>
                <tr>
                  <th scope="col">{groupings.find(([v]) => v === groupBy)?.[1]}</th>
                  <th scope="col">Angeboten</th>
                  <th scope="col">Angenommen</th>
                  <th scope="col">im Ziel</th>
                  <th scope="col">Aufgelegt</th>
                  <th scope="col">Kurzaufleger</th>
                  <th scope="col">Rückrufe</th>
                  <th scope="col">Servicelevel</th>
                  <th scope="col">Erreichbarkeit</th>
                  <th scope="col">Ø Wartezeit (s)</th>
                  <th scope="col">Ø Bearbeitung (s)</th>
                  <th scope="col">Längste Wartezeit (s)</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{r.label}</th>
                    <td>{num(r.offered)}</td>
                    <td>{num(r.answered)}</td>
                    <td>{num(r.answeredWithinTarget)}</td>
                    <td>{num(r.abandoned)}</td>
                    <td>{num(r.shortAbandoned)}</td>
                    <td>{num(r.callbacks)}</td>
                    <td>{pct(r.serviceLevel)}</td>
                    <td>{pct(r.answerRate)}</td>
                    <td>{num(r.asaSeconds)}</td>
                    <td>{num(r.ahtSeconds)}</td>
                    <td>{num(r.longestWaitSeconds)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Gesamt</th>
                  <td>{num(data.totals.offered)}</td>
                  <td>{num(data.totals.answered)}</td>
                  <td>{num(data.totals.answeredWithinTarget)}</td>
                  <td>{num(data.totals.abandoned)}</td>
                  <td>{num(data.totals.shortAbandoned)}</td>
                  <td>{num(data.totals.callbacks)}</td>
                  <td>{pct(data.totals.serviceLevel)}</td>
                  <td>{pct(data.totals.answerRate)}</td>
                  <td>{num(data.totals.asaSeconds)}</td>
                  <td>{num(data.totals.ahtSeconds)}</td>
                  <td>{num(data.totals.longestWaitSeconds)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </>
  );
}
