import { hasRole, requireTenantAccess, type Actor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/http/app-error.js';

/** Who may do what with tenants and their service agreements. */
export const tenancyPolicy = {
  /** Tenant names and keys are public: every signed-in user may list them. */
  canList: (_actor: Actor) => true,
  /** Details (agreement, departments, contacts): the center's staff, and a tenant's own people. */
  assertCanRead(actor: Actor, tenantId: string) {
    requireTenantAccess(actor, tenantId);
  },
  /** Lifecycle, agreement, departments and contacts are kept by the center's administrators. */
  assertCanManage(actor: Actor, tenantId: string) {
    requireTenantAccess(actor, tenantId);
    if (!hasRole(actor, 'admin')) throw new AppError('FORBIDDEN', 'Nur die Administration darf Mandanten ändern.');
  },
};
