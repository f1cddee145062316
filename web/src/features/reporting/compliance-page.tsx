import { useMemo } from 'react';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { germanDate, num, pct } from './format';
import { Chart } from './lazy-chart';
import { ExportLinks, useMonthFilters } from './month-filters';
import './reporting.css';

interface AgreementPromise {
  key: string;
  label: string;
  promise: string;
  target: number;
  value: number | null;
  unit: 'rate' | 'seconds';
  numerator: number | null;
  denominator: number | null;
  kept: boolean | null;
  light: 'green' | 'amber' | 'red' | 'none';
  text: string;
}
interface Period {
  key: string;
  label: string;
  phase: string;
  phaseLabel: string;
  offered: number;
  offeredInHours: number;
  offeredOutsideHours: number;
  promises: AgreementPromise[];
  kept: number;
  missed: number;
  unmeasured: number;
}
interface Compliance {
  tenant: string;
  tenantName: string;
  since: string | null;
  agreement: { reference: string | null; signedOn: string | null; serviceHours: string };
  months: Period[];
  phases: Period[];
  total: Period;
}

const keptMark = (k: boolean | null) => (k === null ? '–' : k ? '✔' : '✘');
const keptWord = (k: boolean | null) => (k === null ? 'ohne Messwert' : k ? 'gehalten' : 'nicht gehalten');
const keptClass = (k: boolean | null) => (k === null ? 'light light-none' : k ? 'light light-green' : 'light light-red');

/** A promise's result: sign + value + word (never colour alone), numerator and denominator below. */
function Kept({ p }: { p: AgreementPromise | undefined }) {
  if (!p) return <>–</>;
  return (
    <span className={keptClass(p.kept)}>
      <span aria-hidden="true">{keptMark(p.kept)} </span>
      {p.value === null ? '' : `${p.unit === 'rate' ? pct(p.value) : `${num(p.value)} s`} `}
      <span className="light-word">{keptWord(p.kept)}</span>
      {p.denominator ? (
        <span className="muted small">
          {' '}
          ({num(p.numerator)}/{num(p.denominator)})
        </span>
      ) : null}
    </span>
  );
}

/** Service-agreement compliance (Servicevereinbarung): each promise per month kept or missed, with the numbers. */
export function AgreementCompliancePage() {
  const { query, filters } = useMonthFilters('sv');
  const { data, error, loading } = useApi<Compliance>(`/api/v1/reports/agreement-compliance?${query}`);
  const months = useMemo(() => (data ? data.months.slice(-24) : []), [data]);
  const labels = useMemo(() => months.map((m) => m.label), [months]);
  const series = useMemo(
    () => [
      { name: 'gehalten', type: 'bar' as const, values: months.map((m) => m.kept) },
      { name: 'nicht gehalten', type: 'bar' as const, values: months.map((m) => m.missed) },
      {
        name: 'Servicelevel',
        type: 'line' as const,
        percent: true,
        target: Math.round((months[0]?.promises.find((p) => p.key === 'serviceLevel')?.target ?? 0.75) * 100),
        values: months.map((m) => {
          const v = m.promises.find((p) => p.key === 'serviceLevel')?.value;
          return v === null || v === undefined ? null : Math.round(v * 1000) / 10;
        }),
      },
    ],
    [months],
  );
  const keys = data?.total.promises.map((p) => ({ key: p.key, label: p.label })) ?? [];
  const latest = data?.months.filter((m) => m.offered > 0).at(-1);
  return (
    <>
      <h1>Servicevereinbarung</h1>
      {filters}
      <p className="muted">
        Je Monat jede Zusage der Servicevereinbarung: ✔ gehalten, ✘ nicht gehalten, – ohne Messwert; in Klammern Zähler/Nenner. Die
        Erreichbarkeit zählt nur Anrufe in den vereinbarten Servicezeiten (Feiertage haben keine); Anrufe außerhalb zählen gesondert.{' '}
        <ExportLinks path="/api/v1/reports/agreement-compliance" query={query} />
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
          <p>
            Vereinbarung {data.agreement.reference ?? '–'}
            {data.agreement.signedOn ? `, unterzeichnet am ${germanDate(data.agreement.signedOn)}` : ''}. Servicezeiten:{' '}
            {data.agreement.serviceHours}.
          </p>
          <p data-testid="summary">
            {data.total.label}: {data.total.kept} Zusagen gehalten, {data.total.missed} nicht gehalten
            {data.total.unmeasured ? `, ${data.total.unmeasured} ohne Messwert` : ''}; {data.total.offered.toLocaleString('de-DE')} Anrufe
            angeboten, davon {data.total.offeredOutsideHours.toLocaleString('de-DE')} außerhalb der Servicezeiten.
          </p>
          {latest && (
            <section aria-labelledby="sv-latest">
              <h3 id="sv-latest">
                {latest.label} ({latest.phaseLabel})
              </h3>
              <ul className="promise-list">
                {latest.promises.map((p) => (
                  <li key={p.key}>
                    <strong>{p.label}</strong> – Zusage: {p.promise}.{' '}
                    <span className={keptClass(p.kept)}>
                      <span aria-hidden="true">{keptMark(p.kept)} </span>
                      {p.text}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <Chart labels={labels} series={series} />
          <TableScroll label="Zusagen je Monat">
            <table>
              <caption>Zusagen je Monat (neueste zuerst)</caption>
              <thead>
                <tr>
                  <th scope="col">Monat</th>
                  <th scope="col">Phase</th>
                  {keys.map((k) => (
                    <th scope="col" key={k.key}>
                      {k.label}
                    </th>
                  ))}
                  <th scope="col">Angeboten</th>
                  <th scope="col">außerhalb Servicezeit</th>
                </tr>
              </thead>
              <tbody>
                {[...data.months].reverse().map((m) => (
                  <tr key={m.key}>
                    <th scope="row">{m.label}</th>
                    <td>{m.phaseLabel}</td>
                    {keys.map((k) => (
                      <td key={k.key}>
                        <Kept p={m.promises.find((p) => p.key === k.key)} />
                      </td>
                    ))}
                    <td>{num(m.offered)}</td>
                    <td>{num(m.offeredOutsideHours)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <TableScroll label="Zusagen je Pilotphase">
            <table>
              <caption>Je Pilotphase und gesamt</caption>
              <thead>
                <tr>
                  <th scope="col">Zeitraum</th>
                  {keys.map((k) => (
                    <th scope="col" key={k.key}>
                      {k.label}
                    </th>
                  ))}
                  <th scope="col">Angeboten</th>
                </tr>
              </thead>
              <tbody>
                {[...data.phases, data.total].map((p) => (
                  <tr key={p.key}>
                    <th scope="row">{p.label}</th>
                    {keys.map((k) => (
                      <td key={k.key}>
                        <Kept p={p.promises.find((x) => x.key === k.key)} />
                      </td>
                    ))}
                    <td>{num(p.offered)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </>
  );
}
