import { ALL_TENANTS, onlyTenants, type Database, type Tx } from '../../platform/db/database.js';
import { figuresOf, type CallCounts, type CallFigures } from '../contacts/index.js';
import { sumCallRollupsInTx } from '../contacts/index.js';

export interface IntervalRollupQuery {
  /** A tenant id, or 'all' for the whole center (calls of unknown numbers included). */
  tenant: string | 'all';
  /** Interval starts in [from, to) (instants; Berlin days: see berlinDayStart). */
  from: Date;
  to: Date;
  /** Minutes per interval. */
  interval: 15 | 30 | 60;
}

export interface IntervalRollup {
  intervalStart: Date;
  /** The additive counts (sums of the 15-minute cells); see call-figures.ts. */
  counts: CallCounts;
  longestWaitSeconds: number | null;
  /** The published figures of these counts (service level, ASA, AHT ...). */
  figures: CallFigures;
}

/**
 * The call rollups per interval, for other modules (staffing, billing). Intervals
 * without any call are absent. Stable signature: other modules depend on it.
 */
export async function readIntervalRollupsInTx(tx: Tx, q: IntervalRollupQuery): Promise<IntervalRollup[]> {
  const sums = await sumCallRollupsInTx(tx, {
    from: q.from,
    to: q.to,
    tenantIds: q.tenant === 'all' ? null : [q.tenant],
    group: q.interval === 15 ? 'interval15' : q.interval === 30 ? 'interval30' : 'interval60',
  });
  return sums.map((s) => ({
    intervalStart: new Date(s.key),
    counts: s.counts,
    longestWaitSeconds: s.longestWaitSeconds,
    figures: figuresOf(s.counts, s.longestWaitSeconds),
  }));
}

/** Same, in its own transaction (scope: the one tenant, or all). */
export function readIntervalRollups(database: Database, q: IntervalRollupQuery): Promise<IntervalRollup[]> {
  return database.scoped(q.tenant === 'all' ? ALL_TENANTS : onlyTenants(q.tenant), (tx) => readIntervalRollupsInTx(tx, q));
}
