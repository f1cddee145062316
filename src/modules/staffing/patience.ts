/**
 * Mean patience from history, the standard estimator for exponential patience (e.g. Mandelbaum &
 * Zeltyn; Brown et al. 2005, "Statistical analysis of a telephone call center"): with exponential
 * patience the abandonment hazard θ is the number of abandons divided by the total time callers were
 * exposed to abandoning, i.e. the total waiting time of ALL callers (answered and abandoned). The mean
 * patience is its inverse: total waiting seconds / abandons.
 */
export interface WaitHistory {
  /** Sum of the waiting seconds of every offered caller (answered, abandoned, call-back). */
  totalWaitSeconds: number;
  /** Callers who hung up while waiting (short abandons excluded, as in docs/metrics.md). */
  abandons: number;
}

/** null when there were no abandons (patience cannot be estimated; Erlang C is then the fit). */
export function estimatePatienceSeconds(history: WaitHistory): number | null {
  if (!(history.abandons > 0) || !(history.totalWaitSeconds > 0)) return null;
  return history.totalWaitSeconds / history.abandons;
}
