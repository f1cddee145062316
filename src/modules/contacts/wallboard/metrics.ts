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

export function computeKpis(calls: CallCounts, contacts: ContactCounts): Kpis {
  const f = figuresOf({
    ...emptyCounts(),
    answered: calls.answered,
    answeredWithinTarget: calls.answeredWithinServiceLevel,
    abandoned: calls.abandoned,
    shortAbandoned: calls.shortAbandoned,
    callbacks: calls.callbacks,
    offered: calls.answered + calls.abandoned + calls.callbacks,
  });
  return {
    offered: f.offered,
    answered: f.answered,
    abandoned: f.abandoned,
    shortAbandoned: f.shortAbandoned,
    callbacks: f.callbacks,
    serviceLevelPercent: asPercent(f.serviceLevel),
    answerRatePercent: asPercent(f.answerRate),
    firstContactResolutionPercent: asPercent(firstContactResolution(contacts.firstLevel, contacts.documented)),
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
