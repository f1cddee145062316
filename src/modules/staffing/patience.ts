/**
 * Mean patience from history, the standard estimator for exponential patience (Brown et al. 2005,
 * "Statistical analysis of a telephone call center", JASA 100(469), section 6; Mandelbaum & Zeltyn 2013).
 *
 * Patience is censored: an answered caller's patience is only known to exceed his wait, an abandoning
 * caller's patience equals his wait. For exponential patience with hazard θ the maximum-likelihood
 * estimate under this right-censoring is θ̂ = abandons / (total time ALL callers were exposed to
 * abandoning) — the waits of answered callers, of abandoning callers until they hung up and of call-back
 * callers until they chose the call-back. The mean patience is its inverse: total waiting seconds ÷ abandons.
 *
 * Leaving the abandoned callers' own waits out (only the answered waits) underestimates the patience; the
 * censored-data test in patience.test.ts shows both against a simulation with known patience.
 */
export interface WaitHistory {
  /** Sum of the waiting seconds of every offered caller (answered, abandoned, call-back). */
  totalWaitSeconds: number;
  /** Callers who hung up while waiting (short abandons excluded, as in docs/metrics.md). */
  abandons: number;
}

/** The additive call counts the estimate needs (a subset of the rollups' CallCounts). */
export interface WaitCounts {
  abandoned: number;
  answerWaitSeconds: number;
  abandonWaitSeconds: number;
  callbackWaitSeconds: number;
}

/** Sums counts of any number of intervals into the estimator's input (answered + abandoned + call-back waits). */
export function waitHistoryOf(counts: Iterable<WaitCounts>): WaitHistory {
  let totalWaitSeconds = 0;
  let abandons = 0;
  for (const c of counts) {
    totalWaitSeconds += c.answerWaitSeconds + c.abandonWaitSeconds + c.callbackWaitSeconds;
    abandons += c.abandoned;
  }
  return { totalWaitSeconds, abandons };
}

/** null when there were no abandons (patience cannot be estimated; Erlang C is then the fit). */
export function estimatePatienceSeconds(history: WaitHistory): number | null {
  if (!(history.abandons > 0) || !(history.totalWaitSeconds > 0)) return null;
  return history.totalWaitSeconds / history.abandons;
}

/**
 * The same estimate from single callers: waits with a flag whether the caller hung up (true) or left
 * the queue otherwise (answered or call-back: censored). Used by the tests and the simulation check.
 */
export function estimatePatienceFromWaits(callers: readonly { waitSeconds: number; abandoned: boolean }[]): number | null {
  return estimatePatienceSeconds({
    totalWaitSeconds: callers.reduce((s, c) => s + c.waitSeconds, 0),
    abandons: callers.filter((c) => c.abandoned).length,
  });
}
