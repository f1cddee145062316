import { systemActor } from '../../platform/auth/actor.js';
import { ALL_TENANTS, type Database } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import type { StatusInput } from './itfaults.contract.js';
import type { Clock } from '../../platform/time/clock.js';
import { applyItStatusInTx } from './faults.service.js';
import { faultView } from './fault-view.js';
import * as repo from './itfaults.repository.js';
import type { ItFaultSettings } from './itfaults.settings.js';
import { tokenMatches, verifySignature } from './signature.js';

export interface InboundCredentials {
  bearer: string | undefined;
  timestamp: string | undefined;
  signature: string | undefined;
}

/**
 * Status from the IT service desk over the API: authenticated (before the body is even
 * validated) by the configured token or by an HMAC signature over timestamp and raw body
 * (the same scheme as our outbound calls). A forged call, one outside the window, or a
 * signature seen before is a 401 and changes nothing: the signature is remembered in the
 * same transaction as the status change, so a replay racing the original loses on the key.
 */
export function authenticateStatusCall(
  settings: ItFaultSettings,
  now: Date,
  rawBody: string,
  credentials: InboundCredentials,
): { signature: string | null } {
  if (credentials.bearer !== undefined) {
    if (!tokenMatches(credentials.bearer, settings.statusToken ?? undefined)) throw unauthenticated('Token ungültig');
    return { signature: null };
  }
  if (!settings.webhookSecret) throw unauthenticated('keine Signatur vereinbart');
  const check = verifySignature({
    secret: settings.webhookSecret,
    timestamp: credentials.timestamp,
    signature: credentials.signature,
    body: rawBody,
    now,
    windowSeconds: settings.signatureWindowSeconds,
  });
  if (!check.ok) throw unauthenticated(check.reason);
  return { signature: credentials.signature! };
}

/** Applies an authenticated status call; a signature seen before is refused in the same transaction. */
export async function applyStatusCall(database: Database, clock: Clock, faultId: string, input: StatusInput, signature: string | null) {
  const now = clock.now();
  const actor = { ...systemActor('it-service-desk'), displayName: 'IT-Service-Desk' };
  const updated = await database.scoped(ALL_TENANTS, async (tx) => {
    const row = await repo.findFault(tx, faultId, true);
    if (!row) throw notFound('Die IT-Störung');
    if (signature && !(await repo.insertReceipt(tx, { signature, tenantId: row.tenantId, faultId: row.id, receivedAt: now }))) {
      throw unauthenticated('Signatur bereits verwendet (Wiederholung)');
    }
    return applyItStatusInTx(tx, actor, row, input, now, 'webhook');
  });
  return faultView(updated, now);
}

const unauthenticated = (reason: string) => new AppError('UNAUTHENTICATED', `Die Statusmeldung wurde nicht angenommen: ${reason}.`);

/** Forgets remembered signatures once they are outside any window (job). */
export async function purgeStatusReceipts(database: Database, clock: Clock, settings: ItFaultSettings) {
  const before = new Date(clock.now().getTime() - 2 * settings.signatureWindowSeconds * 1000);
  return { purged: await database.scoped(ALL_TENANTS, (tx) => repo.purgeReceipts(tx, before)) };
}
