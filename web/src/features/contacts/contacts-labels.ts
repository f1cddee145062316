/** Labels of the contacts and routing pages; the API shapes come from the generated OpenAPI types. */
import type { ApiBody, ApiItem, ApiResponse } from '../../app/api-types';

export type AgentState = ApiBody<'/api/v1/desktop/state', 'put'>['state'];
export type Outcome = ApiBody<'/api/v1/contacts/{id}/document', 'post'>['outcome'];

export const stateLabels: Record<AgentState, string> = {
  available: 'Verfügbar',
  on_call: 'Im Gespräch',
  wrap_up: 'Nachbearbeitung',
  break: 'Pause',
  offline: 'Abgemeldet',
};

/** In this order; the digit keys 1–7 pick them in the documentation form. */
export const outcomeLabels: [Outcome, string][] = [
  ['answered_first_level', 'Im Erstkontakt beantwortet'],
  ['transferred', 'Verbunden (weitervermittelt)'],
  ['forwarded_second_level', 'An zweite Ebene weitergeleitet'],
  ['appointment_booked', 'Termin gebucht'],
  ['it_fault', 'IT-Störung aufgenommen'],
  ['public_order_incident', 'Ordnungsdienst-Einsatz'],
  ['other', 'Sonstiges'],
];

export const channelLabels: Record<string, string> = {
  phone: 'Telefon',
  email: 'E-Mail',
  web_form: 'Kontaktformular',
  chat: 'Web-Chat',
  callback: 'Rückruf',
};

type DesktopAnswer = ApiResponse<'/api/v1/desktop'>;
export type OpenContact = ApiItem<'/api/v1/contacts/undocumented'>;
export type Contact = OpenContact['contact'];
export type WorkItem = ApiItem<'/api/v1/queue'>;
export type Desktop = DesktopAnswer;
export type EarlierContact = NonNullable<Desktop['screenPop']>['earlierContacts'][number];
export type TenantOption = ApiItem<'/api/v1/tenants'>;

export const formatSeconds = (total: number) => {
  const s = Math.max(0, Math.floor(total));
  const m = Math.floor(s / 60);
  return m >= 60
    ? `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')} h`
    : `${m}:${String(s % 60).padStart(2, '0')} min`;
};

export const formatTime = (iso: string | null) =>
  iso ? new Date(iso).toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' }) : '–';
export const formatDateTime = (iso: string) =>
  new Date(iso).toLocaleString('de-DE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Berlin' });
