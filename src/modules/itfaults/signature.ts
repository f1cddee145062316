import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signing of the calls between the DialogCenter and the IT service desk, both ways:
 * HMAC-SHA256 with the shared secret over `<unix seconds>.<raw body>`, sent as
 * `X-DialogCenter-Timestamp` and `X-DialogCenter-Signature: sha256=<hex>`. The
 * timestamp is inside the signed text, so it cannot be changed to replay an old call;
 * the receiver refuses timestamps outside its window and a signature it has seen.
 */
export const TIMESTAMP_HEADER = 'x-dialogcenter-timestamp';
export const SIGNATURE_HEADER = 'x-dialogcenter-signature';
export const IDEMPOTENCY_HEADER = 'idempotency-key';

export function signBody(secret: string, timestampSeconds: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex')}`;
}

export type SignatureCheck = { ok: true; timestampSeconds: number } | { ok: false; reason: string };

/** Checks signature and window; does not know about replays (the caller remembers seen signatures). */
export function verifySignature(options: {
  secret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  body: string;
  now: Date;
  windowSeconds: number;
}): SignatureCheck {
  const { timestamp, signature } = options;
  if (!timestamp || !signature) return { ok: false, reason: 'Signatur oder Zeitstempel fehlt' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'Zeitstempel ungültig' };
  const ts = Number(timestamp);
  if (Math.abs(options.now.getTime() / 1000 - ts) > options.windowSeconds)
    return { ok: false, reason: 'Zeitstempel außerhalb des Zeitfensters' };
  const expected = Buffer.from(signBody(options.secret, ts, options.body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'Signatur stimmt nicht' };
  return { ok: true, timestampSeconds: ts };
}

/** Constant-time comparison of a bearer token with the configured one. */
export function tokenMatches(given: string | undefined, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
