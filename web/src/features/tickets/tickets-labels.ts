/** The second level's German labels; its API shapes come from the generated OpenAPI types. */
import type { ApiItem, ApiResponse } from '../../app/api-types';

export type RequestStatus = ApiItem<'/api/v1/service-requests'>['status'];

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

export type RequestSummary = ApiItem<'/api/v1/service-requests'>;
export type RequestDetail = ApiResponse<'/api/v1/service-requests/{id}'>;
export type Department = ApiItem<'/api/v1/tenants/{tenantId}/departments'>;

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
