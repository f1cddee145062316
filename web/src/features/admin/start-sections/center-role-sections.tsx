import { TableScroll } from '../../../app/table-scroll';
import { plural } from '../../../app/plural';
import { useApi } from '../../../app/use-api';
import { formatDate, lifecycleLabels, type Department } from '../admin-labels';
import { isServed, summariseHours, todaysHours, useTenantsWithAgreements } from './use-served-tenants';

/** Supervisor start: the targets each served tenant agreed to, and whether the center must be reachable today. */
export function SupervisorTargetsSection() {
  const { rows, loaded, error } = useTenantsWithAgreements();
  const served = rows.filter((r) => isServed(r.tenant));
  return (
    <section aria-labelledby="supervisor-targets-heading">
      <h2 id="supervisor-targets-heading">Zielwerte der Servicevereinbarungen</h2>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {!loaded && !error && <p role="status">Wird geladen …</p>}
      {loaded && (
        <TableScroll label="Zielwerte der Servicevereinbarungen">
          <table>
            <caption className="visually-hidden">Zielwerte je Mandant im Pilot- oder Regelbetrieb</caption>
            <thead>
              <tr>
                <th scope="col">Mandant</th>
                <th scope="col">Servicelevel</th>
                <th scope="col">Erstlösung</th>
                <th scope="col">Rückmeldung</th>
                <th scope="col">Erreichbar heute</th>
              </tr>
            </thead>
            <tbody>
              {served.map(({ tenant, agreement: a }) => (
                <tr key={tenant.id}>
                  <th scope="row">{tenant.name}</th>
                  <td>{a ? `${a.serviceLevelPercent} % in ${a.serviceLevelSeconds} s` : '–'}</td>
                  <td>{a ? `${a.firstContactResolutionPercent} %` : '–'}</td>
                  <td>{a ? `${a.replyWithinWorkingHours} Arbeitsstunden` : '–'}</td>
                  <td>{a ? todaysHours(a.serviceHours) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** Billing start: who takes part (and since when) — the basis of the cost refund; figures from council resolution 2271/2021. */
export function BillingParticipantsSection() {
  const { rows, loaded, error } = useTenantsWithAgreements();
  const participants = rows.filter((r) => r.tenant.lifecycle !== 'planned');
  return (
    <section aria-labelledby="billing-participants-heading">
      <h2 id="billing-participants-heading">Abrechnung: teilnehmende Verwaltungen</h2>
      <p>
        Grundlage laut Ratsbeschluss 2271/2021: Personalkosten 268.000 € und Sachkosten 48.500 € im Jahr, von den teilnehmenden Kommunen zu
        100 % als privatrechtliches Entgelt erstattet.
      </p>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      {!loaded && !error && <p role="status">Wird geladen …</p>}
      {loaded && (
        <>
          <TableScroll label="Teilnehmende Verwaltungen">
            <table>
              <caption className="visually-hidden">Verwaltungen im Pilot- oder Regelbetrieb oder beendet</caption>
              <thead>
                <tr>
                  <th scope="col">Verwaltung</th>
                  <th scope="col">Status</th>
                  <th scope="col">Teilnahme seit</th>
                  <th scope="col">Beendet am</th>
                  <th scope="col">Vereinbarung</th>
                </tr>
              </thead>
              <tbody>
                {participants.map(({ tenant, agreement }) => (
                  <tr key={tenant.id}>
                    <th scope="row">{tenant.officialName}</th>
                    <td>{lifecycleLabels[tenant.lifecycle]}</td>
                    <td>{formatDate(tenant.pilotStart ?? tenant.liveStart)}</td>
                    <td>{formatDate(tenant.endedOn)}</td>
                    <td>
                      {agreement?.reference ?? <span className="muted">ohne Aktenzeichen</span>}
                      {agreement?.termEnd && `, bis ${formatDate(agreement.termEnd)}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="muted">
            {plural(participants.filter((r) => isServed(r.tenant)).length, { one: 'Verwaltung nimmt', other: 'Verwaltungen nehmen' })}{' '}
            derzeit teil.
          </p>
        </>
      )}
    </section>
  );
}

/** Dispatch desk start: the public-order office of Hannover that the desk works for, with its reachability. */
export function DispatcherDeskSection() {
  const { rows, loaded, error } = useTenantsWithAgreements();
  const host = rows.find((r) => r.tenant.isHost);
  const departments = useApi<{ items: Department[] }>(host ? `/api/v1/tenants/${host.tenant.id}/departments` : null);
  const orderOffice = departments.data?.items.find((d) => d.active && /ordnung/i.test(d.name));
  return (
    <section aria-labelledby="dispatcher-desk-heading">
      <h2 id="dispatcher-desk-heading">Leitstelle Städtischer Ordnungsdienst</h2>
      {(error ?? departments.error) && (
        <div role="alert" className="alert alert-error">
          {error ?? departments.error}
        </div>
      )}
      {!loaded && !error && <p role="status">Wird geladen …</p>}
      {host && (
        <dl className="facts">
          <dt>Für</dt>
          <dd>{host.tenant.officialName}</dd>
          {orderOffice && (
            <>
              <dt>Zuständiger Fachbereich</dt>
              <dd>
                {orderOffice.name}
                {orderOffice.email && (
                  <>
                    {' '}
                    · <a href={`mailto:${orderOffice.email}`}>{orderOffice.email}</a>
                  </>
                )}
                {orderOffice.deputyEmail && (
                  <>
                    {' '}
                    · Vertretung <a href={`mailto:${orderOffice.deputyEmail}`}>{orderOffice.deputyEmail}</a>
                  </>
                )}
              </dd>
            </>
          )}
          {host.agreement && (
            <>
              <dt>Servicezeiten des DialogCenters</dt>
              <dd>
                {summariseHours(host.agreement.serviceHours)} (heute: {todaysHours(host.agreement.serviceHours)})
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
