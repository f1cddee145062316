import { randomInt } from 'node:crypto';

/**
 * Reference numbers of the routed channels a citizen starts without an agent:
 * `KF-<year>-XXXX-XXXX` for the contact form, `CH-<year>-XXXX-XXXX` for the web chat.
 * Eight random characters (32^8 ≈ 10^12) so that one number does not reveal another;
 * the public status look-up is rate limited. The second level's numbers (DC-…) are
 * the tickets module's; the status page finds both.
 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: read out over the phone

export const workItemReferencePrefixes = { web_form: 'KF', chat: 'CH' } as const;
export type ReferencedChannel = keyof typeof workItemReferencePrefixes;

export function makeWorkItemReference(channel: ReferencedChannel, year: number, random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[random(ALPHABET.length)];
  return `${workItemReferencePrefixes[channel]}-${year}-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Normalises what a citizen typed (case, spaces, missing dashes are forgiven); null if it is no such number. */
export function normaliseWorkItemReference(input: string): string | null {
  const compact = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const m = /^(KF|CH)(\d{4})([A-Z0-9]{4})([A-Z0-9]{4})$/.exec(compact);
  return m ? `${m[1]}-${m[2]}-${m[3]}-${m[4]}` : null;
}
