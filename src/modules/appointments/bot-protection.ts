import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/app-error.js';
import type { AppointmentSettings } from './appointment-settings.js';
import { countAndRecordRateEvent } from './rate-events.repository.js';

/**
 * Protection against bots that grab appointments, without third-party services:
 * a proof of work per public hold (a few hundred milliseconds of hashing for a
 * person, real cost for someone holding thousands), a honeypot field, and rate
 * limits per IP address kept in the database (so they hold across instances).
 */
const CHALLENGE_MINUTES = 10;

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');

export function issueChallenge(settings: AppointmentSettings, now = Date.now()) {
  const payload = `${now + CHALLENGE_MINUTES * 60_000}.${randomBytes(12).toString('base64url')}.${settings.powBits}`;
  return { challenge: `${payload}.${sign(settings.secret, payload)}`, bits: settings.powBits };
}

/** Leading zero bits of sha256(challenge + ':' + nonce). */
export function leadingZeroBits(challenge: string, nonce: string): number {
  const digest = createHash('sha256').update(`${challenge}:${nonce}`).digest();
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    bits += Math.clz32(byte) - 24;
    break;
  }
  return bits;
}

/** Finds a nonce (what the browser does; tests and benchmarks use it too). */
export function solveChallenge(challenge: string, bits: number): string {
  for (let n = 0; ; n++) if (leadingZeroBits(challenge, String(n)) >= bits) return String(n);
}

const refused = () => new AppError('BAD_REQUEST', 'Die Sicherheitsprüfung ist fehlgeschlagen. Bitte laden Sie die Seite neu.');

/** Checks signature, expiry, work and single use of a challenge. */
export async function verifyProofOfWork(tx: Tx, settings: AppointmentSettings, challenge: string, nonce: string) {
  if (settings.powBits === 0) return;
  const parts = challenge.split('.');
  if (parts.length !== 4) throw refused();
  const [expires, random, bits, mac] = parts as [string, string, string, string];
  const expected = Buffer.from(sign(settings.secret, `${expires}.${random}.${bits}`));
  if (expected.length !== Buffer.from(mac).length || !timingSafeEqual(expected, Buffer.from(mac))) throw refused();
  if (Number(expires) < Date.now()) throw refused();
  if (leadingZeroBits(challenge, nonce) < Math.max(Number(bits), settings.powBits)) throw refused();
  if ((await countAndRecordRateEvent(tx, `pow:${random}`, CHALLENGE_MINUTES + 1)) > 0) throw refused();
}

/** Bots fill every field; people never see this one. The answer reveals nothing. */
export function assertHoneypotEmpty(value: string | undefined) {
  if (value && value.trim() !== '') throw new AppError('BAD_REQUEST', 'Die Anfrage konnte nicht verarbeitet werden.');
}

const ipBucket = (action: string, ip: string) => `${action}:${createHash('sha256').update(ip).digest('hex').slice(0, 32)}`;

/** At most `limit` requests of one action per IP in the window; the IP is stored only hashed. */
export async function enforceIpRate(tx: Tx, action: string, ip: string, limit: number, windowMinutes = 60) {
  const count = await countAndRecordRateEvent(tx, ipBucket(action, ip), windowMinutes);
  if (count >= limit) {
    throw new AppError(
      'TOO_MANY_REQUESTS',
      'Zu viele Anfragen von Ihrer Verbindung. Bitte versuchen Sie es später erneut oder rufen Sie die 115 an.',
    );
  }
}
