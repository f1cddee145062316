import type { ApiResponse } from '../../app/api-types';

/** Shapes of the appointments API, from the generated OpenAPI types (decision record 0066), and German labels. */
export type Catalogue = ApiResponse<'/api/v1/public/appointments/catalogue'>;
export type CatalogueTenant = Catalogue['tenants'][number];
export type Location = Omit<CatalogueTenant['locations'][number], 'serviceCodes'>;
export type SearchResult = ApiResponse<'/api/v1/public/appointments/search', 'post'>;
export type Slot = SearchResult['locations'][number]['slots'][number];
export type Hold = ApiResponse<'/api/v1/public/appointments/holds', 'post'>;
export type BookingResult = ApiResponse<'/api/v1/public/appointments/bookings', 'post'>;
export type Appointment = BookingResult['appointment'];

export const statusLabels: Record<Appointment['status'], string> = {
  booked: 'gebucht',
  checked_in: 'angekommen',
  completed: 'erledigt',
  no_show: 'nicht erschienen',
  cancelled: 'abgesagt',
};

const tz = 'Europe/Berlin';
export const formatDay = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { timeZone: tz, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
export const formatTime = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { timeZone: tz, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
export const dayKey = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: tz }).format(new Date(iso));
export const serviceText = (a: { services: { name: string; quantity: number }[] }) =>
  a.services.map((s) => (s.quantity > 1 ? `${s.quantity} × ${s.name}` : s.name)).join(', ');

/** A fresh key per booking attempt: a double click sends the same one, so the server books once. */
export const newIdempotencyKey = () => globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
