import { randomInt } from 'node:crypto';

/**
 * Public reference codes: `DC-<year>-<running number>-<check>`, e.g. DC-2026-001234-K7QX.
 * The check part is random (not derived), so knowing one code does not reveal
 * another: 32^4 ≈ 1 million possibilities per running number, and the status
 * page is rate limited.
 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: read out over the phone

export function makeReferenceCode(year: number, runningNumber: number): string {
  let check = '';
  for (let i = 0; i < 4; i++) check += ALPHABET[randomInt(ALPHABET.length)];
  return `DC-${year}-${String(runningNumber).padStart(6, '0')}-${check}`;
}

/** Normalises what a citizen typed (case, spaces, missing dashes are forgiven). */
export function normaliseReferenceCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const m = /^DC(\d{4})(\d{6,})([A-Z0-9]{4})$/.exec(compact);
  return m ? `DC-${m[1]}-${m[2]}-${m[3]}` : null;
}
