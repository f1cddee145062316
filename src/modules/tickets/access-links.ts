import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe token (256 bits) and the SHA-256 hash that is stored in its place. */
export function newAccessToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashAccessToken(token) };
}

export const hashAccessToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const isPlausibleToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
