/**
 * Where the staffing math gets its history: the reporting module's interval rollups (calls offered,
 * answered, handling time, waits, abandons per tenant and half hour) and tenancy's agreements (targets).
 * No SQL here: both come through the modules' public entries.
 */
import type { Tx } from '../../platform/db/database.js';
import { localParts } from '../../platform/time/berlin-time.js';
import { berlinDayStart, berlinYmd, nextYmd, readIntervalRollupsInTx, type IntervalRollup } from '../reporting/index.js';
import { findAgreementInTx, listTenantsInTx } from '../tenancy/index.js';
import type { HistoryInterval } from './forecast.js';
import { waitHistoryOf, type WaitHistory } from './patience.js';

/** Business-zone (Berlin) wall-clock minutes after midnight of an instant. */
export function berlinMinute(at: Date): number {
  const { hour, minute } = localParts(at);
  return hour * 60 + minute;
}

export interface TenantHistory {
  tenantId: string;
  tenantName: string;
  serviceLevelTarget: number;
  targetSeconds: number;
  history: HistoryInterval[];
  /** Waits of all offered callers (answered, abandoned, call-back) and the abandons, for the patience estimate. */
  waits: WaitHistory;
}

export function toHistory(rollups: readonly IntervalRollup[]): HistoryInterval[] {
  return rollups.map((r) => ({
    date: berlinYmd(r.intervalStart),
    minute: berlinMinute(r.intervalStart),
    offered: r.counts.offered,
    answered: r.counts.answered,
    // Handling = talk + documented wrap-up; calls still talking add nothing yet.
    handleSeconds:
      r.counts.talkedCalls > 0
        ? (r.counts.talkSeconds / r.counts.talkedCalls + (r.counts.wrappedCalls > 0 ? r.counts.wrapUpSeconds / r.counts.wrappedCalls : 0)) *
          r.counts.answered
        : 0,
  }));
}

/** History of every tenant in scope for the Berlin days [fromYmd, toYmd). */
export async function readTenantHistories(tx: Tx, fromYmd: string, toYmd: string): Promise<TenantHistory[]> {
  const tenants = await listTenantsInTx(tx);
  const out: TenantHistory[] = [];
  for (const tenant of tenants) {
    const rollups = await readIntervalRollupsInTx(tx, {
      tenant: tenant.id,
      from: berlinDayStart(fromYmd),
      to: berlinDayStart(toYmd),
      interval: 30,
    });
    const agreement = await findAgreementInTx(tx, tenant.id);
    out.push({
      tenantId: tenant.id,
      tenantName: tenant.name,
      serviceLevelTarget: (agreement?.serviceLevelPercent ?? 75) / 100,
      targetSeconds: agreement?.serviceLevelSeconds ?? 30,
      history: toHistory(rollups),
      waits: waitHistoryOf(rollups.map((r) => r.counts)),
    });
  }
  return out;
}

export { nextYmd };
