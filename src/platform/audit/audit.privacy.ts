import type { PersonalDataProvider } from '../privacy/personal-data.js';
import { deleteAuditEntriesBefore } from './audit.repository.js';

/**
 * The audit trail as a kind of personal data (who did what, from which address): kept for its period,
 * then deleted by the retention run, which records its own run in the trail. Its records are about
 * staff, so citizens' requests find nothing here; the entries naming a citizen's record carry ids only.
 */
export const auditPersonalData: PersonalDataProvider = {
  module: 'audit',
  activities: [
    {
      name: 'Protokollierung (Audit-Trail)',
      purpose: 'Nachvollziehbarkeit von Anmeldungen, Rechteänderungen, Datenänderungen und Lesezugriffen auf personenbezogene Daten',
      legalBasis: 'Art. 5 Abs. 2, Art. 32 DSGVO; § 3 NDSG',
      dataSubjects: ['Beschäftigte des DialogCenters und der Verwaltungen'],
      dataKinds: ['Benutzername', 'Zeitpunkt', 'Aktion', 'betroffener Datensatz (Kennung)', 'IP-Adresse'],
      recipients: ['Revision', 'Datenschutzbeauftragte'],
      retentionKinds: ['audit_trail'],
    },
  ],
  retention: [
    {
      kind: 'audit_trail',
      label: 'Audit-Trail (Protokolle)',
      defaultDays: 730,
      minDays: 365,
      action: 'delete',
      basis: 'zwei Jahre: ein Prüfzyklus der Revision und die Frist für Beschwerden; danach gelöscht',
      restriction: {
        none: 'Protokolle über Beschäftigte, keiner Bürgerin und keinem Bürger zugeordnet; eine Einschränkung steht selbst im Trail',
      },
      apply: async (tx, cutoff) => ({ changed: await deleteAuditEntriesBefore(tx, cutoff), kept: [] }),
    },
  ],
  find: async () => [],
  erase: async () => false,
};
