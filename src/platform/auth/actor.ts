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
