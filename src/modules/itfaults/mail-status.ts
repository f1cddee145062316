import type { ItStatus } from './itfaults.schema.js';

/** The reference in a subject: "AW: [ITS-2026-000123] P2 …". */
export const referenceInSubject = (subject: string) => /\bITS-\d{4}-\d{6}\b/.exec(subject.toUpperCase())?.[0] ?? null;

const statusWords: [RegExp, ItStatus][] = [
  [/^(angenommen|accepted|übernommen|uebernommen)/, 'accepted'],
  [/^(in bearbeitung|in_progress|in progress|bearbeitung)/, 'in_progress'],
  [/^(wartet|warten|waiting|rückfrage|rueckfrage)/, 'waiting'],
  [/^(gelöst|geloest|behoben|resolved|erledigt)/, 'resolved'],
  [/^(geschlossen|closed)/, 'closed'],
];

/**
 * Reads a reply of the IT service desk: "Status: …", "Ticket: …", "Umgehung: …" lines
 * at the top (the hand-over mail asks for them); the quoted original below is ignored.
 * Without a status line the text is kept as a message only.
 */
export function parseStatusReply(text: string): {
  status: ItStatus | null;
  itTicketNumber: string | null;
  workaround: string | null;
  message: string | null;
} {
  const lines = text.split(/\r?\n/);
  const own: string[] = [];
  for (const line of lines) {
    if (/^\s*>/.test(line) || /^-{2,}\s*(Original|Ursprüngliche)/i.test(line) || /^(Am|On) .+(schrieb|wrote)/i.test(line)) break;
    own.push(line);
  }
  let status: ItStatus | null = null;
  let itTicketNumber: string | null = null;
  let workaround: string | null = null;
  const message: string[] = [];
  for (const line of own) {
    const m = /^\s*(status|ticket|ticketnummer|umgehung|workaround)\s*:\s*(.+)$/i.exec(line);
    if (!m) {
      if (line.trim()) message.push(line.trim());
      continue;
    }
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'status') status = statusWords.find(([re]) => re.test(value.toLowerCase()))?.[1] ?? status;
    else if (key.startsWith('ticket')) itTicketNumber = value.slice(0, 60);
    else workaround = value.slice(0, 2000);
  }
  return { status, itTicketNumber, workaround, message: message.join(' ').slice(0, 2000) || null };
}
