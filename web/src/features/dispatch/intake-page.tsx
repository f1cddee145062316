import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { $api, call, client, failureOf } from '../../app/api-client';
import type { ApiBody, ApiResponse } from '../../app/api-types';
import { IncidentForm } from './incident-form';

/** What the agent desktop hands over when a call is documented with outcome 6 (router state, not the URL). */
export interface IntakeHandover {
  contactId: string;
  callerNumber: string | null;
  note: string | null;
  tenantName: string | null;
}

/** Agents take an incident from a call for the SOD's desk (outcome 6 "Ordnungsdienst-Einsatz"). */
export function IntakePage() {
  const catalogue = $api.useQuery('get', '/api/v1/dispatch/catalogue');
  const catalogueError = failureOf(catalogue);
  const handover = (useLocation().state ?? null) as IntakeHandover | null;
  const [done, setDone] = useState<ApiResponse<'/api/v1/dispatch/intake', 'post'> | null>(null);
  return (
    <>
      <h1>Ordnungsdienst-Einsatz melden</h1>
      {handover && (
        <p className="muted">
          Aus dem Anruf{handover.tenantName ? ` für ${handover.tenantName}` : ''}
          {handover.callerNumber ? ` von ${handover.callerNumber}` : ' (Rufnummer unterdrückt)'} vorbelegt.
        </p>
      )}
      {catalogueError && (
        <div role="alert" className="alert alert-error">
          {catalogueError}
        </div>
      )}
      {done ? (
        <div className="alert alert-ok" role="status">
          <p>
            Einsatz <strong>{done.number}</strong> ({done.categoryLabel}, {done.location.label}) ist bei der Leitstelle eingegangen.
          </p>
          {done.duplicateCount > 0 && (
            <p>Hinweis: Die Leitstelle hat bereits eine ähnliche Meldung in der Nähe; sie prüft die Zusammenführung.</p>
          )}
          <p>
            <Link to="/arbeitsplatz">Zurück zum Arbeitsplatz</Link> ·{' '}
            <button type="button" className="link-button" onClick={() => setDone(null)}>
              Weiteren Einsatz melden
            </button>
          </p>
        </div>
      ) : (
        catalogue.data && (
          <IncidentForm
            catalogue={catalogue.data}
            idPrefix="intake"
            initial={{ description: handover?.note ?? '', callbackNumber: handover?.callerNumber ?? '' }}
            submitLabel="An die Leitstelle übergeben"
            onSubmit={async (values) => {
              const body = { ...values, ...(handover ? { contactId: handover.contactId } : {}) } as ApiBody<
                '/api/v1/dispatch/intake',
                'post'
              >;
              setDone(await call(client.POST('/api/v1/dispatch/intake', { body })));
            }}
          />
        )
      )}
    </>
  );
}
