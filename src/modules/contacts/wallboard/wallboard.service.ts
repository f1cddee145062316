import { requireRole } from '../../../platform/auth/actor.js';
import type { UseCaseContext } from '../../../platform/context.js';
import { ALL_TENANTS, type Database } from '../../../platform/db/database.js';
import { listAgentStatesInTx, waitingPerTenantInTx } from '../../routing/index.js';
import { findAgreementInTx } from '../../tenancy/index.js';
import { asPercent, figuresOf } from '../statistics/call-figures.js';
import { sumCallRollups } from '../statistics/call-rollups.repository.js';
import { countDocumented } from '../contacts.repository.js';
import { computeKpis, startOfBerlinDay, type Kpis } from './metrics.js';
import { callCountsSince } from './wallboard.repository.js';

/** The center's service-level target when no tenant agreement applies (D115: 75 % in 30 s). */
export const DEFAULT_SERVICE_LEVEL_TARGET_PERCENT = 75;

export interface WallboardRow extends Kpis {
  /** The tenant agreement's service-level target (percent); the row is marked when below it. */
  serviceLevelTargetPercent: number;
  belowTarget: boolean;
  tenantId: string | null;
  tenantName: string;
  queueName: string | null;
  waitingCalls: number;
  /** Oldest waiting call's offer time; the browser counts the longest wait up from it. */
  oldestWaitingSince: string | null;
}

export interface WallboardSnapshot {
  generatedAt: string;
  dayStart: string;
  totals: Kpis & { serviceLevelTargetPercent: number; belowTarget: boolean } & {
    waitingCalls: number;
    oldestWaitingSince: string | null;
    waitingItems: number;
    oldestItemSince: string | null;
  };
  rows: WallboardRow[];
  items: { tenantId: string; channel: string; waiting: number; oldestSince: string | null }[];
  agents: {
    counts: Record<string, number>;
    list: { userId: string; displayName: string; state: string; since: string; callsToday: number; talkSecondsToday: number }[];
  };
  /** Today's half hours with calls: the same figures as the interval report (call-figures.ts). */
  intervals: {
    start: string;
    offered: number;
    answered: number;
    abandoned: number;
    serviceLevelPercent: number | null;
    asaSeconds: number | null;
    belowTarget: boolean;
  }[];
}

const iso = (v: Date | string | null | undefined) => (v ? new Date(v).toISOString() : null);
const minIso = (values: (string | null)[]) => values.filter((v): v is string => !!v).sort()[0] ?? null;

/** Computes the whole wallboard in one transaction over all tenants (center staff see all). */
export async function computeWallboard(database: Database, now: Date): Promise<WallboardSnapshot> {
  const dayStart = startOfBerlinDay(now);
  return database.scoped(ALL_TENANTS, async (tx) => {
    const counts = await callCountsSince(tx, dayStart, now);
    const documented = await countDocumented(tx, dayStart);
    const waitingItems = await waitingPerTenantInTx(tx);
    const agents = await listAgentStatesInTx(tx);
    const fcrByTenant = new Map(documented.map((d) => [d.tenantId, d]));
    const targets = new Map<string, number>();
    for (const id of new Set(counts.map((c) => c.tenant_id).filter((x): x is string => !!x))) {
      targets.set(id, (await findAgreementInTx(tx, id))?.serviceLevelPercent ?? DEFAULT_SERVICE_LEVEL_TARGET_PERCENT);
    }
    const below = (kpi: number | null, target: number) => kpi !== null && kpi < target;
    const perAgent = new Map(
      (await sumCallRollups(tx, { from: dayStart, to: new Date(now.getTime() + 900_000), tenantIds: null, group: 'agent' })).map((a) => [
        a.key,
        a.counts,
      ]),
    );
    const halfHours = await sumCallRollups(tx, {
      from: dayStart,
      to: new Date(now.getTime() + 900_000),
      tenantIds: null,
      group: 'interval30',
    });
    const rows: WallboardRow[] = counts.map((c) => {
      const fcr = fcrByTenant.get(c.tenant_id) ?? { documented: 0, firstLevel: 0 };
      const target = (c.tenant_id && targets.get(c.tenant_id)) || DEFAULT_SERVICE_LEVEL_TARGET_PERCENT;
      const kpis = computeKpis(
        {
          answered: c.answered,
          answeredWithinServiceLevel: c.answered_within_sl,
          abandoned: c.abandoned,
          shortAbandoned: c.short_abandoned,
          callbacks: c.callbacks,
          diverted: c.diverted,
        },
        fcr,
      );
      return {
        serviceLevelTargetPercent: target,
        belowTarget: below(kpis.serviceLevelPercent, target),
        tenantId: c.tenant_id,
        tenantName: c.tenant_name ?? 'Unbekannte Rufnummer',
        queueName: c.queue_name,
        ...kpis,
        waitingCalls: c.waiting,
        oldestWaitingSince: iso(c.oldest_waiting),
      };
    });
    rows.sort((a, b) => a.tenantName.localeCompare(b.tenantName, 'de') || (a.queueName ?? '').localeCompare(b.queueName ?? ''));
    const sum = (pick: (c: (typeof counts)[number]) => number) => counts.reduce((n, c) => n + pick(c), 0);
    const totalKpis = computeKpis(
      {
        answered: sum((c) => c.answered),
        answeredWithinServiceLevel: sum((c) => c.answered_within_sl),
        abandoned: sum((c) => c.abandoned),
        shortAbandoned: sum((c) => c.short_abandoned),
        callbacks: sum((c) => c.callbacks),
        diverted: sum((c) => c.diverted),
      },
      {
        documented: documented.reduce((n, d) => n + d.documented, 0),
        firstLevel: documented.reduce((n, d) => n + d.firstLevel, 0),
      },
    );
    const items = waitingItems.map((w) => ({ tenantId: w.tenant_id, channel: w.channel, waiting: w.waiting, oldestSince: iso(w.oldest) }));
    const agentCounts: Record<string, number> = { available: 0, on_call: 0, wrap_up: 0, break: 0, offline: 0 };
    for (const a of agents) agentCounts[a.state] = (agentCounts[a.state] ?? 0) + 1;
    return {
      generatedAt: now.toISOString(),
      dayStart: dayStart.toISOString(),
      totals: {
        ...totalKpis,
        serviceLevelTargetPercent: DEFAULT_SERVICE_LEVEL_TARGET_PERCENT,
        belowTarget: below(totalKpis.serviceLevelPercent, DEFAULT_SERVICE_LEVEL_TARGET_PERCENT),
        waitingCalls: sum((c) => c.waiting),
        oldestWaitingSince: minIso(rows.map((r) => r.oldestWaitingSince)),
        waitingItems: items.reduce((n, i) => n + i.waiting, 0),
        oldestItemSince: minIso(items.map((i) => i.oldestSince)),
      },
      rows,
      items,
      agents: {
        counts: agentCounts,
        list: agents.map((a) => ({
          userId: a.userId,
          displayName: a.displayName,
          state: a.state,
          since: a.since.toISOString(),
          callsToday: perAgent.get(a.userId)?.answered ?? 0,
          talkSecondsToday: perAgent.get(a.userId)?.talkSeconds ?? 0,
        })),
      },
      intervals: halfHours.map((h) => {
        const f = figuresOf(h.counts, h.longestWaitSeconds);
        const sl = asPercent(f.serviceLevel);
        return {
          start: h.key,
          offered: f.offered,
          answered: f.answered,
          abandoned: f.abandoned,
          serviceLevelPercent: sl,
          asaSeconds: f.asaSeconds,
          belowTarget: below(sl, DEFAULT_SERVICE_LEVEL_TARGET_PERCENT),
        };
      }),
    };
  });
}

export async function getWallboard(ctx: UseCaseContext) {
  requireRole(ctx.actor, 'supervisor', 'agent');
  return computeWallboard(ctx.database, ctx.clock.now());
}
