import { requireRole, requireTenantAccess, type Actor } from '../../platform/auth/actor.js';

/**
 * Who may do what at the IT fault desk. Agents and supervisors take faults and count
 * calls on outages; the IT service desk (role itdesk, bound to its tenant) and
 * supervisors declare and close outages and keep the known errors. Back office,
 * editors, billing, dispatch and auditors have no business here (403).
 */
export const itFaultsPolicy = {
  assertCanTake(actor: Actor) {
    requireRole(actor, 'agent', 'supervisor', 'itdesk');
  },
  assertCanRead(actor: Actor, tenantId?: string) {
    requireRole(actor, 'agent', 'supervisor', 'itdesk');
    if (tenantId) requireTenantAccess(actor, tenantId);
  },
  assertCanManage(actor: Actor, tenantId?: string) {
    requireRole(actor, 'supervisor', 'itdesk');
    if (tenantId) requireTenantAccess(actor, tenantId);
  },
  assertCanCountCall(actor: Actor, tenantId: string) {
    requireRole(actor, 'agent', 'supervisor');
    requireTenantAccess(actor, tenantId);
  },
  assertCanReport(actor: Actor) {
    requireRole(actor, 'supervisor', 'itdesk');
  },
};
