import { optionallyTenantBoundRoles, roles as allRoles, tenantBoundRoles, type Role } from '../../platform/auth/roles.js';

/**
 * How an identity provider's claims become our roles and tenant binding (decision 0132). Pure: no
 * database; the tenant named here is still looked up (it must exist) by the caller.
 */
export interface ClaimSettings {
  rolesClaim: string;
  tenantClaim: string;
  usernameClaim: string;
  groupRoles: Readonly<Record<string, readonly Role[]>>;
  /** Tenant slugs the provider may bind a user to. */
  allowedTenants: readonly string[];
}

export type ClaimRefusal =
  /** No group of the user is mapped to a role. */
  | 'no_role'
  /** The tenant claim names a tenant this provider may not bind. */
  | 'tenant_not_allowed'
  /** Roles bound to a tenant (editor, back office, IT desk) but no tenant claim. */
  | 'tenant_missing'
  /** A tenant claim with roles that work for every tenant (agents, admins …): cannot be bound. */
  | 'tenant_not_bindable';

export type ClaimMapping =
  | { ok: true; roles: Role[]; tenant: string | null; groups: string[] }
  | { ok: false; reason: ClaimRefusal; groups: string[]; tenant: string | null };

/** A claim as a list of strings: an array of strings, or one string of space/comma-separated values. */
export function claimList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}

function claimString(value: unknown): string | null {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string' && value[0].trim()) return value[0].trim();
  return null;
}

export function mapClaims(claims: Record<string, unknown>, settings: ClaimSettings): ClaimMapping {
  const groups = claimList(claims[settings.rolesClaim]);
  const tenant = claimString(claims[settings.tenantClaim]);
  const mapped = new Set<Role>(groups.flatMap((g) => settings.groupRoles[g] ?? []));
  // In the order of the role list, so that equal claims give equal role arrays (no spurious changes).
  const roles = allRoles.filter((r) => mapped.has(r));
  if (roles.length === 0) return { ok: false, reason: 'no_role', groups, tenant };
  const bound = roles.some((r) => tenantBoundRoles.includes(r));
  const bindable = roles.every((r) => tenantBoundRoles.includes(r) || optionallyTenantBoundRoles.includes(r));
  if (tenant !== null) {
    if (!settings.allowedTenants.includes(tenant)) return { ok: false, reason: 'tenant_not_allowed', groups, tenant };
    if (!bindable) return { ok: false, reason: 'tenant_not_bindable', groups, tenant };
  } else if (bound) {
    return { ok: false, reason: 'tenant_missing', groups, tenant };
  }
  return { ok: true, roles, tenant, groups };
}

/** A login name of our shape (a-z, 0-9, `.`, `_`, `-`, 3–80) from the claims: username claim, e-mail's local part, or the subject. */
export function usernameFromClaims(claims: Record<string, unknown>, usernameClaim: string, subject: string): string {
  const email = typeof claims.email === 'string' ? claims.email.split('@')[0] : undefined;
  for (const candidate of [claims[usernameClaim], email]) {
    if (typeof candidate !== 'string') continue;
    const cleaned = candidate
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/[^a-z0-9._-]+/g, '.')
      .replace(/^[._-]+|[._-]+$/g, '')
      .slice(0, 72);
    if (cleaned.length >= 3) return cleaned;
  }
  return `sso-${subject
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 20)
    .padEnd(3, '0')}`;
}
