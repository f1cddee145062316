import { useState } from 'react';
import { api, errorText } from '../../app/api';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { bearerLabels, categoryLabels, euro, keyLabels, lastCompleteMonth, num, periodFromUrl } from './billing-format';
import { PeriodPicker } from './period-picker';

interface Statement {
  tenantId: string;
  tenantName: string;
  tenantAgs: string;
  isHost: boolean;
  missingBillingData: string[];
  lines: { costItemId: string; name: string; category: string; cents: number }[];
  months: {
    month: string;
    keyKind: string;
    contacts: number;
    talkMinutes: number;
    inhabitants: number | null;
    basis: { own: number; groupTotal: number; unit: string | null };
    totalCents: number;
  }[];
  totalCents: number;
}
interface Preview {
  periodLabel: string;
  planYear: number | null;
  items: {
    costItemId: string;
    name: string;
    category: string;
    bearer: string;
    cents: number;
    toTenantsCents: number;
    hostCents: number;
    regionCents: number;
  }[];
  totalCents: number;
  toTenantsCents: number;
  hostCents: number;
  regionCents: number;
  differenceCents: number;
  fixedScaledDownMonths: string[];
  statements: Statement[];
}

/** Billing staff: every cent of a month or quarter and where it goes, each tenant's statement, and the drafts. */
export function BillingPreviewPage() {
  const [period, setPeriod] = useState(() => periodFromUrl(lastCompleteMonth()));
  const { data, error, loading } = useApi<Preview>(`/api/v1/billing/preview?period=${period}`);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function draft() {
    try {
      const result = await api<{ created: unknown[]; skipped: { tenantName: string; reason: string }[] }>(
        'POST',
        '/api/v1/billing/invoices/drafts',
        { period },
      );
      const skipped = result.skipped.map((s) => `${s.tenantName}: ${s.reason}`).join(' ');
      setMessage({ ok: true, text: `${result.created.length} Rechnungsentwürfe erzeugt.${skipped ? ` Nicht erzeugt: ${skipped}` : ''}` });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    }
  }

  return (
    <div className="billing-page">
      <h1>Abrechnung: Vorschau und Abrechnungen</h1>
      <PeriodPicker value={period} onChange={setPeriod} />
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {loading && !data && <p role="status">Wird geladen …</p>}
      {data && (
        <>
          <section aria-labelledby="preview-sum">
            <h2 id="preview-sum">Jeder Cent von {data.periodLabel}</h2>
            {data.planYear === null && <p>Für diesen Zeitraum gibt es keinen Kostenplan.</p>}
            <dl className="billing-totals">
              <div>
                <dt>Kosten im Zeitraum</dt>
                <dd>{euro(data.totalCents)}</dd>
              </div>
              <div>
                <dt>An die Teilnehmenden verteilt</dt>
                <dd>{euro(data.toTenantsCents)}</dd>
              </div>
              <div>
                <dt>Beitrag der Regionsverwaltung</dt>
                <dd>{euro(data.regionCents)}</dd>
              </div>
              <div>
                <dt>Trägt die LHH (eigener Verkehr, einmalige Kosten)</dt>
                <dd>{euro(data.hostCents)}</dd>
              </div>
              <div>
                <dt>Nicht verteilt</dt>
                <dd>{euro(data.differenceCents)}</dd>
              </div>
            </dl>
            {data.fixedScaledDownMonths.length > 0 && (
              <p className="alert alert-error">
                Festbeträge überstiegen die Kosten in {data.fixedScaledDownMonths.join(', ')} und wurden gekürzt.
              </p>
            )}
            <TableScroll label="Kostenpositionen und ihre Verteilung">
              <table>
                <caption>Kostenpositionen im Zeitraum</caption>
                <thead>
                  <tr>
                    <th scope="col">Position</th>
                    <th scope="col">Art</th>
                    <th scope="col">Träger</th>
                    <th scope="col" className="num">
                      Betrag
                    </th>
                    <th scope="col" className="num">
                      Teilnehmende
                    </th>
                    <th scope="col" className="num">
                      Region
                    </th>
                    <th scope="col" className="num">
                      LHH
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((i) => (
                    <tr key={i.costItemId}>
                      <th scope="row">{i.name}</th>
                      <td>{categoryLabels[i.category]}</td>
                      <td>{bearerLabels[i.bearer]}</td>
                      <td className="num">{euro(i.cents)}</td>
                      <td className="num">{euro(i.toTenantsCents)}</td>
                      <td className="num">{euro(i.regionCents)}</td>
                      <td className="num">{euro(i.hostCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
          <section aria-labelledby="statements-heading">
            <h2 id="statements-heading">Abrechnungen je Mandant</h2>
            <button type="button" className="button" onClick={() => void draft()}>
              Rechnungsentwürfe für {data.periodLabel} erzeugen
            </button>
            {message && (
              <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'alert alert-ok' : 'alert alert-error'}>
                {message.text}
              </p>
            )}
            <TableScroll label="Abrechnungen je Mandant">
              <table>
                <caption>Anteile und Grundlagen je Mandant</caption>
                <thead>
                  <tr>
                    <th scope="col">Mandant</th>
                    <th scope="col">Schlüssel</th>
                    <th scope="col" className="num">
                      Kontakte
                    </th>
                    <th scope="col" className="num">
                      Minuten
                    </th>
                    <th scope="col" className="num">
                      Einwohner
                    </th>
                    <th scope="col" className="num">
                      Monate
                    </th>
                    <th scope="col" className="num">
                      Betrag
                    </th>
                    <th scope="col">Rechnungsdaten</th>
                  </tr>
                </thead>
                <tbody>
                  {data.statements.map((s) => (
                    <tr key={s.tenantId}>
                      <th scope="row">{s.tenantName}</th>
                      <td>{[...new Set(s.months.map((m) => keyLabels[m.keyKind]))].join(', ') || '–'}</td>
                      <td className="num">{num(s.months.reduce((a, m) => a + m.contacts, 0))}</td>
                      <td className="num">{num(s.months.reduce((a, m) => a + m.talkMinutes, 0))}</td>
                      <td className="num">{s.months[0]?.inhabitants ? num(s.months[0].inhabitants) : '–'}</td>
                      <td className="num">{s.months.length}</td>
                      <td className="num">{euro(s.totalCents)}</td>
                      <td>{s.missingBillingData.length === 0 ? 'vollständig' : `fehlt: ${s.missingBillingData.join(', ')}`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        </>
      )}
    </div>
  );
}
