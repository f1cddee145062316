import { createHash, randomBytes } from 'node:crypto';
import type { Config } from '../../config.js';
import { diffFields, recordAudit } from '../../platform/audit/audit.service.js';
import { hasRole, type Actor } from '../../platform/auth/actor.js';
import { addressSource, deviceSource, lockedUntilAfterFailure } from './login-lock-policy.js';
import { dummyHashPromise, hashPassword, verifyPassword } from '../../platform/auth/password.js';
import { optionallyTenantBoundRoles, tenantBoundRoles, type Role } from '../../platform/auth/roles.js';
import { ALL_TENANTS, type Database, type Tx } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { outcomeCounter } from '../../platform/http/rate-limit.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { findDepartmentInTx as findDepartment, findTenantInTx as findTenant } from '../tenancy/index.js';
import { localTime } from '../../platform/time/berlin-time.js';
import type { Clock } from '../../platform/time/clock.js';
import type { UserCreate, UserUpdate } from './accounts.contract.js';
import * as repo from './accounts.repository.js';
import { StagedChanges } from '../../platform/realtime/change-bus.js';
import { cachedSession, dropSessions, rememberSession, sessionGeneration, type CachedSession } from './session-cache.js';

export const DEVICE_COOKIE = 'dc_device';
export const SESSION_COOKIE = 'dc_session';
/** The password hash of an account made by single sign-on: no PHC string, never verifies (decision 0132). */
export const NO_PASSWORD = '!sso';
/** More failures than this from one address within the window answer 429, whatever the usernames. */
const IP_FAILURE_LIMIT = 30;
const IP_WINDOW_MINUTES = 15;
/** Name of the failed-login counter in rate_limit_hits. */
const LOGIN_FAILURE_LIMIT = 'login-failure';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function actorFromUser(user: Omit<repo.UserRow, 'lockedUntil'>, ip?: string): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles as Role[],
    tenantId: user.tenantId,
    departmentIds: user.departmentIds,
    ip,
  };
}

export interface LoginInput {
  /** The browser's device cookie, if it has one. */
  deviceToken?: string;
  username: string;
  password: string;
  ip: string;
  userAgent?: string;
}

type AuthSettings = Pick<Config, 'LOGIN_MAX_FAILURES' | 'LOGIN_LOCKOUT_MINUTES' | 'SESSION_TTL_HOURS'>;

/**
 * Checks the password, throttles per address and per account, and opens a session.
 * The same message answers unknown user and wrong password, and an unknown user
 * still costs one argon2 verification, so neither text nor timing reveals accounts.
 */
export async function login(database: Database, clock: Clock, settings: AuthSettings, input: LoginInput) {
  const now = clock.now();
  return database
    .scoped(ALL_TENANTS, async (tx) => {
      const username = input.username.trim().toLowerCase();
      // Failed logins per client address, counted where every other limit counts (rate_limit_hits).
      if ((await outcomeCounter.count(tx, LOGIN_FAILURE_LIMIT, input.ip, IP_WINDOW_MINUTES * 60, now)) >= IP_FAILURE_LIMIT) {
        throw new AppError('TOO_MANY_REQUESTS', 'Zu viele Anmeldeversuche von dieser Adresse. Bitte warten Sie 15 Minuten.');
      }
      const user = await repo.findUserByUsername(tx, username);
      const system: Actor = {
        userId: user?.id ?? null,
        username,
        displayName: username,
        roles: [],
        tenantId: null,
        departmentIds: [],
        ip: input.ip,
      };

      // A known device (cookie from an earlier successful login of this account) is its own
      // source: a stranger's failures from the shared city address do not lock the owner out.
      const deviceHash = input.deviceToken ? hashToken(input.deviceToken) : null;
      const knownDevice = !!user && !!deviceHash && (await repo.isKnownDevice(tx, deviceHash, user.id));
      const source = knownDevice && deviceHash ? deviceSource(deviceHash) : addressSource(input.ip);
      const lock = await repo.findLoginLock(tx, username, source);

      // Unknown names are counted and locked exactly like real ones: a 423 reveals nothing.
      if (lock?.lockedUntil && lock.lockedUntil > now) {
        await recordAudit(tx, system, {
          action: 'auth.login_refused_locked',
          entityType: 'user',
          entityId: user?.id,
          details: { username, source: source.split(':')[0] },
        });
        const message = `Anmeldungen von hier sind nach zu vielen Fehlversuchen bis ${formatTime(lock.lockedUntil)} Uhr gesperrt.`;
        return { failure: new AppError('ACCOUNT_LOCKED', message) } as const;
      }
      // An account made by single sign-on has no password: it costs the same verification and fails.
      const ok =
        user && user.passwordHash !== NO_PASSWORD
          ? await verifyPassword(user.passwordHash, input.password)
          : (await verifyPassword(await dummyHashPromise, input.password), false);
      if (!user || !ok) {
        await outcomeCounter.record(tx, LOGIN_FAILURE_LIMIT, input.ip, now);
        const failures = (lock?.failures ?? 0) + 1;
        const lockedUntil = lockedUntilAfterFailure(failures, settings.LOGIN_MAX_FAILURES, settings.LOGIN_LOCKOUT_MINUTES, now);
        await repo.saveLoginLock(tx, { username, source, failures, lockedUntil, lastFailureAt: now });
        await recordAudit(tx, system, {
          action: lockedUntil ? 'auth.login_locked' : 'auth.login_failed',
          entityType: 'user',
          entityId: user?.id,
          details: { username, failures, ...(lockedUntil ? { lockedUntil: lockedUntil.toISOString() } : {}) },
        });
        // The failed attempt and its audit record must survive: commit them, then answer.
        return { failure: new AppError('INVALID_CREDENTIALS') } as const;
      }
      if (!user.active) {
        await recordAudit(tx, system, { action: 'auth.login_refused_disabled', entityType: 'user', entityId: user.id });
        return { failure: new AppError('ACCOUNT_DISABLED') } as const;
      }
      if (lock) await repo.deleteLoginLock(tx, username, source);
      const deviceToken = input.deviceToken ?? randomBytes(32).toString('base64url');
      await repo.saveKnownDevice(tx, hashToken(deviceToken), user.id, now);
      const { token, expiresAt } = await openSessionInTx(tx, user.id, now, settings, input);
      await recordAudit(tx, actorFromUser(user, input.ip), { action: 'auth.login', entityType: 'user', entityId: user.id });
      return { token, expiresAt, user, deviceToken } as const;
    })
    .then((result) => {
      if ('failure' in result) throw result.failure;
      return result;
    });
}

/** A new session for the user (password or single sign-on): random token in the cookie, its SHA-256 in the table. */
export async function openSessionInTx(
  tx: Tx,
  userId: string,
  now: Date,
  settings: Pick<Config, 'SESSION_TTL_HOURS'>,
  client: { ip: string; userAgent?: string },
) {
  await repo.registerSuccessfulLogin(tx, userId, now);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + settings.SESSION_TTL_HOURS * 3_600_000);
  await repo.insertSession(tx, {
    tokenHash: hashToken(token),
    userId,
    expiresAt,
    lastSeenAt: now,
    ip: client.ip,
    userAgent: client.userAgent?.slice(0, 300),
  });
  return { token, expiresAt };
}

const formatTime = (d: Date) => localTime(d);

/** Login locks in force now, for administrators (who can lift them). */
export async function listLoginLocks(ctx: UseCaseContext) {
  requireAdmin(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const now = ctx.clock.now();
    const rows = await repo.listActiveLoginLocks(tx, now);
    return rows.map((r) => ({
      username: r.username,
      sourceKind: r.source.startsWith('device:') ? ('device' as const) : ('address' as const),
      source: r.source.slice(r.source.indexOf(':') + 1),
      failures: r.failures,
      lockedUntil: r.lockedUntil!,
      lastFailureAt: r.lastFailureAt,
    }));
  });
}

/** Lifts one source's lock for a login name (also names that are no account), audited. */
export async function liftLoginLock(ctx: UseCaseContext, input: { username: string; sourceKind: 'address' | 'device'; source: string }) {
  requireAdmin(ctx.actor);
  const username = input.username.trim().toLowerCase();
  const source = `${input.sourceKind === 'device' ? 'device' : 'ip'}:${input.source}`;
  await inActorScope(ctx, async (tx) => {
    const lock = await repo.findLoginLock(tx, username, source);
    if (!lock) throw notFound('Die Sperre');
    await repo.deleteLoginLock(tx, username, source);
    await recordAudit(tx, ctx.actor, {
      action: 'auth.lock_lifted',
      entityType: 'login_lock',
      entityId: undefined,
      details: { username, sourceKind: input.sourceKind },
    });
  });
}

/** How often a session's last-seen time is written at most (per instance). */
const TOUCH_EVERY_MS = 60_000;

/**
 * The actor behind a session cookie, or null. From the instance's session cache when it may be
 * trusted (decision 0095), else one indexed read (primary key of `sessions`, joined to its user);
 * refreshes last-seen at most once a minute. Expiry is checked against the clock on every request.
 */
export async function resolveSession(database: Database, clock: Clock, token: string, ip?: string): Promise<Actor | null> {
  const tokenHash = hashToken(token);
  const now = clock.now();
  let session = cachedSession(database, tokenHash, now);
  if (!session) {
    const generation = sessionGeneration(database);
    const found = await repo.findLiveSession(database.db, tokenHash, now);
    if (!found?.active) return null;
    session = found;
    rememberSession(database, tokenHash, found, generation, now.getTime());
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    session.lastSeenAt = now;
    await repo.touchSession(database.db, tokenHash, now);
  }
  return actorFromSession(session, ip);
}

function actorFromSession(session: CachedSession, ip?: string): Actor {
  return {
    userId: session.userId,
    username: session.username,
    displayName: session.displayName,
    roles: [...session.roles] as Role[],
    tenantId: session.tenantId,
    departmentIds: [...session.departmentIds],
    ip,
  };
}

/**
 * Tells every instance that the user's sessions ended or the user changed (roles, tenant, name,
 * deactivation): staged in the transaction `fn` runs, so other instances hear it at commit; this
 * instance drops its entries right after the commit too.
 */
async function changingSessionsOf<T>(ctx: UseCaseContext, userId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const changes = new StagedChanges(ctx.database);
  try {
    return await inActorScope(ctx, async (tx) => {
      const result = await fn(tx);
      await changes.stage(tx, { topic: 'sessions', userIds: [userId] });
      return result;
    });
  } finally {
    // Also after a failed transaction: dropping entries costs one read, keeping a changed one would not be safe.
    dropSessions(ctx.database, [userId]);
    changes.flush();
  }
}

export async function logout(ctx: UseCaseContext, token: string) {
  const userId = ctx.actor.userId;
  const inScope = <T>(fn: (tx: Tx) => Promise<T>) => (userId ? changingSessionsOf(ctx, userId, fn) : inActorScope(ctx, fn));
  await inScope(async (tx) => {
    await repo.deleteSession(tx, hashToken(token));
    await recordAudit(tx, ctx.actor, { action: 'auth.logout', entityType: 'user', entityId: ctx.actor.userId ?? undefined });
  });
}

export async function getMe(ctx: UseCaseContext) {
  return inActorScope(ctx, async (tx) => {
    const user = ctx.actor.userId ? await repo.findUserById(tx, ctx.actor.userId) : undefined;
    if (!user) throw new AppError('UNAUTHENTICATED');
    const tenant = user.tenantId ? await findTenant(tx, user.tenantId) : undefined;
    return {
      user: withLockInForce(user, ctx.clock.now()),
      tenant: tenant ? { id: tenant.id, name: tenant.name, slug: tenant.slug } : null,
    };
  });
}

export async function changeOwnPassword(ctx: UseCaseContext, token: string, currentPassword: string, newPassword: string) {
  const userId = ctx.actor.userId;
  if (!userId) throw new AppError('UNAUTHENTICATED');
  const result = await changingSessionsOf(ctx, userId, async (tx) => {
    const user = await repo.findUserById(tx, userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      await recordAudit(tx, ctx.actor, { action: 'auth.password_change_failed', entityType: 'user', entityId: userId });
      return 'wrong-password' as const;
    }
    assertPasswordAcceptable(user.username, newPassword);
    await repo.updateUser(tx, userId, { passwordHash: await hashPassword(newPassword), passwordChangedAt: ctx.clock.now() });
    // Other sessions (another browser, a stolen cookie) end; this one stays.
    await repo.deleteSessionsOfUser(tx, userId, hashToken(token));
    await recordAudit(tx, ctx.actor, { action: 'auth.password_changed', entityType: 'user', entityId: userId });
    return 'ok' as const;
  });
  if (result === 'wrong-password') {
    throw new AppError('VALIDATION_FAILED', 'Das bisherige Passwort ist falsch.', {
      issues: [{ field: 'currentPassword', message: 'Das bisherige Passwort ist falsch.' }],
    });
  }
}

function assertPasswordAcceptable(username: string, password: string) {
  if (password.toLowerCase().includes(username.toLowerCase())) {
    throw new AppError('VALIDATION_FAILED', 'Das Passwort darf den Benutzernamen nicht enthalten.', {
      issues: [{ field: 'newPassword', message: 'Das Passwort darf den Benutzernamen nicht enthalten.' }],
    });
  }
}

function requireAdmin(actor: Actor) {
  if (!hasRole(actor, 'admin') || actor.tenantId !== null) throw new AppError('FORBIDDEN', 'Nur die Administration verwaltet Konten.');
}

/** Editors and back-office staff need exactly one tenant; back-office departments must belong to it. */
async function assertBindingValid(tx: Tx, roles: readonly Role[], tenantId: string | null, departmentIds: readonly string[]) {
  const bound = roles.some((r) => tenantBoundRoles.includes(r));
  if (bound && !tenantId) {
    throw new AppError('VALIDATION_FAILED', 'Redaktion und Fachbereich sind an einen Mandanten gebunden.', {
      issues: [{ field: 'tenantId', message: 'Bitte einen Mandanten wählen.' }],
    });
  }
  const bindable = roles.every((r) => tenantBoundRoles.includes(r) || optionallyTenantBoundRoles.includes(r));
  if (!bound && tenantId && !bindable) {
    throw new AppError(
      'VALIDATION_FAILED',
      'Nur Redaktion, Fachbereich und Abrechnung (Rechnungskontakt) werden an einen Mandanten gebunden.',
      {
        issues: [{ field: 'tenantId', message: 'Für diese Rollen keinen Mandanten wählen.' }],
      },
    );
  }
  if (tenantId && !(await findTenant(tx, tenantId))) {
    throw new AppError('VALIDATION_FAILED', undefined, { issues: [{ field: 'tenantId', message: 'Unbekannter Mandant.' }] });
  }
  for (const departmentId of departmentIds) {
    if (!tenantId || !(await findDepartment(tx, tenantId, departmentId))) {
      throw new AppError('VALIDATION_FAILED', undefined, {
        issues: [{ field: 'departmentIds', message: 'Der Fachbereich gehört nicht zum gewählten Mandanten.' }],
      });
    }
  }
}

/**
 * `lockedUntil` as the server's clock sees it: only a lock still in force. The browser must not
 * compare it with its own clock (a wrong office PC clock, or a test clock on the server, would
 * show an expired lock as active or hide one that holds).
 */
function withLockInForce<T extends { lockedUntil: Date | null }>(user: T, now: Date): T {
  return user.lockedUntil && user.lockedUntil > now ? user : { ...user, lockedUntil: null };
}

export async function listUsers(ctx: UseCaseContext) {
  requireAdmin(ctx.actor);
  const now = ctx.clock.now();
  return inActorScope(ctx, async (tx) => (await repo.listUsers(tx)).map((u) => withLockInForce(u, now)));
}

export async function getUser(ctx: UseCaseContext, userId: string) {
  requireAdmin(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const user = await repo.findUserById(tx, userId);
    if (!user) throw notFound('Das Konto');
    return withLockInForce(user, ctx.clock.now());
  });
}

export async function createUser(ctx: UseCaseContext, input: UserCreate) {
  requireAdmin(ctx.actor);
  assertPasswordAcceptable(input.username, input.password);
  const passwordHash = await hashPassword(input.password);
  return inActorScope(ctx, async (tx) => {
    const tenantId = input.tenantId ?? null;
    const departmentIds = input.departmentIds ?? [];
    await assertBindingValid(tx, input.roles, tenantId, departmentIds);
    if (await repo.findUserByUsername(tx, input.username)) {
      throw new AppError('CONFLICT', 'Diesen Benutzernamen gibt es schon.');
    }
    const user = await repo.insertUser(tx, {
      username: input.username,
      displayName: input.displayName,
      email: input.email ?? null,
      passwordHash,
      roles: [...new Set(input.roles)],
      tenantId,
      departmentIds,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'permission.granted',
      tenantId,
      entityType: 'user',
      entityId: user.id,
      details: { username: user.username, roles: user.roles, tenantId, departmentIds },
    });
    // A lock recorded for the name before the account existed (unknown names are locked alike) shows only while it holds.
    return withLockInForce(user, ctx.clock.now());
  });
}

export async function updateUser(ctx: UseCaseContext, userId: string, input: UserUpdate) {
  requireAdmin(ctx.actor);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return changingSessionsOf(ctx, userId, async (tx) => {
    const before = await repo.findUserById(tx, userId);
    if (!before) throw notFound('Das Konto');
    if (input.password) assertPasswordAcceptable(before.username, input.password);
    const roles = (input.roles ? [...new Set(input.roles)] : before.roles) as Role[];
    const tenantId = input.tenantId === undefined ? before.tenantId : input.tenantId;
    const departmentIds = input.departmentIds ?? before.departmentIds;
    await assertBindingValid(tx, roles, tenantId, departmentIds);
    if (userId === ctx.actor.userId && (input.active === false || !roles.includes('admin'))) {
      throw new AppError('CONFLICT', 'Sie können sich nicht selbst die Administration entziehen oder sich deaktivieren.');
    }
    // The locks are the one record of them (login_locks); the account shows the latest (lockedUntil).
    if (input.unlock) await repo.deleteLoginLocksOf(tx, before.username);
    const after = await repo.updateUser(
      tx,
      userId,
      {
        displayName: input.displayName,
        email: input.email,
        roles,
        tenantId,
        departmentIds,
        active: input.active,
        ...(passwordHash ? { passwordHash, passwordChangedAt: ctx.clock.now() } : {}),
      },
      input.version,
    );
    if (!after) throw new AppError('CONFLICT', 'Das Konto wurde inzwischen geändert. Bitte neu laden.');
    if (passwordHash || input.active === false) await repo.deleteSessionsOfUser(tx, userId);
    const changes = diffFields(before, after);
    const permissionChanged = ['roles', 'tenantId', 'departmentIds', 'active'].some((k) => k in changes);
    await recordAudit(tx, ctx.actor, {
      action: permissionChanged ? 'permission.changed' : 'user.updated',
      tenantId: after.tenantId,
      entityType: 'user',
      entityId: userId,
      // The login name makes the entry readable for auditors, who cannot list accounts.
      details: { username: after.username, changes },
    });
    return withLockInForce(after, ctx.clock.now());
  });
}
