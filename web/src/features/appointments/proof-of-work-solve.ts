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

/** Finds a nonce whose SHA-256 over `challenge:nonce` has `bits` leading zero bits (no request: the portal shares it). */
export async function solveChallenge(challenge: string, bits: number): Promise<{ challenge: string; nonce: string }> {
  const encoder = new TextEncoder();
  for (let n = 0; ; n++) {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(`${challenge}:${n}`)));
    if (zeroBits(digest) >= bits) return { challenge, nonce: String(n) };
  }
}
