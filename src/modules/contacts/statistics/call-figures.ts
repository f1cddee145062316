/**
 * The contact-center figures, defined ONCE (docs/metrics.md is the prose of this file).
 * The wallboard, the 15-minute rollups and every report use these functions:
 * `contributionOf` says what one call adds to the counts of its interval,
 * `figuresOf` turns summed counts into the published figures and rates.
 * Pure code, no database: unit-tested in call-figures.test.ts.
 */

/** What the figures need of one call record (`calls` row). */
export interface CallForFigures {
  status: string;
  answeredAt: Date | string | null;
  endedAt: Date | string | null;
  waitSeconds: number | null;
  talkSeconds: number | null;
  /** Thresholds of the tenant's agreement at the offer time, copied onto the call. */
  serviceLevelSeconds: number;
  shortAbandonSeconds: number;
}

/** Additive counts of an interval (what the rollup stores; sums of contributions). */
export interface CallCounts {
  offered: number;
  answered: number;
  answeredWithinTarget: number;
  abandoned: number;
  shortAbandoned: number;
  callbacks: number;
  /**
   * Offered calls the telephone system ended or sent away without an agent (status `diverted`:
   * queue full or closed, no agents, a diversion rule, the queue's timeout). Never short abandons.
   */
  diverted: number;
  /** Calls not decided yet (queued, ringing): in no figure until decided. */
  undecided: number;
  /** Sum of the wait of answered calls (for the average speed of answer). */
  answerWaitSeconds: number;
  /**
   * Sum of the wait of abandoned (not short-abandoned) calls until they hung up, and of call-backs until
   * the caller chose the call-back: with answerWaitSeconds the total time offered callers waited, which
   * the patience estimate needs (staffing, docs/metrics.md).
   */
  abandonWaitSeconds: number;
  callbackWaitSeconds: number;
  /** Talk time of answered calls that have ended, and how many they are. */
  talkSeconds: number;
  talkedCalls: number;
  /** Wrap-up (after-call work) documented for phone contacts, and how many. */
  wrapUpSeconds: number;
  wrappedCalls: number;
  /** Transferred to another queue or number by the agent. */
  transferred: number;
}

export const emptyCounts = (): CallCounts => ({
  offered: 0,
  answered: 0,
  answeredWithinTarget: 0,
  abandoned: 0,
  shortAbandoned: 0,
  callbacks: 0,
  diverted: 0,
  undecided: 0,
  answerWaitSeconds: 0,
  abandonWaitSeconds: 0,
  callbackWaitSeconds: 0,
  talkSeconds: 0,
  talkedCalls: 0,
  wrapUpSeconds: 0,
  wrappedCalls: 0,
  transferred: 0,
});

export const COUNT_FIELDS = Object.keys(emptyCounts()) as (keyof CallCounts)[];

/**
 * One call's contribution. Definitions (docs/metrics.md):
 * - answered: the call has an answer time; within target when its wait ≤ the service-level threshold.
 * - short abandon: status abandoned and wait ≤ the short-abandon threshold: NOT offered.
 * - abandoned: status abandoned and wait > the short-abandon threshold.
 * - call-back: status callback (the caller chose a call-back): offered, not answered.
 * - diverted: status diverted (the system refused, ended or sent away the call): offered, not
 *   answered, whatever its wait (a JOINEMPTY with wait 0 is no short abandon).
 * - offered = answered + abandoned + call-backs + diverted.
 * - longest wait: the largest wait of an offered call (`waitOfOffered`, a maximum, not a sum).
 */
export function contributionOf(call: CallForFigures, isTransferred = false): { counts: CallCounts; waitOfOffered: number | null } {
  const c = emptyCounts();
  const wait = call.waitSeconds ?? 0;
  if (call.answeredAt) {
    c.answered = 1;
    c.offered = 1;
    if (wait <= call.serviceLevelSeconds) c.answeredWithinTarget = 1;
    c.answerWaitSeconds = wait;
    if (call.endedAt && call.talkSeconds !== null) {
      c.talkSeconds = call.talkSeconds;
      c.talkedCalls = 1;
    }
    if (isTransferred) c.transferred = 1;
  } else if (call.status === 'abandoned') {
    if (wait <= call.shortAbandonSeconds) c.shortAbandoned = 1;
    else {
      c.abandoned = 1;
      c.offered = 1;
      c.abandonWaitSeconds = wait;
    }
  } else if (call.status === 'callback') {
    c.callbacks = 1;
    c.offered = 1;
    c.callbackWaitSeconds = wait;
  } else if (call.status === 'diverted') {
    c.diverted = 1;
    c.offered = 1;
  } else {
    c.undecided = 1;
  }
  return { counts: c, waitOfOffered: c.offered ? wait : null };
}

export function addCounts(into: CallCounts, add: CallCounts, sign: 1 | -1 = 1): CallCounts {
  for (const f of COUNT_FIELDS) into[f] += sign * add[f];
  return into;
}

/** The published figures of a set of counts (the API's row fields). Rates 0..1, null when nothing to divide by. */
export interface CallFigures {
  offered: number;
  answered: number;
  abandoned: number;
  shortAbandoned: number;
  callbacks: number;
  /** offered calls ended or sent away by the telephone system without an agent */
  diverted: number;
  answeredWithinTarget: number;
  /** answered within target ÷ offered */
  serviceLevel: number | null;
  /** answered ÷ offered */
  answerRate: number | null;
  /** abandoned ÷ offered */
  abandonRate: number | null;
  /** average wait of answered calls (average speed of answer) */
  asaSeconds: number | null;
  /** total talk time of ended answered calls */
  talkSeconds: number;
  /** average talk time of ended answered calls */
  averageTalkSeconds: number | null;
  /** average handling time: average talk + average documented wrap-up */
  ahtSeconds: number | null;
  /** transferred ÷ answered */
  transferRate: number | null;
  longestWaitSeconds: number | null;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

export function figuresOf(counts: CallCounts, longestWaitSeconds: number | null = null): CallFigures {
  const avgTalk = ratio(counts.talkSeconds, counts.talkedCalls);
  const avgWrap = ratio(counts.wrapUpSeconds, counts.wrappedCalls);
  return {
    offered: counts.offered,
    answered: counts.answered,
    abandoned: counts.abandoned,
    shortAbandoned: counts.shortAbandoned,
    callbacks: counts.callbacks,
    diverted: counts.diverted,
    answeredWithinTarget: counts.answeredWithinTarget,
    serviceLevel: ratio(counts.answeredWithinTarget, counts.offered),
    answerRate: ratio(counts.answered, counts.offered),
    abandonRate: ratio(counts.abandoned, counts.offered),
    asaSeconds: round1(ratio(counts.answerWaitSeconds, counts.answered)),
    talkSeconds: counts.talkSeconds,
    averageTalkSeconds: round1(avgTalk),
    ahtSeconds: avgTalk === null ? null : round1(avgTalk + (avgWrap ?? 0)),
    transferRate: ratio(counts.transferred, counts.answered),
    longestWaitSeconds: counts.offered > 0 ? longestWaitSeconds : null,
  };
}

/** first-contact resolution = documented contacts with outcome answered_first_level ÷ documented contacts (all channels). */
export const firstContactResolution = (firstLevel: number, documented: number) => ratio(firstLevel, documented);
/** forwarding rate = documented contacts forwarded to the second level ÷ documented contacts. */
export const forwardingRate = (forwarded: number, documented: number) => ratio(forwarded, documented);

/**
 * Agent figures (agent report, docs/metrics.md): occupancy = (seconds on a call + in wrap-up) ÷ (seconds
 * available + on a call + in wrap-up); breaks and offline are not working time. Null without working time.
 */
export const occupancyOf = (s: { available: number; onCall: number; wrapUp: number }) =>
  ratio(s.onCall + s.wrapUp, s.available + s.onCall + s.wrapUp);
/** Mean handling time of contacts: Σ (end − start + wrap-up) ÷ contacts with an end, one decimal (channel mix). */
export const averageHandlingOf = (handlingSeconds: number, handled: number) => round1(ratio(handlingSeconds, handled));

/** A rate as the wallboard shows it: percent with one decimal, null stays null ("–"). */
export const asPercent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);
