import { ALL_TENANTS, type Database } from '../../platform/db/database.js';
import type { Clock } from '../../platform/time/clock.js';
import { retryDelayMs } from '../../platform/mail/dispatcher.js';
import { addEvent, markHandedOverInTx } from './faults.service.js';
import * as repo from './itfaults.repository.js';
import type { ItFaultSettings } from './itfaults.settings.js';
import { IDEMPOTENCY_HEADER, SIGNATURE_HEADER, signBody, TIMESTAMP_HEADER } from './signature.js';

export const ITFAULT_WEBHOOK_JOB = 'itfaults-webhook';

export interface DeliveryRunResult {
  claimed: number;
  delivered: number;
  failed: number;
  gaveUp: number;
}

const errorText = (error: unknown) => {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'Zeitüberschreitung';
  return [e?.message, e?.cause?.code ?? e?.cause?.message].filter(Boolean).join(': ').slice(0, 500) || String(error).slice(0, 500);
};

/**
 * Sends due webhook deliveries to the IT service desk, like the mail outbox:
 * 1. claim a batch in one short transaction (lease, attempt counted) and commit;
 * 2. POST each one with no transaction open (timeout bounds the wait), signed over
 *    timestamp and body, with the delivery's idempotency key (the same on every attempt);
 * 3. record the outcome in its own short transaction: delivered (2xx), or failing with
 *    the next attempt after an exponential backoff, or given up after the maximum.
 * A crash between sending and recording sends again after the lease with the same key,
 * so the receiver can drop the duplicate.
 */
export async function deliverDueWebhooks(
  database: Database,
  clock: Clock,
  settings: ItFaultSettings,
  options: { batchSize?: number; leaseMs?: number } = {},
): Promise<DeliveryRunResult> {
  const result: DeliveryRunResult = { claimed: 0, delivered: 0, failed: 0, gaveUp: 0 };
  if (!settings.webhookSecret) return result;
  const claimedAt = clock.now();
  const leaseMs = options.leaseMs ?? Math.max(60_000, settings.webhookTimeoutMs * 3);
  const claimed = await database.scoped(ALL_TENANTS, (tx) =>
    repo.claimDueDeliveries(tx, claimedAt, new Date(claimedAt.getTime() + leaseMs), options.batchSize ?? 20),
  );
  result.claimed = claimed.length;
  for (const delivery of claimed) {
    const body = JSON.stringify({ ...delivery.payload, deliveryId: delivery.id, idempotencyKey: delivery.idempotencyKey });
    const timestamp = Math.floor(clock.now().getTime() / 1000);
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: signBody(settings.webhookSecret, timestamp, body),
          [IDEMPOTENCY_HEADER]: delivery.idempotencyKey,
          'user-agent': 'DialogCenter-IT-Webhook/1',
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(settings.webhookTimeoutMs),
      });
      statusCode = response.status;
      await response.arrayBuffer().catch(() => undefined);
      if (statusCode < 200 || statusCode >= 300) error = `HTTP ${statusCode}`;
    } catch (e) {
      error = errorText(e);
    }
    const at = clock.now();
    if (!error) {
      await database.scoped(ALL_TENANTS, async (tx) => {
        const done = await repo.finishDelivery(
          tx,
          delivery.id,
          delivery.claimToken!,
          { status: 'delivered', deliveredAt: at, lastStatusCode: statusCode, lastError: null, nextAttemptAt: delivery.nextAttemptAt },
          at,
        );
        if (done && delivery.faultId)
          await markHandedOverInTx(tx, delivery.faultId, at, `Webhook zugestellt (Versuch ${delivery.attempts}, HTTP ${statusCode})`);
      });
      result.delivered++;
      continue;
    }
    result.failed++;
    const giveUp = delivery.attempts >= settings.webhookMaxAttempts;
    if (giveUp) result.gaveUp++;
    await database.scoped(ALL_TENANTS, async (tx) => {
      const done = await repo.finishDelivery(
        tx,
        delivery.id,
        delivery.claimToken!,
        {
          status: giveUp ? 'given_up' : 'failing',
          lastError: error,
          lastStatusCode: statusCode,
          deliveredAt: null,
          nextAttemptAt: new Date(at.getTime() + retryDelayMs(delivery.attempts, settings.webhookRetryMs)),
        },
        at,
      );
      if (done && delivery.faultId) {
        await addEvent(tx, { id: delivery.faultId, tenantId: delivery.tenantId }, at, 'system', {
          kind: 'delivery',
          message: giveUp
            ? `Webhook aufgegeben nach ${delivery.attempts} Versuchen: ${error}`
            : `Webhook-Versuch ${delivery.attempts} fehlgeschlagen: ${error}`,
        });
      }
    });
  }
  return result;
}
