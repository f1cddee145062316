import type { PersonalDataProvider } from '../../platform/privacy/personal-data.js';
import * as repo from './contacts-privacy.repository.js';

/** Calls and their documentation: caller numbers and notes; the statistics live in the rollups. */
export const contactsPersonalData: PersonalDataProvider = {
  module: 'contacts',
  activities: [
    {
      name: 'Telefonische Auskunft (Behördennummer 115)',
      purpose: 'Anrufe annehmen, Anliegen dokumentieren, frühere Kontakte desselben Anrufers zeigen, Kennzahlen bilden',
      legalBasis: 'Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 NDSG; Zweckvereinbarung D115',
      dataSubjects: ['Anrufende Bürgerinnen und Bürger'],
      dataKinds: ['Rufnummer', 'Gesprächsnotiz', 'Zeitpunkte', 'Anliegen (Leistung)'],
      recipients: ['Agentinnen und Agenten', 'Teamleitung', 'Fachbereiche (über Weiterleitungen)'],
      retentionKinds: ['caller_numbers', 'contact_notes'],
    },
  ],
  retention: [
    {
      kind: 'caller_numbers',
      label: 'Rufnummern der Anrufenden',
      defaultDays: 90,
      minDays: 1,
      action: 'anonymise',
      basis: 'drei Monate (Bildschirm-Pop frühere Kontakte); Kennzahlen aus den 15-Minuten-Rollups bleiben',
      restriction: { recordKinds: ['contact'] },
      apply: repo.purgeCallerNumbers,
    },
    {
      kind: 'contact_notes',
      label: 'Gesprächsnotizen',
      defaultDays: 365,
      minDays: 30,
      action: 'anonymise',
      basis: 'ein Jahr; die Kodierung (Leistung, Ergebnis, Mandant) bleibt für Berichte und Abrechnung',
      restriction: { recordKinds: ['contact'] },
      apply: repo.purgeContactNotes,
    },
  ],
  async find(tx, subject) {
    const rows = await repo.findContactsOfSubject(tx, subject);
    return rows.map((r) => ({
      module: 'contacts',
      kind: 'contact',
      id: r.id,
      tenantId: r.tenant_id,
      at: r.started_at,
      matchedBy: ['phone'],
      summary: `Kontakt (${r.channel})${r.service_title ? `: ${r.service_title}` : ''}`,
      data: { phone: r.caller_number, note: r.note, service: r.service_title },
    }));
  },
  async erase(tx, record) {
    if (record.kind !== 'contact') return false;
    return (await repo.eraseContact(tx, record.id)) > 0;
  },
};
