/**
 * Roles of the DialogCenter. The center's own staff work for every tenant;
 * editors and back-office staff are bound to one tenant (see `tenantBoundRoles`).
 */
export const roles = [
  'agent',
  'supervisor',
  'editor',
  'backoffice',
  'dispatcher',
  'billing',
  'admin',
  'auditor',
  'itdesk',
  'privacy_officer',
] as const;
export type Role = (typeof roles)[number];

export const tenantBoundRoles: readonly Role[] = ['editor', 'backoffice', 'itdesk'];

/**
 * Roles that may be bound to one tenant but need not be: billing unbound is the center's billing
 * staff; billing bound to a tenant is that tenant's billing contact (reads its own invoices only).
 */
export const optionallyTenantBoundRoles: readonly Role[] = ['billing'];

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
