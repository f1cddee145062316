import type { PersonalDataProvider } from '../../platform/privacy/personal-data.js';
import { purgeSearchLogs } from './knowledge-privacy.repository.js';

/** The knowledge base keeps no citizen records, only the agents' search log (knowledge gaps). */
export const knowledgePersonalData: PersonalDataProvider = {
  module: 'knowledge',
  activities: [
    {
      name: 'Suchprotokoll der Wissensdatenbank',
      purpose: 'Wissenslücken erkennen (Suchen ohne passende Leistung)',
      legalBasis: 'Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 NDSG',
      dataSubjects: ['Beschäftigte (Suchende)', 'mittelbar Bürgerinnen und Bürger (eingegebene Suchworte)'],
      dataKinds: ['Suchbegriffe', 'Zeitpunkt', 'Konto der Suchenden'],
      recipients: ['Redaktion Wissensdatenbank'],
      retentionKinds: ['search_logs'],
    },
  ],
  retention: [
    {
      kind: 'search_logs',
      label: 'Suchprotokolle',
      defaultDays: 90,
      minDays: 7,
      action: 'delete',
      basis: 'drei Monate (Wissenslücken der letzten Wochen)',
      restriction: { none: 'Suchprotokolle werden keiner Person zugeordnet (die Suche nach einer Person findet sie nicht)' },
      apply: purgeSearchLogs,
    },
  ],
  find: async () => [],
  erase: async () => false,
};
