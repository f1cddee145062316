import type { PersonalDataProvider } from '../../platform/privacy/personal-data.js';
import * as repo from './routing-privacy.repository.js';

/** E-mails, contact forms and chats of citizens in the routed queue. */
export const routingPersonalData: PersonalDataProvider = {
  module: 'routing',
  activities: [
    {
      name: 'Schriftliche Anliegen (E-Mail, Kontaktformular, Chat)',
      purpose: 'Anfragen von Bürgerinnen und Bürgern annehmen, zuteilen und beantworten',
      legalBasis: 'Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 NDSG; Zweckvereinbarung D115',
      dataSubjects: ['Bürgerinnen und Bürger'],
      dataKinds: ['Name', 'E-Mail-Adresse', 'Nachrichtentext', 'Chatverlauf', 'Referenznummer'],
      recipients: ['Agentinnen und Agenten des DialogCenters'],
      retentionKinds: ['chat_transcripts', 'written_messages'],
    },
  ],
  retention: [
    {
      kind: 'chat_transcripts',
      label: 'Chatverläufe (auch des Bürgerassistenten)',
      defaultDays: 90,
      minDays: 7,
      action: 'delete',
      basis: 'drei Monate nach Ende des Chats; Anzahl und Zeiten bleiben für die Statistik',
      restriction: { recordKinds: ['work_item'] },
      apply: repo.purgeChatTranscripts,
    },
    {
      kind: 'written_messages',
      label: 'E-Mails und Kontaktformulare',
      defaultDays: 180,
      minDays: 30,
      action: 'anonymise',
      basis: 'sechs Monate nach Erledigung',
      restriction: { recordKinds: ['work_item'] },
      apply: repo.anonymiseMessages,
    },
  ],
  async find(tx, subject) {
    const rows = await repo.findWorkItemsOfSubject(tx, subject);
    const out = [];
    for (const r of rows) {
      const messages = r.channel === 'chat' ? await repo.chatMessagesOf(tx, r.id) : [];
      out.push({
        module: 'routing',
        kind: 'work_item',
        id: r.id,
        tenantId: r.tenant_id,
        at: r.enqueued_at,
        matchedBy: [r.email_hit && 'email', r.name_hit && 'name', r.code_hit && 'referenceCode'].filter((x): x is string => !!x),
        summary: `${r.channel === 'chat' ? 'Chat' : r.channel === 'email' ? 'E-Mail' : 'Kontaktformular'}: ${r.subject}`,
        data: { channel: r.channel, referenceCode: r.reference_code, name: r.from_name, email: r.from_address, text: r.body, messages },
      });
    }
    return out;
  },
  async erase(tx, record) {
    if (record.kind !== 'work_item') return false;
    return (await repo.eraseWorkItem(tx, record.id)) > 0;
  },
};
