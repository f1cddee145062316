import { describe, expect, it } from 'vitest';
import { type ClaimSettings, claimList, mapClaims, usernameFromClaims } from './oidc-claims.js';

const settings: ClaimSettings = {
  rolesClaim: 'groups',
  tenantClaim: 'tenant',
  usernameClaim: 'preferred_username',
  groupRoles: { 'dc-redaktion': ['editor'], 'dc-fachbereich': ['backoffice'], 'dc-agenten': ['agent'], 'dc-abrechnung': ['billing'] },
  allowedTenants: ['laatzen', 'langenhagen'],
};

describe('claims of the identity provider → roles and tenant (decision 0132)', () => {
  it('maps groups to roles in the fixed role order and binds the allowed tenant', () => {
    expect(mapClaims({ groups: ['dc-fachbereich', 'dc-redaktion', 'andere'], tenant: 'laatzen' }, settings)).toEqual({
      ok: true,
      roles: ['editor', 'backoffice'],
      tenant: 'laatzen',
      groups: ['dc-fachbereich', 'dc-redaktion', 'andere'],
    });
  });

  it('center roles come without a tenant; billing may come with or without one', () => {
    expect(mapClaims({ groups: 'dc-agenten' }, settings)).toMatchObject({ ok: true, roles: ['agent'], tenant: null });
    expect(mapClaims({ groups: ['dc-abrechnung'], tenant: 'laatzen' }, settings)).toMatchObject({ ok: true, roles: ['billing'] });
    expect(mapClaims({ groups: ['dc-abrechnung'] }, settings)).toMatchObject({ ok: true, tenant: null });
  });

  it('refuses no role, a tenant not allowed, a missing tenant, and a tenant with center roles', () => {
    expect(mapClaims({ groups: ['andere'], tenant: 'laatzen' }, settings)).toMatchObject({ ok: false, reason: 'no_role' });
    expect(mapClaims({}, settings)).toMatchObject({ ok: false, reason: 'no_role' });
    expect(mapClaims({ groups: ['dc-redaktion'], tenant: 'hannover' }, settings)).toMatchObject({
      ok: false,
      reason: 'tenant_not_allowed',
    });
    expect(mapClaims({ groups: ['dc-redaktion'] }, settings)).toMatchObject({ ok: false, reason: 'tenant_missing' });
    expect(mapClaims({ groups: ['dc-agenten'], tenant: 'laatzen' }, settings)).toMatchObject({ ok: false, reason: 'tenant_not_bindable' });
  });

  it('reads list claims as arrays or space/comma-separated strings', () => {
    expect(claimList(['a', ' b ', '', 3])).toEqual(['a', 'b']);
    expect(claimList('a b,c')).toEqual(['a', 'b', 'c']);
    expect(claimList(undefined)).toEqual([]);
  });

  it('makes a login name of our shape from the username claim, the e-mail, or the subject', () => {
    expect(usernameFromClaims({ preferred_username: 'Jürgen.Groß@LAATZEN' }, 'preferred_username', 's')).toBe('jurgen.gross.laatzen');
    expect(usernameFromClaims({ email: 'r.redlich@laatzen.example' }, 'preferred_username', 's')).toBe('r.redlich');
    expect(usernameFromClaims({ preferred_username: 'x' }, 'preferred_username', 'A1-b2')).toBe('sso-a1b2');
  });
});
