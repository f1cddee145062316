import { and, asc, desc, eq, getTableColumns, gt, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.js';
import { knownDevices, loginLocks, oidcLoginStates, sessions, users } from './accounts.schema.js';

/** An account with `lockedUntil`: the latest lock of any source, read from login_locks (the one record of locks). */
export type UserRow = typeof users.$inferSelect & { lockedUntil: Date | null };
export type UserInsert = typeof users.$inferInsert;

const lockedUntilOfUser = sql<Date | null>`(select max(l.locked_until) from login_locks l where l.username = ${users.username})`.mapWith(
  (v: Date | string | null) => (v === null ? null : new Date(v)),
);
const userColumns = { ...getTableColumns(users), lockedUntil: lockedUntilOfUser };

export async function findUserByUsername(q: Queryable, username: string): Promise<UserRow | undefined> {
  const [row] = await q.select(userColumns).from(users).where(eq(users.username, username.toLowerCase()));
  return row;
}

export async function findUserById(q: Queryable, id: string): Promise<UserRow | undefined> {
  const [row] = await q.select(userColumns).from(users).where(eq(users.id, id));
  return row;
}

export const listUsers = (q: Queryable) => q.select(userColumns).from(users).orderBy(asc(users.username));

export async function insertUser(q: Queryable, values: UserInsert): Promise<UserRow> {
  const [row] = await q
    .insert(users)
    .values({ ...values, username: values.username.toLowerCase() })
    .returning({ id: users.id });
  return (await findUserById(q, row!.id))!;
}

export async function updateUser(
  q: Queryable,
  id: string,
  values: Partial<UserInsert>,
  expectedVersion?: number,
): Promise<UserRow | undefined> {
  const [row] = await q
    .update(users)
    .set({ ...values, updatedAt: new Date(), version: sql`${users.version} + 1` })
    .where(expectedVersion === undefined ? eq(users.id, id) : and(eq(users.id, id), eq(users.version, expectedVersion)))
    .returning({ id: users.id });
  return row ? findUserById(q, row.id) : undefined;
}

export type LoginLockRow = typeof loginLocks.$inferSelect;

export async function findLoginLock(q: Queryable, username: string, source: string): Promise<LoginLockRow | undefined> {
  const [row] = await q
    .select()
    .from(loginLocks)
    .where(and(eq(loginLocks.username, username), eq(loginLocks.source, source)));
  return row;
}

export async function saveLoginLock(q: Queryable, row: LoginLockRow) {
  await q
    .insert(loginLocks)
    .values(row)
    .onConflictDoUpdate({
      target: [loginLocks.username, loginLocks.source],
      set: { failures: row.failures, lockedUntil: row.lockedUntil, lastFailureAt: row.lastFailureAt },
    });
}

export async function deleteLoginLock(q: Queryable, username: string, source: string) {
  await q.delete(loginLocks).where(and(eq(loginLocks.username, username), eq(loginLocks.source, source)));
}

export async function deleteLoginLocksOf(q: Queryable, username: string) {
  await q.delete(loginLocks).where(eq(loginLocks.username, username));
}

/** Locks in force at `now`, newest first (for the administrators' list). */
export const listActiveLoginLocks = (q: Queryable, now: Date) =>
  q.select().from(loginLocks).where(gt(loginLocks.lockedUntil, now)).orderBy(desc(loginLocks.lockedUntil)).limit(500);

export async function isKnownDevice(q: Queryable, tokenHash: string, userId: string): Promise<boolean> {
  const [row] = await q
    .select({ userId: knownDevices.userId })
    .from(knownDevices)
    .where(and(eq(knownDevices.tokenHash, tokenHash), eq(knownDevices.userId, userId)));
  return !!row;
}

export async function saveKnownDevice(q: Queryable, tokenHash: string, userId: string, now: Date) {
  await q
    .insert(knownDevices)
    .values({ tokenHash, userId, createdAt: now, lastSeenAt: now })
    .onConflictDoUpdate({ target: [knownDevices.tokenHash, knownDevices.userId], set: { lastSeenAt: now } });
}

export async function registerSuccessfulLogin(q: Queryable, id: string, now: Date) {
  await q.update(users).set({ lastLoginAt: now }).where(eq(users.id, id));
}

export async function insertSession(q: Queryable, values: typeof sessions.$inferInsert) {
  await q.insert(sessions).values(values);
}

/**
 * The session with what the actor needs of its user, if the session has not expired at `now`:
 * one read by the primary key (no password hash or other columns fetched).
 */
export async function findLiveSession(q: Queryable, tokenHash: string, now: Date) {
  const [row] = await q
    .select({
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      username: users.username,
      displayName: users.displayName,
      roles: users.roles,
      tenantId: users.tenantId,
      departmentIds: users.departmentIds,
      active: users.active,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row;
}

export async function touchSession(q: Queryable, tokenHash: string, now: Date) {
  await q.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(q: Queryable, tokenHash: string) {
  await q.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(q: Queryable, userId: string, exceptTokenHash?: string) {
  await q
    .delete(sessions)
    .where(
      exceptTokenHash ? and(eq(sessions.userId, userId), sql`${sessions.tokenHash} <> ${exceptTokenHash}`) : eq(sessions.userId, userId),
    );
}

export async function deleteExpiredSessions(q: Queryable, now: Date) {
  await q.delete(sessions).where(lt(sessions.expiresAt, now));
}

/** The account linked to an identity provider's subject (single sign-on, decision 0132). */
export async function findUserByOidcIdentity(q: Queryable, issuer: string, subject: string): Promise<UserRow | undefined> {
  const [row] = await q
    .select(userColumns)
    .from(users)
    .where(and(eq(users.oidcIssuer, issuer), eq(users.oidcSubject, subject)));
  return row;
}

export async function insertOidcLoginState(q: Queryable, values: typeof oidcLoginStates.$inferInsert) {
  await q.insert(oidcLoginStates).values(values);
}

/** Takes (reads and deletes) a login state: each state is good for one callback. */
export async function takeOidcLoginState(q: Queryable, stateHash: string) {
  const [row] = await q.delete(oidcLoginStates).where(eq(oidcLoginStates.stateHash, stateHash)).returning();
  return row;
}

export async function deleteOidcLoginStatesBefore(q: Queryable, before: Date) {
  await q.delete(oidcLoginStates).where(lt(oidcLoginStates.createdAt, before));
}
