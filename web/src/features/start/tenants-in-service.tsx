import { useApi } from '../../app/use-api';
import { plural } from '../../app/plural';

export interface TenantSummary {
  id: string;
  slug: string;
  name: string;
  officialName: string;
  ags: string;
  kind: string;
  lifecycle: 'planned' | 'pilot' | 'live' | 'ended';
  pilotStart: string | null;
  liveStart: string | null;
  version: number;
  postalCodes: string[];
}

export const lifecycleLabels: Record<TenantSummary['lifecycle'], string> = {
  planned: 'geplant',
  pilot: 'Pilot',
  live: 'Regelbetrieb',
  ended: 'beendet',
};

/** Agent start page: for which administrations the center answers today. */
export function TenantsInService() {
  const { data, error } = useApi<{ items: TenantSummary[] }>('/api/v1/tenants');
  const served = data?.items.filter((t) => t.lifecycle === 'pilot' || t.lifecycle === 'live') ?? [];
  const planned = data?.items.filter((t) => t.lifecycle === 'planned') ?? [];
  return (
    <section aria-labelledby="agent-start">
      <h2 id="agent-start">Agenten-Arbeitsplatz</h2>
      <p>
        Serviceversprechen: 75 % der Anrufe in 30 Sekunden annehmen, 65 % der Anliegen im Erstkontakt klären, sonst Rückmeldung innerhalb
        von 24 Stunden an Werktagen.
      </p>
      {error && (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      )}
      <h3>Wir beantworten Anrufe für {plural(served.length, { one: 'Verwaltung', other: 'Verwaltungen' })}</h3>
      <ul className="cards" aria-label="Angeschlossene Verwaltungen">
        {served.map((t) => (
          <li key={t.id} className="card">
            <strong>{t.officialName}</strong>
            <div className="muted">
              {lifecycleLabels[t.lifecycle]}
              {t.pilotStart ? ` seit ${new Date(t.pilotStart).toLocaleDateString('de-DE')}` : ''}
              {!t.pilotStart && t.liveStart ? ` seit ${new Date(t.liveStart).toLocaleDateString('de-DE')}` : ''}
            </div>
          </li>
        ))}
      </ul>
      {planned.length > 0 && (
        <p className="muted">
          Noch nicht angeschlossen: {planned.map((t) => t.name).join(', ')}. Anrufe dafür bitte an die Verwaltung verweisen.
        </p>
      )}
    </section>
  );
}
