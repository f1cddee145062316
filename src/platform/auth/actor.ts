import { ALL_TENANTS, onlyTenants, type TenantScope } from '../db/database.js';
import { AppError } from '../http/app-error.js';
import type { Role } from './roles.js';

/** Who is acting: a signed-in user, or the system itself (seeding, jobs). */
export interface Actor {
  userId: string | null;
  username: string;
  displayName: string;
  roles: readonly Role[];
  /** Set for tenant-bound users (editors, back-office staff). */
  tenantId: string | null;
  departmentIds: readonly string[];
  ip?: string;
  /**
   * Break-glass reason (header `X-Break-Glass-Reason`, decision 0136): an administrator who must read
   * personal data their role does not cover names why; the read is allowed and audited with it.
   */
  breakGlassReason?: string;
}

export const systemActor = (name = 'system'): Actor => ({
  userId: null,
  username: name,
  displayName: name,
  roles: ['admin'],
  tenantId: null,
  departmentIds: [],
});

/** The rows an actor may ever see: their own tenant, or all tenants for center staff. */
export function scopeOf(actor: Actor): TenantScope {
  return actor.tenantId ? onlyTenants(actor.tenantId) : ALL_TENANTS;
}

export function hasRole(actor: Actor, ...wanted: Role[]): boolean {
  return wanted.some((r) => actor.roles.includes(r));
}

export function requireRole(actor: Actor, ...wanted: Role[]): void {
  if (!hasRole(actor, ...wanted)) throw new AppError('FORBIDDEN');
}

/** First lock of tenant isolation, in code (RLS is the second). */
export function canAccessTenant(actor: Actor, tenantId: string): boolean {
  return actor.tenantId === null || actor.tenantId === tenantId;
}

export function requireTenantAccess(actor: Actor, tenantId: string): void {
  // NOT_FOUND rather than FORBIDDEN: a guessed id must not reveal that it exists.
  if (!canAccessTenant(actor, tenantId)) throw new AppError('NOT_FOUND');
}

/** Header with which an administrator asks for a break-glass read of personal data (decision 0136). */
export const BREAK_GLASS_HEADER = 'x-break-glass-reason';

/**
 * How an actor may read personal data: through a role that needs it (`role`), as an administrator
 * with a stated reason (`break_glass`, audited with the reason), or not at all (null).
 * Administrators administer: without a reason their role reads no citizen's data (issue 16).
 */
export function personalDataAccess(actor: Actor, ...rolesWithAccess: Role[]): 'role' | 'break_glass' | null {
  if (hasRole(actor, ...rolesWithAccess)) return 'role';
  if (actor.userId === null && actor.username === 'system') return 'role';
  if (hasRole(actor, 'admin') && actor.breakGlassReason) return 'break_glass';
  return null;
}

/** Throws unless the actor may read personal data; returns the audit details of the read. */
export function requirePersonalDataAccess(actor: Actor, ...rolesWithAccess: Role[]): Record<string, unknown> {
  const access = personalDataAccess(actor, ...rolesWithAccess);
  if (access === null) {
    if (hasRole(actor, 'admin')) throw new AppError('BREAK_GLASS_REQUIRED');
    throw new AppError('FORBIDDEN');
  }
  return access === 'break_glass' ? { breakGlass: true, reason: actor.breakGlassReason } : {};
}
