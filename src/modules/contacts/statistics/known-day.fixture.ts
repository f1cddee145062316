/**
 * A small known day for the figures, computed by hand (tests of the rollups and the
 * reports use it). Langenhagen (agreement 75/30, short abandon 5 s), Sunday
 * 30 March 2025: the clocks jump from 02:00 CET to 03:00 CEST.
 *
 * | call   | offered (Berlin)   | what happens                                        | counts as                 |
 * |--------|--------------------|-----------------------------------------------------|---------------------------|
 * | m1     | 29.03. 23:58:00    | answered after 20 s, ends 30.03. 00:03:20           | 29 March (offer day)      |
 * | a1     | 01:50:00 CET       | answered after 10 s, ends 03:05:10 CEST (900 s talk) | answered within target    |
 * | a2     | 10:00:00 CEST      | answered after 45 s, 120 s talk                      | answered, not within      |
 * | s1     | 10:05:00           | hangs up after 4 s                                   | short abandon             |
 * | s2     | 10:06:00           | hangs up after 5 s                                   | short abandon (≤ 5 s)     |
 * | b1     | 10:07:00           | hangs up after 40 s                                  | abandoned                 |
 * | cb1    | 10:08:00           | asks for a call-back after 60 s                      | call-back                 |
 * | late1  | 10:15:05 queued    | answered 10:15:20, ends 10:18:20 (180 s talk)        | first 10:15 interval, 15 s |
 * | late1  | 10:14:50 offered   | arrives LATE: offer moves to the 10:00 interval      | wait 30 s: within target  |
 *
 * 30 March: offered 5 (a1, a2, b1, cb1, late1), answered 3, within target 2, abandoned 1,
 * short abandons 2, call-backs 1; service level 2/5 = 0.4; answer rate 3/5 = 0.6;
 * ASA (10 + 45 + 30) / 3 = 28.3 s; talk 900 + 120 + 180 = 1200 s; AHT 400 s; longest wait 60 s.
 */
export const KNOWN_DAY = '2025-03-30';
export const LANGENHAGEN_NUMBER = '0511 1689-010';

interface Ev {
  eventId: string;
  callId: string;
  type: string;
  occurredAt: string;
  dialledNumber: string;
  callerNumber: string;
  agentId?: string;
  queue?: string;
}
const ev = (callId: string, type: string, occurredAt: string, extra: Partial<Ev> = {}): Ev => ({
  eventId: `kd-${callId}:${type}`,
  callId: `kd-${callId}`,
  type,
  occurredAt,
  dialledNumber: LANGENHAGEN_NUMBER,
  callerNumber: '0511 5550 0001',
  ...extra,
});
const agent = { agentId: 'SIP/1001' };

/** Everything except the late event, in one batch. */
export const knownDayEvents: Ev[] = [
  ev('m1', 'offered', '2025-03-29T23:58:00+01:00'),
  ev('m1', 'answered', '2025-03-29T23:58:20+01:00', agent),
  ev('m1', 'ended', '2025-03-30T00:03:20+01:00', agent),
  ev('a1', 'offered', '2025-03-30T01:50:00+01:00'),
  ev('a1', 'answered', '2025-03-30T01:50:10+01:00', agent),
  ev('a1', 'ended', '2025-03-30T03:05:10+02:00', agent),
  ev('a2', 'offered', '2025-03-30T10:00:00+02:00'),
  ev('a2', 'answered', '2025-03-30T10:00:45+02:00', agent),
  ev('a2', 'ended', '2025-03-30T10:02:45+02:00', agent),
  ev('s1', 'offered', '2025-03-30T10:05:00+02:00'),
  ev('s1', 'abandoned', '2025-03-30T10:05:04+02:00'),
  ev('s2', 'offered', '2025-03-30T10:06:00+02:00'),
  ev('s2', 'abandoned', '2025-03-30T10:06:05+02:00'),
  ev('b1', 'offered', '2025-03-30T10:07:00+02:00'),
  ev('b1', 'abandoned', '2025-03-30T10:07:40+02:00'),
  ev('cb1', 'offered', '2025-03-30T10:08:00+02:00'),
  ev('cb1', 'callback_requested', '2025-03-30T10:09:00+02:00'),
  ev('late1', 'queued', '2025-03-30T10:15:05+02:00'),
  ev('late1', 'answered', '2025-03-30T10:15:20+02:00', agent),
  ev('late1', 'ended', '2025-03-30T10:18:20+02:00', agent),
];

/** The late event: the call was offered before it was queued. */
export const knownDayLateEvent: Ev[] = [ev('late1', 'offered', '2025-03-30T10:14:50+02:00')];

/** Expected figures of 30 March (by hand, see the table). */
export const knownDayTotals = {
  offered: 5,
  answered: 3,
  abandoned: 1,
  shortAbandoned: 2,
  callbacks: 1,
  answeredWithinTarget: 2,
  serviceLevel: 0.4,
  answerRate: 0.6,
  asaSeconds: 28.3,
  talkSeconds: 1200,
  ahtSeconds: 400,
};
