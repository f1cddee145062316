import type { Role } from '../../app/session';

/** Shapes of the tenancy and accounts API as the admin pages use them (see the server's *.contract.ts). */
export type Lifecycle = 'planned' | 'pilot' | 'live' | 'ended';
export type TenantKind = 'stadt' | 'gemeinde' | 'region';

export interface Tenant {
  id: string;
  slug: string;
  name: string;
  officialName: string;
  ags: string;
  kind: TenantKind;
  lifecycle: Lifecycle;
  pilotStart: string | null;
  liveStart: string | null;
  endedOn: string | null;
  isHost: boolean;
  postalCodes: string[];
  knowledgeFourEyes: boolean;
  version: number;
}

export interface Interval {
  from: string;
  to: string;
}

/** ISO weekday ('1' = Monday) to the intervals in which the center must be reachable. */
export type ServiceHours = Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', Interval[]>;

export interface Agreement {
  tenantId: string;
  reference: string | null;
  signedOn: string | null;
  termStart: string | null;
  termEnd: string | null;
  serviceLevelPercent: number;
  serviceLevelSeconds: number;
  firstContactResolutionPercent: number;
  replyWithinWorkingHours: number;
  shortAbandonSeconds: number;
  serviceHours: ServiceHours;
  notes: string | null;
  /** Billing data (issue 12): Leitweg-ID (BT-10), invoice address and contact, VAT, payment term, cadence. */
  leitwegId: string | null;
  billingStreet: string | null;
  billingPostalCode: string | null;
  billingCity: string | null;
  billingContactName: string | null;
  billingContactEmail: string | null;
  billingContactPhone: string | null;
  vatTreatment: 'not_taxable' | 'taxable';
  paymentTermDays: number;
  billingCadence: 'month' | 'quarter';
  version: number;
}

export interface Department {
  id: string;
  tenantId: string;
  name: string;
  code: string | null;
  email: string | null;
  phone: string | null;
  deputyEmail: string | null;
  active: boolean;
  version: number;
}

export type ContactFunction = 'coordinator' | 'data_protection' | 'billing' | 'it' | 'knowledge' | 'other';

export interface Contact {
  id: string;
  tenantId: string;
  departmentId: string | null;
  name: string;
  function: ContactFunction;
  email: string | null;
  phone: string | null;
}

export interface TenantDetail {
  tenant: Tenant;
  agreement: Agreement | null;
  departments: Department[];
  contacts: Contact[];
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  roles: Role[];
  tenantId: string | null;
  departmentIds: string[];
  active: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  version: number;
}

export const lifecycleLabels: Record<Lifecycle, string> = {
  planned: 'geplant',
  pilot: 'Pilotbetrieb',
  live: 'Regelbetrieb',
  ended: 'beendet',
};

export const kindLabels: Record<TenantKind, string> = { stadt: 'Stadt', gemeinde: 'Gemeinde', region: 'Region' };

export const contactFunctionLabels: Record<ContactFunction, string> = {
  coordinator: 'Koordination',
  data_protection: 'Datenschutz',
  billing: 'Abrechnung',
  it: 'IT',
  knowledge: 'Wissensdatenbank',
  other: 'Sonstiges',
};

export const roleLabels: Record<Role, string> = {
  agent: 'Agent/in (Erstkontakt)',
  supervisor: 'Teamleitung',
  editor: 'Redaktion Wissensdatenbank',
  backoffice: 'Fachbereich (Zweite Ebene)',
  dispatcher: 'Leitstelle Ordnungsdienst',
  billing: 'Abrechnung',
  admin: 'Administration',
  auditor: 'Revision / Datenschutz',
  itdesk: 'IT-Service-Desk (IuK-Störungen)',
};

export const allRoles = Object.keys(roleLabels) as Role[];
/** Roles bound to one tenant (the server's `tenantBoundRoles`). */
export const tenantBoundRoles: Role[] = ['editor', 'backoffice', 'itdesk'];

export const weekdays: { key: keyof ServiceHours; label: string }[] = [
  { key: '1', label: 'Montag' },
  { key: '2', label: 'Dienstag' },
  { key: '3', label: 'Mittwoch' },
  { key: '4', label: 'Donnerstag' },
  { key: '5', label: 'Freitag' },
  { key: '6', label: 'Samstag' },
  { key: '7', label: 'Sonntag' },
];

/** 2022-03-01 → 01.03.2022; empty for null. */
export const formatDate = (iso: string | null) =>
  iso ? new Date(`${iso.slice(0, 10)}T12:00:00`).toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' }) : '';
export const formatDateTime = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }) : '';
