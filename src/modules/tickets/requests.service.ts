import { hasRole, requirePersonalDataAccess } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/database.js';
import { StagedChanges } from '../../platform/realtime/change-bus.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import type { TicketOptions } from './forward.service.js';
import * as lifecycle from './request-lifecycle.js';
import { findDepartment, findTenant } from './tenant-directory.js';
import { ticketsPolicy } from './tickets.policy.js';
import * as repo from './tickets.repository.js';
import type { RequestStatus } from './tickets.schema.js';

const isOverdue = (row: repo.RequestRow, now: Date) => !!row.dueAt && !row.answeredAt && !row.returnedAt && +row.dueAt < +now;

function summary(row: repo.RequestRow, tenantName: string, departmentName: string, now: Date) {
  return {
    id: row.id,
    tenantId: row.tenantId,
    tenantName,
    referenceCode: row.referenceCode,
    departmentId: row.departmentId,
    departmentName,
    serviceTitle: row.serviceTitle,
    leikaKey: row.leikaKey,
    answerChannel: row.answerChannel,
    status: row.status,
    createdAt: row.createdAt,
    dueAt: row.dueAt,
    answeredAt: row.answeredAt,
    isOverdue: isOverdue(row, now),
  };
}

export interface ListRequestsQuery {
  status?: RequestStatus[];
  tenantId?: string;
  overdueOnly?: boolean;
  limit?: number;
}

/** The inbox: back-office staff see their departments' requests, center staff all (or one tenant's). */
export async function listRequests(ctx: UseCaseContext, query: ListRequestsQuery) {
  if (!hasRole(ctx.actor, 'agent', 'supervisor', 'admin', 'backoffice')) throw new AppError('FORBIDDEN');
  const now = ctx.clock.now();
  const isDepartmentView = !hasRole(ctx.actor, 'agent', 'supervisor', 'admin');
  return inActorScope(ctx, async (tx) => {
    const rows = await repo.listRequests(tx, {
      tenantId: query.tenantId,
      departmentIds: isDepartmentView ? ctx.actor.departmentIds : undefined,
      statuses: query.status,
      overdueAt: query.overdueOnly ? now : undefined,
      limit: query.limit ?? 200,
    });
    return rows.map((r) => summary(r.request, r.tenantName, r.departmentName, now));
  });
}

async function detailOf(tx: Tx, row: repo.RequestRow, now: Date) {
  const tenant = await findTenant(tx, row.tenantId);
  const department = await findDepartment(tx, row.tenantId, row.departmentId);
  const events = await repo.listEvents(tx, row.id);
  return {
    ...summary(row, tenant?.name ?? '', department?.name ?? '', now),
    contactId: row.contactId,
    question: row.question,
    citizenName: row.citizenName,
    citizenEmail: row.citizenEmail,
    citizenPhone: row.citizenPhone,
    budgetHours: row.budgetHours,
    deliveredAt: row.deliveredAt,
    firstResponseAt: row.firstResponseAt,
    pausedAt: row.pausedAt,
    returnedAt: row.returnedAt,
    closedAt: row.closedAt,
    remindedAt: row.remindedAt,
    escalatedAt: row.escalatedAt,
    citizenInformedAt: row.citizenInformedAt,
    answer: row.answer,
    answeredBy: row.answeredBy,
    version: row.version,
    events: events.map((e) => ({
      at: e.at,
      kind: e.kind,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorName: e.actorName,
      note: e.note,
    })),
  };
}

/** One request with its full history. It holds the citizen's contact data: the read is audited. */
export async function getRequest(ctx: UseCaseContext, id: string) {
  return inActorScope(ctx, async (tx) => {
    const row = await repo.findRequest(tx, id);
    if (!row) throw notFound('Die Anfrage');
    ticketsPolicy.assertCanSee(ctx.actor, row);
    // Administrators see the list (no citizen data) but read a request only by break-glass (decision 0136).
    const access = requirePersonalDataAccess(ctx.actor, 'agent', 'supervisor', 'backoffice');
    await recordAudit(tx, ctx.actor, {
      action: 'personal_data.read',
      tenantId: row.tenantId,
      entityType: 'service_request',
      entityId: row.id,
      ...(Object.keys(access).length > 0 ? { details: access } : {}),
    });
    return detailOf(tx, row, ctx.clock.now());
  });
}

type Action = (s: lifecycle.Step, row: repo.RequestRow) => Promise<repo.RequestRow>;

/** Runs one state change for a signed-in actor: lock, authorize, change, audit, return the new detail. */
async function act(
  ctx: UseCaseContext,
  id: string,
  options: TicketOptions,
  authorize: (row: repo.RequestRow) => void,
  auditAction: string,
  change: Action,
) {
  const now = options.now ?? ctx.clock.now();
  const changes = new StagedChanges(ctx.database);
  const result = await inActorScope(ctx, async (tx) => {
    const row = await repo.findRequestForUpdate(tx, id);
    if (!row) throw notFound('Die Anfrage');
    authorize(row);
    const updated = await change({ tx, actorName: ctx.actor.displayName, settings: options.settings, now, changes }, row);
    await recordAudit(tx, ctx.actor, {
      action: auditAction,
      tenantId: row.tenantId,
      entityType: 'service_request',
      entityId: row.id,
      details: { from: row.status, to: updated.status },
    });
    return detailOf(tx, updated, now);
  });
  changes.flush();
  return result;
}

export const answerRequest = (
  ctx: UseCaseContext,
  id: string,
  input: { answer: string; proposeForKnowledgeBase: boolean },
  o: TicketOptions,
) =>
  act(
    ctx,
    id,
    o,
    (r) => ticketsPolicy.assertCanActAsDepartment(ctx.actor, r),
    'service_request.answered',
    (s, r) => lifecycle.answerRequest(s, r, input.answer, input.proposeForKnowledgeBase),
  );

export const askCitizen = (ctx: UseCaseContext, id: string, input: { question: string }, o: TicketOptions) =>
  act(
    ctx,
    id,
    o,
    (r) => ticketsPolicy.assertCanActAsDepartment(ctx.actor, r),
    'service_request.asked_citizen',
    (s, r) => lifecycle.askCitizen(s, r, input.question),
  );

export const recordCitizenReply = (ctx: UseCaseContext, id: string, input: { reply: string }, o: TicketOptions) =>
  act(
    ctx,
    id,
    o,
    (r) => ticketsPolicy.assertCanRecordCitizenReply(ctx.actor, r),
    'service_request.citizen_replied',
    (s, r) => lifecycle.recordCitizenReply(s, r, input.reply),
  );

export const returnToFirstLevel = (ctx: UseCaseContext, id: string, input: { reason: string }, o: TicketOptions) =>
  act(
    ctx,
    id,
    o,
    (r) => ticketsPolicy.assertCanActAsDepartment(ctx.actor, r),
    'service_request.returned',
    (s, r) => lifecycle.returnToFirstLevel(s, r, input.reason),
  );

/** Passes a request to another department: the department itself, or first level for a returned request. */
export const passOnRequest = (ctx: UseCaseContext, id: string, input: { departmentId: string; note: string }, o: TicketOptions) =>
  act(
    ctx,
    id,
    o,
    (r) => (r.status === 'returned' ? ticketsPolicy.assertIsFirstLevel(ctx.actor) : ticketsPolicy.assertCanActAsDepartment(ctx.actor, r)),
    'service_request.passed_on',
    async (s, r) => {
      const target = await findDepartment(s.tx, r.tenantId, input.departmentId);
      if (!target) {
        throw new AppError('VALIDATION_FAILED', 'Der Fachbereich gehört nicht zu dieser Verwaltung.', {
          issues: [{ field: 'departmentId', message: 'Unbekannter Fachbereich.' }],
        });
      }
      return lifecycle.passOn(s, r, target, input.note);
    },
  );

/** First level closes a returned request (answered at first level after all, or not to be answered). */
export const closeRequest = (ctx: UseCaseContext, id: string, input: { note: string }, o: TicketOptions) =>
  act(
    ctx,
    id,
    o,
    (r) => {
      ticketsPolicy.assertCanSee(ctx.actor, r);
      ticketsPolicy.assertIsFirstLevel(ctx.actor);
    },
    'service_request.closed',
    async (s, r) => {
      lifecycle.assertStatus(
        r,
        ['returned'],
        'Nur zurückgegebene Anfragen schließt der Erstkontakt; beantwortete schließen sich mit der Antwort.',
      );
      const updated = await repo.updateRequest(s.tx, r.tenantId, r.id, { status: 'closed', closedAt: s.now });
      await lifecycle.recordEvent(s, updated, 'closed', { from: r.status, to: 'closed', note: input.note });
      return updated;
    },
  );
