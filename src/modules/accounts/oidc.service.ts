import { createHash, randomBytes } from 'node:crypto';
import * as oidc from 'openid-client';
import type { Config } from '../../config.js';
import { diffFields, recordAudit } from '../../platform/audit/audit.service.js';
import type { Actor } from '../../platform/auth/actor.js';
import { ALL_TENANTS, type Database, type Tx } from '../../platform/db/database.js';
import type { Clock } from '../../platform/time/clock.js';
import { listTenantsInTx } from '../tenancy/index.js';
import * as repo from './accounts.repository.js';
import { actorFromUser, NO_PASSWORD, openSessionInTx } from './accounts.service.js';
import { type ClaimRefusal, mapClaims, usernameFromClaims } from './oidc-claims.js';
import { StagedChanges } from '../../platform/realtime/change-bus.js';
import { dropSessions } from './session-cache.js';

/**
 * Single sign-on over OpenID Connect (decision 0132): authorization code flow with PKCE, state and
 * nonce kept server-side (oidc_login_states), the account linked by issuer + subject, roles and tenant
 * from the claims on every login, the normal session afterwards.
 */

export const OIDC_STATE_COOKIE = 'dc_oidc_state';
export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';
/** Minutes between the start of a login and its callback (the user types the password at the provider). */
export const OIDC_STATE_MINUTES = 10;
const PROVIDER_TIMEOUT_MS = 10_000;

type OidcSettings = Pick<
  Config,
  | 'OIDC_ISSUER_URL'
  | 'OIDC_CLIENT_ID'
  | 'OIDC_CLIENT_SECRET'
  | 'OIDC_REDIRECT_BASE_URL'
  | 'OIDC_SCOPES'
  | 'OIDC_ROLES_CLAIM'
  | 'OIDC_TENANT_CLAIM'
  | 'OIDC_USERNAME_CLAIM'
  | 'OIDC_GROUP_ROLES'
  | 'OIDC_ALLOWED_TENANTS'
  | 'PUBLIC_URL'
  | 'SESSION_TTL_HOURS'
>;

/** Why a single sign-on ended on the login page; the page shows the German sentence (login-page.tsx). */
export type OidcFailure = ClaimRefusal | 'tenant_unknown' | 'disabled' | 'state_invalid' | 'provider_error' | 'cancelled';

export class OidcLoginRefused extends Error {
  constructor(
    readonly failure: OidcFailure,
    options?: { cause?: unknown },
  ) {
    super(`single sign-on refused: ${failure}`, options);
  }
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** The identity provider as this app instance sees it; its metadata is discovered on first use and kept. */
export class OidcClient {
  private discovered: Promise<oidc.Configuration> | undefined;

  constructor(readonly settings: OidcSettings) {}

  get enabled(): boolean {
    return !!this.settings.OIDC_ISSUER_URL;
  }

  get issuer(): string {
    return this.settings.OIDC_ISSUER_URL!;
  }

  get redirectUri(): string {
    return `${(this.settings.OIDC_REDIRECT_BASE_URL ?? this.settings.PUBLIC_URL).replace(/\/$/, '')}${OIDC_CALLBACK_PATH}`;
  }

  configuration(): Promise<oidc.Configuration> {
    if (!this.discovered) {
      const issuer = new URL(this.issuer);
      this.discovered = oidc
        .discovery(issuer, this.settings.OIDC_CLIENT_ID!, undefined, oidc.ClientSecretBasic(this.settings.OIDC_CLIENT_SECRET!), {
          // http only for a provider on the loopback interface (config.ts refuses it elsewhere).
          execute: issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
          [oidc.customFetch]: (url, options) =>
            fetch(url, { ...(options as RequestInit), signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS) }),
        })
        .catch((error: unknown) => {
          // Tried again at the next login instead of remembering an outage.
          this.discovered = undefined;
          throw error;
        });
    }
    return this.discovered;
  }
}

/** Starts a login: the provider's authorization URL and the state the browser keeps in a cookie. */
export async function startOidcLogin(database: Database, clock: Clock, client: OidcClient): Promise<{ url: string; state: string }> {
  let configuration: oidc.Configuration;
  try {
    configuration = await client.configuration();
  } catch (error) {
    throw new OidcLoginRefused('provider_error', { cause: error });
  }
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const now = clock.now();
  await database.scoped(ALL_TENANTS, async (tx) => {
    await repo.deleteOidcLoginStatesBefore(tx, new Date(now.getTime() - OIDC_STATE_MINUTES * 60_000));
    await repo.insertOidcLoginState(tx, { stateHash: sha256(state), codeVerifier, nonce, createdAt: now });
  });
  const scopes = new Set(['openid', ...client.settings.OIDC_SCOPES.split(/\s+/).filter(Boolean)]);
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: client.redirectUri,
    scope: [...scopes].join(' '),
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state };
}

export interface OidcCallbackInput {
  /** The callback's query string as received (`code`, `state`, `iss` or `error`). */
  query: Record<string, string | undefined>;
  /** The state cookie set at the start: the callback must come back to the browser that started. */
  cookieState: string | undefined;
  ip: string;
  userAgent?: string;
}

/**
 * Finishes a login at the callback: checks state (one use, this browser, ten minutes), exchanges the
 * code (PKCE, nonce, ID token checked by openid-client), maps the claims, creates or updates the linked
 * account and opens a session. Refusals are audited and thrown as OidcLoginRefused.
 */
export async function finishOidcLogin(database: Database, clock: Clock, client: OidcClient, input: OidcCallbackInput) {
  const now = clock.now();
  const settings = client.settings;
  const state = input.query.state;
  const pending =
    state && input.cookieState === state
      ? await database.scoped(ALL_TENANTS, (tx) => repo.takeOidcLoginState(tx, sha256(state)))
      : undefined;
  const anonymous = (details: Record<string, unknown>) =>
    database.scoped(ALL_TENANTS, (tx) =>
      recordAudit(tx, systemActor('sso', input.ip), { action: 'auth.sso_failed', entityType: 'user', details }),
    );

  if (input.query.error) {
    await anonymous({ issuer: client.issuer, error: input.query.error.slice(0, 100) });
    throw new OidcLoginRefused('cancelled');
  }
  if (!pending || now.getTime() - pending.createdAt.getTime() > OIDC_STATE_MINUTES * 60_000) {
    await anonymous({ issuer: client.issuer, error: 'state_invalid' });
    throw new OidcLoginRefused('state_invalid');
  }

  let claims: Record<string, unknown>;
  let subject: string;
  try {
    const configuration = await client.configuration();
    const callbackUrl = new URL(client.redirectUri);
    for (const [name, value] of Object.entries(input.query)) if (value !== undefined) callbackUrl.searchParams.set(name, value);
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims()!;
    subject = idClaims.sub;
    // Providers put groups and custom claims in the ID token or only at the userinfo endpoint: both are read.
    const userinfo = await oidc.fetchUserInfo(configuration, tokens.access_token, subject);
    claims = { ...userinfo, ...idClaims };
  } catch (error) {
    await anonymous({ issuer: client.issuer, error: error instanceof Error ? error.message.slice(0, 200) : 'unknown' });
    throw new OidcLoginRefused('provider_error', { cause: error });
  }

  // Roles, tenant and name follow the provider at every login: the user's other sessions too (decision 0095).
  const sessionChanges = new StagedChanges(database);
  let updatedUserId: string | null = null;
  const result = await database.scoped(ALL_TENANTS, async (tx) => {
    const mapping = mapClaims(claims, {
      rolesClaim: settings.OIDC_ROLES_CLAIM,
      tenantClaim: settings.OIDC_TENANT_CLAIM,
      usernameClaim: settings.OIDC_USERNAME_CLAIM,
      groupRoles: settings.OIDC_GROUP_ROLES ?? {},
      allowedTenants: settings.OIDC_ALLOWED_TENANTS,
    });
    const linked = await repo.findUserByOidcIdentity(tx, client.issuer, subject);
    const name = linked?.username ?? usernameFromClaims(claims, settings.OIDC_USERNAME_CLAIM, subject);
    const refuse = async (reason: OidcFailure, details: Record<string, unknown> = {}) => {
      await recordAudit(tx, linked ? actorFromUser(linked, input.ip) : systemActor(name, input.ip), {
        action: 'auth.sso_claims_refused',
        entityType: 'user',
        entityId: linked?.id,
        details: { issuer: client.issuer, subject, reason, ...details },
      });
      return { failure: reason } as const;
    };
    if (!mapping.ok) return refuse(mapping.reason, { groups: mapping.groups.slice(0, 50), tenant: mapping.tenant });
    let tenantId: string | null = null;
    if (mapping.tenant !== null) {
      const tenant = (await listTenantsInTx(tx)).find((t) => t.slug === mapping.tenant || t.id === mapping.tenant);
      if (!tenant) return refuse('tenant_unknown', { tenant: mapping.tenant });
      tenantId = tenant.id;
    }
    const displayName = stringClaim(claims.name) ?? name;
    const email = stringClaim(claims.email);

    let user: repo.UserRow;
    if (linked) {
      if (!linked.active) {
        await recordAudit(tx, actorFromUser(linked, input.ip), {
          action: 'auth.login_refused_disabled',
          entityType: 'user',
          entityId: linked.id,
          details: { issuer: client.issuer },
        });
        return { failure: 'disabled' } as const;
      }
      // The provider is the source of roles and tenant: they follow its claims at every login.
      // Departments are assigned here, by the administration; they are kept while the tenant stays.
      const departmentIds = linked.tenantId === tenantId ? linked.departmentIds : [];
      const updated = await repo.updateUser(tx, linked.id, { displayName, email, roles: mapping.roles, tenantId, departmentIds });
      user = updated!;
      updatedUserId = linked.id;
      await sessionChanges.stage(tx, { topic: 'sessions', userIds: [linked.id] });
      const changes = diffFields(linked, user);
      if (['roles', 'tenantId', 'departmentIds'].some((k) => k in changes)) {
        await recordAudit(tx, actorFromUser(user, input.ip), {
          action: 'permission.changed',
          tenantId,
          entityType: 'user',
          entityId: user.id,
          details: { username: user.username, changes, source: 'sso', issuer: client.issuer },
        });
      }
    } else {
      user = await repo.insertUser(tx, {
        username: await freeUsername(tx, name),
        displayName,
        email,
        passwordHash: NO_PASSWORD,
        roles: mapping.roles,
        tenantId,
        departmentIds: [],
        oidcIssuer: client.issuer,
        oidcSubject: subject,
      });
      await recordAudit(tx, actorFromUser(user, input.ip), {
        action: 'auth.sso_user_provisioned',
        tenantId,
        entityType: 'user',
        entityId: user.id,
        details: { username: user.username, roles: user.roles, tenantId, issuer: client.issuer, subject },
      });
    }
    const session = await openSessionInTx(tx, user.id, now, settings, input);
    await recordAudit(tx, actorFromUser(user, input.ip), {
      action: 'auth.login_sso',
      tenantId,
      entityType: 'user',
      entityId: user.id,
      details: { issuer: client.issuer, groups: mapping.groups.slice(0, 50) },
    });
    return { ...session, user };
  });
  if (updatedUserId) dropSessions(database, [updatedUserId]);
  sessionChanges.flush();
  if ('failure' in result) throw new OidcLoginRefused(result.failure);
  return result;
}

function stringClaim(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : null;
}

function systemActor(username: string, ip: string): Actor {
  return { userId: null, username, displayName: username, roles: [], tenantId: null, departmentIds: [], ip };
}

/** The login name, or with -2, -3 … when a local account already has it: an account is never linked by its name. */
async function freeUsername(tx: Tx, base: string): Promise<string> {
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 75)}-${n}`;
    if (!(await repo.findUserByUsername(tx, candidate))) return candidate;
  }
  return `${base.slice(0, 60)}-${randomBytes(6).toString('hex')}`;
}
