/**
 * The wallboard's figures, defined once (see docs/metrics.md). The database
 * classifies each call of the day into the counts below (wallboard.repository.ts);
 * this file turns counts into rates.
 *
 * - offered: calls that entered a queue today (Europe/Berlin day of `offeredAt`)
 *   and are decided (answered, abandoned, call-back), minus short abandons.
 * - short abandon: hung up after waiting at most the tenant's `shortAbandonSeconds`
 *   (copied onto the call when it was offered); not counted as offered.
 * - answered within service level: answered after waiting at most the tenant's
 *   `serviceLevelSeconds` (copied likewise).
 * - call-back: the caller chose a call-back instead of waiting; counted as offered
 *   and not answered (the call-back is a work item with its own deadline).
 * - service level = answered within threshold / offered.
 * - answer rate = answered / offered.
 * - first-contact resolution = documented contacts of the day with outcome
 *   `answered_first_level` / all documented contacts of the day (all channels).
 */
export interface CallCounts {
  answered: number;
  answeredWithinServiceLevel: number;
  abandoned: number;
  shortAbandoned: number;
  callbacks: number;
}

export interface ContactCounts {
  documented: number;
  firstLevel: number;
}

export interface Kpis {
  offered: number;
  answered: number;
  abandoned: number;
  shortAbandoned: number;
  callbacks: number;
  /** Percent, one decimal; null when nothing was offered yet. */
  serviceLevelPercent: number | null;
  answerRatePercent: number | null;
  firstContactResolutionPercent: number | null;
}

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

export function computeKpis(calls: CallCounts, contacts: ContactCounts): Kpis {
  const offered = calls.answered + calls.abandoned + calls.callbacks;
  return {
    offered,
    answered: calls.answered,
    abandoned: calls.abandoned,
    shortAbandoned: calls.shortAbandoned,
    callbacks: calls.callbacks,
    serviceLevelPercent: percent(calls.answeredWithinServiceLevel, offered),
    answerRatePercent: percent(calls.answered, offered),
    firstContactResolutionPercent: percent(contacts.firstLevel, contacts.documented),
  };
}

export const BUSINESS_TIME_ZONE = 'Europe/Berlin';

/** Midnight of the Europe/Berlin calendar day containing `now`, as a UTC instant. */
export function startOfBerlinDay(now: Date): Date {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: BUSINESS_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  // Offset of Berlin at that midnight: try +1 h and +2 h (CET/CEST), keep the one that maps back to 00:00.
  for (const offset of ['+01:00', '+02:00']) {
    const candidate = new Date(`${parts}T00:00:00${offset}`);
    const hour = new Intl.DateTimeFormat('en-GB', { timeZone: BUSINESS_TIME_ZONE, hour: '2-digit', hourCycle: 'h23' }).format(candidate);
    if (hour === '00') return candidate;
  }
  return new Date(`${parts}T00:00:00+01:00`);
}
