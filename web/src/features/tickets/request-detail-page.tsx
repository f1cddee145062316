import { BreakGlassForm } from '../../app/break-glass';
import { usePageTitle } from '../../app/page-title';
import { TableScroll } from '../../app/table-scroll';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../../app/use-api';
import { RequestActions } from './request-actions';
import { eventLabels, formatDateTime, statusLabels, type RequestDetail } from './tickets-labels';

/** One request: the concern, the SLA timestamps, the full history and what can be done next. */
export function RequestDetailPage() {
  const { id } = useParams();
  const { data: r, error, reload, breakGlass } = useApi<RequestDetail>(`/api/v1/service-requests/${id}`);
  usePageTitle(r ? `Anfrage ${r.referenceCode}` : null);
  if (breakGlass)
    return (
      <>
        <h1>Anfrage</h1>
        <BreakGlassForm what="Die Anfrage" onSubmit={breakGlass.submit} />
        <p>
          <Link to="/anliegen">Zur Übersicht</Link>
        </p>
      </>
    );
  if (error)
    return (
      <>
        <h1>Anfrage</h1>
        <div role="alert" className="alert alert-error">
          {error}
        </div>
        <Link to="/anliegen">Zur Übersicht</Link>
      </>
    );
  if (!r) return <p role="status">Wird geladen …</p>;
  const times: [string, string | null][] = [
    ['Weitergeleitet', r.createdAt],
    ['Zugestellt', r.deliveredAt],
    ['Erste Reaktion', r.firstResponseAt],
    ['Frist ruht seit', r.pausedAt],
    ['Beantwortet', r.answeredAt],
    ['Zurückgegeben', r.returnedAt],
    ['Bürger/in informiert', r.citizenInformedAt],
    ['Abgeschlossen', r.closedAt],
    ['Erinnert', r.remindedAt],
    ['Eskaliert', r.escalatedAt],
  ];
  return (
    <>
      <p>
        <Link to="/anliegen">← Zur Übersicht</Link>
      </p>
      <h1>Anfrage {r.referenceCode}</h1>
      <p>
        <strong>{statusLabels[r.status]}</strong>
        {r.isOverdue && (
          <>
            {' '}
            · <span style={{ color: 'var(--error)', fontWeight: 700 }}>Frist überschritten</span>
          </>
        )}
        {' · '}Frist: {r.dueAt ? formatDateTime(r.dueAt) : r.status === 'waiting_for_citizen' ? 'ruht' : '—'} ({r.budgetHours} Std. an
        Werktagen)
      </p>
      <div className="cards">
        <section className="card" aria-labelledby="concern">
          <h2 id="concern">Anliegen</h2>
          <p>
            {r.tenantName} · {r.departmentName}
          </p>
          <p>
            <strong>{r.serviceTitle}</strong>
            {r.leikaKey && <span className="muted"> (LeiKa {r.leikaKey})</span>}
          </p>
          <p style={{ whiteSpace: 'pre-wrap' }}>{r.question}</p>
        </section>
        <section className="card" aria-labelledby="citizen">
          <h2 id="citizen">Antwort an</h2>
          <p>
            {r.citizenName}
            <br />
            {r.answerChannel === 'email' ? `per E-Mail: ${r.citizenEmail}` : `per Rückruf: ${r.citizenPhone}`}
          </p>
          {r.answer && (
            <>
              <h3>Antwort ({r.answeredBy})</h3>
              <p style={{ whiteSpace: 'pre-wrap' }}>{r.answer}</p>
            </>
          )}
        </section>
      </div>
      <RequestActions request={r} onChanged={reload} />
      <h2>Zeitpunkte</h2>
      <TableScroll label="Zeitpunkte der Bearbeitung">
        <table>
          <caption className="visually-hidden">Zeitpunkte der Bearbeitung</caption>
          <tbody>
            {times
              .filter(([, v]) => v)
              .map(([label, v]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{formatDateTime(v)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>Verlauf</h2>
      <ol>
        {r.events.map((e, i) => (
          <li key={i}>
            <strong>{eventLabels[e.kind] ?? e.kind}</strong> – {formatDateTime(e.at)}, {e.actorName}
            {e.note && (
              <div style={{ whiteSpace: 'pre-wrap' }} className="muted">
                {e.note}
              </div>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
