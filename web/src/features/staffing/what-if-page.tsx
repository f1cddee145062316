import { useState, type FormEvent } from 'react';
import { api, errorText } from '../../app/api';
import { useApi } from '../../app/use-api';
import { euro, nextMonday, num } from './staffing-format';

interface Tenant {
  id: string;
  name: string;
  lifecycle: string;
}
interface Side {
  fte: number;
  costPerYear: number;
  peakAgents: number;
  agents: { date: string; minute: number; agents: number }[];
}
interface Report {
  weekStart: string;
  before: Side;
  after: Side;
  fteDifference: number;
  costDifferencePerYear: number;
  callsPerInhabitantDay: number | null;
}
interface Scenario {
  name: string;
  joining: { tenantId: string; inhabitants: string }[];
  comparableId: string;
  comparableInhabitants: string;
  aht: string;
  slTarget: string;
  targetSeconds: string;
  shrinkage: string;
  patience: string;
}

const STORE = 'dc-staffing-scenarios';
const empty: Scenario = {
  name: '',
  joining: [],
  comparableId: '',
  comparableInhabitants: '',
  aht: '',
  slTarget: '',
  targetSeconds: '',
  shrinkage: '',
  patience: '',
};
const loadScenarios = (): Scenario[] => {
  try {
    return JSON.parse(localStorage.getItem(STORE) ?? '[]') as Scenario[];
  } catch {
    return [];
  }
};

/** Supervisors: what joining municipalities, a longer AHT or other targets would need. */
export function WhatIfPage() {
  const tenants = useApi<{ items: Tenant[] }>('/api/v1/tenants');
  const [weekStart, setWeekStart] = useState(nextMonday());
  const [s, setS] = useState<Scenario>(empty);
  const [saved, setSaved] = useState<Scenario[]>(loadScenarios);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (k: keyof Scenario) => (e: { target: { value: string } }) => setS({ ...s, [k]: e.target.value });
  const n = (v: string) => (v.trim() === '' ? undefined : Number(v.replace(',', '.')));
  const planned = (tenants.data?.items ?? []).filter((t) => t.lifecycle === 'planned');
  const others = (tenants.data?.items ?? []).filter((t) => t.lifecycle !== 'planned');

  function toggle(id: string) {
    const has = s.joining.some((j) => j.tenantId === id);
    setS({ ...s, joining: has ? s.joining.filter((j) => j.tenantId !== id) : [...s.joining, { tenantId: id, inhabitants: '' }] });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const pctOf = (v: string) => (n(v) === undefined ? undefined : n(v)! / 100);
    const change = {
      ahtSeconds: n(s.aht),
      serviceLevelTarget: pctOf(s.slTarget),
      targetSeconds: n(s.targetSeconds),
      shrinkage: pctOf(s.shrinkage),
      patienceSeconds: n(s.patience),
    };
    try {
      setReport(
        await api<Report>('POST', '/api/v1/staffing/what-if', {
          weekStart,
          joining: s.joining.map((j) => ({ tenantId: j.tenantId, inhabitants: n(j.inhabitants) })),
          comparable:
            s.comparableId && n(s.comparableInhabitants)
              ? [{ tenantId: s.comparableId, inhabitants: n(s.comparableInhabitants) }]
              : undefined,
          change: Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)),
        }),
      );
    } catch (err) {
      setError(errorText(err));
    }
    setBusy(false);
  }

  function save() {
    const name = s.name.trim() || `Szenario ${saved.length + 1}`;
    const next = [...saved.filter((x) => x.name !== name), { ...s, name }];
    localStorage.setItem(STORE, JSON.stringify(next));
    setSaved(next);
  }

  return (
    <>
      <h1>Was wäre, wenn …</h1>
      <p className="muted">
        Neue Mandanten (Anrufe aus ihrer Historie oder geschätzt über die Einwohnerzahl mit der Anrufquote eines vergleichbaren Mandanten),
        andere Bearbeitungszeit, Ziele, Ausfallanteil oder Geduld: Bedarf vorher und nachher.
      </p>
      {saved.length > 0 && (
        <div>
          <label htmlFor="whatif-saved">Gespeicherte Szenarien</label>
          <select
            id="whatif-saved"
            value=""
            onChange={(e) => {
              const f = saved.find((x) => x.name === e.target.value);
              if (f) setS(f);
            }}
          >
            <option value="">Szenario laden …</option>
            {saved.map((x) => (
              <option key={x.name} value={x.name}>
                {x.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <form onSubmit={submit}>
        <div>
          <label htmlFor="whatif-week">Woche ab (Montag)</label>
          <input id="whatif-week" type="date" value={weekStart} onChange={(e) => setWeekStart(e.target.value)} />
        </div>
        <fieldset>
          <legend>Neue Mandanten</legend>
          {planned.length === 0 && <p className="muted">Keine geplanten Mandanten.</p>}
          {planned.map((t) => {
            const j = s.joining.find((x) => x.tenantId === t.id);
            return (
              <div key={t.id} className="joining-row">
                <input type="checkbox" id={`join-${t.id}`} checked={!!j} onChange={() => toggle(t.id)} />
                <label htmlFor={`join-${t.id}`} className="inline-label">
                  {t.name}
                </label>
                {j && (
                  <>
                    <label htmlFor={`inh-${t.id}`} className="inline-label">
                      Einwohner
                    </label>
                    <input
                      id={`inh-${t.id}`}
                      inputMode="numeric"
                      className="short"
                      value={j.inhabitants}
                      onChange={(e) =>
                        setS({ ...s, joining: s.joining.map((x) => (x.tenantId === t.id ? { ...x, inhabitants: e.target.value } : x)) })
                      }
                    />
                  </>
                )}
              </div>
            );
          })}
          <label htmlFor="whatif-comparable">Vergleichbarer Mandant (für die Anrufquote)</label>
          <select id="whatif-comparable" value={s.comparableId} onChange={field('comparableId')}>
            <option value="">– wählen –</option>
            {others.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          <label htmlFor="whatif-comparable-inh">Dessen Einwohner</label>
          <input id="whatif-comparable-inh" inputMode="numeric" value={s.comparableInhabitants} onChange={field('comparableInhabitants')} />
        </fieldset>
        <fieldset>
          <legend>Änderungen (leer: wie bisher)</legend>
          <div className="staffing-form">
            <div>
              <label htmlFor="whatif-aht">Bearbeitungszeit in s</label>
              <input id="whatif-aht" inputMode="decimal" value={s.aht} onChange={field('aht')} />
            </div>
            <div>
              <label htmlFor="whatif-sl">Servicelevel-Ziel in %</label>
              <input id="whatif-sl" inputMode="decimal" value={s.slTarget} onChange={field('slTarget')} />
            </div>
            <div>
              <label htmlFor="whatif-t">Zielzeit in s</label>
              <input id="whatif-t" inputMode="decimal" value={s.targetSeconds} onChange={field('targetSeconds')} />
            </div>
            <div>
              <label htmlFor="whatif-shrink">Ausfallanteil in %</label>
              <input id="whatif-shrink" inputMode="decimal" value={s.shrinkage} onChange={field('shrinkage')} />
            </div>
            <div>
              <label htmlFor="whatif-patience">Geduld in s</label>
              <input id="whatif-patience" inputMode="decimal" value={s.patience} onChange={field('patience')} />
            </div>
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            Berechnen
          </button>
          <label htmlFor="whatif-name" className="inline-label">
            Name
          </label>
          <input id="whatif-name" className="short" value={s.name} onChange={field('name')} />
          <button type="button" className="secondary" onClick={save}>
            Szenario speichern
          </button>
        </div>
      </form>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      <p role="status" className="muted">
        {busy ? 'Wird berechnet …' : ''}
      </p>
      {report && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Ergebnis vorher und nachher">
          <table>
            <caption>Bedarf vorher und nachher (Woche ab {report.weekStart})</caption>
            <thead>
              <tr>
                <th scope="col">Kennzahl</th>
                <th scope="col">vorher</th>
                <th scope="col">nachher</th>
                <th scope="col">Unterschied</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Spitzenbedarf (Agenten)</th>
                <td>{report.before.peakAgents}</td>
                <td>{report.after.peakAgents}</td>
                <td>{report.after.peakAgents - report.before.peakAgents}</td>
              </tr>
              <tr>
                <th scope="row">Stellen (FTE)</th>
                <td>{num(report.before.fte)}</td>
                <td>{num(report.after.fte)}</td>
                <td>{num(report.fteDifference)}</td>
              </tr>
              <tr>
                <th scope="row">Kosten im Jahr</th>
                <td>{euro(report.before.costPerYear)}</td>
                <td>{euro(report.after.costPerYear)}</td>
                <td>{euro(report.costDifferencePerYear)}</td>
              </tr>
              {report.callsPerInhabitantDay !== null && (
                <tr>
                  <th scope="row">Anrufe je 1.000 Einwohner und Tag</th>
                  <td colSpan={3}>{num(report.callsPerInhabitantDay * 1000, 2)}</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
