import { requireRole, systemActor } from '../../../platform/auth/actor.js';
import { diffFields, recordAudit } from '../../../platform/audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../../platform/context.js';
import { ALL_TENANTS, type Database, type Tx } from '../../../platform/db/database.js';
import { AppError, notFound } from '../../../platform/http/app-error.js';
import {
  issueApiTokenInTx,
  listApiTokensOfSubjectInTx,
  type ApiTokenPrincipal,
} from '../../../platform/auth/api-tokens/api-token.service.js';
import { StagedChanges } from '../../../platform/realtime/change-bus.js';
import type { ImportProcessor } from '../../../platform/imports/imports.service.js';
import { enqueueWorkItemInTx, lockAgentStateInTx, setAgentStateInTx } from '../../routing/index.js';
import { foldCall, normaliseNumber, type CallEventType } from './call-fold.js';
import { applyCallChangesInTx } from '../statistics/call-rollups.service.js';
import { QueueLogReader } from './queue-log.js';
import type { CallEventInput } from './telephony.contract.js';
import * as repo from './telephony.repository.js';

export const TELEPHONE_SYSTEM_SUBJECT = 'telephone_system';
/** New telephone system tokens expire after a year unless the admin says otherwise (rotation, decision 0131). */
export const TELEPHONE_TOKEN_DAYS = 365;

/**
 * The telephone system behind an API token of scope `telephony:events` (checked by the
 * route's `requireApiToken`); 401 for a token that names no (or an inactive) system.
 */
export async function telephoneSystemOfToken(database: Database, principal: ApiTokenPrincipal) {
  const system =
    principal.subjectType === TELEPHONE_SYSTEM_SUBJECT && principal.subjectId
      ? await database.scoped(ALL_TENANTS, (tx) => repo.findTelephoneSystem(tx, principal.subjectId!))
      : undefined;
  if (!system?.active) throw new AppError('UNAUTHENTICATED', 'Telefonanlage: Token ungültig.');
  return system;
}

/** Admins register a telephone system with its first token (shown once, stored only hashed). */
export async function registerTelephoneSystem(ctx: UseCaseContext, name: string, token?: string, expiresInDays = TELEPHONE_TOKEN_DAYS) {
  requireRole(ctx.actor, 'admin');
  const now = ctx.clock.now();
  return inActorScope(ctx, async (tx) => {
    if (await repo.findTelephoneSystemByName(tx, name))
      throw new AppError('CONFLICT', 'Eine Telefonanlage mit diesem Namen gibt es schon.');
    const row = await repo.insertTelephoneSystem(tx, { name });
    await recordAudit(tx, ctx.actor, {
      action: 'telephone_system.registered',
      entityType: 'telephone_system',
      entityId: row.id,
      details: { name },
    });
    const issued = await issueTelephoneTokenInTx(tx, ctx, row, now, expiresInDays, token);
    return {
      system: { id: row.id, name: row.name, active: row.active, lastEventAt: row.lastEventAt },
      token: issued.token,
      tokenId: issued.view.id,
    };
  });
}

function issueTelephoneTokenInTx(
  tx: Tx,
  ctx: UseCaseContext,
  system: { id: string; name: string },
  now: Date,
  expiresInDays: number,
  token?: string,
) {
  return issueApiTokenInTx(tx, ctx.actor, now, {
    name: `Telefonanlage ${system.name}`,
    scopes: ['telephony:events'],
    expiresAt: new Date(now.getTime() + expiresInDays * 86_400_000),
    subject: { type: TELEPHONE_SYSTEM_SUBJECT, id: system.id },
    ...(token ? { token } : {}),
  });
}

/**
 * A further token for a registered system (rotation: issue the new one, switch the system
 * over, then revoke the old one under /api/v1/api-tokens). Shown once.
 */
export async function issueTelephoneSystemToken(ctx: UseCaseContext, systemId: string, expiresInDays = TELEPHONE_TOKEN_DAYS) {
  requireRole(ctx.actor, 'admin');
  const now = ctx.clock.now();
  return inActorScope(ctx, async (tx) => {
    const system = await repo.findTelephoneSystem(tx, systemId);
    if (!system) throw notFound('Die Telefonanlage');
    const issued = await issueTelephoneTokenInTx(tx, ctx, system, now, expiresInDays);
    return { token: issued.token, item: issued.view };
  });
}

export async function listTelephoneSystems(ctx: UseCaseContext) {
  requireRole(ctx.actor, 'admin', 'supervisor');
  return inActorScope(ctx, (tx) => repo.listTelephoneSystems(tx));
}

export interface NormalisedEvent {
  eventId: string;
  callId: string;
  type: CallEventType;
  occurredAt: Date;
  callerNumber: string | null;
  dialledNumber: string | null;
  queueName: string | null;
  agentId: string | null;
  target: string | null;
  reason: string | null;
}

export function normaliseEvent(input: CallEventInput): NormalisedEvent {
  return {
    eventId: input.eventId,
    callId: input.callId,
    type: input.type,
    occurredAt: new Date(input.occurredAt),
    callerNumber: input.callerNumber?.trim() || null,
    dialledNumber: normaliseNumber(input.dialledNumber),
    queueName: input.queue?.trim() || null,
    agentId: input.agentId?.trim() || null,
    target: input.target?.trim() || null,
    reason: input.type === 'diverted' ? (input.reason ?? 'diverted') : null,
  };
}

/** How far from now a live event's time may be (settings TELEPHONY_EVENT_MAX_FUTURE_SECONDS / _MAX_AGE_DAYS). */
export interface LiveEventWindow {
  maxFutureSeconds: number;
  maxAgeDays: number;
}

/**
 * Live events happen now: a time far in the future (9999-12-31) or decades back is a
 * defect of the sender and would poison the figures of that day forever. The whole batch
 * is refused (nothing stored), naming each offending event; history imports (queue_log)
 * do not pass through here and keep accepting any past day.
 */
export function assertLiveEventTimes(events: NormalisedEvent[], now: Date, window: LiveEventWindow): void {
  const latest = now.getTime() + window.maxFutureSeconds * 1000;
  const earliest = now.getTime() - window.maxAgeDays * 86_400_000;
  const issues = events.flatMap((e, i) => {
    const t = e.occurredAt.getTime();
    if (t > latest)
      return [
        { field: `events.${i}.occurredAt`, message: `Der Zeitpunkt liegt mehr als ${window.maxFutureSeconds} Sekunden in der Zukunft.` },
      ];
    if (t < earliest)
      return [
        {
          field: `events.${i}.occurredAt`,
          message: `Der Zeitpunkt liegt mehr als ${window.maxAgeDays} Tage zurück; Verlaufsdaten über den queue_log-Import.`,
        },
      ];
    return [];
  });
  if (issues.length > 0)
    throw new AppError('VALIDATION_FAILED', 'Ereigniszeit außerhalb des erlaubten Zeitfensters; kein Ereignis wurde gespeichert.', {
      issues,
    });
}

export interface IngestResult {
  received: number;
  accepted: number;
  duplicates: number;
  calls: number;
}

/**
 * Stores new events and re-derives the state of every call they touch, in one
 * transaction. `live`: events happening now also move agent states (on call,
 * wrap-up); an imported history does not.
 */
export async function ingestCallEvents(
  database: Database,
  telephoneSystemId: string,
  events: NormalisedEvent[],
  options: { live: boolean } = { live: true },
): Promise<IngestResult> {
  const changes = new StagedChanges(database);
  const result = await database.scoped(ALL_TENANTS, (tx) => ingestCallEventsInTx(tx, changes, telephoneSystemId, events, options));
  changes.flush();
  await noteSystemActivity(database, telephoneSystemId);
  return result;
}

/** The ingest inside the caller's transaction (a whole queue_log file in one, decision 0126). */
async function ingestCallEventsInTx(
  tx: Tx,
  changes: StagedChanges,
  telephoneSystemId: string,
  events: NormalisedEvent[],
  options: { live: boolean; lockCalls?: boolean },
): Promise<IngestResult> {
  const hotlines = await repo.findHotlines(tx, unique(events.map((e) => e.dialledNumber)), unique(events.map((e) => e.queueName)));
  const byNumber = new Map(hotlines.map((h) => [h.dialledNumber, h.tenantId]));
  const byQueue = new Map(hotlines.filter((h) => h.queueName).map((h) => [h.queueName!, h.tenantId]));
  const tenantOf = (e: NormalisedEvent) =>
    (e.dialledNumber && byNumber.get(e.dialledNumber)) || (e.queueName && byQueue.get(e.queueName)) || null;

  // Sorted, so two overlapping batches insert in the same order (no deadlock).
  const rows = events.map((e) => ({ telephoneSystemId, ...e, tenantId: tenantOf(e) }));
  rows.sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0));
  const inserted = await repo.insertNewEvents(tx, rows);
  const touched = unique(inserted.map((r) => r.callId)).sort();
  if (touched.length === 0) return { received: events.length, accepted: 0, duplicates: events.length, calls: 0 };
  // Serialise re-derivation per call: a concurrent batch for the same call waits and then sees our events.
  if (options.lockCalls !== false) await repo.lockCalls(tx, telephoneSystemId, touched);

  const callsChanged = await rederiveCalls(tx, telephoneSystemId, touched, options.live, changes);
  await changes.stage(tx, { topic: 'calls', tenantIds: callsChanged.tenantIds, userIds: callsChanged.userIds });
  return { received: events.length, accepted: inserted.length, duplicates: events.length - inserted.length, calls: touched.length };
}

/**
 * "Last event at" for the admin view, at most every 10 s per system and outside
 * the ingest transaction: one row updated by every batch would serialise them.
 */
// Per database: test files share a process (isolate: false) and their databases share the template's ids.
const lastTouchedByDatabase = new WeakMap<Database, Map<string, number>>();
async function noteSystemActivity(database: Database, telephoneSystemId: string) {
  const now = Date.now();
  let lastTouched = lastTouchedByDatabase.get(database);
  if (!lastTouched) lastTouchedByDatabase.set(database, (lastTouched = new Map()));
  if ((lastTouched.get(telephoneSystemId) ?? 0) > now - 10_000) return;
  lastTouched.set(telephoneSystemId, now);
  await database.scoped(ALL_TENANTS, (tx) => repo.touchTelephoneSystem(tx, telephoneSystemId, new Date(now)));
}

async function rederiveCalls(tx: Tx, systemId: string, callIds: string[], live: boolean, changes: StagedChanges) {
  const [allEvents, before] = [
    await repo.listEventsOfCalls(tx, systemId, callIds),
    await repo.listCallsByExternalIds(tx, systemId, callIds),
  ];
  const previous = new Map(before.map((c) => [c.externalCallId, c]));
  const eventsByCall = new Map<string, repo.StoredEvent[]>();
  for (const e of allEvents) {
    const list = eventsByCall.get(e.callId) ?? [];
    list.push(e);
    eventsByCall.set(e.callId, list);
  }
  const tenantIds = unique(allEvents.map((e) => e.tenantId));
  const targets = new Map((await repo.findTenantTargets(tx, tenantIds)).map((t) => [t.id, t]));
  const agentIds = unique(allEvents.map((e) => e.agentId));
  const agents = new Map((await repo.findAgentLines(tx, systemId, agentIds)).map((a) => [a.externalAgentId, a]));

  const rows: repo.CallInsert[] = [];
  for (const [callId, list] of eventsByCall) {
    const state = foldCall(list.map((e) => ({ ...e, type: e.type as CallEventType })));
    const tenantId = list.find((e) => e.tenantId)?.tenantId ?? null;
    const target = tenantId ? targets.get(tenantId) : undefined;
    const prior = previous.get(callId);
    const agent = state.agentId ? agents.get(state.agentId) : undefined;
    rows.push({
      telephoneSystemId: systemId,
      externalCallId: callId,
      tenantId,
      // Names and thresholds are copied once and kept (history survives renames).
      tenantName: prior?.tenantName ?? target?.name ?? null,
      serviceLevelSeconds: prior?.serviceLevelSeconds ?? target?.serviceLevelSeconds ?? 30,
      shortAbandonSeconds: prior?.shortAbandonSeconds ?? target?.shortAbandonSeconds ?? 5,
      agentName: agent?.displayName ?? prior?.agentName ?? state.agentId,
      agentUserId: agent?.userId ?? null,
      dialledNumber: state.dialledNumber,
      callerNumber: state.callerNumber,
      queueName: state.queueName,
      agentId: state.agentId,
      status: state.status,
      divertReason: state.divertReason,
      offeredAt: state.offeredAt,
      answeredAt: state.answeredAt,
      endedAt: state.endedAt,
      waitSeconds: state.waitSeconds,
      talkSeconds: state.talkSeconds,
      isTransferred: state.isTransferred,
      transferTarget: state.transferTarget,
      lastEventAt: state.lastEventAt,
    });
  }
  const saved = await repo.upsertCalls(tx, rows);
  // The 15-minute rollups follow the calls in this same transaction (old contribution out, new in).
  await applyCallChangesInTx(
    tx,
    saved.map((after) => {
      const before = previous.get(after.externalCallId);
      return { before, after: { ...after, wrapUpSeconds: before?.wrapUpSeconds ?? null } };
    }),
  );

  await repo.upsertContactsForCalls(
    tx,
    saved
      .filter((c) => c.answeredAt)
      .map((c) => ({
        tenantId: c.tenantId,
        callId: c.id,
        agentUserId: c.agentUserId,
        agentName: c.agentName,
        callerNumber: c.callerNumber,
        startedAt: c.answeredAt!,
        endedAt: c.endedAt,
      })),
  );

  // Agent states: one transition per agent and batch (the latest), applied in user-id order so
  // two batches never lock the same agents in opposite order (deadlock).
  // A contact documented during the conversation needs no wrap-up: at hang-up the agent is available again.
  const documented = live
    ? await repo.findDocumentedCallIds(
        tx,
        saved.filter((c) => c.status === 'completed').map((c) => c.id),
      )
    : new Set<string>();
  const transitions = new Map<string, { state: 'on_call' | 'wrap_up' | 'available'; at: Date; name: string }>();
  for (const call of saved) {
    const prior = previous.get(call.externalCallId);
    if (call.status === 'callback' && prior?.status !== 'callback' && call.tenantId) {
      await enqueueWorkItemInTx(
        tx,
        systemActor('telefonanlage'),
        {
          tenantId: call.tenantId,
          channel: 'callback',
          subject: `Rückruf an ${call.callerNumber ?? 'unbekannte Nummer'}`,
          fromAddress: call.callerNumber,
          // The caller keeps the place they had in the telephone queue.
          enqueuedAt: call.offeredAt,
          dueAt: new Date(call.offeredAt.getTime() + 2 * 3600_000),
          sourceRef: `call:${call.id}`,
          payload: { callId: call.id, callerNumber: call.callerNumber, dialledNumber: call.dialledNumber },
        },
        changes,
        call.offeredAt,
      );
    }
    if (!live || !call.agentUserId || !call.agentName) continue;
    let next: { state: 'on_call' | 'wrap_up' | 'available'; at: Date } | null = null;
    if (call.status === 'answered' && prior?.status !== 'answered') next = { state: 'on_call', at: call.answeredAt! };
    else if (call.status === 'completed' && prior?.status !== 'completed')
      next = { state: documented.has(call.id) ? 'available' : 'wrap_up', at: call.endedAt! };
    const known = transitions.get(call.agentUserId);
    if (next && (!known || known.at <= next.at)) transitions.set(call.agentUserId, { ...next, name: call.agentName });
  }
  const userIds = [...transitions.keys()].sort();
  for (const userId of userIds) {
    const t = transitions.get(userId)!;
    if (t.state !== 'on_call') {
      const current = await lockAgentStateInTx(tx, userId);
      if (current && current.state !== 'on_call' && current.state !== 'available') continue;
    }
    await setAgentStateInTx(tx, userId, t.name, t.state, t.at, changes);
  }
  return { tenantIds: unique(saved.map((c) => c.tenantId)), userIds: unique(userIds) };
}

/** Loads an Asterisk queue_log export through the same path as live events. */
export async function importQueueLog(ctx: UseCaseContext, telephoneSystemName: string, content: string) {
  return importQueueLogLines(ctx, telephoneSystemName, content.split(/\r?\n/));
}

export interface QueueLogProgress {
  phase: 'reading' | 'storing';
  lines: number;
  calls: number;
  storedCalls: number;
}

/**
 * The streaming form: lines come one by one (a file read with readline, an upload), so the text is
 * never held whole; memory holds the parsed lines of the calls. Events are stored call by call in
 * chunks of about 2000 events (all events of one call in one chunk); `onProgress` hears about every
 * 50,000 lines read and every chunk stored (bench/queue-log.bench.ts).
 */
export async function importQueueLogLines(
  ctx: UseCaseContext,
  telephoneSystemName: string,
  lines: Iterable<string> | AsyncIterable<string>,
  onProgress?: (p: QueueLogProgress) => void,
  options: { atomic?: boolean; signal?: AbortSignal } = {},
) {
  const system = await findQueueLogSystem(ctx, telephoneSystemName);
  const { signal } = options;
  const reader = new QueueLogReader();
  for await (const line of lines) {
    reader.push(line);
    if (reader.lines % 50_000 === 0) {
      signal?.throwIfAborted();
      onProgress?.({ phase: 'reading', lines: reader.lines, calls: reader.callCount, storedCalls: 0 });
    }
  }
  signal?.throwIfAborted();
  const parsed = reader.result();
  const totals: IngestResult = { received: 0, accepted: 0, duplicates: 0, calls: 0 };
  const add = (r: IngestResult) => {
    totals.received += r.received;
    totals.accepted += r.accepted;
    totals.duplicates += r.duplicates;
    totals.calls += r.calls;
    onProgress?.({ phase: 'storing', lines: reader.lines, calls: reader.callCount, storedCalls: totals.calls });
  };
  const audit = (tx: Tx) =>
    recordAudit(tx, ctx.actor, {
      action: 'queue_log.imported',
      entityType: 'telephone_system',
      entityId: system.id,
      details: { ...totals, errors: parsed.errors.length },
    });
  // Chunks of about 2000 events; all events of one call id go into the same chunk.
  const chunks = function* () {
    let chunk: NormalisedEvent[] = [];
    for (const events of reader.callEvents()) {
      if (chunk.length > 0 && chunk.length + events.length > 2000) {
        yield chunk;
        chunk = [];
      }
      for (const e of events) chunk.push({ ...e, dialledNumber: normaliseNumber(e.dialledNumber) });
    }
    if (chunk.length > 0) yield chunk;
  };
  if (options.atomic) {
    // The whole file in one transaction (the upload endpoint): a cancel or a failure rolls all of it back.
    const changes = new StagedChanges(ctx.database);
    // One lock for the import instead of one per call (the lock table would overflow); a call that also
    // gets live events during the import is folded again by its next event (decision 0126).
    await ctx.database.scoped(ALL_TENANTS, async (tx) => {
      await repo.lockQueueLogImport(tx, system.id);
      for (const chunk of chunks()) {
        signal?.throwIfAborted();
        add(await ingestCallEventsInTx(tx, changes, system.id, chunk, { live: false, lockCalls: false }));
      }
      signal?.throwIfAborted();
      await audit(tx);
    });
    changes.flush();
  } else {
    // Chunks committed one by one (the JSON endpoint); a re-import completes an interrupted one.
    for (const chunk of chunks()) add(await ingestCallEvents(ctx.database, system.id, chunk, { live: false }));
    await inActorScope(ctx, audit);
  }
  return {
    ...totals,
    lines: reader.lines,
    ignoredLines: parsed.ignored,
    errors: parsed.errors.slice(0, 100),
    errorCount: parsed.errors.length,
    allErrors: parsed.errors,
  };
}

/** The upload endpoint's processor: the file streamed line by line, stored in one transaction. */
export function queueLogImportProcessor(ctx: UseCaseContext, telephoneSystemName: string): ImportProcessor {
  return async (task) => {
    task.progress({ phase: 'Zeilen lesen' });
    const result = await importQueueLogLines(
      ctx,
      telephoneSystemName,
      task.lines(),
      (p) =>
        task.progress(
          p.phase === 'reading'
            ? { rowsRead: p.lines }
            : { phase: 'Speichern', rowsRead: p.lines, share: p.calls > 0 ? p.storedCalls / p.calls : 1 },
        ),
      { atomic: true, signal: task.signal },
    );
    return {
      rowsRead: result.lines,
      rowsAccepted: result.accepted,
      refused: result.allErrors.map((e) => ({ row: `Zeile ${e.line}`, reason: e.reason })),
      result: {
        received: result.received,
        accepted: result.accepted,
        duplicates: result.duplicates,
        calls: result.calls,
        ignoredLines: result.ignoredLines,
      },
    };
  };
}

/** The registered telephone system a queue_log belongs to (400 when unknown). */
export async function findQueueLogSystem(ctx: UseCaseContext, telephoneSystemName: string) {
  requireRole(ctx.actor, 'admin', 'supervisor');
  const system = await inActorScope(ctx, (tx) => repo.findTelephoneSystemByName(tx, telephoneSystemName));
  if (!system)
    throw new AppError('VALIDATION_FAILED', 'Diese Telefonanlage ist nicht registriert.', {
      issues: [{ field: 'telephoneSystem', message: 'Unbekannte Telefonanlage.' }],
    });
  return system;
}

export async function listHotlines(ctx: UseCaseContext) {
  requireRole(ctx.actor, 'admin', 'supervisor', 'agent');
  return inActorScope(ctx, (tx) => repo.listHotlines(tx));
}

export async function addHotline(
  ctx: UseCaseContext,
  input: { dialledNumber: string; tenantId: string; queueName?: string | null; label: string },
) {
  requireRole(ctx.actor, 'admin');
  return inActorScope(ctx, async (tx) => {
    const row = await repo.insertHotline(tx, {
      ...input,
      dialledNumber: normaliseNumber(input.dialledNumber)!,
      queueName: input.queueName ?? null,
    });
    if (!row) throw new AppError('CONFLICT', 'Diese Rufnummer ist schon einem Mandanten zugeordnet.');
    await recordAudit(tx, ctx.actor, {
      action: 'hotline.added',
      tenantId: input.tenantId,
      entityType: 'hotline',
      entityId: row.dialledNumber,
    });
    return row;
  });
}

const staleWrite = () => new AppError('CONFLICT', 'Der Eintrag wurde inzwischen von jemand anderem geändert. Bitte neu laden.');

export interface HotlineUpdate {
  version: number;
  tenantId?: string;
  queueName?: string | null;
  label?: string;
}

/** Changes a hotline's tenant, ACD queue or label, with the version read (409 when stale). */
export async function updateHotline(ctx: UseCaseContext, dialledNumber: string, input: HotlineUpdate) {
  requireRole(ctx.actor, 'admin');
  const number = normaliseNumber(dialledNumber) ?? '';
  return inActorScope(ctx, async (tx) => {
    const before = await repo.findHotline(tx, number);
    if (!before) throw notFound('Die Rufnummer');
    const { version, ...changes } = input;
    if (changes.tenantId && !(await repo.findTenantExists(tx, changes.tenantId))) {
      throw new AppError('VALIDATION_FAILED', 'Unbekannter Mandant.', { issues: [{ field: 'tenantId', message: 'Unbekannter Mandant.' }] });
    }
    const after = await repo.updateHotline(tx, number, version, changes);
    if (!after) throw staleWrite();
    await recordAudit(tx, ctx.actor, {
      action: 'hotline.updated',
      tenantId: after.tenantId,
      entityType: 'hotline',
      entityId: number,
      details: { changes: diffFields(before, after) },
    });
    return after;
  });
}

/**
 * Removes a hotline. Calls keep the number they were dialled on (text, no reference), so history stays
 * readable; calls on the number afterwards are stored for no tenant.
 */
export async function deleteHotline(ctx: UseCaseContext, dialledNumber: string, version: number) {
  requireRole(ctx.actor, 'admin');
  const number = normaliseNumber(dialledNumber) ?? '';
  return inActorScope(ctx, async (tx) => {
    const before = await repo.findHotline(tx, number);
    if (!before) throw notFound('Die Rufnummer');
    if (!(await repo.deleteHotline(tx, number, version))) throw staleWrite();
    await recordAudit(tx, ctx.actor, {
      action: 'hotline.deleted',
      tenantId: before.tenantId,
      entityType: 'hotline',
      entityId: number,
      details: { queueName: before.queueName, label: before.label },
    });
  });
}

async function assertAgentLineRefs(tx: Tx, input: { telephoneSystemId?: string; userId?: string }) {
  if (input.telephoneSystemId && !(await repo.findTelephoneSystem(tx, input.telephoneSystemId))) {
    throw new AppError('VALIDATION_FAILED', 'Unbekannte Telefonanlage.', {
      issues: [{ field: 'telephoneSystemId', message: 'Unbekannte Telefonanlage.' }],
    });
  }
  if (input.userId && !(await repo.findStaffUser(tx, input.userId))) {
    throw new AppError('VALIDATION_FAILED', 'Unbekanntes Konto.', { issues: [{ field: 'userId', message: 'Unbekanntes Konto.' }] });
  }
}

/** Maps an ACD agent id to a staff account (screen pop for the right person). */
export async function mapAgentLine(ctx: UseCaseContext, input: { telephoneSystemId: string; externalAgentId: string; userId: string }) {
  requireRole(ctx.actor, 'admin');
  return inActorScope(ctx, async (tx) => {
    await assertAgentLineRefs(tx, input);
    const row = await repo.upsertAgentLine(tx, input);
    await recordAudit(tx, ctx.actor, {
      action: 'agent_line.mapped',
      entityType: 'user',
      entityId: input.userId,
      details: { externalAgentId: input.externalAgentId, agentLineId: row.id },
    });
    return row;
  });
}

/** Every ACD agent id assignment (admins), with the names of the system and the account. */
export async function listAgentLines(ctx: UseCaseContext) {
  requireRole(ctx.actor, 'admin');
  return inActorScope(ctx, (tx) => repo.listAgentLines(tx));
}

/** Re-assigns an agent id to another account or corrects the id, with the version read (409 when stale). */
export async function updateAgentLine(
  ctx: UseCaseContext,
  id: string,
  input: { version: number; externalAgentId?: string; userId?: string },
) {
  requireRole(ctx.actor, 'admin');
  return inActorScope(ctx, async (tx) => {
    const before = await repo.findAgentLine(tx, id);
    if (!before) throw notFound('Die Agenten-Kennung');
    const { version, ...changes } = input;
    await assertAgentLineRefs(tx, changes);
    const after = await repo.updateAgentLine(tx, id, version, changes);
    if (!after) throw staleWrite();
    await recordAudit(tx, ctx.actor, {
      action: 'agent_line.updated',
      entityType: 'agent_line',
      entityId: id,
      details: { changes: diffFields(before, after) },
    });
    return after;
  });
}

/** Removes an assignment; calls keep the agent id and name they were stored with. */
export async function deleteAgentLine(ctx: UseCaseContext, id: string, version: number) {
  requireRole(ctx.actor, 'admin');
  return inActorScope(ctx, async (tx) => {
    const before = await repo.findAgentLine(tx, id);
    if (!before) throw notFound('Die Agenten-Kennung');
    if (!(await repo.deleteAgentLine(tx, id, version))) throw staleWrite();
    await recordAudit(tx, ctx.actor, {
      action: 'agent_line.deleted',
      entityType: 'agent_line',
      entityId: id,
      details: { telephoneSystemId: before.telephoneSystemId, externalAgentId: before.externalAgentId, userId: before.userId },
    });
  });
}

export const listAgentLinesOfUserInTx = repo.listAgentLinesOfUser;

/** What the onboarding readiness check reads about a tenant's telephony, inside the caller's transaction. */
export interface TelephonyReadiness {
  hotlines: { dialledNumber: string; queueName: string | null; label: string }[];
  /** Active telephone systems holding at least one active token of scope telephony:events. */
  connectedSystems: string[];
}

export async function telephonyReadinessInTx(tx: Tx, tenantId: string, now: Date): Promise<TelephonyReadiness> {
  const hotlines = await repo.listHotlinesOfTenant(tx, tenantId);
  const connectedSystems: string[] = [];
  for (const system of await repo.listTelephoneSystems(tx)) {
    if (!system.active) continue;
    const tokens = await listApiTokensOfSubjectInTx(tx, now, { type: TELEPHONE_SYSTEM_SUBJECT, id: system.id });
    if (tokens.some((t) => t.state === 'active' && t.scopes.includes('telephony:events'))) connectedSystems.push(system.name);
  }
  return {
    hotlines: hotlines.map((h) => ({ dialledNumber: h.dialledNumber, queueName: h.queueName, label: h.label })),
    connectedSystems,
  };
}
export const findCallInTx = repo.findCall;

function unique<T>(values: (T | null | undefined)[]): T[] {
  return [...new Set(values.filter((v): v is T => v !== null && v !== undefined))];
}
