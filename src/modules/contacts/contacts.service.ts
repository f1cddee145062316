import { requireRole, requireTenantAccess } from '../../platform/auth/actor.js';
import { recordAudit, recordPersonalDataRead } from '../../platform/audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { StagedChanges } from '../../platform/realtime/change-bus.js';
import { findServiceByLeikaKey, noteDocumentedService } from '../knowledge/index.js';
import type { Tx } from '../../platform/db/database.js';
import { completeWorkItemInTx, findAgentStateInTx, findWorkItemInTx, setAgentStateInTx } from '../routing/index.js';
import type { DocumentContactInput, DocumentWorkItemInput } from './contacts.contract.js';
import * as repo from './contacts.repository.js';
import { addWrapUpInTx } from './statistics/call-rollups.service.js';

/** How far back a screen pop shows a caller's earlier contacts (data minimisation). */
export const EARLIER_CONTACTS_DAYS = 90;
/** An open contact older than this shows up in the supervisor's list of undocumented calls. */
export const UNDOCUMENTED_AFTER_MINUTES = 5;

/**
 * The screen pop: the agent's newest undocumented contact (normally the call just
 * answered), its tenant, and the caller's earlier contacts where allowed: only when
 * the number was transmitted, only documented contacts of the last 90 days, only
 * tenants the agent may see (row-level security); the read is audited.
 */
export async function getScreenPop(ctx: UseCaseContext) {
  requireRole(ctx.actor, 'agent', 'supervisor');
  return inActorScope(ctx, async (tx) => {
    const [current] = await repo.listOpenContactsOfAgent(tx, ctx.actor.userId!);
    if (!current) return null;
    const number = current.contact.callerNumber;
    const isTransmitted = !!number && /[0-9]{5,}/.test(number);
    const since = new Date(ctx.clock.now().getTime() - EARLIER_CONTACTS_DAYS * 86_400_000);
    const earlierContacts = isTransmitted ? await repo.listEarlierContacts(tx, number, current.contact.id, since) : [];
    // The lookup by the caller's number is a read of personal data even when it finds nothing, and the
    // number itself is shown: audited whenever a number was transmitted (issue 16: it left no entry).
    if (isTransmitted) {
      await recordAudit(tx, ctx.actor, {
        action: 'personal_data.read',
        tenantId: current.contact.tenantId,
        entityType: 'contact_history',
        entityId: current.contact.id,
        details: { lookup: 'caller_number', count: earlierContacts.length },
      });
    }
    return { ...current, earlierContacts };
  });
}

export async function listMyOpenContacts(ctx: UseCaseContext) {
  requireRole(ctx.actor, 'agent', 'supervisor');
  return inActorScope(ctx, async (tx) => {
    const rows = await repo.listOpenContactsOfAgent(tx, ctx.actor.userId!);
    const withNumber = rows.filter((r) => r.contact.callerNumber).length;
    await recordPersonalDataRead(tx, ctx.actor, { entityType: 'contact_list', count: withNumber, details: { list: 'own_open' } });
    return rows;
  });
}

/** Supervisors see every contact nobody documented. */
export async function listUndocumentedContacts(ctx: UseCaseContext, now = ctx.clock.now()) {
  requireRole(ctx.actor, 'supervisor');
  return inActorScope(ctx, async (tx) => {
    const rows = await repo.listUndocumented(tx, new Date(now.getTime() - UNDOCUMENTED_AFTER_MINUTES * 60_000));
    const withNumber = rows.filter((r) => r.contact.callerNumber).length;
    await recordPersonalDataRead(tx, ctx.actor, { entityType: 'contact_list', count: withNumber, details: { list: 'undocumented' } });
    return rows;
  });
}

/** A contact record (second level reads the contact a request came from). */
export async function getContact(ctx: UseCaseContext, id: string) {
  requireRole(ctx.actor, 'agent', 'supervisor', 'backoffice', 'auditor', 'billing');
  return inActorScope(ctx, async (tx) => {
    const row = await repo.findContact(tx, id);
    if (!row || (row.tenantId && ctx.actor.tenantId && row.tenantId !== ctx.actor.tenantId)) throw notFound('Der Kontakt');
    // The caller's number and the note are personal data: every read is in the trail (issue 16).
    if (row.callerNumber || row.note) {
      await recordAudit(tx, ctx.actor, {
        action: 'personal_data.read',
        tenantId: row.tenantId,
        entityType: 'contact',
        entityId: row.id,
        details: { fields: [row.callerNumber ? 'callerNumber' : null, row.note ? 'note' : null].filter(Boolean) },
      });
    }
    return row;
  });
}

/**
 * The service a contact is coded against must exist in the knowledge base's
 * catalogue; its title is copied onto the contact (reports survive renames).
 * The knowledge module learns which service the agent chose, so searches that
 * did not offer it become knowledge gaps.
 */
async function codeService(
  tx: Tx,
  leikaKey: string | null | undefined,
  searchId: string | undefined,
  actorUserId: string | null,
  at: Date,
) {
  if (!leikaKey) return { leikaKey: null, serviceTitle: null };
  const service = await findServiceByLeikaKey(tx, leikaKey);
  if (!service) {
    throw new AppError('VALIDATION_FAILED', 'Diese Leistung gibt es im Leistungskatalog nicht.', {
      issues: [{ field: 'leikaKey', message: 'Unbekannter LeiKa-Schlüssel.' }],
    });
  }
  await noteDocumentedService(tx, { leikaKey, searchId, actorUserId, at });
  return { leikaKey, serviceTitle: service.title };
}

/**
 * Documents a contact: municipality, service, outcome, note. Wrap-up time runs
 * from the end of the conversation to now. An agent in wrap-up becomes available.
 * Agents document their own contacts; supervisors any (the forgotten ones).
 */
export async function documentContact(ctx: UseCaseContext, id: string, input: DocumentContactInput) {
  const [row] = await documentContacts(ctx, [{ id, input }]);
  return row!;
}

/**
 * Documents several contacts in ONE transaction, each exactly as `documentContact` does (same checks, an audit
 * record each): all or none, so a refused item loses nothing and documents nothing. One change notice for the
 * batch. For supervisors documenting many at once (the demo history documents a day's calls in batches).
 */
export async function documentContacts(ctx: UseCaseContext, items: { id: string; input: DocumentContactInput }[]) {
  requireRole(ctx.actor, 'agent', 'supervisor');
  for (const { input } of items) requireTenantAccess(ctx.actor, input.tenantId);
  if (items.length === 0) return [];
  const changes = new StagedChanges(ctx.database);
  const rows = await inActorScope(ctx, async (tx) => {
    const now = ctx.clock.now();
    const tenantIds = new Set<string>();
    const userIds = new Set<string>();
    const documentedRows = [];
    for (const { id, input } of items) {
      const documented = await documentOneInTx(ctx, tx, id, input, now, changes);
      documentedRows.push(documented);
      tenantIds.add(input.tenantId);
      if (documented.agentUserId) userIds.add(documented.agentUserId);
    }
    await changes.stage(tx, { topic: 'contacts', tenantIds: [...tenantIds], userIds: [...userIds] });
    return documentedRows;
  });
  changes.flush();
  return rows;
}

async function documentOneInTx(ctx: UseCaseContext, tx: Tx, id: string, input: DocumentContactInput, now: Date, changes: StagedChanges) {
  const contact = await repo.findContact(tx, id);
  if (!contact) throw notFound('Der Kontakt');
  // Own only with an account on both sides: a system actor (no user id) documenting a call of an unmapped
  // ACD agent (no account) is not its owner, or it would record hours of "wrap-up" (the demo seeding did).
  const isOwn = contact.agentUserId !== null && contact.agentUserId === ctx.actor.userId;
  if (!isOwn && !ctx.actor.roles.includes('supervisor')) throw notFound('Der Kontakt');
  if (contact.status === 'documented') throw new AppError('CONFLICT', 'Dieser Kontakt ist bereits dokumentiert.');
  const service = await codeService(tx, input.leikaKey, input.searchId, isOwn ? ctx.actor.userId : null, now);
  const documented = await repo.documentContact(tx, id, input.version, {
    tenantId: input.tenantId,
    ...service,
    channel: input.channel ?? contact.channel,
    outcome: input.outcome,
    note: input.note ?? null,
    documentedAt: now,
    wrapUpSeconds: isOwn && contact.endedAt ? Math.max(0, Math.round((now.getTime() - contact.endedAt.getTime()) / 1000)) : null,
  });
  if (!documented) throw new AppError('CONFLICT', 'Der Kontakt wurde inzwischen geändert. Bitte neu laden.');
  if (contact.callId && documented.wrapUpSeconds !== null) await addWrapUpInTx(tx, contact.callId, documented.wrapUpSeconds);
  await recordAudit(tx, ctx.actor, {
    action: 'contact.documented',
    tenantId: input.tenantId,
    entityType: 'contact',
    entityId: id,
    details: { outcome: input.outcome, leikaKey: input.leikaKey ?? null, byOwner: isOwn },
  });
  if (isOwn) {
    const state = await findAgentStateInTx(tx, ctx.actor.userId!);
    if (state?.state === 'wrap_up') await setAgentStateInTx(tx, ctx.actor.userId!, ctx.actor.displayName, 'available', now, changes);
  }
  return documented;
}

/** Documents a routed item (e-mail, form, chat, call-back): its one contact record, and the item is done. */
export async function documentWorkItem(ctx: UseCaseContext, workItemId: string, input: DocumentWorkItemInput) {
  requireRole(ctx.actor, 'agent', 'supervisor');
  requireTenantAccess(ctx.actor, input.tenantId);
  const changes = new StagedChanges(ctx.database);
  const row = await inActorScope(ctx, async (tx) => {
    const item = await findWorkItemInTx(tx, workItemId);
    if (!item || item.assignedUserId !== ctx.actor.userId) throw notFound('Das Anliegen');
    if (await repo.findContactByWorkItem(tx, workItemId)) throw new AppError('CONFLICT', 'Dieses Anliegen ist bereits dokumentiert.');
    const now = ctx.clock.now();
    const service = await codeService(tx, input.leikaKey, input.searchId, ctx.actor.userId, now);
    const contact = await repo.insertContact(tx, {
      tenantId: input.tenantId,
      channel: item.channel,
      workItemId,
      agentUserId: ctx.actor.userId,
      agentName: ctx.actor.displayName,
      callerNumber: item.channel === 'callback' ? item.fromAddress : null,
      ...service,
      outcome: input.outcome,
      note: input.note ?? null,
      status: 'documented',
      startedAt: item.assignedAt ?? item.offeredAt ?? now,
      endedAt: now,
      documentedAt: now,
      wrapUpSeconds: 0,
    });
    if (!(await completeWorkItemInTx(tx, workItemId, now))) throw new AppError('CONFLICT', 'Das Anliegen ist bereits erledigt.');
    await recordAudit(tx, ctx.actor, {
      action: 'contact.documented',
      tenantId: input.tenantId,
      entityType: 'contact',
      entityId: contact.id,
      details: { outcome: input.outcome, workItemId, channel: item.channel },
    });
    await setAgentStateInTx(tx, ctx.actor.userId!, ctx.actor.displayName, 'available', now, changes);
    await changes.stage(tx, { topic: 'queue', tenantIds: [item.tenantId], workItemIds: [workItemId], userIds: [ctx.actor.userId!] });
    return contact;
  });
  changes.flush();
  return row;
}
