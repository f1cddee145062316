import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { Chart } from './lazy-chart';
import { germanDate, num, pct } from './format';

interface Check {
  key: string;
  label: string;
  value: number | null;
  target: number;
  unit: 'rate' | 'seconds';
  basis: 'agreement' | 'baseline';
  light: 'green' | 'amber' | 'red' | 'none';
}
interface Month {
  month: string;
  label: string;
  offered: number;
  offeredOutsideHours: number;
  serviceLevel: number | null;
  firstContactResolution: number | null;
  onTimeRate: number | null;
  answerRate: number | null;
  asaSeconds: number | null;
  checks: Check[];
  summary: string;
}
interface Evaluation {
  tenant: string;
  tenantName: string;
  since: string | null;
  targets: { serviceLevelPercent: number; firstContactResolutionPercent: number };
  months: Month[];
}
interface Tenant {
  id: string;
  ags: string;
  name: string;
}

const lightText = { green: 'erreicht', amber: 'knapp verfehlt', red: 'verfehlt', none: 'ohne Messwert' } as const;
const lightMark = { green: '●', amber: '▲', red: '■', none: '–' } as const;

/** The light as a shape AND a word (never only colour). */
function Light({ check }: { check: Check | undefined }) {
  if (!check) return <>–</>;
  const value = check.unit === 'rate' ? pct(check.value) : `${num(check.value)} s`;
  return (
    <span className={`light light-${check.light}`}>
      <span aria-hidden="true">{lightMark[check.light]} </span>
      {value} <span className="light-word">{lightText[check.light]}</span>
    </span>
  );
}

/** Pilot evaluation per tenant or for the whole center, month by month since onboarding. */
export function PilotEvaluationPage() {
  const [params, setParams] = useSearchParams();
  const tenant = params.get('tenant') ?? 'all';
  const range = ['from', 'to']
    .filter((k) => /^\d{4}-\d{2}$/.test(params.get(k) ?? ''))
    .map((k) => `&${k}=${params.get(k)}`)
    .join('');
  const { data, error, loading } = useApi<Evaluation>(`/api/v1/reports/pilot-evaluation?tenant=${tenant}${range}`);
  const tenants = useApi<{ items: Tenant[] }>('/api/v1/tenants');
  const months = useMemo(() => (data ? data.months.slice(-24) : []), [data]);
  const series = useMemo(
    () => [
      { name: 'Angeboten', type: 'bar' as const, values: months.map((m) => m.offered) },
      {
        name: 'Servicelevel',
        type: 'line' as const,
        percent: true,
        target: data?.targets.serviceLevelPercent ?? 75,
        values: months.map((m) => (m.serviceLevel === null ? null : Math.round(m.serviceLevel * 1000) / 10)),
      },
    ],
    [months, data],
  );
  const labels = useMemo(() => months.map((m) => m.label), [months]);
  const check = (m: Month, key: string) => m.checks.find((c) => c.key === key);
  return (
    <>
      <h1>Pilotbewertung</h1>
      <div>
        <label htmlFor="p-tenant">Mandant</label>
        <select
          id="p-tenant"
          value={tenant}
          onChange={(e) => {
            const next = new URLSearchParams(params);
            next.set('tenant', e.target.value);
            setParams(next, { replace: true });
          }}
        >
          <option value="all">DialogCenter gesamt</option>
          {tenants.data?.items.map((t) => (
            <option key={t.id} value={t.ags}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <p className="muted">
        Gegen die Servicevereinbarung (Servicelevel, Erstlösungsquote, Antwort der zweiten Ebene, Servicezeiten) und den Ausgangswert des
        Ratsbeschlusses 2271/2021 (90 % Erreichbarkeit, 35 s Wartezeit). ● erreicht, ▲ knapp verfehlt (bis 5 Punkte), ■ verfehlt. Export:{' '}
        <a href={`/api/v1/reports/pilot-evaluation?tenant=${tenant}${range}&format=csv`}>CSV</a> ·{' '}
        <a href={`/api/v1/reports/pilot-evaluation?tenant=${tenant}${range}&format=xlsx`}>Excel</a> ·{' '}
        <a href={`/api/v1/reports/pilot-evaluation?tenant=${tenant}${range}&format=pdf`}>PDF</a>
      </p>
      <p>
        <a href="/berichte/it-stoerungen">IT-Störungen: Reaktions- und Lösungszeiten je Priorität und Kategorie</a>
      </p>
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
          <h2>
            {data.tenantName}
            {data.since ? ` seit ${germanDate(data.since)}` : ''}
          </h2>
          <p data-testid="summary">{data.months.filter((m) => m.offered > 0).at(-1)?.summary ?? 'Noch keine Anrufe.'}</p>
          <Chart labels={labels} series={series} />
          <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label="Tabelle Monat für Monat (scrollbar)">
            <table>
              <caption>Monat für Monat (neueste zuerst)</caption>
              <thead>
                <tr>
                  <th scope="col">Monat</th>
                  <th scope="col">Angeboten</th>
                  <th scope="col">Servicelevel</th>
                  <th scope="col">Erstlösung</th>
                  <th scope="col">Fristtreue 2. Ebene</th>
                  <th scope="col">Erreichbarkeit</th>
                  <th scope="col">Ø Wartezeit</th>
                  <th scope="col">außerhalb Servicezeit</th>
                </tr>
              </thead>
              <tbody>
                {[...data.months].reverse().map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{m.label}</th>
                    <td>{num(m.offered)}</td>
                    <td>
                      <Light check={check(m, 'serviceLevel')} />
                    </td>
                    <td>
                      <Light check={check(m, 'fcr')} />
                    </td>
                    <td>
                      <Light check={check(m, 'reply')} />
                    </td>
                    <td>
                      <Light check={check(m, 'answerRate')} />
                    </td>
                    <td>
                      <Light check={check(m, 'asa')} />
                    </td>
                    <td>{num(m.offeredOutsideHours)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>Zusammenfassung je Monat</h2>
          <ul className="summaries">
            {[...data.months]
              .reverse()
              .slice(0, 12)
              .map((m) => (
                <li key={m.month}>{m.summary}</li>
              ))}
          </ul>
        </>
      )}
    </>
  );
}
