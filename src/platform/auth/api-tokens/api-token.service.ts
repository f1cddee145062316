import { createHash, randomBytes } from 'node:crypto';
import { recordAudit } from '../../audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../context.js';
import { ALL_TENANTS, type Database, type Tx } from '../../db/database.js';
import { AppError, notFound } from '../../http/app-error.js';
import type { Clock } from '../../time/clock.js';
import { requireRole, type Actor } from '../actor.js';
import * as repo from './api-token.repository.js';
import { apiTokenScopeCatalogue, type ApiTokenScope } from './scopes.js';

/** Tokens are long random strings: SHA-256 suffices (nothing to guess, nothing to stretch). */
export const hashApiToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** How often a token's last use is written at most (a busy telephone system sends many requests a second). */
const TOUCH_EVERY_MS = 60_000;
export const MAX_TOKEN_DAYS = 730;

export interface ApiTokenPrincipal {
  id: string;
  name: string;
  scopes: readonly ApiTokenScope[];
  tenantId: string | null;
  subjectType: string | null;
  subjectId: string | null;
}

export interface ApiTokenView {
  id: string;
  name: string;
  scopes: ApiTokenScope[];
  tenantId: string | null;
  tokenPrefix: string | null;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: Date;
  createdBy: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  revokedBy: string | null;
  lastUsedAt: Date | null;
  state: 'active' | 'expired' | 'revoked';
}

export function viewOf(row: repo.ApiTokenRow, now: Date): ApiTokenView {
  const state = row.revokedAt ? 'revoked' : row.expiresAt && row.expiresAt <= now ? 'expired' : 'active';
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes as ApiTokenScope[],
    tenantId: row.tenantId,
    tokenPrefix: row.tokenPrefix,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    revokedBy: row.revokedBy,
    lastUsedAt: row.lastUsedAt,
    state,
  };
}

/** The actor a token acts as on a route that also serves staff (only the roles its scope grants there). */
export function actorOfToken(principal: ApiTokenPrincipal, scope: ApiTokenScope, ip?: string): Actor {
  return {
    userId: null,
    username: `api-token:${principal.name}`,
    displayName: `API-Token „${principal.name}“`,
    roles: [...apiTokenScopeCatalogue[scope].actsAs],
    tenantId: principal.tenantId,
    departmentIds: [],
    ...(ip ? { ip } : {}),
  };
}

const unauthenticated = (why: string) => new AppError('UNAUTHENTICATED', `API-Token: ${why}.`);

/**
 * Checks `Authorization: Bearer <token>` for one scope: 401 when missing, unknown, revoked or
 * expired (the same answer for unknown and revoked: nothing to learn), 403 when the token is
 * valid but lacks the scope. Records the use (at most once a minute per token).
 */
export async function authenticateApiToken(
  database: Database,
  clock: Clock,
  authorization: string | undefined,
  scope: ApiTokenScope,
  ip: string,
): Promise<ApiTokenPrincipal> {
  const match = /^Bearer\s+(\S{16,200})$/i.exec(authorization ?? '');
  if (!match) throw unauthenticated('fehlt (Authorization: Bearer …)');
  const now = clock.now();
  const row = await database.scoped(ALL_TENANTS, async (tx) => {
    const found = await repo.findTokenByHash(tx, hashApiToken(match[1]!));
    if (!found || found.revokedAt || (found.expiresAt && found.expiresAt <= now)) return undefined;
    if (!found.lastUsedAt || found.lastUsedAt.getTime() <= now.getTime() - TOUCH_EVERY_MS) {
      await repo.touchToken(tx, found.id, now, ip.slice(0, 64), new Date(now.getTime() - TOUCH_EVERY_MS));
    }
    return found;
  });
  if (!row) throw unauthenticated('ungültig, abgelaufen oder widerrufen');
  if (!row.scopes.includes(scope)) throw new AppError('FORBIDDEN', 'Dieses API-Token ist für diesen Zugriff nicht freigegeben.');
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes as ApiTokenScope[],
    tenantId: row.tenantId,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
  };
}

export interface IssueTokenInput {
  name: string;
  scopes: ApiTokenScope[];
  /** null: no expiry (only for tokens taken over from older configuration). */
  expiresAt: Date | null;
  tenantId?: string | null;
  subject?: { type: string; id: string };
  /** A given token (demo data, migration of a known token); otherwise 32 random bytes. */
  token?: string;
}

/**
 * Issues a token inside the caller's transaction (modules that manage a token's subject,
 * e.g. telephone systems, call this); audited in the same transaction. The token is
 * returned once and stored only as its hash.
 */
export async function issueApiTokenInTx(tx: Tx, actor: Actor, now: Date, input: IssueTokenInput) {
  const token = input.token ?? `dc_${randomBytes(32).toString('base64url')}`;
  if (await repo.findTokenByHash(tx, hashApiToken(token))) throw new AppError('CONFLICT', 'Dieses Token gibt es schon.');
  const row = await repo.insertToken(tx, {
    name: input.name,
    scopes: [...new Set(input.scopes)],
    tokenHash: hashApiToken(token),
    tokenPrefix: token.slice(0, 10),
    tenantId: input.tenantId ?? null,
    subjectType: input.subject?.type ?? null,
    subjectId: input.subject?.id ?? null,
    createdAt: now,
    createdBy: actor.username,
    expiresAt: input.expiresAt,
  });
  await recordAudit(tx, actor, {
    action: 'api_token.issued',
    tenantId: row.tenantId,
    entityType: 'api_token',
    entityId: row.id,
    details: { name: row.name, scopes: row.scopes, expiresAt: row.expiresAt?.toISOString() ?? null, prefix: row.tokenPrefix },
  });
  return { token, view: viewOf(row, now) };
}

export interface CreateTokenRequest {
  name: string;
  scopes: ApiTokenScope[];
  expiresInDays: number;
  tenantId?: string | null;
}

/** Admins issue a token for the scopes that speak for no particular subject. */
export async function issueApiToken(ctx: UseCaseContext, input: CreateTokenRequest, tenantExists: (id: string) => Promise<boolean>) {
  requireRole(ctx.actor, 'admin');
  const bound = input.scopes.filter((s) => apiTokenScopeCatalogue[s].subjectType);
  if (bound.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      'Tokens für Telefonanlagen werden bei der Telefonanlage ausgestellt (/api/v1/telephony/systems).',
      {
        issues: [{ field: 'scopes', message: `Nicht hier: ${bound.join(', ')}` }],
      },
    );
  }
  const unbindable = input.scopes.filter((s) => !apiTokenScopeCatalogue[s].tenantBindable);
  if (input.tenantId && unbindable.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'Nur Berichts- und Abrechnungs-Tokens lassen sich an einen Mandanten binden.', {
      issues: [{ field: 'tenantId', message: `Nicht mit: ${unbindable.join(', ')}` }],
    });
  }
  if (input.tenantId && !(await tenantExists(input.tenantId))) throw notFound('Der Mandant');
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000);
  return inActorScope(ctx, (tx) => issueApiTokenInTx(tx, ctx.actor, now, { ...input, expiresAt }));
}

export async function listApiTokens(ctx: UseCaseContext, subject?: { type: string; id: string }) {
  requireRole(ctx.actor, 'admin');
  const now = ctx.clock.now();
  return inActorScope(ctx, async (tx) => (await repo.listTokens(tx, subject)).map((r) => viewOf(r, now)));
}

/** Revokes a token at once (the next request with it is a 401); audited. Revoking twice is a 409. */
export async function revokeApiToken(ctx: UseCaseContext, id: string) {
  requireRole(ctx.actor, 'admin');
  const now = ctx.clock.now();
  return inActorScope(ctx, (tx) => revokeApiTokenInTx(tx, ctx.actor, now, id));
}

export async function revokeApiTokenInTx(tx: Tx, actor: Actor, now: Date, id: string) {
  const existing = await repo.findToken(tx, id);
  if (!existing) throw notFound('Das API-Token');
  if (existing.revokedAt) throw new AppError('CONFLICT', 'Das API-Token ist schon widerrufen.');
  const row = (await repo.revokeToken(tx, id, now, actor.username))!;
  await recordAudit(tx, actor, {
    action: 'api_token.revoked',
    tenantId: row.tenantId,
    entityType: 'api_token',
    entityId: row.id,
    details: { name: row.name, scopes: row.scopes },
  });
  return viewOf(row, now);
}

/** Tokens of one subject (e.g. a telephone system), for the module managing it. */
export const listApiTokensOfSubjectInTx = async (tx: Tx, now: Date, subject: { type: string; id: string }) =>
  (await repo.listTokens(tx, subject)).map((r) => viewOf(r, now));

export const findApiTokenInTx = (tx: Tx, id: string) => repo.findToken(tx, id);
