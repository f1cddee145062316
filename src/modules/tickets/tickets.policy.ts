import { hasRole, requireTenantAccess, type Actor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/http/app-error.js';
import type { RequestRow } from './tickets.repository.js';

/** Who may do what with second-level requests. Row-level security is the second lock. */
export const ticketsPolicy = {
  /** First level forwards: the center's agents and supervisors. */
  assertCanForward(actor: Actor, tenantId: string) {
    requireTenantAccess(actor, tenantId);
    if (!hasRole(actor, 'agent', 'supervisor')) throw new AppError('FORBIDDEN', 'Nur der Erstkontakt kann Anliegen weiterleiten.');
  },
  /** Center staff see all requests; back-office staff only those of their own departments. */
  canSee(actor: Actor, row: Pick<RequestRow, 'tenantId' | 'departmentId'>): boolean {
    if (actor.tenantId !== null && actor.tenantId !== row.tenantId) return false;
    if (hasRole(actor, 'agent', 'supervisor', 'admin')) return true;
    return hasRole(actor, 'backoffice') && actor.departmentIds.includes(row.departmentId);
  },
  assertCanSee(actor: Actor, row: Pick<RequestRow, 'tenantId' | 'departmentId'>) {
    // NOT_FOUND, not FORBIDDEN: a guessed id must not reveal that it exists.
    if (!ticketsPolicy.canSee(actor, row)) throw new AppError('NOT_FOUND', 'Die Anfrage wurde nicht gefunden.');
  },
  /** Answering, asking back, returning, passing on: the department (or a supervisor acting for it). */
  assertCanActAsDepartment(actor: Actor, row: Pick<RequestRow, 'tenantId' | 'departmentId'>) {
    ticketsPolicy.assertCanSee(actor, row);
    const isOwnDepartment = hasRole(actor, 'backoffice') && actor.departmentIds.includes(row.departmentId);
    if (!isOwnDepartment && !hasRole(actor, 'supervisor'))
      throw new AppError('FORBIDDEN', 'Nur der zuständige Fachbereich kann hier antworten.');
  },
  /** The citizen's reply may come in by phone to an agent or straight to the department. */
  assertCanRecordCitizenReply(actor: Actor, row: Pick<RequestRow, 'tenantId' | 'departmentId'>) {
    ticketsPolicy.assertCanSee(actor, row);
  },
  /** Closing a returned request and working call-backs is first level's job. */
  assertIsFirstLevel(actor: Actor) {
    if (!hasRole(actor, 'agent', 'supervisor')) throw new AppError('FORBIDDEN', 'Das erledigt der Erstkontakt.');
  },
  assertCanReport(actor: Actor) {
    if (!hasRole(actor, 'supervisor', 'admin')) throw new AppError('FORBIDDEN');
  },
  assertCanManageClosingDays(actor: Actor, tenantId: string) {
    requireTenantAccess(actor, tenantId);
    if (!hasRole(actor, 'admin')) throw new AppError('FORBIDDEN', 'Schließtage pflegt die Administration.');
  },
  assertCanReviewProposals(actor: Actor) {
    if (!hasRole(actor, 'editor', 'supervisor')) throw new AppError('FORBIDDEN');
  },
};
