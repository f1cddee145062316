import { describe, expect, it } from 'vitest';
import { signBody, tokenMatches, verifySignature } from './signature.js';

const now = new Date('2026-12-02T09:30:00Z');
const ts = Math.floor(now.getTime() / 1000);

describe('HMAC-SHA256 signature over timestamp and body', () => {
  const body = '{"status":"accepted"}';
  const signature = signBody('geheimes-geheimnis-1234', ts, body);
  const check = (over: Partial<Parameters<typeof verifySignature>[0]>) =>
    verifySignature({ secret: 'geheimes-geheimnis-1234', timestamp: String(ts), signature, body, now, windowSeconds: 300, ...over });

  it('accepts the right signature inside the window', () => {
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(check({})).toEqual({ ok: true, timestampSeconds: ts });
  });
  it('refuses another body, another secret, a moved timestamp, an old call and missing headers', () => {
    expect(check({ body: '{"status":"closed"}' }).ok).toBe(false);
    expect(check({ secret: 'anderes-geheimnis-9876' }).ok).toBe(false);
    expect(check({ timestamp: String(ts + 1) }).ok).toBe(false);
    expect(check({ now: new Date(now.getTime() + 301_000) })).toEqual({ ok: false, reason: 'Zeitstempel außerhalb des Zeitfensters' });
    expect(check({ signature: undefined }).ok).toBe(false);
    expect(check({ timestamp: '12abc' }).ok).toBe(false);
  });
  it('compares tokens in constant time and never matches an unset token', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(tokenMatches('abc', undefined)).toBe(false);
    expect(tokenMatches(undefined, undefined)).toBe(false);
  });
});
