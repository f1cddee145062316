import { Fragment, useState } from 'react';
import { api, errorText } from '../../app/api';
import { useApi } from '../../app/use-api';
import {
  allocationRule,
  bearerLabels,
  categoryLabels,
  euro,
  keyExplanations,
  keyLabels,
  lastCompleteMonth,
  num,
  periodFromUrl,
  share,
} from './billing-format';
import { BillingTable, type Column } from './billing-table';
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

const itemColumns: Column<Preview['items'][number]>[] = [
  { header: 'Position', cell: (i) => i.name },
  { header: 'Art', cell: (i) => categoryLabels[i.category] },
  { header: 'Träger', cell: (i) => bearerLabels[i.bearer] },
  { header: 'Betrag', num: true, cell: (i) => euro(i.cents) },
  { header: 'Teilnehmende', num: true, cell: (i) => euro(i.toTenantsCents) },
  { header: 'Region', num: true, cell: (i) => euro(i.regionCents) },
  { header: 'LHH', num: true, cell: (i) => euro(i.hostCents) },
];

/** The share of the variable part over the period: own figure of the key group's total (the key's unit). */
function basisOf(s: Statement): string {
  if (!s.months.some((m) => m.basis.unit)) return '–';
  return share(
    s.months.reduce((a, m) => a + m.basis.own, 0),
    s.months.reduce((a, m) => a + m.basis.groupTotal, 0),
  );
}

const statementColumns: Column<Statement>[] = [
  { header: 'Mandant', cell: (s) => s.tenantName },
  { header: 'Schlüssel', cell: (s) => [...new Set(s.months.map((m) => keyLabels[m.keyKind]))].join(', ') || '–' },
  { header: 'Kontakte', num: true, cell: (s) => num(s.months.reduce((a, m) => a + m.contacts, 0)) },
  { header: 'Minuten', num: true, cell: (s) => num(s.months.reduce((a, m) => a + m.talkMinutes, 0)) },
  { header: 'Einwohner', num: true, cell: (s) => (s.months[0]?.inhabitants ? num(s.months[0].inhabitants) : '–') },
  { header: 'Anteil in der Schlüsselgruppe', num: true, cell: basisOf },
  { header: 'Monate', num: true, cell: (s) => s.months.length },
  { header: 'Betrag', num: true, cell: (s) => euro(s.totalCents) },
  {
    header: 'Rechnungsdaten',
    cell: (s) => (s.missingBillingData.length === 0 ? 'vollständig' : `fehlt: ${s.missingBillingData.join(', ')}`),
  },
];

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
            <BillingTable
              label="Kostenpositionen und ihre Verteilung"
              caption="Kostenpositionen im Zeitraum"
              columns={itemColumns}
              rows={data.items}
              rowKey={(i) => i.costItemId}
            />
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
            <BillingTable
              label="Abrechnungen je Mandant"
              caption="Anteile und Grundlagen je Mandant"
              columns={statementColumns}
              rows={data.statements}
              rowKey={(s) => s.tenantId}
            />
            <h3>So wird verteilt</h3>
            <p>{allocationRule}</p>
            <dl className="billing-facts">
              {[...new Set(data.statements.flatMap((s) => s.months.map((m) => m.keyKind)))].map((k) => (
                <Fragment key={k}>
                  <dt>{keyLabels[k]}</dt>
                  <dd>{keyExplanations[k]}</dd>
                </Fragment>
              ))}
            </dl>
          </section>
        </>
      )}
    </div>
  );
}
