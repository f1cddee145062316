/** Types of the second-level API as the pages use them, and the German labels. */
export type RequestStatus = 'forwarded' | 'waiting_for_citizen' | 'answered' | 'returned' | 'closed';

export const statusLabels: Record<RequestStatus, string> = {
  forwarded: 'beim Fachbereich',
  waiting_for_citizen: 'Rückfrage an Bürger/in (Frist ruht)',
  answered: 'beantwortet, Übermittlung offen',
  returned: 'an Erstkontakt zurückgegeben',
  closed: 'abgeschlossen',
};

export const eventLabels: Record<string, string> = {
  created: 'Weitergeleitet',
  delivered: 'Per E-Mail zugestellt',
  answered: 'Beantwortet',
  asked_citizen: 'Rückfrage an Bürger/in',
  citizen_replied: 'Antwort der Bürgerin / des Bürgers',
  returned: 'An Erstkontakt zurückgegeben',
  passed_on: 'An anderen Fachbereich abgegeben',
  reminded: 'Erinnerung an den Fachbereich',
  escalated: 'Eskaliert an Vertretung und Koordination',
  reminder_sent: 'Erinnerung versandt',
  escalation_sent: 'Eskalation versandt',
  citizen_informed: 'Antwort an Bürger/in übermittelt',
  callback_created: 'Rückruf-Aufgabe angelegt',
  callback_unreachable: 'Rückruf: nicht erreicht',
  citizen_asked_by_phone: 'Rückfrage telefonisch gestellt',
  knowledge_proposed: 'Als Ergänzung der Wissensdatenbank vorgeschlagen',
  closed: 'Abgeschlossen',
};

export interface RequestSummary {
  id: string;
  tenantId: string;
  tenantName: string;
  referenceCode: string;
  departmentId: string;
  departmentName: string;
  serviceTitle: string;
  leikaKey: string | null;
  answerChannel: 'email' | 'callback';
  status: RequestStatus;
  createdAt: string;
  dueAt: string | null;
  answeredAt: string | null;
  isOverdue: boolean;
}

export interface RequestDetail extends RequestSummary {
  contactId: string | null;
  question: string;
  citizenName: string;
  citizenEmail: string | null;
  citizenPhone: string | null;
  budgetHours: number;
  deliveredAt: string | null;
  firstResponseAt: string | null;
  pausedAt: string | null;
  returnedAt: string | null;
  closedAt: string | null;
  remindedAt: string | null;
  escalatedAt: string | null;
  citizenInformedAt: string | null;
  answer: string | null;
  answeredBy: string | null;
  version: number;
  events: { at: string; kind: string; fromStatus: string | null; toStatus: string | null; actorName: string; note: string | null }[];
}

export interface Department {
  id: string;
  name: string;
  active: boolean;
  email: string | null;
}

const dateTime = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  weekday: 'short',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
export const formatDateTime = (iso: string | null) => (iso ? `${dateTime.format(new Date(iso))} Uhr` : '—');
export const formatDate = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('de-DE');
