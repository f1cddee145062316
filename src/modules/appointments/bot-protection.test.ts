import { describe, expect, it } from 'vitest';
import type { Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/app-error.js';
import type { AppointmentSettings } from './appointment-settings.js';
import { assertHoneypotEmpty, issueChallenge, leadingZeroBits, solveChallenge, verifyProofOfWork } from './bot-protection.js';

const settings = (over: Partial<AppointmentSettings> = {}): AppointmentSettings => ({
  holdMinutes: 10,
  offerMinutes: 60,
  powBits: 8,
  secret: 'unit-test-secret',
  maxPerEmail: 3,
  maxPerPerson: 3,
  holdsPerIpHour: 30,
  publicUrl: 'http://localhost:3000',
  smtpUrl: undefined,
  mailFrom: 'termine@example.org',
  ...over,
});
/** Every refusal below happens before the single-use record is written: touching the database fails the test. */
const noDatabase = new Proxy(
  {},
  {
    get: () => {
      throw new Error('Einheitentest: keine Datenbank');
    },
  },
) as unknown as Tx;
/** Challenges issued relative to the real clock, far enough from its edges to be independent of the hour and machine speed. */
const issuedNow = (s = settings()) => issueChallenge(s);
const issuedLongAgo = (s = settings()) => issueChallenge(s, Date.now() - 60 * 60_000);

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(error).toMatchObject({
    code: 'BAD_REQUEST',
    userMessage: 'Die Sicherheitsprüfung ist fehlgeschlagen. Bitte laden Sie die Seite neu.',
  });
};

describe('bot protection', () => {
  it('issues a signed challenge: expiry, random part, difficulty, signature; never the same twice', () => {
    const fixed = Date.UTC(2026, 11, 1, 9, 0);
    const { challenge, bits } = issueChallenge(settings({ powBits: 12 }), fixed);
    expect(bits).toBe(12);
    const [expires, random, difficulty, mac] = challenge.split('.');
    expect(Number(expires)).toBe(fixed + 10 * 60_000);
    expect(random).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(difficulty).toBe('12');
    expect(mac).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(issueChallenge(settings(), fixed).challenge).not.toBe(issueChallenge(settings(), fixed).challenge);
  });

  it('counts leading zero bits of the hash, and a solved nonce has at least the asked number', () => {
    const challenge = 'fixed.challenge.for.test';
    for (const bits of [0, 4, 9]) {
      const nonce = solveChallenge(challenge, bits);
      expect(leadingZeroBits(challenge, nonce)).toBeGreaterThanOrEqual(bits);
      expect(Number.isInteger(Number(nonce))).toBe(true);
    }
    expect(leadingZeroBits('a', '1')).toBe(leadingZeroBits('a', '1'));
    expect(leadingZeroBits('a', '1')).toBeLessThanOrEqual(256);
  });

  it('refuses a forged, altered or malformed challenge before any database access', async () => {
    const s = settings();
    const { challenge } = issuedNow(s);
    const nonce = solveChallenge(challenge, s.powBits);
    const [expires, random, , mac] = challenge.split('.') as [string, string, string, string];
    await refusal(verifyProofOfWork(noDatabase, s, issuedNow(settings({ secret: 'fremder-schluessel' })).challenge, nonce));
    await refusal(verifyProofOfWork(noDatabase, s, `${expires}.${random}.0.${mac}`, nonce));
    await refusal(verifyProofOfWork(noDatabase, s, `${Number(expires) + 3_600_000}.${random}.8.${mac}`, nonce));
    await refusal(verifyProofOfWork(noDatabase, s, `${expires}.${random}.8.${mac}x`, nonce));
    await refusal(verifyProofOfWork(noDatabase, s, 'kein.gueltiger', nonce));
    await refusal(verifyProofOfWork(noDatabase, s, '', ''));
    await refusal(verifyProofOfWork(noDatabase, s, `${challenge}.extra`, nonce));
  });

  it('refuses an expired challenge and a nonce without enough work', async () => {
    const s = settings({ powBits: 12 });
    const old = issuedLongAgo(s).challenge;
    await refusal(verifyProofOfWork(noDatabase, s, old, solveChallenge(old, 12)));
    const { challenge } = issuedNow(s);
    let lazy = 0;
    while (leadingZeroBits(challenge, String(lazy)) >= 12) lazy++;
    await refusal(verifyProofOfWork(noDatabase, s, challenge, String(lazy)));
    // A challenge issued at a lower difficulty does not pass once the server asks for more.
    const easy = issuedNow(settings({ powBits: 1 })).challenge;
    let weak = 0;
    while (leadingZeroBits(easy, String(weak)) < 1 || leadingZeroBits(easy, String(weak)) >= 12) weak++;
    await refusal(verifyProofOfWork(noDatabase, settings({ powBits: 12, secret: s.secret }), easy, String(weak)));
  });

  it('lets everything through with proof of work switched off (powBits 0)', async () => {
    await expect(verifyProofOfWork(noDatabase, settings({ powBits: 0 }), 'egal', 'egal')).resolves.toBeUndefined();
  });

  it('refuses a filled honeypot field without saying why, and accepts an empty one', () => {
    expect(() => assertHoneypotEmpty(undefined)).not.toThrow();
    expect(() => assertHoneypotEmpty('')).not.toThrow();
    expect(() => assertHoneypotEmpty('   ')).not.toThrow();
    expect(() => assertHoneypotEmpty('http://spam.example')).toThrow(AppError);
    try {
      assertHoneypotEmpty('x');
    } catch (e) {
      expect(e).toMatchObject({ code: 'BAD_REQUEST', userMessage: 'Die Anfrage konnte nicht verarbeitet werden.' });
      expect((e as AppError).userMessage).not.toMatch(/honeypot|website|bot/i);
    }
  });
});
