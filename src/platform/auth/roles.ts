/**
 * Roles of the DialogCenter. The center's own staff work for every tenant;
 * editors and back-office staff are bound to one tenant (see `tenantBoundRoles`).
 */
export const roles = ['agent', 'supervisor', 'editor', 'backoffice', 'dispatcher', 'billing', 'admin', 'auditor'] as const;
export type Role = (typeof roles)[number];

export const tenantBoundRoles: readonly Role[] = ['editor', 'backoffice'];

export const roleLabels: Record<Role, string> = {
  agent: 'Agent/in (Erstkontakt)',
  supervisor: 'Teamleitung',
  editor: 'Redaktion Wissensdatenbank',
  backoffice: 'Fachbereich (Zweite Ebene)',
  dispatcher: 'Leitstelle Ordnungsdienst',
  billing: 'Abrechnung',
  admin: 'Administration',
  auditor: 'Revision / Datenschutz',
};
