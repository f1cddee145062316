import { requireRole } from '../../../platform/auth/actor.js';
import type { UseCaseContext } from '../../../platform/context.js';
import { ALL_TENANTS, type Database } from '../../../platform/db/database.js';
import { listAgentStatesInTx, waitingPerTenantInTx } from '../../routing/index.js';
import { countDocumented } from '../contacts.repository.js';
import { computeKpis, startOfBerlinDay, type Kpis } from './metrics.js';
import { callCountsSince } from './wallboard.repository.js';

export interface WallboardRow extends Kpis {
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
  totals: Kpis & { waitingCalls: number; oldestWaitingSince: string | null; waitingItems: number; oldestItemSince: string | null };
  rows: WallboardRow[];
  items: { tenantId: string; channel: string; waiting: number; oldestSince: string | null }[];
  agents: { counts: Record<string, number>; list: { userId: string; displayName: string; state: string; since: string }[] };
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
    const rows: WallboardRow[] = counts.map((c) => {
      const fcr = fcrByTenant.get(c.tenant_id) ?? { documented: 0, firstLevel: 0 };
      return {
        tenantId: c.tenant_id,
        tenantName: c.tenant_name ?? 'Unbekannte Rufnummer',
        queueName: c.queue_name,
        ...computeKpis(
          {
            answered: c.answered,
            answeredWithinServiceLevel: c.answered_within_sl,
            abandoned: c.abandoned,
            shortAbandoned: c.short_abandoned,
            callbacks: c.callbacks,
          },
          fcr,
        ),
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
        waitingCalls: sum((c) => c.waiting),
        oldestWaitingSince: minIso(rows.map((r) => r.oldestWaitingSince)),
        waitingItems: items.reduce((n, i) => n + i.waiting, 0),
        oldestItemSince: minIso(items.map((i) => i.oldestSince)),
      },
      rows,
      items,
      agents: {
        counts: agentCounts,
        list: agents.map((a) => ({ userId: a.userId, displayName: a.displayName, state: a.state, since: a.since.toISOString() })),
      },
    };
  });
}

export async function getWallboard(ctx: UseCaseContext) {
  requireRole(ctx.actor, 'supervisor', 'agent');
  return computeWallboard(ctx.database, ctx.clock.now());
}
