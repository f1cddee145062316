import type { PersonalDataProvider } from '../privacy/personal-data.js';
import { mailRefsDue, purgeFinishedMails } from './mail.repository.js';

/**
 * The mail outbox as a kind of personal data (decision 0137): a sent mail (forwarded request to the department,
 * answer to the citizen, appointment confirmation, IT fault handover …) carries recipients and text with the
 * citizen's data, which its record holds anyway. After the period the mail's recipients, subject, text and
 * attachments are purged; the row stays (purpose, record, status, attempts, times) for the audit. Failed mails
 * (given up) likewise. Pending mails are never touched. A restricted record keeps its mails.
 */
export const mailPersonalData: PersonalDataProvider = {
  module: 'mail',
  activities: [
    {
      name: 'Postausgang (E-Mails an Fachbereiche, Bürgerinnen und Bürger, IT)',
      purpose: 'Weiterleitungen, Antworten, Terminbestätigungen und Meldungen zuverlässig zustellen und die Zustellung belegen',
      legalBasis: 'Art. 6 Abs. 1 lit. e DSGVO i. V. m. § 3 NDSG; Art. 5 Abs. 2 DSGVO (Nachweis der Zustellung)',
      dataSubjects: ['Bürgerinnen und Bürger', 'Beschäftigte der Mandanten'],
      dataKinds: ['E-Mail-Adressen', 'Betreff', 'Nachrichtentext (Anliegen, Name, Kontaktdaten)', 'Anhänge (Termin)'],
      recipients: ['Mailserver des Betreibers', 'Fachbereiche', 'Bürgerin/Bürger'],
      retentionKinds: ['mail_outbox'],
    },
  ],
  retention: [
    {
      kind: 'mail_outbox',
      label: 'Postausgang: Empfänger und Text versandter Mails',
      defaultDays: 30,
      minDays: 7,
      action: 'anonymise',
      basis:
        'ein Monat nach Versand oder endgültigem Fehlschlag (Rückfragen zur Zustellung, Unzustellbarkeit); der Inhalt steht im Vorgang selbst, Zweck, Status und Zeiten bleiben',
      restriction: { recordKinds: ['service_request', 'appointment', 'it_fault'] },
      apply: async (tx, cutoff, restricted, now) => ({
        kept: await mailRefsDue(tx, cutoff, restricted),
        changed: await purgeFinishedMails(tx, cutoff, now, restricted),
      }),
    },
  ],
  find: async () => [],
  erase: async () => false,
};
