import { requireTenantAccess } from '../../platform/auth/actor.js';
import { recordAudit, recordPersonalDataRead } from '../../platform/audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { zonedInstant } from './deadline.js';
import type { TicketOptions } from './forward.service.js';
import { StagedChanges } from '../../platform/realtime/change-bus.js';
import { completeQueuedCallback } from './handover.js';
import { recordEvent, type Step } from './request-lifecycle.js';
import { findTenant } from './tenant-directory.js';
import { ticketsPolicy } from './tickets.policy.js';
import { outboxBacklog } from '../../platform/mail/outbox.js';
import * as repo from './tickets.repository.js';

// --- call-back tasks (answers and questions that reach the citizen by phone) ---------

export async function listCallbackTasks(ctx: UseCaseContext, status: 'open' | 'done' | 'unreachable' = 'open') {
  ticketsPolicy.assertIsFirstLevel(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const rows = await repo.listCallbacks(tx, status, 200);
    await recordPersonalDataRead(tx, ctx.actor, { entityType: 'callback_task_list', count: rows.length, details: { status } });
    return rows.map((r) => ({ ...r.task, referenceCode: r.referenceCode, tenantName: r.tenantName, serviceTitle: r.serviceTitle }));
  });
}

/**
 * An agent reports the call-back. Answer passed on: the request closes.
 * Unreachable: the task stays on record and the request stays answered for a new try.
 */
export async function completeCallbackTask(
  ctx: UseCaseContext,
  id: string,
  input: { outcome: 'done' | 'unreachable'; note?: string },
  options: TicketOptions,
) {
  ticketsPolicy.assertIsFirstLevel(ctx.actor);
  const now = options.now ?? ctx.clock.now();
  const changes = new StagedChanges(ctx.database);
  const result = await inActorScope(ctx, async (tx) => {
    const task = await repo.findCallbackForUpdate(tx, id);
    if (!task) throw notFound('Der Rückruf');
    if (task.status !== 'open') throw new AppError('CONFLICT', 'Dieser Rückruf ist bereits erledigt.');
    const updated = await repo.updateCallback(tx, id, {
      status: input.outcome,
      doneAt: now,
      doneBy: ctx.actor.displayName,
      outcomeNote: input.note ?? null,
    });
    const request = await repo.findRequestForUpdate(tx, task.requestId);
    const s: Step = { tx, actorName: ctx.actor.displayName, settings: options.settings, now, changes };
    if (request && task.kind === 'answer') {
      if (input.outcome === 'done' && request.status === 'answered') {
        const closed = await repo.updateRequest(tx, request.tenantId, request.id, {
          status: 'closed',
          closedAt: now,
          citizenInformedAt: now,
        });
        await recordEvent(s, closed, 'citizen_informed', { note: 'Antwort telefonisch übermittelt' });
        await recordEvent(s, closed, 'closed', { from: 'answered', to: 'closed' });
      } else if (input.outcome === 'unreachable') {
        await repo.insertCallback(tx, {
          tenantId: task.tenantId,
          requestId: task.requestId,
          kind: task.kind,
          citizenName: task.citizenName,
          phone: task.phone,
          message: task.message,
          createdAt: now,
        });
        await recordEvent(s, request, 'callback_unreachable', { note: input.note ?? 'Nicht erreicht, neuer Versuch angelegt' });
      }
    } else if (request) {
      await recordEvent(s, request, input.outcome === 'done' ? 'citizen_asked_by_phone' : 'callback_unreachable', {
        note: input.note ?? null,
      });
    }
    await recordAudit(tx, ctx.actor, {
      action: 'callback_task.completed',
      tenantId: task.tenantId,
      entityType: 'callback_task',
      entityId: id,
      details: { outcome: input.outcome },
    });
    if (task.workItemId) await completeQueuedCallback(s, task.workItemId);
    return updated;
  });
  changes.flush();
  return result;
}

// --- knowledge-base proposals ---------------------------------------------------------

export async function listKnowledgeProposals(ctx: UseCaseContext) {
  ticketsPolicy.assertCanReviewProposals(ctx.actor);
  return inActorScope(ctx, async (tx) =>
    (await repo.listProposals(tx, 'proposed')).map((r) => ({ ...r.proposal, tenantName: r.tenantName })),
  );
}

/** An editor takes a proposal into the knowledge base (by writing a draft there) or declines it. */
export async function decideKnowledgeProposal(ctx: UseCaseContext, id: string, decision: 'accepted' | 'rejected') {
  ticketsPolicy.assertCanReviewProposals(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const row = await repo.decideProposal(tx, id, { status: decision, decidedBy: ctx.actor.displayName, decidedAt: ctx.clock.now() });
    if (!row) throw notFound('Der offene Vorschlag');
    await recordAudit(tx, ctx.actor, {
      action: `knowledge_proposal.${decision}`,
      tenantId: row.tenantId,
      entityType: 'knowledge_proposal',
      entityId: id,
    });
    return row;
  });
}

/** How the mail outbox stands (supervisors and admins: is mail leaving?). */
export async function getOutboxStatus(ctx: UseCaseContext) {
  ticketsPolicy.assertCanReport(ctx.actor);
  return inActorScope(ctx, (tx) => outboxBacklog(tx));
}

// --- tenant closing days (the working-day calendar) ---------------------------------------

export async function listClosingDays(ctx: UseCaseContext, tenantId: string) {
  requireTenantAccess(ctx.actor, tenantId);
  return inActorScope(ctx, (tx) => repo.listClosingDays(tx, tenantId));
}

export async function addClosingDay(ctx: UseCaseContext, tenantId: string, input: { day: string; reason: string }) {
  ticketsPolicy.assertCanManageClosingDays(ctx.actor, tenantId);
  return inActorScope(ctx, async (tx) => {
    if (!(await findTenant(tx, tenantId))) throw notFound('Der Mandant');
    const existing = await repo.listClosingDays(tx, tenantId, input.day);
    if (existing.some((d) => d.day === input.day)) {
      throw new AppError('CONFLICT', 'Dieser Tag ist bereits als Schließtag eingetragen.', {
        issues: [{ field: 'day', message: 'Schon eingetragen.' }],
      });
    }
    const row = await repo.insertClosingDay(tx, { tenantId, day: input.day, reason: input.reason });
    await recordAudit(tx, ctx.actor, {
      action: 'closing_day.added',
      tenantId,
      entityType: 'closing_day',
      entityId: row.id,
      details: input,
    });
    return row;
  });
}

export async function removeClosingDay(ctx: UseCaseContext, tenantId: string, id: string) {
  ticketsPolicy.assertCanManageClosingDays(ctx.actor, tenantId);
  return inActorScope(ctx, async (tx) => {
    const row = await repo.deleteClosingDay(tx, tenantId, id);
    if (!row) throw notFound('Der Schließtag');
    await recordAudit(tx, ctx.actor, {
      action: 'closing_day.removed',
      tenantId,
      entityType: 'closing_day',
      entityId: id,
      details: { day: row.day },
    });
  });
}

// --- on-time report ----------------------------------------------------------------------

const rate = (onTime: number, relevant: number) => (relevant === 0 ? null : Math.round((onTime / relevant) * 1000) / 10);

/**
 * On-time rate per tenant and department for requests created in [from, to):
 * answered on time / (answered + open and overdue). Definition in docs/deadline-rule.md.
 */
export async function reportOnTimeRate(ctx: UseCaseContext, query: { from: string; to: string; tenantId?: string }, timeZone: string) {
  ticketsPolicy.assertCanReport(ctx.actor);
  if (query.tenantId) requireTenantAccess(ctx.actor, query.tenantId);
  if (query.from >= query.to) {
    throw new AppError('VALIDATION_FAILED', 'Das Ende des Zeitraums muss nach dem Beginn liegen.', {
      issues: [{ field: 'to', message: 'Ende vor Beginn.' }],
    });
  }
  return inActorScope(ctx, async (tx) => {
    const rows = await repo.onTimeByDepartment(
      tx,
      new Date(zonedInstant(query.from, '00:00', timeZone)),
      new Date(zonedInstant(query.to, '00:00', timeZone)),
      ctx.clock.now(),
      query.tenantId,
    );
    const departments = rows.map((r) => ({ ...r, onTimeRate: rate(r.answeredOnTime, r.answered + r.openOverdue) }));
    const byTenant = new Map<string, { tenantId: string; tenantName: string; total: number; answeredOnTime: number; late: number }>();
    for (const r of rows) {
      const t = byTenant.get(r.tenantId) ?? { tenantId: r.tenantId, tenantName: r.tenantName, total: 0, answeredOnTime: 0, late: 0 };
      t.total += r.total;
      t.answeredOnTime += r.answeredOnTime;
      t.late += r.answered - r.answeredOnTime + r.openOverdue;
      byTenant.set(r.tenantId, t);
    }
    const tenants = [...byTenant.values()].map((t) => ({ ...t, onTimeRate: rate(t.answeredOnTime, t.answeredOnTime + t.late) }));
    return { from: query.from, to: query.to, departments, tenants };
  });
}
