/** Shapes of the contacts and routing API as the pages use them. */
export type AgentState = 'available' | 'on_call' | 'wrap_up' | 'break' | 'offline';
export type Outcome =
  | 'answered_first_level'
  | 'transferred'
  | 'forwarded_second_level'
  | 'appointment_booked'
  | 'it_fault'
  | 'public_order_incident'
  | 'other';

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

export interface Contact {
  id: string;
  tenantId: string | null;
  channel: string;
  callerNumber: string | null;
  leikaKey: string | null;
  serviceTitle: string | null;
  outcome: Outcome | null;
  note: string | null;
  status: 'open' | 'documented';
  startedAt: string;
  endedAt: string | null;
  agentName: string | null;
  version: number;
}

export interface CallSummary {
  dialledNumber: string | null;
  queueName: string | null;
  offeredAt: string | null;
  answeredAt: string | null;
  endedAt: string | null;
  waitSeconds: number | null;
  status: string | null;
}

export interface OpenContact {
  contact: Contact;
  call: CallSummary | null;
  tenantName: string | null;
}

export interface EarlierContact {
  id: string;
  tenantName: string | null;
  channel: string;
  startedAt: string;
  serviceTitle: string | null;
  outcome: string | null;
  note: string | null;
}

export interface WorkItem {
  id: string;
  tenantId: string;
  channel: string;
  status: 'waiting' | 'offered' | 'assigned' | 'done' | 'cancelled';
  priority: number;
  topic: string | null;
  language: string;
  dueAt: string | null;
  enqueuedAt: string;
  subject: string;
  fromName: string | null;
  fromAddress: string | null;
  body: string | null;
  assignedUserId: string | null;
  assignedName: string | null;
}

export interface Desktop {
  agentState: { state: AgentState; since: string | null; secondsToday: Partial<Record<AgentState, number>> };
  screenPop: (OpenContact & { earlierContacts: EarlierContact[] }) | null;
  openContacts: OpenContact[];
  workItems: WorkItem[];
}

export interface TenantOption {
  id: string;
  slug: string;
  name: string;
  officialName: string;
  lifecycle: string;
}

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
