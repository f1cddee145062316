import { useState, type FormEvent } from 'react';
import { api, ApiError, errorText } from '../../app/api';
import type { ApiResponse } from '../../app/api-types';
import { num, pct } from './staffing-format';

type Figures = ApiResponse<'/api/v1/staffing/erlang', 'post'>;
type Outcome = { figures: Figures } | { error: string };

/** Supervisors: Erlang C and Erlang A side by side for one interval. */
export function CalculatorPage() {
  const [form, setForm] = useState({
    calls: '100',
    intervalMinutes: '30',
    aht: '180',
    patience: '120',
    target: '30',
    slTarget: '75',
    agents: '',
    shrinkage: '30',
  });
  const [result, setResult] = useState<{ c: Outcome; a: Outcome } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const n = (v: string) => Number(v.replace(',', '.'));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const base = {
      callsPerInterval: n(form.calls),
      intervalSeconds: n(form.intervalMinutes) * 60,
      ahtSeconds: n(form.aht),
      targetSeconds: n(form.target),
      ...(form.agents.trim() ? { agents: n(form.agents) } : { serviceLevelTarget: n(form.slTarget) / 100 }),
    };
    const run = async (body: object): Promise<Outcome> => {
      try {
        return { figures: await api<Figures>('POST', '/api/v1/staffing/erlang', body) };
      } catch (error) {
        return { error: error instanceof ApiError ? (error.problem.issues?.[0]?.message ?? error.message) : errorText(error) };
      }
    };
    const [c, a] = await Promise.all([
      run({ ...base, model: 'erlang-c' }),
      run({ ...base, model: 'erlang-a', patienceSeconds: n(form.patience) }),
    ]);
    setResult({ c, a });
    setBusy(false);
  }

  const shrink = n(form.shrinkage) / 100;
  const positions = (agents: number) => (shrink >= 0 && shrink < 1 ? Math.ceil(agents / (1 - shrink) - 1e-9) : NaN);
  const row = (label: string, f: (x: Figures) => string) => (
    <tr>
      <th scope="row">{label}</th>
      {[result!.c, result!.a].map((o, i) => (
        <td key={i}>{'figures' in o ? f(o.figures) : '–'}</td>
      ))}
    </tr>
  );

  return (
    <>
      <h1>Personalbedarf: Erlang-Rechner</h1>
      <p className="muted">
        Erlang C nimmt an, dass niemand auflegt, und überschätzt darum den Bedarf, wo Anrufende abbrechen. Erlang A rechnet mit der
        mittleren Geduld. Ohne Agentenzahl wird die kleinste Zahl berechnet, die das Servicelevel-Ziel erreicht.
      </p>
      <form onSubmit={submit} className="staffing-form">
        <div>
          <label htmlFor="calc-calls">Anrufe je Intervall</label>
          <input id="calc-calls" inputMode="decimal" value={form.calls} onChange={set('calls')} />
        </div>
        <div>
          <label htmlFor="calc-interval">Intervall</label>
          <select id="calc-interval" value={form.intervalMinutes} onChange={set('intervalMinutes')}>
            <option value="15">15 Minuten</option>
            <option value="30">30 Minuten</option>
            <option value="60">60 Minuten</option>
          </select>
        </div>
        <div>
          <label htmlFor="calc-aht">Bearbeitungszeit (AHT) in s</label>
          <input id="calc-aht" inputMode="decimal" value={form.aht} onChange={set('aht')} />
        </div>
        <div>
          <label htmlFor="calc-patience">Mittlere Geduld in s (Erlang A)</label>
          <input id="calc-patience" inputMode="decimal" value={form.patience} onChange={set('patience')} />
        </div>
        <div>
          <label htmlFor="calc-target">Zielzeit in s</label>
          <input id="calc-target" inputMode="decimal" value={form.target} onChange={set('target')} />
        </div>
        <div>
          <label htmlFor="calc-sl">Servicelevel-Ziel in %</label>
          <input id="calc-sl" inputMode="decimal" value={form.slTarget} onChange={set('slTarget')} />
        </div>
        <div>
          <label htmlFor="calc-agents">Agenten (leer: berechnen)</label>
          <input id="calc-agents" inputMode="numeric" value={form.agents} onChange={set('agents')} />
        </div>
        <div>
          <label htmlFor="calc-shrinkage">Ausfallanteil (Shrinkage) in %</label>
          <input id="calc-shrinkage" inputMode="decimal" value={form.shrinkage} onChange={set('shrinkage')} />
        </div>
        <div className="form-actions">
          <button type="submit" disabled={busy}>
            Berechnen
          </button>
        </div>
      </form>
      <p role="status" className="muted">
        {busy ? 'Wird berechnet …' : ''}
      </p>
      {result && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Ergebnis Erlang C und Erlang A">
          <table>
            <caption>
              Ergebnis für {form.calls} Anrufe in {form.intervalMinutes} Minuten
            </caption>
            <thead>
              <tr>
                <th scope="col">Kennzahl</th>
                <th scope="col">Erlang C</th>
                <th scope="col">Erlang A</th>
              </tr>
            </thead>
            <tbody>
              {(['c', 'a'] as const).some((k) => 'error' in result[k]) && (
                <tr>
                  <th scope="row">Hinweis</th>
                  {[result.c, result.a].map((o, i) => (
                    <td key={i} role={'error' in o ? 'alert' : undefined}>
                      {'error' in o ? o.error : ''}
                    </td>
                  ))}
                </tr>
              )}
              {row('Agenten am Telefon', (f) => String(f.agents))}
              {row('Positionen mit Ausfallanteil', (f) => String(positions(f.agents)))}
              {row('Servicelevel', (f) => pct(f.serviceLevel))}
              {row('Wartewahrscheinlichkeit', (f) => pct(f.probWait))}
              {row('Mittlere Wartezeit (ASA, alle Anrufenden)', (f) => `${num(f.asaSeconds)} s`)}
              {row('Auslastung', (f) => pct(f.occupancy))}
              {row('Abbruchquote', (f) => (f.abandonRate === null ? 'nicht modelliert' : pct(f.abandonRate)))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
