/** Shapes of the dispatch API as the desk uses them, and German labels. */
export interface Location {
  label: string;
  lat: number;
  lon: number;
  district: string | null;
  municipality: string;
  source: string;
  isApproximate: boolean;
}
export interface AssignedUnit {
  unitId: string;
  callSign: string;
  statusCode: number;
  assignedAt: string;
  acknowledgedAt: string | null;
  enRouteAt: string | null;
  onSceneAt: string | null;
  releasedAt: string | null;
  distanceMeters: number | null;
}
export interface Incident {
  id: string;
  number: string;
  tenantId: string;
  category: string;
  categoryLabel: string;
  priority: number;
  description: string;
  status: string;
  location: Location;
  hasCallbackNumber: boolean;
  reportingChannel: string;
  reportedAt: string;
  receivedAt: string;
  assignedAt: string | null;
  acknowledgedAt: string | null;
  enRouteAt: string | null;
  onSceneAt: string | null;
  finishedAt: string | null;
  closedAt: string | null;
  closeResult: string | null;
  reopenCount: number;
  mergedIntoId: string | null;
  units: AssignedUnit[];
  version: number;
}
export interface BoardIncident extends Incident {
  alertSince: string | null;
  isAlerting: boolean;
}
export interface Duplicate {
  id: string;
  number: string;
  distanceMeters: number;
  receivedAt: string;
  locationLabel: string;
  status: string;
}
export interface IncidentDetail extends Incident {
  callbackNumber: string | null;
  furtherCallers: { callbackNumber: string | null; reportedAt: string; note: string; fromIncidentId: string | null }[];
  closeNote: string | null;
  log: { id: string; at: string; kind: string; text: string; actorName: string; unitId: string | null }[];
  duplicates: Duplicate[];
}
export interface Unit {
  id: string;
  callSign: string;
  mobility: string;
  vehicle: string | null;
  statusCode: number;
  statusLabel: string;
  statusAt: string;
  position: { lat: number; lon: number; source: string | null; at: string | null } | null;
  shiftLabel: string | null;
  shiftStartsAt: string | null;
  shiftEndsAt: string | null;
  members: { id: string; name: string }[];
  incident: { id: string; number: string } | null;
}
export interface ShiftLogEntry {
  id: string;
  at: string;
  kind: string;
  text: string;
  actorName: string;
}
export interface Board {
  generatedAt: string;
  alertAfterMinutes: number;
  incidents: BoardIncident[];
  units: Unit[];
  shiftLog: ShiftLogEntry[];
}
export interface PlaceMatch {
  label: string;
  kind: string;
  name: string;
  houseNumber: string | null;
  postalCode: string | null;
  municipality: string;
  district: string | null;
  lat: number;
  lon: number;
  isApproximate: boolean;
}
export interface Catalogue {
  categories: { code: string; label: string; defaultPriority: number }[];
  closeResults: { code: string; label: string }[];
  unitStatuses: { code: number; label: string }[];
  channels: { code: string; label: string }[];
  alertAfterMinutes: number;
}

export const statusLabels: Record<string, string> = {
  received: 'Eingegangen',
  assigned: 'Zugewiesen',
  acknowledged: 'Quittiert',
  en_route: 'Auf Anfahrt',
  on_scene: 'Vor Ort',
  finished: 'Erledigt',
  closed: 'Abgeschlossen',
  merged: 'Zusammengeführt',
};
export const unitStatusShort: Record<number, string> = {
  1: 'Frei (Funk)',
  2: 'Frei (Wache)',
  3: 'Anfahrt',
  4: 'Vor Ort',
  5: 'Sprechwunsch',
  6: 'Nicht bereit',
};
export const priorityLabels: Record<number, string> = { 1: 'Dringend', 2: 'Normal', 3: 'Niedrig' };

const timeFormat = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' });
const dateTimeFormat = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Berlin',
});
export const formatTime = (iso: string | null) => (iso ? timeFormat.format(new Date(iso)) : '–');
export const formatDateTime = (iso: string | null) => (iso ? dateTimeFormat.format(new Date(iso)) : '–');
export const formatDistance = (m: number | null) =>
  m === null ? 'Standort unbekannt' : m < 1000 ? `${m} m` : `${(m / 1000).toFixed(1).replace('.', ',')} km`;
/** "vor 12 min" from the server's clock offset. */
export function formatAge(iso: string, now: number) {
  const minutes = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 60_000));
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
export const isTypingTarget = (target: EventTarget | null) => {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
};
