import { startOfLocalDay } from '../../../platform/time/berlin-time.js';
import { asPercent, emptyCounts, figuresOf, firstContactResolution } from '../statistics/call-figures.js';

/**
 * The wallboard's figures. The definitions are those of ../statistics/call-figures.ts
 * (docs/metrics.md), the same code the rollups and every report use; this file
 * only shapes them for the wall screen (percent with one decimal).
 */
export interface CallCounts {
  answered: number;
  answeredWithinServiceLevel: number;
  abandoned: number;
  shortAbandoned: number;
  callbacks: number;
  /** Offered calls the telephone system ended or sent away without an agent (queue full, closed, ...). */
  diverted?: number;
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
  diverted: number;
  /** Percent, one decimal; null when nothing was offered yet. */
  serviceLevelPercent: number | null;
  answerRatePercent: number | null;
  firstContactResolutionPercent: number | null;
}

export function computeKpis(calls: CallCounts, contacts: ContactCounts): Kpis {
  const f = figuresOf({
    ...emptyCounts(),
    answered: calls.answered,
    answeredWithinTarget: calls.answeredWithinServiceLevel,
    abandoned: calls.abandoned,
    shortAbandoned: calls.shortAbandoned,
    callbacks: calls.callbacks,
    diverted: calls.diverted ?? 0,
    offered: calls.answered + calls.abandoned + calls.callbacks + (calls.diverted ?? 0),
  });
  return {
    offered: f.offered,
    answered: f.answered,
    abandoned: f.abandoned,
    shortAbandoned: f.shortAbandoned,
    callbacks: f.callbacks,
    diverted: f.diverted,
    serviceLevelPercent: asPercent(f.serviceLevel),
    answerRatePercent: asPercent(f.answerRate),
    firstContactResolutionPercent: asPercent(firstContactResolution(contacts.firstLevel, contacts.documented)),
  };
}

/** Midnight of the business-zone calendar day containing `now` (platform/time/berlin-time.ts). */
export const startOfBerlinDay = (now: Date): Date => startOfLocalDay(now);
