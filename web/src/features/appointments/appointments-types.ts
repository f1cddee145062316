/** Shapes of the appointments API as the pages use them. */
export interface Location {
  id: string;
  tenantId: string;
  kind: 'buergerbuero' | 'auslaenderbehoerde';
  name: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string | null;
  accessibility: string | null;
  slotMinutes: number;
}

export interface CatalogueTenant {
  id: string;
  slug: string;
  name: string;
  locations: (Location & { serviceCodes: string[] })[];
  services: { code: string; name: string; durationMinutes: number; maxQuantity: number; bring: string | null }[];
}

export interface Slot {
  start: string;
  end: string;
  freeSeats: number;
}

export interface SearchResult {
  durationMinutes: number;
  locations: { location: Location; tenantName: string; distanceKm: number; durationMinutes: number; slots: Slot[] }[];
}

export interface Hold {
  holdId: string;
  holdSecret: string;
  expiresAt: string;
  start: string;
  end: string;
  seat: number;
}

export interface Appointment {
  id: string;
  tenantId: string;
  locationId: string;
  reference: string;
  status: 'booked' | 'checked_in' | 'completed' | 'no_show' | 'cancelled';
  channel: 'online' | 'callcenter' | 'internal';
  startsAt: string;
  endsAt: string;
  seat: number;
  services: { code: string; name: string; quantity: number; minutes: number }[];
  name: string;
  email: string | null;
  phone: string | null;
}

export interface BookingResult {
  appointment: Appointment;
  cancelCode: string | null;
  location: Location;
}

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
