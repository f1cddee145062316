/** Shapes of the IT fault desk's API (src/modules/itfaults/itfaults.contract.ts) as the pages use them, and German labels. */
export type Impact = 'person' | 'team' | 'department';
export type Urgency = 'can_work' | 'hindered' | 'cannot_work';
export type Category = 'workplace_pc' | 'printer' | 'telephone' | 'application' | 'network' | 'email' | 'access_rights' | 'other';
export type FaultStatus = 'recorded' | 'handed_over' | 'accepted' | 'in_progress' | 'waiting' | 'resolved' | 'closed' | 'known_error';
export type ItStatus = 'accepted' | 'in_progress' | 'waiting' | 'resolved' | 'closed';
export type KnownErrorStatus = 'investigating' | 'workaround' | 'fixed' | 'proposed';

export interface Directory {
  tenantId: string;
  tenantName: string;
  departments: { id: string; name: string; code: string | null }[];
  categories: { value: Category; label: string }[];
  matrix: { impact: Impact; label: string; cells: { urgency: Urgency; priority: number }[] }[];
  urgencies: { value: Urgency; label: string }[];
  targets: { priority: number; label: string; responseMinutes: number; resolutionMinutes: number }[];
  handover: { mail: boolean; webhook: boolean };
}

export interface KnownError {
  id: string;
  tenantId: string;
  title: string;
  symptom: string;
  keywords: string;
  workaround: string;
  category: Category;
  categoryLabel: string;
  status: KnownErrorStatus;
  statusLabel: string;
  itTicketNumber: string | null;
  itTicketUrl: string | null;
  proposedFromFaultId: string | null;
  faultCount: number;
  updatedAt: string;
  version: number;
  score?: number;
}

export interface Fault {
  id: string;
  reference: string;
  source: 'call' | 'queue' | 'api';
  status: FaultStatus;
  statusLabel: string;
  priority: number;
  priorityLabel: string;
  matrixPriority: number;
  priorityExplanation: string;
  priorityReason: string | null;
  reporter: { name: string; room: string | null; phone: string | null; email: string | null };
  department: { id: string | null; name: string };
  asset: string | null;
  category: Category;
  categoryLabel: string;
  applicationName: string | null;
  description: string;
  impact: Impact;
  urgency: Urgency;
  knownError: { id: string; title: string; workaround: string; status: KnownErrorStatus } | null;
  itTicketNumber: string | null;
  itMessage: string | null;
  workaround: string | null;
  reportedAt: string;
  responseDueAt: string;
  resolutionDueAt: string;
  isResponseOverdue: boolean;
  isResolutionOverdue: boolean;
  handedOverAt: string | null;
  respondedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  createdByName: string;
  version: number;
}

export interface Delivery {
  id: string;
  event: string;
  status: 'pending' | 'sending' | 'delivered' | 'failing' | 'given_up';
  attempts: number;
  lastError: string | null;
  lastStatusCode: number | null;
  nextAttemptAt: string;
  deliveredAt: string | null;
  idempotencyKey: string;
}

export interface FaultDetail extends Fault {
  events: { at: string; kind: string; status: string | null; message: string | null; actorName: string }[];
  deliveries: Delivery[];
  mails: { purpose: string; status: string; attempts: number; lastError: string | null; sentAt: string | null }[];
}

export interface Outage {
  id: string;
  tenantId: string;
  title: string;
  category: Category;
  categoryLabel: string;
  since: string;
  callerMessage: string;
  itTicketNumber: string | null;
  status: 'active' | 'closed';
  callCount: number;
  declaredByName: string;
  declaredAt: string;
  closedAt: string | null;
  closedByName: string | null;
  closeNote: string | null;
  version: number;
}

export const priorityLabels: Record<number, string> = {
  1: 'P1 kritisch',
  2: 'P2 hoch',
  3: 'P3 mittel',
  4: 'P4 niedrig',
  5: 'P5 Planung',
};

/** Short words for the one-line explanation: "Ganzer Fachbereich × kann nicht arbeiten = P1 kritisch". */
export const impactShort: Record<Impact, string> = {
  person: 'Eine Person',
  team: 'Ein Team',
  department: 'Ganzer Fachbereich oder Standort',
};
/** In a sentence: "Betroffen ist ein Team". */
export const impactPhrase: Record<Impact, string> = {
  person: 'eine Person',
  team: 'ein Team',
  department: 'ein ganzer Fachbereich oder Standort',
};
/** Column and row heads of the compact matrix. */
export const impactHead: Record<Impact, string> = { person: 'Person', team: 'Team', department: 'Fachbereich / Standort' };
export const urgencyHead: Record<Urgency, string> = {
  can_work: 'kann arbeiten',
  hindered: 'behindert',
  cannot_work: 'kann nicht arbeiten',
};
export const impactOptions: [Impact, string][] = [
  ['person', 'Eine Person'],
  ['team', 'Ein Team'],
  ['department', 'Ein ganzer Fachbereich oder Standort'],
];
export const urgencyOptions: [Urgency, string][] = [
  ['can_work', 'kann weiterarbeiten'],
  ['hindered', 'ist behindert'],
  ['cannot_work', 'kann nicht arbeiten'],
];
export const urgencyLabel = (u: Urgency) => urgencyOptions.find(([v]) => v === u)?.[1] ?? u;

export const itStatusOptions: [ItStatus, string][] = [
  ['accepted', 'von der IT angenommen'],
  ['in_progress', 'in Bearbeitung'],
  ['waiting', 'wartet'],
  ['resolved', 'gelöst'],
  ['closed', 'geschlossen'],
];

export const faultStatusOptions: [FaultStatus, string][] = [
  ['recorded', 'aufgenommen'],
  ['handed_over', 'an die IT übergeben'],
  ...itStatusOptions,
  ['known_error', 'bekanntem Fehler zugeordnet'],
];

export const knownErrorStatusOptions: [KnownErrorStatus, string][] = [
  ['investigating', 'in Analyse'],
  ['workaround', 'Umgehung verfügbar'],
  ['fixed', 'behoben'],
  ['proposed', 'Vorschlag (noch nicht bestätigt)'],
];

export const deliveryLabels: Record<Delivery['status'], string> = {
  pending: 'wartet auf Versand',
  sending: 'wird gesendet',
  delivered: 'zugestellt',
  failing: 'Zustellung scheitert (wird wiederholt)',
  given_up: 'aufgegeben',
};

export const mailStatusLabels: Record<string, string> = {
  pending: 'im Postausgang',
  sending: 'wird gesendet',
  sent: 'gesendet',
  failed: 'aufgegeben',
};

export const formatDateTime = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('de-DE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Berlin' }) : '–';
export const formatTime = (iso: string) =>
  new Date(iso).toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });

export const formatMinutes = (m: number | null) => {
  if (m === null) return '–';
  if (m < 60) return `${Math.round(m)} min`;
  if (m < 24 * 60) return `${(Math.round((m / 60) * 10) / 10).toLocaleString('de-DE')} h`;
  return `${(Math.round((m / 1440) * 10) / 10).toLocaleString('de-DE')} d`;
};

export const isOpenStatus = (s: FaultStatus) => !['resolved', 'closed', 'known_error'].includes(s);
