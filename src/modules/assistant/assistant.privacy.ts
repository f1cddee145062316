import type { PersonalDataProvider } from '../../platform/privacy/personal-data.js';
import * as repo from './assistant-privacy.repository.js';

/**
 * The citizen assistant keeps what the citizen typed and its replies, nothing else (no name, no address of
 * its own). Its transcripts are one retention kind the administrator sets like every other (decision 0137);
 * before, a job of its own with ASSISTANT_RETENTION_DAYS did it beside the privacy rules.
 */
export const assistantPersonalData: PersonalDataProvider = {
  module: 'assistant',
  activities: [
    {
      name: 'Bürgerassistent (automatische Auskunft im Web)',
      purpose: 'Fragen von Bürgerinnen und Bürgern aus den amtlichen Leistungstexten beantworten und an eine Person übergeben',
      legalBasis: 'Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 NDSG; Zweckvereinbarung D115',
      dataSubjects: ['Bürgerinnen und Bürger'],
      dataKinds: ['Eingegebener Text (kann Kontaktdaten enthalten)', 'Antworten des Assistenten', 'Zeitpunkte', 'Gemeinde'],
      recipients: ['Agentinnen und Agenten des DialogCenters (nur bei Übergabe, mit dem Verlauf)'],
      retentionKinds: ['assistant_transcripts'],
    },
  ],
  retention: [
    {
      kind: 'assistant_transcripts',
      label: 'Verläufe des Bürgerassistenten',
      defaultDays: 30,
      minDays: 1,
      action: 'delete',
      basis: 'ein Monat nach der letzten Nachricht; eine übergebene Anfrage behält ihren Verlauf im Chat oder Rückruf',
      restriction: { recordKinds: ['assistant_conversation'] },
      apply: repo.purgeInactiveConversations,
    },
  ],
  async find(tx, subject) {
    const rows = await repo.findConversationsOfSubject(tx, subject);
    return rows.map((r) => ({
      module: 'assistant',
      kind: 'assistant_conversation',
      id: r.id,
      tenantId: r.tenant_id,
      at: new Date(r.last_message_at),
      matchedBy: [r.email_hit && 'email', r.phone_hit && 'phone', r.code_hit && 'referenceCode'].filter((x): x is string => !!x),
      summary: `Bürgerassistent: ${r.messages.length} Nachrichten${r.handover_reference ? `, übergeben (${r.handover_reference})` : ''}`,
      data: { handoverReference: r.handover_reference, messages: r.messages },
    }));
  },
  async erase(tx, record) {
    if (record.kind !== 'assistant_conversation') return false;
    return (await repo.deleteConversation(tx, record.id)) > 0;
  },
};
