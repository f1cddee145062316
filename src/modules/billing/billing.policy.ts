import { hasRole, type Actor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/http/app-error.js';

/**
 * Who may do what in billing (decision record 0104):
 * - center billing staff (role billing, bound to no tenant): cost plan, keys, preview, invoices;
 * - a tenant's billing contact (role billing bound to that tenant): reads its own issued invoices
 *   and credit notes (list, XML, PDF) and nothing else; another tenant's is 404.
 */
export const isBillingStaff = (actor: Actor) => hasRole(actor, 'billing') && actor.tenantId === null;

export function requireBillingStaff(actor: Actor): void {
  if (!isBillingStaff(actor)) throw new AppError('FORBIDDEN', 'Nur die Abrechnung des DialogCenters darf das.');
}

export function requireBillingReader(actor: Actor): void {
  if (!hasRole(actor, 'billing')) throw new AppError('FORBIDDEN');
}

/** The first lock of tenant isolation for invoices, in code (row-level security is the second). */
export function canSeeInvoice(actor: Actor, invoice: { tenantId: string; status: string }): boolean {
  if (isBillingStaff(actor)) return true;
  return hasRole(actor, 'billing') && actor.tenantId === invoice.tenantId && invoice.status === 'issued';
}
