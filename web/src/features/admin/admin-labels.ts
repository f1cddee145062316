import type { ApiItem, ApiResponse } from '../../app/api-types';
import type { Role } from '../../app/session';

/**
 * The admin pages' German labels and formats. The API shapes are the generated OpenAPI types
 * (app/api-schema.d.ts, decision record 0066), named here for the pages.
 */
export type TenantDetail = ApiResponse<'/api/v1/tenants/{tenantId}'>;
export type Tenant = TenantDetail['tenant'];
export type Lifecycle = Tenant['lifecycle'];
export type TenantKind = Tenant['kind'];
export type Agreement = NonNullable<TenantDetail['agreement']>;
/** ISO weekday ('1' = Monday) to the intervals in which the center must be reachable. */
export type ServiceHours = Agreement['serviceHours'];
export type Interval = ServiceHours['1'][number];
export type Department = ApiItem<'/api/v1/tenants/{tenantId}/departments'>;
export type Contact = TenantDetail['contacts'][number];
export type ContactFunction = Contact['function'];
export type User = ApiItem<'/api/v1/users'>;

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
  privacy_officer: 'Datenschutz (Auskunft, Löschung, Aufbewahrung)',
};

export const allRoles = Object.keys(roleLabels) as Role[];
/** Roles bound to one tenant (the server's `tenantBoundRoles`). */
export const tenantBoundRoles: Role[] = ['editor', 'backoffice', 'itdesk'];

export const weekdays: { key: keyof ServiceHours; label: string }[] = [
  { key: 1, label: 'Montag' },
  { key: 2, label: 'Dienstag' },
  { key: 3, label: 'Mittwoch' },
  { key: 4, label: 'Donnerstag' },
  { key: 5, label: 'Freitag' },
  { key: 6, label: 'Samstag' },
  { key: 7, label: 'Sonntag' },
];

/** 2022-03-01 → 01.03.2022; empty for null. */
export const formatDate = (iso: string | null) =>
  iso ? new Date(`${iso.slice(0, 10)}T12:00:00`).toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' }) : '';
export const formatDateTime = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' }) : '';
