import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../app/api';
import { FormMessages, useFormFeedback } from '../../app/form-feedback';
import { useSession } from '../../app/session';
import { TableScroll } from '../../app/table-scroll';
import { useApi } from '../../app/use-api';
import {
  allocationRule,
  euro,
  germanDate,
  historyLabels,
  keyExplanations,
  keyLabels,
  money,
  num,
  share,
  statusLabels,
  unitLabels,
} from './billing-format';
import { type InvoiceItem, nextStep } from './invoice-types';

interface Detail extends InvoiceItem {
  dueDate: string | null;
  months: string[];
  snapshot: {
    periodLabel: string;
    periodStart: string;
    periodEnd: string;
    seller: { name: string; street: string; postalCode: string; city: string; iban: string; contactEmail: string };
    buyer: { name: string; leitwegId: string; street: string; postalCode: string; city: string; contactEmail: string | null };
    vat: { category: string; percent: number; exemptionReason: string | null };
    paymentTermDays: number;
    lines: { id: string; name: string; description: string; netCents: number }[];
    figures: {
      month: string;
      keyKind: string;
      contacts: number;
      talkMinutes: number;
      inhabitants: number | null;
      inhabitantsAsOf: string | null;
      basisUnit: string | null;
      basisOwn: number;
      basisGroupTotal: number;
      fixedCents: number;
      variableCents: number;
      totalCents: number;
    }[];
    preceding: { id: string; number: string; issueDate: string } | null;
    note: string | null;
  };
  history: { at: string; action: string; actor: string; from: string | null; to: string | null }[];
  creditNote: InvoiceItem | null;
}

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso));
const monthLabel = (ym: string) =>
  new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${ym}-01T12:00:00Z`));

/** One invoice or credit note: positions, the figures and key behind them, status history, workflow and correction. */
export function InvoiceDetailPage() {
  const { invoiceId } = useParams();
  const navigate = useNavigate();
  const isStaff = !useSession().me?.user.tenantId;
  const { data, error, reload } = useApi<Detail>(`/api/v1/billing/invoices/${invoiceId}`);
  const feedback = useFormFeedback();
  const [reason, setReason] = useState('');

  if (error)
    return (
      <div className="billing-page">
        <h1>Rechnung</h1>
        <div role="alert" className="alert alert-error">
          {error}
        </div>
        <Link to="/abrechnung/rechnungen">Zu den Rechnungen</Link>
      </div>
    );
  if (!data) return <p role="status">Wird geladen …</p>;

  const s = data.snapshot;
  const kindLabel = data.kind === 'credit_note' ? 'Gutschrift' : 'Rechnung';
  const title = data.number ? `${kindLabel} ${data.number}` : `${kindLabel}sentwurf ${data.tenantName}`;
  const step = isStaff ? nextStep[data.status] : undefined;

  async function act(path: string, done: string) {
    await feedback.run(async () => {
      await api('POST', `/api/v1/billing/invoices/${data!.id}/${path}`, { version: data!.version });
      await reload();
      return done;
    });
  }

  async function credit(e: FormEvent) {
    e.preventDefault();
    await feedback.run(async () => {
      const note = await api<InvoiceItem>('POST', `/api/v1/billing/invoices/${data!.id}/credit-note`, { reason });
      navigate(`/abrechnung/rechnungen/${note.id}`);
      return `Gutschrift zu ${data!.number} als Entwurf angelegt.`;
    });
  }

  return (
    <div className="billing-page">
      <p>
        <Link to={`/abrechnung/rechnungen?period=${data.period}`}>Zurück zu den Rechnungen {s.periodLabel}</Link>
      </p>
      <h1>{title}</h1>
      <dl className="billing-totals">
        <div>
          <dt>Status</dt>
          <dd>{statusLabels[data.status]}</dd>
        </div>
        <div>
          <dt>Netto</dt>
          <dd>{money(data.netTotal)}</dd>
        </div>
        <div>
          <dt>Umsatzsteuer</dt>
          <dd>{money(data.vatTotal)}</dd>
        </div>
        <div>
          <dt>Brutto</dt>
          <dd>{money(data.grossTotal)}</dd>
        </div>
      </dl>
      <dl className="billing-facts">
        <dt>Empfänger</dt>
        <dd>
          {s.buyer.name}, {s.buyer.street}, {s.buyer.postalCode} {s.buyer.city}
        </dd>
        <dt>Leitweg-ID</dt>
        <dd>{s.buyer.leitwegId}</dd>
        <dt>Leistungszeitraum</dt>
        <dd>
          {s.periodLabel} ({germanDate(s.periodStart)} bis {germanDate(s.periodEnd)})
        </dd>
        <dt>Rechnungsdatum</dt>
        <dd>{germanDate(data.issueDate)}</dd>
        <dt>Fällig</dt>
        <dd>{data.dueDate ? germanDate(data.dueDate) : `${s.paymentTermDays} Tage nach Rechnungsdatum`}</dd>
        <dt>Umsatzsteuer</dt>
        <dd>{s.vat.category === 'S' ? `${s.vat.percent} %` : (s.vat.exemptionReason ?? 'nicht steuerbar')}</dd>
        {s.preceding && (
          <>
            <dt>Bezieht sich auf</dt>
            <dd>
              <Link to={`/abrechnung/rechnungen/${s.preceding.id}`}>
                Rechnung {s.preceding.number} vom {germanDate(s.preceding.issueDate)}
              </Link>
            </dd>
          </>
        )}
        {data.creditNote && (
          <>
            <dt>Korrigiert durch</dt>
            <dd>
              <Link to={`/abrechnung/rechnungen/${data.creditNote.id}`}>
                Gutschrift {data.creditNote.number ?? '(Entwurf)'} ({statusLabels[data.creditNote.status]})
              </Link>
            </dd>
          </>
        )}
        {s.note && (
          <>
            <dt>Hinweis</dt>
            <dd>{s.note}</dd>
          </>
        )}
      </dl>

      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">Dokumente</h2>
        <p className="billing-actions">
          <a className="button" href={`/api/v1/billing/invoices/${data.id}/xrechnung`} download>
            XRechnung (XML) herunterladen
          </a>
          <a className="button" href={`/api/v1/billing/invoices/${data.id}/pdf`} target="_blank" rel="noopener">
            PDF ansehen
          </a>
          {!data.number && <span className="muted">Entwürfe tragen die Nummer „ENTWURF“; die Nummer vergibt erst das Ausstellen.</span>}
        </p>
      </section>

      <section aria-labelledby="lines-heading">
        <h2 id="lines-heading">Positionen</h2>
        <TableScroll label="Positionen der Rechnung">
          <table>
            <caption>Positionen</caption>
            <thead>
              <tr>
                <th scope="col">Nr.</th>
                <th scope="col">Position</th>
                <th scope="col">Beschreibung</th>
                <th scope="col" className="num">
                  Netto
                </th>
              </tr>
            </thead>
            <tbody>
              {s.lines.map((l) => (
                <tr key={l.id}>
                  <td>{l.id}</td>
                  <th scope="row">{l.name}</th>
                  <td>{l.description}</td>
                  <td className="num">{euro(l.netCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      {s.figures.length > 0 && (
        <section aria-labelledby="basis-heading">
          <h2 id="basis-heading">Grundlage der Verteilung</h2>
          <ul>
            {[...new Set(s.figures.map((f) => f.keyKind))].map((k) => (
              <li key={k}>
                <strong>{keyLabels[k]}:</strong> {keyExplanations[k]}
              </li>
            ))}
          </ul>
          <p className="muted">{allocationRule}</p>
          <TableScroll label="Grundlage der Verteilung je Monat">
            <table>
              <caption>Zahlen und Anteil je Monat</caption>
              <thead>
                <tr>
                  <th scope="col">Monat</th>
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
                    Anteil in der Gruppe
                  </th>
                  <th scope="col" className="num">
                    Fest
                  </th>
                  <th scope="col" className="num">
                    Variabel
                  </th>
                  <th scope="col" className="num">
                    Summe
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.figures.map((f) => (
                  <tr key={f.month}>
                    <th scope="row">{monthLabel(f.month)}</th>
                    <td>{keyLabels[f.keyKind]}</td>
                    <td className="num">{num(f.contacts)}</td>
                    <td className="num">{num(f.talkMinutes)}</td>
                    <td className="num">
                      {f.inhabitants ? `${num(f.inhabitants)}${f.inhabitantsAsOf ? ` (${germanDate(f.inhabitantsAsOf)})` : ''}` : '–'}
                    </td>
                    <td className="num">
                      {f.basisUnit
                        ? `${share(f.basisOwn, f.basisGroupTotal)} (${num(f.basisOwn)} von ${num(f.basisGroupTotal)} ${unitLabels[f.basisUnit]})`
                        : '–'}
                    </td>
                    <td className="num">{euro(f.fixedCents)}</td>
                    <td className="num">{euro(f.variableCents)}</td>
                    <td className="num">{euro(f.totalCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Verlauf</h2>
        <ol className="billing-history" aria-label="Verlauf der Rechnung">
          {data.history.map((h) => (
            <li key={`${h.at}-${h.action}`}>
              <time dateTime={h.at}>{dateTime(h.at)}</time>: {historyLabels[h.action] ?? h.action} durch {h.actor}
            </li>
          ))}
        </ol>
      </section>

      {isStaff && (
        <section aria-labelledby="steps-heading">
          <h2 id="steps-heading">Nächster Schritt</h2>
          <FormMessages error={feedback.error} success={feedback.success} onReload={() => void reload()} />
          {step && (
            <p className="muted">
              {data.status === 'checked'
                ? `Geprüft von ${data.checkedBy}. Freigeben darf nur eine zweite Person der Abrechnung (Vier-Augen-Prinzip).`
                : data.status === 'approved'
                  ? `Freigegeben von ${data.approvedBy}. Ausstellen vergibt die Nummer, erzeugt die XRechnung und versendet sie.`
                  : 'Der Entwurf kann geprüft werden.'}
            </p>
          )}
          <div className="billing-actions">
            {step && (
              <button
                type="button"
                className="button"
                disabled={feedback.busy}
                onClick={() => void act(step.step, `${step.label}: erledigt.`)}
              >
                {step.label}
              </button>
            )}
            {(data.status === 'checked' || data.status === 'approved') && (
              <button
                type="button"
                className="secondary"
                disabled={feedback.busy}
                onClick={() => void act('return', 'Zurück in den Entwurf.')}
              >
                Zurück in den Entwurf
              </button>
            )}
          </div>
          {data.status === 'issued' && data.kind === 'invoice' && !data.creditNote && (
            <form className="billing-form" onSubmit={(e) => void credit(e)} aria-labelledby="credit-heading">
              <h3 id="credit-heading">Korrigieren: Gutschrift erstellen</h3>
              <p className="muted billing-form-wide">
                Eine ausgestellte Rechnung ändert sich nie. Eine Gutschrift über denselben Betrag hebt sie auf; sie durchläuft denselben
                Ablauf. Danach kann ein neuer Entwurf für den Zeitraum erzeugt werden.
              </p>
              <label htmlFor="credit-reason">Grund der Gutschrift</label>
              <textarea
                id="credit-reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                required
                minLength={3}
                maxLength={500}
                aria-invalid={feedback.fieldErrors.reason ? true : undefined}
                aria-describedby={feedback.fieldErrors.reason ? 'credit-reason-error' : undefined}
              />
              {feedback.fieldErrors.reason && (
                <p id="credit-reason-error" className="field-error billing-form-wide">
                  {feedback.fieldErrors.reason}
                </p>
              )}
              <button type="submit" className="button" disabled={feedback.busy}>
                Gutschrift als Entwurf anlegen
              </button>
            </form>
          )}
        </section>
      )}
    </div>
  );
}
