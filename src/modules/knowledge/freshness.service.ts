import { recordAudit } from '../../platform/audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { ALL_TENANTS } from '../../platform/db/database.js';
import { notFound } from '../../platform/http/app-error.js';
import { requireRole } from '../../platform/auth/actor.js';
import { todayIso } from './catalogue-store.js';
import { knowledgePolicy } from './knowledge.policy.js';
import * as repo from './knowledge.repository.js';
import { knowledgeTenants, tenantRef } from './search.service.js';

const fieldLabels: Record<string, string> = {
  phone: 'Telefon',
  email: 'E-Mail',
  openingHours: 'Öffnungszeiten',
  street: 'Anschrift',
  requiredDocuments: 'Unterlagen',
  fees: 'Gebühren',
  legalBasis: 'Rechtsgrundlage',
  procedure: 'Verfahrensablauf',
};

/**
 * The freshness dashboard of one tenant: entries overdue for review, due within 30
 * days, and entries with missing fields. Central editors also see the shared texts.
 */
export async function getFreshness(ctx: UseCaseContext, tenantId?: string) {
  knowledgePolicy.assertCanSeeFreshness(ctx.actor);
  const tenants = await knowledgeTenants(ctx);
  const host = tenants.find((t) => t.isHost)!;
  const targetId = ctx.actor.tenantId ?? tenantId ?? host.id;
  if (ctx.actor.tenantId && tenantId && tenantId !== ctx.actor.tenantId) throw notFound('Der Mandant');
  const tenant = tenants.find((t) => t.id === targetId);
  if (!tenant) throw notFound('Der Mandant');
  const today = todayIso(ctx.clock.now());
  const present = (rows: Awaited<ReturnType<typeof repo.localFreshness>>) =>
    rows.map((r) => ({
      ...r,
      isOverdue: r.reviewDue < today,
      missing: r.missing.map((m) => fieldLabels[m] ?? m),
    }));
  const local = await inActorScope(ctx, (tx) => repo.localFreshness(tx, targetId, today));
  const includeShared = targetId === host.id;
  const shared = includeShared ? await ctx.database.scoped(ALL_TENANTS, (tx) => repo.sharedFreshness(tx, today)) : [];
  const counts = (await inActorScope(ctx, (tx) => repo.freshnessCounts(tx, today))).find((c) => c.tenantId === targetId);
  return {
    tenant: tenantRef(tenant),
    today,
    summary: {
      total: counts?.total ?? 0,
      overdue: counts?.overdue ?? 0,
      dueSoon: counts?.dueSoon ?? 0,
      incomplete: counts?.incomplete ?? 0,
      sharedOverdue: shared.filter((s) => s.reviewDue < today).length,
    },
    local: present(local),
    shared: present(shared),
  };
}

/** The center's overview: per tenant, how much is overdue or incomplete. */
export async function getFreshnessOverview(ctx: UseCaseContext) {
  requireRole(ctx.actor, 'supervisor', 'admin');
  const tenants = await knowledgeTenants(ctx);
  const today = todayIso(ctx.clock.now());
  const counts = await inActorScope(ctx, (tx) => repo.freshnessCounts(tx, today));
  return tenants.map((t) => {
    const c = counts.find((x) => x.tenantId === t.id);
    return {
      tenant: tenantRef(t),
      total: c?.total ?? 0,
      overdue: c?.overdue ?? 0,
      dueSoon: c?.dueSoon ?? 0,
      incomplete: c?.incomplete ?? 0,
    };
  });
}

/**
 * Review reminders: per tenant the overdue and soon-due entries. Run daily by the
 * job runner (or by an administrator); each reminder is recorded in the audit
 * trail, and editors see the same list on their start page. Mail delivery is left
 * to the notification module once it exists.
 */
export async function collectReviewReminders(ctx: UseCaseContext) {
  requireRole(ctx.actor, 'admin');
  const tenants = await knowledgeTenants(ctx);
  const today = todayIso(ctx.clock.now());
  return ctx.database.scoped(ALL_TENANTS, async (tx) => {
    const counts = await repo.freshnessCounts(tx, today);
    const reminders = counts
      .filter((c) => c.overdue > 0 || c.dueSoon > 0)
      .map((c) => ({ tenant: tenantRef(tenants.find((t) => t.id === c.tenantId)!), overdue: c.overdue, dueSoon: c.dueSoon }));
    for (const r of reminders) {
      await recordAudit(tx, ctx.actor, {
        action: 'knowledge.review_reminder',
        tenantId: r.tenant.id,
        entityType: 'knowledge_freshness',
        details: { overdue: r.overdue, dueSoon: r.dueSoon, date: today },
      });
    }
    return reminders;
  });
}
