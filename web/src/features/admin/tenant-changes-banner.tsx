import { $api } from '../../app/api-client';
import { formatDate, lifecycleLabels } from './admin-labels';
import type { Announcement } from './onboarding-labels';

const text = (a: Announcement) => {
  switch (a.kind) {
    case 'joins':
      return `${a.tenantName} startet am ${formatDate(a.day)}: ab dann kommen Anrufe und Anfragen aus ${a.tenantName} an.`;
    case 'joined':
      return `${a.tenantName} ist seit ${formatDate(a.day)} dabei (${lifecycleLabels[a.lifecycle]}): Anrufe und Anfragen aus ${a.tenantName} kommen jetzt an.`;
    case 'left':
      return `${a.tenantName} ist seit ${formatDate(a.day)} nicht mehr dabei: bitte Anrufende an die Verwaltung selbst verweisen.`;
  }
};

/**
 * Above the agents' pages: municipalities that join (in the next two weeks), joined (in the last two)
 * or left (decision 0170, GET /api/v1/onboarding/announcements). Renders nothing when there is none.
 */
export function TenantChangesBanner() {
  const query = $api.useQuery('get', '/api/v1/onboarding/announcements', {}, { refetchInterval: 15 * 60_000, staleTime: 5 * 60_000 });
  const items = query.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="tenant-changes-banner" aria-label="Neue und ausscheidende Kommunen" data-testid="tenant-changes-banner">
      <ul>
        {items.map((a) => (
          <li key={`${a.tenantId}-${a.kind}`} data-kind={a.kind}>
            <strong>{a.kind === 'left' ? 'Ausgeschieden' : a.kind === 'joins' ? 'Bald dabei' : 'Neu dabei'}:</strong> {text(a)}
          </li>
        ))}
      </ul>
    </section>
  );
}
