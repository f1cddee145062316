import { formatLocalGerman } from '../../platform/time/berlin-time.js';

/**
 * The German mails of the second level. Plain text: it reaches every mail client
 * of every town hall, and screen readers read it well.
 */
export interface RequestFacts {
  referenceCode: string;
  tenantName: string;
  departmentName: string;
  serviceTitle: string;
  leikaKey: string | null;
  question: string;
  citizenName: string;
  answerChannel: 'email' | 'callback';
  dueAt: Date | null;
}

/** "Mittwoch, 2. Dezember 2026, 10:30 Uhr" in the business zone (the platform's one formatter). */
export const formatBerlin = (d: Date, timeZone?: string) => formatLocalGerman(d, timeZone);

const signature = '\n\n--\nDialogCenter der Landeshauptstadt Hannover und der Region Hannover\nBehördennummer 115';
const channelText = (c: RequestFacts['answerChannel']) => (c === 'email' ? 'per E-Mail' : 'per Rückruf');

export function departmentDeliveryMail(f: RequestFacts, links: { inboxUrl: string; answerUrl: string; linkExpiresAt: Date }) {
  return {
    subject: `[${f.referenceCode}] Anfrage für ${f.departmentName}: ${f.serviceTitle}`,
    body:
      [
        `Guten Tag,`,
        ``,
        `das DialogCenter hat eine Anfrage für ${f.departmentName} (${f.tenantName}) weitergeleitet, die im Erstkontakt nicht beantwortet werden konnte.`,
        ``,
        `Vorgangsnummer: ${f.referenceCode}`,
        `Leistung: ${f.serviceTitle}${f.leikaKey ? ` (LeiKa ${f.leikaKey})` : ''}`,
        `Anfragende Person: ${f.citizenName}`,
        `Gewünschte Antwort: ${channelText(f.answerChannel)} über das DialogCenter`,
        f.dueAt ? `Antwort zugesagt bis: ${formatBerlin(f.dueAt)}` : '',
        ``,
        `Frage:`,
        f.question,
        ``,
        `Bitte antworten Sie im Posteingang des Fachbereichs:`,
        links.inboxUrl,
        ``,
        `Ohne Zugang zum DialogCenter können Sie über diesen persönlichen Link antworten oder eine Rückfrage stellen (gültig bis ${formatBerlin(links.linkExpiresAt)}, nicht weitergeben):`,
        links.answerUrl,
      ]
        .filter((l) => l !== '')
        .join('\n') + signature,
  };
}

export function citizenConfirmationMail(f: RequestFacts, statusUrl: string) {
  return {
    subject: `Ihr Anliegen ${f.referenceCode} wurde weitergeleitet`,
    body:
      [
        `Guten Tag ${f.citizenName},`,
        '',
        `vielen Dank für Ihren Anruf beim DialogCenter. Ihr Anliegen zu „${f.serviceTitle}“ haben wir an die zuständige Stelle bei ${f.tenantName} weitergeleitet.`,
        f.dueAt ? `Sie erhalten eine Antwort ${channelText(f.answerChannel)}, in der Regel bis ${formatBerlin(f.dueAt)}.` : '',
        '',
        `Ihre Vorgangsnummer: ${f.referenceCode}`,
        `Den Stand können Sie hier abfragen: ${statusUrl}`,
      ].join('\n') + signature,
  };
}

export function citizenAnswerMail(f: RequestFacts, answer: string) {
  return {
    subject: `Antwort zu Ihrem Anliegen ${f.referenceCode}`,
    body:
      [
        `Guten Tag ${f.citizenName},`,
        '',
        `zu Ihrer Frage zu „${f.serviceTitle}“ antwortet ${f.tenantName}:`,
        '',
        answer,
        '',
        `Vorgangsnummer: ${f.referenceCode}`,
      ].join('\n') + signature,
  };
}

export function citizenQuestionMail(f: RequestFacts, question: string, replyUrl: string, expiresAt: Date) {
  return {
    subject: `Rückfrage zu Ihrem Anliegen ${f.referenceCode}`,
    body:
      [
        `Guten Tag ${f.citizenName},`,
        '',
        `um Ihre Frage zu „${f.serviceTitle}“ beantworten zu können, hat ${f.tenantName} eine Rückfrage:`,
        '',
        question,
        '',
        `Bitte antworten Sie über diesen Link (gültig bis ${formatBerlin(expiresAt)}):`,
        replyUrl,
        '',
        `Sie können auch die 115 anrufen und Ihre Vorgangsnummer nennen: ${f.referenceCode}`,
      ].join('\n') + signature,
  };
}

export function reminderMail(f: RequestFacts, inboxUrl: string) {
  return {
    subject: `Erinnerung: [${f.referenceCode}] Antwort fällig bis ${f.dueAt ? formatBerlin(f.dueAt) : '—'}`,
    body:
      [
        'Guten Tag,',
        '',
        `die Anfrage ${f.referenceCode} (${f.serviceTitle}) an ${f.departmentName} ist noch nicht beantwortet. Die Antwortfrist endet ${f.dueAt ? formatBerlin(f.dueAt) : 'bald'}.`,
        '',
        inboxUrl,
      ].join('\n') + signature,
  };
}

export function escalationMail(f: RequestFacts, inboxUrl: string) {
  return {
    subject: `Frist überschritten: [${f.referenceCode}] ${f.departmentName}, ${f.tenantName}`,
    body:
      [
        'Guten Tag,',
        '',
        `die Anfrage ${f.referenceCode} (${f.serviceTitle}) an ${f.departmentName} ist seit ${f.dueAt ? formatBerlin(f.dueAt) : '—'} überfällig. ` +
          'Sie erhalten diese Nachricht als Vertretung des Fachbereichs oder als Koordination Ihrer Verwaltung. Bitte sorgen Sie für eine Antwort.',
        '',
        inboxUrl,
      ].join('\n') + signature,
  };
}
