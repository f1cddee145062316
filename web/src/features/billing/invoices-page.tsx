import { useState } from 'react';
import { api, errorText } from '../../app/api';
import { useSession } from '../../app/session';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import { Link } from 'react-router-dom';
import { germanDate, lastCompleteMonth, money, periodFromUrl, statusLabels } from './billing-format';
import { type InvoiceItem, nextStep as next } from './invoice-types';
import { PeriodPicker } from './period-picker';

type Invoice = InvoiceItem;

/** Invoices and credit notes of a period: workflow for billing staff, download list for everyone with billing. */
export function InvoicesPage() {
  const user = useSession().me?.user;
  const isStaff = !user?.tenantId;
  const [period, setPeriod] = useState(() => periodFromUrl(lastCompleteMonth()));
  const { data, error, reload } = useApi<{ items: Invoice[] }>(`/api/v1/billing/invoices?period=${period}`);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function act(invoice: Invoice, path: string, body: object, done: string) {
    try {
      await api('POST', `/api/v1/billing/invoices/${invoice.id}/${path}`, body);
      setMessage({ ok: true, text: done });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    }
    await reload();
  }

  return (
    <div className="billing-page">
      <h1>{isStaff ? 'Rechnungen und Gutschriften' : 'Ihre Rechnungen'}</h1>
      <p className="muted">
        {isStaff
          ? 'Ablauf: Entwurf → geprüft → von einer zweiten Person freigegeben → ausgestellt. Ausgestellte Rechnungen ändern sich nie; korrigiert wird mit einer Gutschrift.'
          : 'Ausgestellte Rechnungen und Gutschriften Ihrer Verwaltung als XRechnung (XML) und PDF.'}
      </p>
      <PeriodPicker value={period} onChange={setPeriod} />
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'alert alert-ok' : 'alert alert-error'}>
          {message.text}
        </p>
      )}
      {data && data.items.length === 0 && <p>Für diesen Zeitraum gibt es keine Rechnungen.</p>}
      {data && data.items.length > 0 && (
        <TableScroll label="Rechnungen und Gutschriften">
          <table>
            <caption>Rechnungen und Gutschriften im Zeitraum</caption>
            <thead>
              <tr>
                <th scope="col">Nummer</th>
                <th scope="col">Mandant</th>
                <th scope="col">Art</th>
                <th scope="col">Status</th>
                <th scope="col">Datum</th>
                <th scope="col" className="num">
                  Netto
                </th>
                <th scope="col" className="num">
                  Brutto
                </th>
                <th scope="col">Dokumente und Schritte</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((i) => {
                const step = next[i.status];
                const label = i.number ?? `Entwurf ${i.tenantName}`;
                return (
                  <tr key={i.id}>
                    <th scope="row">
                      <Link to={`/abrechnung/rechnungen/${i.id}`} aria-label={`Details ${label}`}>
                        {i.number ?? '(Entwurf)'}
                      </Link>
                    </th>
                    <td>{i.tenantName}</td>
                    <td>{i.kind === 'credit_note' ? 'Gutschrift' : 'Rechnung'}</td>
                    <td>
                      {statusLabels[i.status]}
                      {i.checkedBy && i.status !== 'draft'
                        ? ` (geprüft: ${i.checkedBy}${i.approvedBy ? `, frei: ${i.approvedBy}` : ''})`
                        : ''}
                    </td>
                    <td>{germanDate(i.issueDate)}</td>
                    <td className="num">{money(i.netTotal)}</td>
                    <td className="num">{money(i.grossTotal)}</td>
                    <td className="billing-actions">
                      <a href={`/api/v1/billing/invoices/${i.id}/xrechnung`} download aria-label={`XRechnung ${label}`}>
                        XML
                      </a>
                      <a href={`/api/v1/billing/invoices/${i.id}/pdf`} download aria-label={`PDF ${label}`}>
                        PDF
                      </a>
                      {isStaff && step && (
                        <button
                          type="button"
                          className="button"
                          aria-label={`${step.label}: ${label}`}
                          onClick={() => void act(i, step.step, { version: i.version }, `${label}: ${step.label} erledigt.`)}
                        >
                          {step.label}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
