import type { PersonalDataProvider } from '../../platform/privacy/personal-data.js';
import * as repo from './itfaults-privacy.repository.js';

/** IT faults reported by the city's staff. */
export const itFaultsPersonalData: PersonalDataProvider = {
  module: 'itfaults',
  activities: [
    {
      name: 'IuK-Störungsannahme',
      purpose: 'Störungen der Beschäftigten aufnehmen, priorisieren, an die IT übergeben und Rückmeldungen geben',
      legalBasis: 'Art. 6 Abs. 1 lit. b/e DSGVO, Art. 88 DSGVO i. V. m. § 12 NDSG (Beschäftigtendaten)',
      dataSubjects: ['Beschäftigte der Mandanten'],
      dataKinds: ['Name', 'Raum', 'Telefonnummer', 'E-Mail-Adresse', 'Störungsbeschreibung'],
      recipients: ['IT-Service-Desk der Stadt (Mail, Webhook)'],
      retentionKinds: ['it_faults'],
    },
  ],
  retention: [
    {
      kind: 'it_faults',
      label: 'IT-Störungen: Meldende',
      defaultDays: 365,
      minDays: 30,
      action: 'anonymise',
      basis: 'ein Jahr nach Abschluss; Zeiten und Prioritäten bleiben für den Zeitenbericht',
      restriction: { recordKinds: ['it_fault'] },
      apply: repo.anonymiseFaults,
    },
  ],
  async find(tx, subject) {
    const rows = await repo.findFaultsOfSubject(tx, subject);
    return rows.map((r) => ({
      module: 'itfaults',
      kind: 'it_fault',
      id: r.id,
      tenantId: r.tenant_id,
      at: r.reported_at,
      matchedBy: [r.email_hit && 'email', r.phone_hit && 'phone', r.name_hit && 'name', r.code_hit && 'referenceCode'].filter(
        (x): x is string => !!x,
      ),
      summary: `IT-Störung ${r.reference}`,
      data: { reference: r.reference, name: r.reporter_name, phone: r.reporter_phone, email: r.reporter_email, description: r.description },
    }));
  },
  async erase(tx, record) {
    if (record.kind !== 'it_fault') return false;
    return (await repo.eraseFault(tx, record.id)) > 0;
  },
};
