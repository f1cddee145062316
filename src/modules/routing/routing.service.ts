import { randomBytes } from 'node:crypto';
import { hasRole, requireRole, requireTenantAccess, systemActor, type Actor } from '../../platform/auth/actor.js';
import { recordAudit, recordPersonalDataRead } from '../../platform/audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { ALL_TENANTS, type Database, type Tx } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { StagedChanges } from '../../platform/realtime/change-bus.js';
import { enqueueInputSchema, type EnqueueInput } from './routing.contract.js';
import type { Clock } from '../../platform/time/clock.js';
import { localDate } from '../../platform/time/berlin-time.js';
import { makeWorkItemReference, normaliseWorkItemReference, type ReferencedChannel } from './reference-code.js';
import * as repo from './routing.repository.js';
import { findTenantInTx } from '../tenancy/index.js';
import type { AgentState } from './routing.schema.js';

export type { AgentStateRow as AgentStateRecord, WorkItemRow as WorkItem } from './routing.repository.js';

/**
 * Puts an item into the routed queue. This is the entry point other modules use
 * (second level: call-back tasks). Idempotent by `sourceRef`.
 */
export async function enqueueWorkItem(ctx: UseCaseContext, input: EnqueueInput) {
  const parsed = enqueueInputSchema.parse(input);
  requireTenantAccess(ctx.actor, parsed.tenantId);
  const changes = new StagedChanges(ctx.database);
  const row = await inActorScope(ctx, (tx) => enqueueWorkItemInTx(tx, ctx.actor, parsed, changes, ctx.clock.now()));
  changes.flush();
  return row;
}

/** The same inside a caller's transaction (telephone ingest creates call-backs this way). */
export async function enqueueWorkItemInTx(
  tx: Tx,
  actor: Actor,
  input: EnqueueInput & { publicToken?: string; referenceCode?: string },
  changes: StagedChanges,
  /** The caller's now (its clock): the item's place in the queue unless `enqueuedAt` says otherwise. */
  now: Date,
) {
  const { publicToken, referenceCode, ...rest } = input;
  const parsed = enqueueInputSchema.parse(rest);
  const { row, isNew } = await repo.insertWorkItem(tx, {
    ...parsed,
    body: parsed.body ?? null,
    payload: parsed.payload ?? {},
    sourceRef: parsed.sourceRef ?? null,
    publicToken: publicToken ?? null,
    referenceCode: referenceCode ?? null,
    enqueuedAt: parsed.enqueuedAt ?? now,
  });
  if (isNew) {
    await recordAudit(tx, actor, {
      action: 'work_item.enqueued',
      tenantId: row.tenantId,
      entityType: 'work_item',
      entityId: row.id,
      details: { channel: row.channel, priority: row.priority },
    });
    await changes.stage(tx, { topic: 'queue', tenantIds: [row.tenantId], workItemIds: [row.id] });
  }
  return row;
}

const newToken = () => randomBytes(24).toString('base64url');

/** The open queue for agents and supervisors. */
export async function listQueue(ctx: UseCaseContext) {
  requireRole(ctx.actor, 'agent', 'supervisor');
  return inActorScope(ctx, async (tx) => {
    const items = await repo.listOpenWorkItems(tx, ctx.clock.now());
    const withPerson = items.filter((i) => i.fromName || i.fromAddress).length;
    await recordPersonalDataRead(tx, ctx.actor, { entityType: 'work_item_queue', count: withPerson });
    return items;
  });
}

/** The items offered to or held by the signed-in agent. */
export async function listMyWorkItems(ctx: UseCaseContext) {
  requireRole(ctx.actor, 'agent', 'supervisor');
  return inActorScope(ctx, async (tx) => {
    const items = await repo.listAssignedTo(tx, ctx.actor.userId!);
    const withPerson = items.filter((i) => i.fromName || i.fromAddress).length;
    await recordPersonalDataRead(tx, ctx.actor, { entityType: 'work_item_list', count: withPerson, details: { list: 'own' } });
    return items;
  });
}

/**
 * Offers the next item to the signed-in agent: only when the agent is available,
 * only what their skills cover, the first in queue order. Null when nothing fits.
 */
export async function offerNextWorkItem(ctx: UseCaseContext) {
  requireRole(ctx.actor, 'agent', 'supervisor');
  const userId = ctx.actor.userId!;
  const changes = new StagedChanges(ctx.database);
  const item = await inActorScope(ctx, async (tx) => {
    const state = await repo.lockAgentState(tx, userId);
    if (state?.state !== 'available') {
      throw new AppError('CONFLICT', 'Neue Anliegen gibt es nur im Status „Verfügbar“.');
    }
    const held = await repo.listAssignedTo(tx, userId);
    if (held.length > 0) return held[0]!;
    const skills = await repo.findSkills(tx, userId);
    const next = await repo.lockNextEligible(
      tx,
      {
        tenantIds: skills?.tenantIds ?? [],
        topics: skills?.topics ?? [],
        languages: skills?.languages ?? ['de'],
      },
      ctx.clock.now(),
    );
    if (!next) return null;
    const now = ctx.clock.now();
    const offered = await repo.updateWorkItem(tx, next.id, {
      status: 'offered',
      assignedUserId: userId,
      assignedName: ctx.actor.displayName,
      offeredAt: now,
    });
    await changes.stage(tx, { topic: 'queue', tenantIds: [next.tenantId], workItemIds: [next.id], userIds: [userId] });
    return offered!;
  });
  changes.flush();
  return item;
}

/** The agent takes the offered item: it is theirs now and they are busy with it. */
export async function acceptWorkItem(ctx: UseCaseContext, id: string) {
  requireRole(ctx.actor, 'agent', 'supervisor');
  return changeOwnItem(ctx, id, async (tx, item) => {
    const row = await repo.updateWorkItem(tx, item.id, { status: 'assigned', assignedAt: ctx.clock.now() }, ['offered', 'assigned']);
    await repo.writeAgentState(tx, ctx.actor.userId!, ctx.actor.displayName, 'on_call', ctx.clock.now());
    await recordAudit(tx, ctx.actor, { action: 'work_item.accepted', tenantId: item.tenantId, entityType: 'work_item', entityId: item.id });
    return row!;
  });
}

/** The agent passes on the offer: the item goes back to its old place in the queue. */
export async function declineWorkItem(ctx: UseCaseContext, id: string) {
  requireRole(ctx.actor, 'agent', 'supervisor');
  return changeOwnItem(ctx, id, async (tx, item) => {
    const row = await repo.updateWorkItem(tx, item.id, { status: 'waiting', assignedUserId: null, assignedName: null, offeredAt: null }, [
      'offered',
    ]);
    if (!row) throw new AppError('CONFLICT', 'Nur ein angebotenes Anliegen kann zurückgegeben werden.');
    return row;
  });
}

async function changeOwnItem(ctx: UseCaseContext, id: string, fn: (tx: Tx, item: repo.WorkItemRow) => Promise<repo.WorkItemRow>) {
  const changes = new StagedChanges(ctx.database);
  const row = await inActorScope(ctx, async (tx) => {
    const item = await repo.findWorkItem(tx, id);
    if (!item || item.assignedUserId !== ctx.actor.userId) throw notFound('Das Anliegen');
    const result = await fn(tx, item);
    await changes.stage(tx, { topic: 'queue', tenantIds: [item.tenantId], workItemIds: [item.id], userIds: [ctx.actor.userId!] });
    return result;
  });
  changes.flush();
  return row;
}

/** Supervisors move an item to another agent, or back into the queue (userId null). */
export async function reassignWorkItem(ctx: UseCaseContext, id: string, userId: string | null, displayName: string | null) {
  requireRole(ctx.actor, 'supervisor');
  const changes = new StagedChanges(ctx.database);
  const row = await inActorScope(ctx, async (tx) => {
    const item = await repo.findWorkItem(tx, id);
    if (!item) throw notFound('Das Anliegen');
    const values = userId
      ? { status: 'offered' as const, assignedUserId: userId, assignedName: displayName, offeredAt: ctx.clock.now(), assignedAt: null }
      : { status: 'waiting' as const, assignedUserId: null, assignedName: null, offeredAt: null, assignedAt: null };
    const updated = await repo.updateWorkItem(tx, id, values, ['waiting', 'offered', 'assigned']);
    if (!updated) throw new AppError('CONFLICT', 'Das Anliegen ist bereits erledigt.');
    await recordAudit(tx, ctx.actor, {
      action: 'work_item.reassigned',
      tenantId: item.tenantId,
      entityType: 'work_item',
      entityId: id,
      details: { from: item.assignedUserId, to: userId },
    });
    await changes.stage(tx, {
      topic: 'queue',
      tenantIds: [item.tenantId],
      workItemIds: [id],
      userIds: [userId, item.assignedUserId].filter((u): u is string => !!u),
    });
    return updated;
  });
  changes.flush();
  return row;
}

/**
 * Marks the item done, in the caller's transaction: when its contact is documented, or when
 * another module finished the work elsewhere (second level made the call-back), even while
 * the item still waits. Undefined when it was already done or cancelled.
 */
export async function completeWorkItemInTx(tx: Tx, id: string, at: Date) {
  return repo.updateWorkItem(tx, id, { status: 'done', doneAt: at }, ['waiting', 'offered', 'assigned']);
}

/** One work item, read in the caller's transaction (contacts documents it). */
export function findWorkItemInTx(tx: Tx, id: string): Promise<repo.WorkItemRow | undefined> {
  return repo.findWorkItem(tx, id);
}

export async function getWorkItem(ctx: UseCaseContext, id: string) {
  requireRole(ctx.actor, 'agent', 'supervisor');
  return inActorScope(ctx, async (tx) => {
    const item = await repo.findWorkItem(tx, id);
    if (!item) throw notFound('Das Anliegen');
    const messages = item.channel === 'chat' ? await repo.listChatMessages(tx, id) : [];
    if (item.fromAddress || item.fromName) {
      await recordAudit(tx, ctx.actor, { action: 'personal_data.read', tenantId: item.tenantId, entityType: 'work_item', entityId: id });
    }
    return { item, messages };
  });
}

/** An agent writes into a chat they hold. */
export async function replyToChat(ctx: UseCaseContext, id: string, body: string) {
  requireRole(ctx.actor, 'agent', 'supervisor');
  const changes = new StagedChanges(ctx.database);
  const message = await inActorScope(ctx, async (tx) => {
    const item = await repo.findWorkItem(tx, id);
    if (item?.channel !== 'chat' || item.assignedUserId !== ctx.actor.userId) throw notFound('Der Chat');
    const row = await repo.insertChatMessage(tx, {
      tenantId: item.tenantId,
      workItemId: id,
      author: 'agent',
      authorName: ctx.actor.displayName,
      body,
      at: ctx.clock.now(),
    });
    await changes.stage(tx, { topic: 'chat', workItemIds: [id] });
    return row;
  });
  changes.flush();
  return message;
}

// --- Agent states ------------------------------------------------------------

/** The agent switches their own state (available, break, offline, ...). */
export async function setOwnAgentState(ctx: UseCaseContext, state: AgentState) {
  requireRole(ctx.actor, 'agent', 'supervisor');
  const changes = new StagedChanges(ctx.database);
  const row = await inActorScope(ctx, async (tx) => {
    const row = await repo.writeAgentState(tx, ctx.actor.userId!, ctx.actor.displayName, state, ctx.clock.now());
    await changes.stage(tx, { topic: 'agents', userIds: [ctx.actor.userId!] });
    return row;
  });
  changes.flush();
  return row;
}

/** Used by the telephone ingest and contact documentation, inside their transaction. */
export async function setAgentStateInTx(tx: Tx, userId: string, displayName: string, state: AgentState, at: Date, changes: StagedChanges) {
  await repo.writeAgentState(tx, userId, displayName, state, at);
  await changes.stage(tx, { topic: 'agents', userIds: [userId] });
}

/** The agent's current state, read in the caller's transaction. */
export function findAgentStateInTx(tx: Tx, userId: string): Promise<repo.AgentStateRow | undefined> {
  return repo.findAgentState(tx, userId);
}

/** The same, locking the agent's row until the transaction ends (telephone events of one agent in order). */
export function lockAgentStateInTx(tx: Tx, userId: string): Promise<repo.AgentStateRow | undefined> {
  return repo.lockAgentState(tx, userId);
}

/** The agent's state and today's durations per state. */
export async function getOwnAgentState(ctx: UseCaseContext, dayStart: Date) {
  requireRole(ctx.actor, 'agent', 'supervisor');
  return inActorScope(ctx, async (tx) => {
    const current = await repo.findAgentState(tx, ctx.actor.userId!);
    const durations = await repo.sumStateDurations(tx, ctx.actor.userId!, dayStart, ctx.clock.now());
    return {
      state: (current?.state ?? 'offline') as AgentState,
      since: current?.since ?? null,
      secondsToday: Object.fromEntries(durations.map((d) => [d.state, d.seconds])) as Partial<Record<AgentState, number>>,
    };
  });
}

/** One interval of the agent state log, summed over all agents (staffing compares its plan with it). */
export interface AgentPresence {
  intervalStart: Date;
  /** Mean number of agents available, on a call or in wrap-up during the interval. */
  working: number;
  /** Mean number of agents logged in (any state but offline, breaks included). */
  loggedIn: number;
}

/**
 * Agents at work per interval in [from, to) from the agent state log, in the caller's transaction
 * (center staff: the log carries no tenant). Intervals after `now` count nothing.
 */
export async function readAgentPresenceInTx(
  tx: Tx,
  q: { from: Date; to: Date; intervalMinutes: 15 | 30 | 60; now: Date },
): Promise<AgentPresence[]> {
  const rows = await repo.agentPresencePerInterval(tx, { from: q.from, to: q.to, intervalSeconds: q.intervalMinutes * 60, now: q.now });
  return rows.map((r) => ({ intervalStart: new Date(r.intervalStart), working: Number(r.working), loggedIn: Number(r.loggedIn) }));
}

export async function listAgentStatesInTx(tx: Tx) {
  return repo.listAgentStates(tx);
}

export async function setAgentSkills(
  ctx: UseCaseContext,
  userId: string,
  skills: { tenantIds: string[]; topics: string[]; languages: string[] },
) {
  requireRole(ctx.actor, 'supervisor', 'admin');
  return inActorScope(ctx, async (tx) => {
    await repo.upsertSkills(tx, { userId, ...skills });
    await recordAudit(tx, ctx.actor, { action: 'agent_skills.updated', entityType: 'user', entityId: userId, details: skills });
  });
}

/** The agents trained for a tenant (onboarding readiness, decision 0170), in the caller's transaction. */
export const listTrainedAgentsInTx = repo.listTrainedAgents;

export async function listTrainedAgents(ctx: UseCaseContext, tenantId: string) {
  requireRole(ctx.actor, 'supervisor', 'admin');
  requireTenantAccess(ctx.actor, tenantId);
  return inActorScope(ctx, (tx) => repo.listTrainedAgents(tx, tenantId));
}

/** Records which agents are trained for a tenant (exactly these; audited). Only staff accounts with the agent role. */
export async function setTrainedAgents(ctx: UseCaseContext, tenantId: string, userIds: string[]) {
  requireRole(ctx.actor, 'supervisor', 'admin');
  requireTenantAccess(ctx.actor, tenantId);
  const unique = [...new Set(userIds)].sort();
  return inActorScope(ctx, async (tx) => {
    if (!(await findTenantInTx(tx, tenantId))) throw notFound('Der Mandant');
    const agents = new Set(await repo.findAgentUserIds(tx, unique));
    const unknown = unique.filter((id) => !agents.has(id));
    if (unknown.length > 0) {
      throw new AppError('VALIDATION_FAILED', 'Nur aktive Konten mit der Rolle Agent können geschult sein.', {
        issues: unknown.map((id) => ({ field: 'userIds', message: `Kein aktives Agentenkonto: ${id}` })),
      });
    }
    await repo.setTrainedAgents(tx, tenantId, unique, ctx.clock.now());
    await recordAudit(tx, ctx.actor, {
      action: 'agent_training.set',
      tenantId,
      entityType: 'tenant',
      entityId: tenantId,
      details: { userIds: unique },
    });
    return repo.listTrainedAgents(tx, tenantId);
  });
}

/** Waiting work items per tenant and channel, for the wallboard, in the caller's transaction. */
export function waitingPerTenantInTx(tx: Tx) {
  return repo.waitingPerTenant(tx);
}

/** Reports: seconds per agent and state in a range (agent report), routed items received per channel (channel mix). */
export const stateSecondsPerAgentInTx = repo.stateSecondsPerAgent;
export const workItemsReceivedPerChannelInTx = repo.workItemsReceivedPerChannel;

// --- Public channels (no login) ------------------------------------------------

const publicActor = (what: string) => systemActor(what);

/** A citizen's message from the public contact form lands in the queue. */
/** The Berlin calendar year of an instant (a number given out on 31 December at 23:30 belongs to the new year). */
const berlinYear = (at: Date) => Number(localDate(at).slice(0, 4));
const referenceFor = (channel: ReferencedChannel, clock: Clock) => makeWorkItemReference(channel, berlinYear(clock.now()));

export async function submitContactForm(
  database: Database,
  tenantId: string,
  input: { name: string; email: string; subject: string; message: string; language: string },
  clock: Clock,
) {
  const changes = new StagedChanges(database);
  const row = await database.scoped(ALL_TENANTS, (tx) =>
    enqueueWorkItemInTx(
      tx,
      publicActor('kontaktformular'),
      {
        tenantId,
        channel: 'web_form',
        subject: input.subject,
        body: input.message,
        fromName: input.name,
        fromAddress: input.email,
        language: input.language,
        payload: {},
        referenceCode: referenceFor('web_form', clock),
      },
      changes,
      clock.now(),
    ),
  );
  changes.flush();
  return row;
}

/** A citizen asks to be called back (from the assistant): a call-back task in the routed queue with the transcript. */
export async function requestCallback(
  database: Database,
  tenantId: string,
  input: { name?: string; phone: string; subject: string; transcript: string; language: string },
  clock: Clock,
) {
  const changes = new StagedChanges(database);
  const row = await database.scoped(ALL_TENANTS, (tx) =>
    enqueueWorkItemInTx(
      tx,
      publicActor('rueckruf'),
      {
        tenantId,
        channel: 'callback',
        subject: input.subject,
        body: input.transcript,
        fromName: input.name ?? null,
        fromAddress: input.phone,
        language: input.language,
        payload: { origin: 'assistant' },
      },
      changes,
      clock.now(),
    ),
  );
  changes.flush();
  return row;
}

/** A visitor opens a web chat: it waits in the queue, the token lets them see their place. */
export async function startChat(
  database: Database,
  tenantId: string,
  /** `transcript`: the citizen's conversation with the assistant, shown to the agent with the chat. */
  input: { name?: string; message: string; language: string; transcript?: string; priority?: number },
  clock: Clock,
) {
  const changes = new StagedChanges(database);
  const token = newToken();
  const row = await database.scoped(ALL_TENANTS, async (tx) => {
    const item = await enqueueWorkItemInTx(
      tx,
      publicActor('webchat'),
      {
        tenantId,
        channel: 'chat',
        subject: input.message.slice(0, 120),
        body: input.transcript ?? null,
        priority: input.priority ?? 0,
        fromName: input.name ?? null,
        language: input.language,
        publicToken: token,
        referenceCode: referenceFor('chat', clock),
      },
      changes,
      clock.now(),
    );
    await repo.insertChatMessage(tx, {
      tenantId,
      workItemId: item.id,
      author: 'visitor',
      authorName: input.name ?? null,
      body: input.message,
      at: clock.now(),
    });
    return item;
  });
  changes.flush();
  return { token, item: row };
}

/** What a chat visitor sees: their place while waiting, then the conversation. */
export async function getChatStatus(database: Database, clock: Clock, token: string) {
  return database.scoped(ALL_TENANTS, async (tx) => {
    const item = await repo.findWorkItemByToken(tx, token);
    if (!item) throw notFound('Der Chat');
    return {
      referenceCode: item.referenceCode,
      status: item.status,
      position: item.status === 'waiting' ? await repo.positionOf(tx, item, clock.now()) : null,
      agentName: item.status === 'assigned' ? item.assignedName : null,
      messages: await repo.listChatMessages(tx, item.id),
    };
  });
}

/**
 * The public status of a contact-form message or chat by the number the citizen was given
 * (null: no such number). No personal data: only channel, state, tenant and dates.
 */
export async function lookUpWorkItemByReference(database: Database, code: string) {
  const normalised = normaliseWorkItemReference(code);
  if (!normalised) return null;
  return database.scoped(ALL_TENANTS, async (tx) => {
    const item = await repo.findWorkItemByReference(tx, normalised);
    if (!item || (item.channel !== 'web_form' && item.channel !== 'chat')) return null;
    return {
      referenceCode: item.referenceCode!,
      channel: item.channel,
      status: item.status,
      tenantId: item.tenantId,
      receivedAt: item.enqueuedAt,
      doneAt: item.doneAt,
    };
  });
}

export async function postVisitorMessage(database: Database, token: string, body: string, clock: Clock) {
  const changes = new StagedChanges(database);
  const row = await database.scoped(ALL_TENANTS, async (tx) => {
    const item = await repo.findWorkItemByToken(tx, token);
    if (!item || item.status === 'done' || item.status === 'cancelled') throw notFound('Der Chat');
    const message = await repo.insertChatMessage(tx, {
      tenantId: item.tenantId,
      workItemId: item.id,
      author: 'visitor',
      body,
      at: clock.now(),
    });
    await changes.stage(tx, { topic: 'chat', workItemIds: [item.id] });
    return message;
  });
  changes.flush();
  return row;
}

export const isSupervisor = (actor: Actor) => hasRole(actor, 'supervisor');

/** Agents known to the routing (everyone who ever set a state), for supervisors. */
export async function listAgents(ctx: UseCaseContext) {
  requireRole(ctx.actor, 'supervisor');
  return inActorScope(ctx, (tx) => repo.listAgentStates(tx));
}
