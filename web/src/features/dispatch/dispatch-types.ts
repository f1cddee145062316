import type { ApiItem, ApiResponse } from '../../app/api-types';

/** Shapes of the dispatch API, from the generated OpenAPI types (decision record 0066), and German labels. */
export type Board = ApiResponse<'/api/v1/dispatch/board'>;
export type BoardIncident = Board['incidents'][number];
export type Unit = Board['units'][number];
export type ShiftLogEntry = Board['shiftLog'][number];
export type Incident = ApiItem<'/api/v1/dispatch/incidents'>;
export type Location = Incident['location'];
export type AssignedUnit = Incident['units'][number];
export type IncidentDetail = ApiResponse<'/api/v1/dispatch/incidents/{id}'>;
export type Duplicate = IncidentDetail['duplicates'][number];
export type PlaceMatch = ApiItem<'/api/v1/dispatch/places'>;
export type Catalogue = ApiResponse<'/api/v1/dispatch/catalogue'>;
export type Suggestion = ApiItem<'/api/v1/dispatch/incidents/{id}/suggestions'>;
export type PatrolView = ApiResponse<'/api/v1/dispatch/patrol/{token}'>;
export type ResponseTimeReport = ApiResponse<'/api/v1/dispatch/reports/response-times'>;
export type Area = ResponseTimeReport['areas'][number];
export type GazetteerOverview = ApiResponse<'/api/v1/dispatch/places/imports'>;
export type ImportReport = ApiResponse<'/api/v1/dispatch/places/import', 'post'>;

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
