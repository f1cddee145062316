import { recordAudit } from '../../platform/audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { enqueueMail } from '../../platform/mail/outbox.js';
import { StagedChanges } from '../../platform/realtime/change-bus.js';
import { listTenantsInTx } from '../tenancy/index.js';
import { outageView } from './fault-view.js';
import type { DeclareOutageInput, OutageCallInput } from './itfaults.contract.js';
import { itFaultsPolicy } from './itfaults.policy.js';
import * as repo from './itfaults.repository.js';
import type { ItFaultSettings } from './itfaults.settings.js';
import { outageClosedMail } from './mail-texts.js';

/**
 * Mass outages ("E-Mail gestört seit 08:15"): declared by the IT service desk or a
 * supervisor, shown on every agent desktop (change bus topic itfaults → the outage
 * stream), calls about it counted on the outage instead of a fault each; closing it
 * tells IT once, with the count (mail and/or webhook, after the commit).
 */
export async function declareOutage(ctx: UseCaseContext, input: DeclareOutageInput) {
  itFaultsPolicy.assertCanManage(ctx.actor, input.tenantId);
  const now = ctx.clock.now();
  if (input.since.getTime() > now.getTime() + 5 * 60_000) {
    throw new AppError('VALIDATION_FAILED', 'Eine Störung kann nicht in der Zukunft beginnen.', {
      issues: [{ field: 'since', message: '„Seit“ darf nicht in der Zukunft liegen.' }],
    });
  }
  const changes = new StagedChanges(ctx.database);
  const row = await inActorScope(ctx, async (tx) => {
    const tenants = await listTenantsInTx(tx);
    const tenant = input.tenantId ? tenants.find((t) => t.id === input.tenantId) : (tenants.find((t) => t.isHost) ?? tenants[0]);
    if (!tenant) throw notFound('Der Mandant');
    const outage = await repo.insertOutage(tx, {
      tenantId: tenant.id,
      title: input.title,
      category: input.category,
      since: input.since,
      callerMessage: input.callerMessage,
      itTicketNumber: input.itTicketNumber ?? null,
      declaredByName: ctx.actor.displayName,
      declaredAt: now,
    });
    await recordAudit(tx, ctx.actor, {
      action: 'it_outage.declared',
      tenantId: outage.tenantId,
      entityType: 'it_outage',
      entityId: outage.id,
      details: { title: outage.title, category: outage.category },
    });
    await changes.stage(tx, { topic: 'itfaults', tenantIds: [outage.tenantId] });
    return outage;
  });
  changes.flush();
  return outageView(row);
}

export async function listOutages(ctx: UseCaseContext, options: { activeOnly: boolean }) {
  itFaultsPolicy.assertCanRead(ctx.actor);
  const now = ctx.clock.now();
  return inActorScope(ctx, async (tx) =>
    (await repo.listOutages(tx, { activeOnly: options.activeOnly, since: new Date(now.getTime() - 7 * 86_400_000) })).map(outageView),
  );
}

/** A call about an active outage: counted on it (once per contact), no fault of its own. */
export async function countOutageCall(ctx: UseCaseContext, outageId: string, input: OutageCallInput) {
  itFaultsPolicy.assertCanRead(ctx.actor);
  const now = ctx.clock.now();
  const changes = new StagedChanges(ctx.database);
  const result = await inActorScope(ctx, async (tx) => {
    const outage = await repo.findOutage(tx, outageId, true);
    if (!outage) throw notFound('Die Störung');
    itFaultsPolicy.assertCanCountCall(ctx.actor, outage.tenantId);
    if (outage.status !== 'active')
      throw new AppError('CONFLICT', 'Die Störung ist bereits beendet; bitte eine neue IT-Störung aufnehmen.');
    const isNew = await repo.insertOutageCall(tx, {
      tenantId: outage.tenantId,
      outageId: outage.id,
      contactId: input.contactId ?? null,
      reporterName: input.reporterName ?? null,
      departmentName: input.department ?? null,
      at: now,
      recordedByName: ctx.actor.displayName,
    });
    if (isNew) {
      await recordAudit(tx, ctx.actor, {
        action: 'it_outage.call_counted',
        tenantId: outage.tenantId,
        entityType: 'it_outage',
        entityId: outage.id,
        details: { contactId: input.contactId ?? null },
      });
      await changes.stage(tx, { topic: 'itfaults', tenantIds: [outage.tenantId] });
    }
    return { outage: (await repo.findOutage(tx, outage.id))!, isNew };
  });
  changes.flush();
  return { ...outageView(result.outage), wasCounted: result.isNew };
}

/** Ends the outage; IT is told once with the count (a second close is a conflict, so never twice). */
export async function closeOutage(ctx: UseCaseContext, settings: ItFaultSettings, outageId: string, input: { note: string | null }) {
  itFaultsPolicy.assertCanManage(ctx.actor);
  const now = ctx.clock.now();
  const changes = new StagedChanges(ctx.database);
  const row = await inActorScope(ctx, async (tx) => {
    const outage = await repo.findOutage(tx, outageId, true);
    if (!outage) throw notFound('Die Störung');
    itFaultsPolicy.assertCanManage(ctx.actor, outage.tenantId);
    if (outage.status === 'closed') throw new AppError('CONFLICT', 'Die Störung ist bereits beendet.');
    const count = await repo.countOutageCalls(tx, outage.id);
    const closed = await repo.updateOutage(
      tx,
      outage.id,
      { status: 'closed', closedAt: now, closedByName: ctx.actor.displayName, closeNote: input.note, callCount: count },
      now,
    );
    if (settings.mailTo) {
      await enqueueMail(tx, {
        notBefore: now,
        tenantId: closed.tenantId,
        purpose: 'itfault.outage_closed',
        refId: closed.id,
        to: [settings.mailTo],
        ...outageClosedMail(closed),
      });
    }
    if (settings.webhookUrl) {
      await repo.insertDelivery(tx, {
        tenantId: closed.tenantId,
        outageId: closed.id,
        event: 'outage.closed',
        url: settings.webhookUrl,
        payload: {
          event: 'outage.closed',
          outage: {
            id: closed.id,
            title: closed.title,
            category: closed.category,
            since: closed.since.toISOString(),
            declaredAt: closed.declaredAt.toISOString(),
            closedAt: now.toISOString(),
            callCount: count,
            itTicketNumber: closed.itTicketNumber,
            closeNote: closed.closeNote,
          },
        },
        nextAttemptAt: now,
      });
    }
    await recordAudit(tx, ctx.actor, {
      action: 'it_outage.closed',
      tenantId: closed.tenantId,
      entityType: 'it_outage',
      entityId: closed.id,
      details: { callCount: count, notifiedByMail: !!settings.mailTo, notifiedByWebhook: !!settings.webhookUrl },
    });
    await changes.stage(tx, { topic: 'itfaults', tenantIds: [closed.tenantId] });
    return closed;
  });
  changes.flush();
  return outageView(row);
}
