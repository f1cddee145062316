import { api } from '../../app/api';

/** Leading zero bits of a digest. */
function zeroBits(bytes: Uint8Array): number {
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/**
 * Fetches a challenge and finds a nonce (SHA-256 with enough leading zero bits):
 * a moment's work for a person, real cost for a bot that wants thousands of holds.
 */
export async function solveProofOfWork(): Promise<{ challenge: string; nonce: string }> {
  const { challenge, bits } = await api<{ challenge: string; bits: number }>('GET', '/api/v1/public/appointments/challenge');
  const encoder = new TextEncoder();
  for (let n = 0; ; n++) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`${challenge}:${n}`)));
    if (zeroBits(digest) >= bits) return { challenge, nonce: String(n) };
  }
}
