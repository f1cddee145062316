import type { PersonalDataProvider } from '../../platform/privacy/personal-data.js';
import * as repo from './dispatch-privacy.repository.js';
import { CALLBACK_RETENTION_DAYS } from './dispatch-rules.js';

/** Incidents of the public order service and the numbers of those who reported them. */
export const dispatchPersonalData: PersonalDataProvider = {
  module: 'dispatch',
  activities: [
    {
      name: 'Leitstelle Städtischer Ordnungsdienst',
      purpose: 'Einsätze aufnehmen, Streifen disponieren, Hinweisgebende zurückrufen',
      legalBasis: 'Art. 6 Abs. 1 lit. e DSGVO i. V. m. NPOG und § 3 NDSG',
      dataSubjects: ['Hinweisgebende', 'Betroffene am Einsatzort'],
      dataKinds: ['Rückrufnummer', 'Einsatzort', 'Sachverhalt'],
      recipients: ['Streifen des Ordnungsdienstes'],
      retentionKinds: ['dispatch_callers'],
    },
  ],
  retention: [
    {
      kind: 'dispatch_callers',
      label: 'Einsätze: Rückrufnummern der Hinweisgebenden',
      defaultDays: CALLBACK_RETENTION_DAYS,
      minDays: 1,
      action: 'anonymise',
      basis: '30 Tage nach Abschluss des Einsatzes; Einsatzzeiten und Orte bleiben für die Auswertung',
      restriction: { recordKinds: ['dispatch_incident'] },
      apply: repo.purgeIncidentCallers,
    },
  ],
  async find(tx, subject) {
    const rows = await repo.findIncidentsOfSubject(tx, subject);
    return rows.map((r) => ({
      module: 'dispatch',
      kind: 'dispatch_incident',
      id: r.id,
      tenantId: r.tenant_id,
      at: r.reported_at,
      matchedBy: ['phone'],
      summary: `Einsatz ${r.number} (${r.category})`,
      data: { number: r.number, callbackNumber: r.callback_number, description: r.description },
    }));
  },
  async erase(tx, record) {
    if (record.kind !== 'dispatch_incident') return false;
    return (await repo.eraseIncidentCaller(tx, record.id)) > 0;
  },
};
