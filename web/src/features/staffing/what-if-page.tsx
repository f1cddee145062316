import { useState, type FormEvent } from 'react';
import { api, errorText } from '../../app/api';
import { useApi } from '../../app/use-api';
import type { ApiResponse } from '../../app/api-types';
import { euro, germanDay, nextMonday, num } from './staffing-format';

interface Tenant {
  id: string;
  name: string;
  lifecycle: string;
}
type Report = ApiResponse<'/api/v1/staffing/what-if', 'post'>;
/** The form as typed (strings); `toRequest` turns it into the API's what-if request. */
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

interface WhatIfRequest {
  weekStart: string;
  joining?: { tenantId: string; inhabitants?: number }[];
  comparable?: { tenantId: string; inhabitants: number }[];
  change?: { ahtSeconds?: number; serviceLevelTarget?: number; targetSeconds?: number; shrinkage?: number; patienceSeconds?: number };
}
/** A scenario saved on the server (for every supervisor of the center). */
interface SavedScenario {
  id: string;
  name: string;
  request: WhatIfRequest;
  savedAt: string;
  savedBy: string;
  version: number;
}

const n = (v: string) => (v.trim() === '' ? undefined : Number(v.replace(',', '.')));
const pctOf = (v: string) => (n(v) === undefined ? undefined : n(v)! / 100);
const text = (v: number | undefined, factor = 1) => (v === undefined ? '' : String(Math.round(v * factor * 100) / 100).replace('.', ','));

function toRequest(s: Scenario, weekStart: string): WhatIfRequest {
  const change = {
    ahtSeconds: n(s.aht),
    serviceLevelTarget: pctOf(s.slTarget),
    targetSeconds: n(s.targetSeconds),
    shrinkage: pctOf(s.shrinkage),
    patienceSeconds: n(s.patience),
  };
  return {
    weekStart,
    joining: s.joining.map((j) => ({ tenantId: j.tenantId, inhabitants: n(j.inhabitants) })),
    comparable:
      s.comparableId && n(s.comparableInhabitants) ? [{ tenantId: s.comparableId, inhabitants: n(s.comparableInhabitants)! }] : undefined,
    change: Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)),
  };
}

function toForm(saved: SavedScenario): Scenario {
  const r = saved.request;
  return {
    name: saved.name,
    joining: (r.joining ?? []).map((j) => ({
      tenantId: j.tenantId,
      inhabitants: j.inhabitants === undefined ? '' : String(j.inhabitants),
    })),
    comparableId: r.comparable?.[0]?.tenantId ?? '',
    comparableInhabitants: r.comparable?.[0] ? String(r.comparable[0].inhabitants) : '',
    aht: text(r.change?.ahtSeconds),
    slTarget: text(r.change?.serviceLevelTarget, 100),
    targetSeconds: text(r.change?.targetSeconds),
    shrinkage: text(r.change?.shrinkage, 100),
    patience: text(r.change?.patienceSeconds),
  };
}

/** Supervisors: what joining municipalities, a longer AHT or other targets would need. */
export function WhatIfPage() {
  const tenants = useApi<{ items: Tenant[] }>('/api/v1/tenants');
  const [weekStart, setWeekStart] = useState(nextMonday());
  const [s, setS] = useState<Scenario>(empty);
  const scenarios = useApi<{ scenarios: SavedScenario[] }>('/api/v1/staffing/scenarios');
  const saved = scenarios.data?.scenarios ?? [];
  const [loaded, setLoaded] = useState<SavedScenario | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (k: keyof Scenario) => (e: { target: { value: string } }) => setS({ ...s, [k]: e.target.value });
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
    setNotice(null);
    try {
      setReport(await api<Report>('POST', '/api/v1/staffing/what-if', toRequest(s, weekStart)));
    } catch (err) {
      setError(errorText(err));
    }
    setBusy(false);
  }

  async function save() {
    setError(null);
    const name = s.name.trim();
    if (!name) {
      setError('Bitte dem Szenario einen Namen geben.');
      return;
    }
    const request = toRequest(s, weekStart);
    try {
      // The loaded scenario under its own (or a new) name is changed; any other name is a new scenario.
      const same = loaded && (loaded.name === name || !saved.some((x) => x.name.toLowerCase() === name.toLowerCase()));
      const result =
        same && loaded
          ? await api<SavedScenario>('PUT', `/api/v1/staffing/scenarios/${loaded.id}`, { name, request, version: loaded.version })
          : await api<SavedScenario>('POST', '/api/v1/staffing/scenarios', { name, request });
      setLoaded(result);
      setNotice(`Szenario „${result.name}“ gespeichert.`);
      await scenarios.reload();
    } catch (err) {
      setError(errorText(err));
    }
  }

  async function remove() {
    if (!loaded) return;
    setError(null);
    try {
      await api('DELETE', `/api/v1/staffing/scenarios/${loaded.id}?version=${loaded.version}`);
      setNotice(`Szenario „${loaded.name}“ gelöscht.`);
      setLoaded(null);
      setS(empty);
      await scenarios.reload();
    } catch (err) {
      setError(errorText(err));
    }
  }

  function load(id: string) {
    const found = saved.find((x) => x.id === id);
    if (!found) return;
    setLoaded(found);
    setS(toForm(found));
    setWeekStart(found.request.weekStart);
    setNotice(`Szenario „${found.name}“ geladen (gespeichert von ${found.savedBy}).`);
  }

  return (
    <>
      <h1>Was wäre, wenn …</h1>
      <p className="muted">
        Neue Mandanten (Anrufe aus ihrer Historie oder geschätzt über die Einwohnerzahl mit der Anrufquote eines vergleichbaren Mandanten),
        andere Bearbeitungszeit, Ziele, Ausfallanteil oder Geduld: Bedarf vorher und nachher.
      </p>
      {scenarios.error && (
        <div role="alert" className="alert alert-error">
          {scenarios.error}
        </div>
      )}
      {saved.length > 0 && (
        <div className="form-actions">
          <label htmlFor="whatif-saved">Gespeicherte Szenarien</label>
          <select id="whatif-saved" value={loaded?.id ?? ''} onChange={(e) => load(e.target.value)}>
            <option value="">Szenario laden …</option>
            {saved.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
          {loaded && (
            <>
              {(['xlsx', 'pdf', 'csv'] as const).map((format) => (
                <a
                  key={format}
                  className="button secondary"
                  href={`/api/v1/staffing/scenarios/${loaded.id}/report?format=${format}`}
                  download
                >
                  {format.toUpperCase()}
                </a>
              ))}
              <button type="button" className="secondary" onClick={() => void remove()}>
                Szenario löschen
              </button>
            </>
          )}
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
          <button type="button" className="secondary" onClick={() => void save()}>
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
        {busy ? 'Wird berechnet …' : (notice ?? '')}
      </p>
      {report && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Ergebnis vorher und nachher">
          <table>
            <caption>Bedarf vorher und nachher (Woche ab {germanDay(report.weekStart)})</caption>
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
