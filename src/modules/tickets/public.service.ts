import { systemActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import { ALL_TENANTS, type Database } from '../../platform/db/database.js';
import { StagedChanges } from '../../platform/realtime/change-bus.js';
import { AppError } from '../../platform/http/app-error.js';
import { hashAccessToken, isPlausibleToken } from './access-links.js';
import { localDate } from './deadline.js';
import type { TicketOptions } from './forward.service.js';
import * as lifecycle from './request-lifecycle.js';
import { findDepartment, findTenant } from './tenant-directory.js';
import type { AccessLinkAction } from './tickets.contract.js';
import * as repo from './tickets.repository.js';
import type { RequestStatus } from './tickets.schema.js';
import { normaliseReferenceCode } from './reference-code.js';
import { lookUpWorkItemByReference } from '../routing/index.js';

const statusLabels: Record<RequestStatus, string> = {
  forwarded: 'In Bearbeitung beim zuständigen Fachbereich',
  waiting_for_citizen: 'Rückfrage an Sie: Wir warten auf Ihre Antwort',
  answered: 'Beantwortet – die Antwort wird Ihnen übermittelt',
  returned: 'In Bearbeitung im DialogCenter',
  closed: 'Abgeschlossen – die Antwort wurde Ihnen übermittelt',
};

/** Contact-form messages and chats (routing's work items), as a citizen reads their state. */
const workItemStatusLabels: Record<string, string> = {
  waiting: 'Eingegangen – wartet auf Bearbeitung im DialogCenter',
  offered: 'Eingegangen – wartet auf Bearbeitung im DialogCenter',
  assigned: 'In Bearbeitung im DialogCenter',
  done: 'Erledigt',
  cancelled: 'Geschlossen',
};

const unknownCode = () =>
  new AppError('NOT_FOUND', 'Zu dieser Vorgangsnummer haben wir nichts gefunden. Bitte prüfen Sie die Schreibweise.');

/**
 * The citizen's status page: by reference code, without login. Shows no personal
 * data (no name, no question, no answer) — only what a stranger holding the code
 * may see. Unknown and malformed codes get the same answer.
 */
export async function lookUpRequestStatus(database: Database, code: string, timeZone: string) {
  const normalised = normaliseReferenceCode(code);
  // Every number we give a citizen is found here: the second level's DC-…, and the contact form's and chat's.
  if (!normalised) return lookUpWorkItemStatus(database, code, timeZone);
  return database.scoped(ALL_TENANTS, async (tx) => {
    const row = await repo.findRequestByCode(tx, normalised);
    if (!row) throw unknownCode();
    const tenant = await findTenant(tx, row.tenantId);
    return {
      referenceCode: row.referenceCode,
      kind: 'service_request' as const,
      tenantName: tenant?.officialName ?? '',
      status: row.status,
      statusLabel: statusLabels[row.status],
      receivedOn: localDate(row.createdAt, timeZone),
      forwardedOn: localDate(row.createdAt, timeZone),
      replyExpectedBy: row.dueAt && !row.answeredAt ? row.dueAt.toISOString() : null,
      answeredOn: row.answeredAt ? localDate(row.answeredAt, timeZone) : null,
    };
  });
}

async function lookUpWorkItemStatus(database: Database, code: string, timeZone: string) {
  const item = await lookUpWorkItemByReference(database, code);
  if (!item) throw unknownCode();
  const tenant = await database.scoped(ALL_TENANTS, (tx) => findTenant(tx, item.tenantId));
  return {
    referenceCode: item.referenceCode,
    kind: item.channel === 'chat' ? ('chat' as const) : ('contact_form' as const),
    tenantName: tenant?.officialName ?? '',
    status: item.status,
    statusLabel: workItemStatusLabels[item.status] ?? 'In Bearbeitung im DialogCenter',
    receivedOn: localDate(item.receivedAt, timeZone),
    forwardedOn: null,
    replyExpectedBy: null,
    answeredOn: item.doneAt ? localDate(item.doneAt, timeZone) : null,
  };
}

const invalidLink = () =>
  new AppError(
    'NOT_FOUND',
    'Dieser Link ist ungültig, abgelaufen oder wurde bereits verwendet. Bitte wenden Sie sich an das DialogCenter (115).',
  );

async function openLink(tx: Parameters<Parameters<Database['scoped']>[1]>[0], token: string, now: Date) {
  if (!isPlausibleToken(token)) throw invalidLink();
  const link = await repo.findAccessLinkForUpdate(tx, hashAccessToken(token));
  if (!link || link.usedAt || link.revokedAt || +link.expiresAt <= +now) throw invalidLink();
  const row = await repo.findRequestForUpdate(tx, link.requestId);
  if (!row) throw invalidLink();
  return { link, row };
}

/** What the holder of a secure link may see: the concern (not the citizen's contact data). */
export async function viewAccessLink(database: Database, token: string, options: { now: Date }) {
  const now = options.now;
  return database.scoped(ALL_TENANTS, async (tx) => {
    const { link, row } = await openLink(tx, token, now);
    const tenant = await findTenant(tx, row.tenantId);
    const department = await findDepartment(tx, row.tenantId, row.departmentId);
    const events = link.purpose === 'citizen_reply' ? await repo.listEvents(tx, row.id) : [];
    const lastQuestion = events.filter((e) => e.kind === 'asked_citizen').at(-1)?.note ?? null;
    return {
      purpose: link.purpose as 'department_answer' | 'citizen_reply',
      referenceCode: row.referenceCode,
      tenantName: tenant?.officialName ?? '',
      departmentName: department?.name ?? '',
      serviceTitle: row.serviceTitle,
      question: row.question,
      departmentQuestion: lastQuestion,
      dueAt: row.dueAt,
      expiresAt: link.expiresAt,
      status: row.status,
    };
  });
}

/**
 * Acts through a secure link: the department answers or asks back; the citizen
 * replies. A link serves one purpose and is spent by its first use.
 */
export async function actThroughAccessLink(
  database: Database,
  token: string,
  action: AccessLinkAction,
  options: TicketOptions & { now: Date },
) {
  const now = options.now;
  const changes = new StagedChanges(database);
  const result = await database.scoped(ALL_TENANTS, async (tx) => {
    const { link, row } = await openLink(tx, token, now);
    const allowed = link.purpose === 'department_answer' ? ['answer', 'ask_citizen'] : ['citizen_reply'];
    if (!allowed.includes(action.action)) throw new AppError('FORBIDDEN', 'Dieser Link erlaubt diese Aktion nicht.');
    const department = link.departmentId ? await findDepartment(tx, row.tenantId, link.departmentId) : undefined;
    const actorName = link.purpose === 'department_answer' ? `${department?.name ?? 'Fachbereich'} (per Link)` : 'Bürger/in (per Link)';
    const s: lifecycle.Step = { tx, actorName, settings: options.settings, now, changes };
    await repo.markAccessLinkUsed(tx, link.id, now);
    let updated: repo.RequestRow;
    if (action.action === 'answer') updated = await lifecycle.answerRequest(s, row, action.answer, action.proposeForKnowledgeBase);
    else if (action.action === 'ask_citizen') updated = await lifecycle.askCitizen(s, row, action.question);
    else updated = await lifecycle.recordCitizenReply(s, row, action.reply);
    await recordAudit(tx, systemActor(link.purpose === 'department_answer' ? 'access-link:department' : 'access-link:citizen'), {
      action: `service_request.${action.action === 'answer' ? 'answered' : action.action === 'ask_citizen' ? 'asked_citizen' : 'citizen_replied'}`,
      tenantId: row.tenantId,
      entityType: 'service_request',
      entityId: row.id,
      details: { via: 'access_link', linkId: link.id },
    });
    return { referenceCode: updated.referenceCode, status: updated.status };
  });
  changes.flush();
  return result;
}
