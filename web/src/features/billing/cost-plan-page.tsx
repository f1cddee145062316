import { useState, type FormEvent } from 'react';
import { api, ApiError, errorText } from '../../app/api';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { bearerLabels, categoryLabels, euro, germanDate, keyLabels } from './billing-format';
import { CostImportSection } from './cost-import-section';

interface Plan {
  year: number;
  title: string;
  items: {
    id: string;
    name: string;
    category: string;
    bearer: string;
    changes: { from: string; annualAmountCents: number }[];
    oneOffAmountCents: number | null;
    bookedOn: string | null;
    note: string | null;
    yearCents: number;
  }[];
  totals: { yearCents: number; participantsCents: number; regionCents: number; hostCents: number };
}
interface Key {
  id: string;
  tenantId: string;
  effectiveFrom: string;
  kind: string;
  monthlyCents: number | null;
  inhabitants: number | null;
  inhabitantsAsOf: string | null;
}
interface Tenant {
  id: string;
  officialName: string;
}

const cents = (v: string) => Math.round(Number(v.replace(/\./g, '').replace(',', '.')) * 100);

/** Billing staff: the year's cost plan (items, bearers, changes from a date) and the allocation keys per tenant. */
export function CostPlanPage() {
  const [year, setYear] = useState(() => new Date().getFullYear());
  const plan = useApi<Plan>(`/api/v1/billing/cost-plans/${year}`);
  const keys = useApi<{ items: Key[] }>('/api/v1/billing/keys');
  const tenants = useApi<Tenant[] | { items: Tenant[] }>('/api/v1/tenants');
  const tenantList = Array.isArray(tenants.data) ? tenants.data : (tenants.data?.items ?? []);
  const nameOf = (id: string) => tenantList.find((t) => t.id === id)?.officialName ?? id;
  const [item, setItem] = useState({ name: '', category: 'personnel', bearer: 'participants', amount: '', from: `${year}-01-01` });
  const [key, setKey] = useState({
    tenantId: '',
    kind: 'per_contact',
    effectiveFrom: `${year}-01-01`,
    monthly: '',
    inhabitants: '',
    asOf: '',
  });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function addItem(e: FormEvent) {
    e.preventDefault();
    const recurring = item.category === 'personnel' || item.category === 'material';
    try {
      await api('POST', `/api/v1/billing/cost-plans/${year}/items`, {
        name: item.name,
        category: item.category,
        bearer: item.bearer,
        changes: recurring ? [{ from: item.from, annualAmountCents: cents(item.amount) }] : [],
        oneOffAmountCents: recurring ? null : cents(item.amount),
        bookedOn: recurring ? null : item.from,
      });
      setMessage({ ok: true, text: `Position „${item.name}“ hinzugefügt.` });
      await plan.reload();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof ApiError ? (err.problem.issues?.[0]?.message ?? err.message) : errorText(err) });
    }
  }

  async function addKey(e: FormEvent) {
    e.preventDefault();
    try {
      await api('POST', '/api/v1/billing/keys', {
        tenantId: key.tenantId,
        kind: key.kind,
        effectiveFrom: key.effectiveFrom,
        monthlyCents: key.monthly ? cents(key.monthly) : null,
        inhabitants: key.inhabitants ? Number(key.inhabitants.replace(/\./g, '')) : null,
        inhabitantsAsOf: key.asOf || null,
      });
      setMessage({ ok: true, text: 'Schlüssel gespeichert.' });
      await keys.reload();
    } catch (err) {
      setMessage({ ok: false, text: err instanceof ApiError ? (err.problem.issues?.[0]?.message ?? err.message) : errorText(err) });
    }
  }

  return (
    <div className="billing-page">
      <h1>Kostenplan und Verteilschlüssel</h1>
      <div className="billing-period">
        <label htmlFor="plan-year">Jahr</label>
        <input id="plan-year" type="number" value={year} onChange={(e) => setYear(Number(e.target.value))} min={2022} max={2100} />
      </div>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'alert alert-ok' : 'alert alert-error'}>
          {message.text}
        </p>
      )}
      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">Kostenplan {year}</h2>
        {plan.error && <p>{plan.error}</p>}
        {plan.data && (
          <>
            <p>
              Summe {euro(plan.data.totals.yearCents)}: Erstattung durch die Teilnehmenden {euro(plan.data.totals.participantsCents)},
              Regionsverwaltung {euro(plan.data.totals.regionCents)}, LHH {euro(plan.data.totals.hostCents)}.
            </p>
            <TableScroll label="Kostenpositionen">
              <table>
                <caption>Kostenpositionen {year}</caption>
                <thead>
                  <tr>
                    <th scope="col">Position</th>
                    <th scope="col">Art</th>
                    <th scope="col">Träger</th>
                    <th scope="col">Beträge und Änderungen</th>
                    <th scope="col" className="num">
                      Im Jahr
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {plan.data.items.map((i) => (
                    <tr key={i.id}>
                      <th scope="row">
                        {i.name}
                        {i.note && <span className="cost-note">{i.note}</span>}
                      </th>
                      <td>{categoryLabels[i.category]}</td>
                      <td>{bearerLabels[i.bearer]}</td>
                      <td>
                        {i.changes.length > 0
                          ? i.changes.map((c) => `ab ${germanDate(c.from)}: ${euro(c.annualAmountCents)} im Jahr`).join('; ')
                          : `${euro(i.oneOffAmountCents ?? 0)} am ${germanDate(i.bookedOn)}`}
                      </td>
                      <td className="num">{euro(i.yearCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </>
        )}
        <form onSubmit={addItem} className="billing-form" aria-labelledby="item-form-heading">
          <h3 id="item-form-heading">Position hinzufügen</h3>
          <label htmlFor="item-name">Bezeichnung</label>
          <input id="item-name" value={item.name} onChange={(e) => setItem({ ...item, name: e.target.value })} />
          <label htmlFor="item-category">Art</label>
          <select id="item-category" value={item.category} onChange={(e) => setItem({ ...item, category: e.target.value })}>
            {Object.entries(categoryLabels).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
          <label htmlFor="item-bearer">Träger</label>
          <select id="item-bearer" value={item.bearer} onChange={(e) => setItem({ ...item, bearer: e.target.value })}>
            {Object.entries(bearerLabels).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
          <label htmlFor="item-amount">Betrag in € (laufend: im Jahr)</label>
          <input id="item-amount" inputMode="decimal" value={item.amount} onChange={(e) => setItem({ ...item, amount: e.target.value })} />
          <label htmlFor="item-from">Gilt ab / gebucht am</label>
          <input id="item-from" type="date" value={item.from} onChange={(e) => setItem({ ...item, from: e.target.value })} />
          <button type="submit" className="button">
            Hinzufügen
          </button>
        </form>
      </section>
      <CostImportSection year={year} hasPlan={Boolean(plan.data)} onApplied={() => void plan.reload()} />
      <section aria-labelledby="keys-heading">
        <h2 id="keys-heading">Verteilschlüssel je Mandant</h2>
        <TableScroll label="Verteilschlüssel">
          <table>
            <caption>Schlüssel mit Gültigkeit ab</caption>
            <thead>
              <tr>
                <th scope="col">Mandant</th>
                <th scope="col">Gilt ab</th>
                <th scope="col">Schlüssel</th>
                <th scope="col">Angaben</th>
              </tr>
            </thead>
            <tbody>
              {(keys.data?.items ?? []).map((k) => (
                <tr key={k.id}>
                  <th scope="row">{nameOf(k.tenantId)}</th>
                  <td>{germanDate(k.effectiveFrom)}</td>
                  <td>{keyLabels[k.kind]}</td>
                  <td>
                    {k.monthlyCents !== null ? `${euro(k.monthlyCents)} im Monat` : ''}
                    {k.inhabitants !== null
                      ? `${new Intl.NumberFormat('de-DE').format(k.inhabitants)} Einwohner (Stand ${germanDate(k.inhabitantsAsOf)})`
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <form onSubmit={addKey} className="billing-form" aria-labelledby="key-form-heading">
          <h3 id="key-form-heading">Schlüssel ab einem Datum festlegen</h3>
          <label htmlFor="key-tenant">Mandant</label>
          <select id="key-tenant" value={key.tenantId} onChange={(e) => setKey({ ...key, tenantId: e.target.value })}>
            <option value="">– bitte wählen –</option>
            {tenantList.map((t) => (
              <option key={t.id} value={t.id}>
                {t.officialName}
              </option>
            ))}
          </select>
          <label htmlFor="key-kind">Schlüssel</label>
          <select id="key-kind" value={key.kind} onChange={(e) => setKey({ ...key, kind: e.target.value })}>
            {Object.entries(keyLabels).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
          <label htmlFor="key-from">Gilt ab</label>
          <input id="key-from" type="date" value={key.effectiveFrom} onChange={(e) => setKey({ ...key, effectiveFrom: e.target.value })} />
          <label htmlFor="key-monthly">Fest- oder Grundbetrag je Monat in €</label>
          <input id="key-monthly" inputMode="decimal" value={key.monthly} onChange={(e) => setKey({ ...key, monthly: e.target.value })} />
          <label htmlFor="key-inhabitants">Amtliche Einwohnerzahl</label>
          <input
            id="key-inhabitants"
            inputMode="numeric"
            value={key.inhabitants}
            onChange={(e) => setKey({ ...key, inhabitants: e.target.value })}
          />
          <label htmlFor="key-asof">Stichtag der Einwohnerzahl</label>
          <input id="key-asof" type="date" value={key.asOf} onChange={(e) => setKey({ ...key, asOf: e.target.value })} />
          <button type="submit" className="button">
            Speichern
          </button>
        </form>
      </section>
    </div>
  );
}
