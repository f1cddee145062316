import type { Config } from '../../config.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError } from '../../platform/http/app-error.js';
import { enqueueMail as enqueueOutboxMail } from '../../platform/mail/outbox.js';
import type { Department as DepartmentRow } from '../tenancy/index.js';
import { newAccessToken } from './access-links.js';
import type { WorkingCalendar } from './deadline.js';
import { citizenAnswerMail, citizenQuestionMail, departmentDeliveryMail, formatBerlin, type RequestFacts } from './mail-texts.js';
import { pauseClock, resumeClock, stopClock } from './sla-clock.js';
import { findDepartment, findTenant, loadCalendar } from './tenant-directory.js';
import type { Step, TicketSettings } from './step.js';
import * as repo from './tickets.repository.js';
import type { RequestStatus } from './tickets.schema.js';
import { createCallbackTask, proposeKnowledgeAddition } from './handover.js';

/**
 * The state changes of a request, shared by staff use cases and the secure-link
 * pages. Each runs inside the caller's transaction: the row change, its status
 * event and any mail (outbox) commit together or not at all.
 */
export type { Step, TicketSettings } from './step.js';

export const ticketSettings = (config: Config): TicketSettings => ({
  publicUrl: config.PUBLIC_URL.replace(/\/$/, ''),
  timeZone: config.TZ_BUSINESS,
  accessLinkDays: config.ACCESS_LINK_DAYS,
});

export const inboxUrl = (s: TicketSettings, id: string) => `${s.publicUrl}/anliegen/${id}`;
export const statusUrl = (s: TicketSettings) => `${s.publicUrl}/status`;

export async function requestFacts(tx: Tx, row: repo.RequestRow): Promise<RequestFacts> {
  const tenant = await findTenant(tx, row.tenantId);
  const department = await findDepartment(tx, row.tenantId, row.departmentId);
  return {
    referenceCode: row.referenceCode,
    tenantName: tenant?.officialName ?? '',
    departmentName: department?.name ?? '',
    serviceTitle: row.serviceTitle,
    leikaKey: row.leikaKey,
    question: row.question,
    citizenName: row.citizenName,
    answerChannel: row.answerChannel,
    dueAt: row.dueAt,
  };
}

export function calendarFor(s: Step, tenantId: string): Promise<WorkingCalendar> {
  return loadCalendar(s.tx, tenantId, s.settings.timeZone, s.now);
}

export async function recordEvent(
  s: Step,
  row: repo.RequestRow,
  kind: string,
  extra: { from?: RequestStatus | null; to?: RequestStatus | null; note?: string | null; departmentId?: string | null } = {},
) {
  await repo.insertEvent(s.tx, {
    tenantId: row.tenantId,
    requestId: row.id,
    at: s.now,
    kind,
    fromStatus: extra.from ?? null,
    toStatus: extra.to ?? null,
    actorName: s.actorName,
    departmentId: extra.departmentId ?? row.departmentId,
    note: extra.note ?? null,
  });
}

export async function enqueueMail(s: Step, row: repo.RequestRow, purpose: string, to: string[], mail: { subject: string; body: string }) {
  await enqueueOutboxMail(s.tx, {
    tenantId: row.tenantId,
    purpose,
    refId: row.id,
    to,
    subject: mail.subject,
    text: mail.body,
    notBefore: s.now,
  });
}

async function issueLink(s: Step, row: repo.RequestRow, purpose: 'department_answer' | 'citizen_reply', departmentId: string | null) {
  await repo.revokeAccessLinks(s.tx, row.id, purpose, s.now);
  const { token, hash } = newAccessToken();
  const expiresAt = new Date(+s.now + s.settings.accessLinkDays * 24 * 3_600_000);
  await repo.insertAccessLink(s.tx, { tenantId: row.tenantId, requestId: row.id, purpose, departmentId, tokenHash: hash, expiresAt });
  return { token, expiresAt };
}

/** Mails the request to the department (outbox) with the inbox link and a fresh secure answer link. */
export async function sendToDepartment(s: Step, row: repo.RequestRow, department: DepartmentRow) {
  if (!department.email) {
    throw new AppError('VALIDATION_FAILED', `Für ${department.name} ist keine E-Mail-Adresse hinterlegt.`, {
      issues: [{ field: 'departmentId', message: 'Der Fachbereich hat keine E-Mail-Adresse.' }],
    });
  }
  const link = await issueLink(s, row, 'department_answer', department.id);
  const mail = departmentDeliveryMail(await requestFacts(s.tx, row), {
    inboxUrl: inboxUrl(s.settings, row.id),
    answerUrl: `${s.settings.publicUrl}/antwort/${link.token}`,
    linkExpiresAt: link.expiresAt,
  });
  await enqueueMail(s, row, 'request.delivery', [department.email], mail);
}

export function assertStatus(row: repo.RequestRow, allowed: RequestStatus[], message: string) {
  if (!allowed.includes(row.status)) throw new AppError('CONFLICT', message);
}

const firstResponse = (row: repo.RequestRow, now: Date) => ({ firstResponseAt: row.firstResponseAt ?? now });

/** The department's answer: the clock stops, the citizen gets it by mail (outbox) or as a call-back task. */
export async function answerRequest(s: Step, row: repo.RequestRow, answer: string, propose: boolean) {
  assertStatus(row, ['forwarded', 'waiting_for_citizen'], 'Diese Anfrage ist bereits beantwortet oder nicht mehr beim Fachbereich.');
  const calendar = await calendarFor(s, row.tenantId);
  // An answer given while paused is measured against the deadline the pause left open.
  const resumed = row.status === 'waiting_for_citizen' ? { ...row, ...resumeClock(row, s.now, calendar) } : row;
  const updated = await repo.updateRequest(s.tx, row.tenantId, row.id, {
    ...stopClock(resumed, s.now, calendar),
    dueAt: resumed.dueAt,
    status: 'answered',
    answer,
    answeredBy: s.actorName,
    answeredAt: s.now,
    pausedAt: null,
    pausedTotalMs: row.pausedAt ? row.pausedTotalMs + (+s.now - +row.pausedAt) : row.pausedTotalMs,
    ...firstResponse(row, s.now),
  });
  await repo.revokeAccessLinks(s.tx, row.id, 'department_answer', s.now);
  await recordEvent(s, updated, 'answered', { from: row.status, to: 'answered', note: answer });
  const facts = await requestFacts(s.tx, updated);
  if (updated.answerChannel === 'email' && updated.citizenEmail) {
    await enqueueMail(s, updated, 'request.answer', [updated.citizenEmail], citizenAnswerMail(facts, answer));
  } else {
    await createCallbackTask(s, updated, 'answer', answer);
    await recordEvent(s, updated, 'callback_created', { note: 'Antwort telefonisch übermitteln' });
  }
  if (propose) {
    await proposeKnowledgeAddition(s, updated, answer);
    await recordEvent(s, updated, 'knowledge_proposed');
  }
  return updated;
}

/** The department asks the citizen back: the clock pauses until the reply comes. */
export async function askCitizen(s: Step, row: repo.RequestRow, question: string) {
  assertStatus(row, ['forwarded'], 'Eine Rückfrage ist nur bei offenen Anfragen möglich.');
  const calendar = await calendarFor(s, row.tenantId);
  const updated = await repo.updateRequest(s.tx, row.tenantId, row.id, {
    ...pauseClock(row, s.now, calendar),
    status: 'waiting_for_citizen',
    pausedAt: s.now,
    ...firstResponse(row, s.now),
  });
  await recordEvent(s, updated, 'asked_citizen', { from: row.status, to: 'waiting_for_citizen', note: question });
  const facts = await requestFacts(s.tx, updated);
  if (updated.answerChannel === 'email' && updated.citizenEmail) {
    const link = await issueLink(s, updated, 'citizen_reply', null);
    await enqueueMail(
      s,
      updated,
      'request.question',
      [updated.citizenEmail],
      citizenQuestionMail(facts, question, `${s.settings.publicUrl}/rueckfrage/${link.token}`, link.expiresAt),
    );
  } else {
    await createCallbackTask(s, updated, 'question', question);
    await recordEvent(s, updated, 'callback_created', { note: 'Rückfrage telefonisch stellen' });
  }
  return updated;
}

/** The citizen's reply arrived (by link, phone or mail): the clock resumes, the department is told. */
export async function recordCitizenReply(s: Step, row: repo.RequestRow, reply: string) {
  assertStatus(row, ['waiting_for_citizen'], 'Für diese Anfrage wird keine Antwort der Bürgerin oder des Bürgers erwartet.');
  const calendar = await calendarFor(s, row.tenantId);
  const updated = await repo.updateRequest(s.tx, row.tenantId, row.id, {
    ...resumeClock(row, s.now, calendar),
    status: 'forwarded',
    pausedAt: null,
    pausedTotalMs: row.pausedTotalMs + (row.pausedAt ? +s.now - +row.pausedAt : 0),
  });
  await repo.revokeAccessLinks(s.tx, row.id, 'citizen_reply', s.now);
  await recordEvent(s, updated, 'citizen_replied', { from: row.status, to: 'forwarded', note: reply });
  const department = await findDepartment(s.tx, row.tenantId, row.departmentId);
  if (department?.email) {
    const facts = await requestFacts(s.tx, updated);
    const link = await issueLink(s, updated, 'department_answer', department.id);
    await enqueueMail(s, updated, 'request.citizen_reply', [department.email], {
      subject: `[${updated.referenceCode}] Antwort auf Ihre Rückfrage`,
      body:
        `Die anfragende Person hat auf Ihre Rückfrage geantwortet:\n\n${reply}\n\nUrsprüngliche Frage: ${facts.question}\n` +
        `Antwortfrist jetzt: ${updated.dueAt ? formatBerlin(updated.dueAt, s.settings.timeZone) : '—'}\n\n` +
        `Posteingang: ${inboxUrl(s.settings, row.id)}\nOhne Zugang (gültig bis ${formatBerlin(link.expiresAt, s.settings.timeZone)}): ${s.settings.publicUrl}/antwort/${link.token}`,
    });
  }
  return updated;
}

/** The department returns the request to first level (not theirs, or first level can answer). */
export async function returnToFirstLevel(s: Step, row: repo.RequestRow, reason: string) {
  assertStatus(row, ['forwarded', 'waiting_for_citizen'], 'Nur offene Anfragen können zurückgegeben werden.');
  const calendar = await calendarFor(s, row.tenantId);
  const updated = await repo.updateRequest(s.tx, row.tenantId, row.id, {
    ...(row.slaRunningSince ? stopClock(row, s.now, calendar) : {}),
    status: 'returned',
    returnedAt: s.now,
    pausedAt: null,
    pausedTotalMs: row.pausedTotalMs + (row.pausedAt ? +s.now - +row.pausedAt : 0),
    ...firstResponse(row, s.now),
  });
  await repo.revokeAccessLinks(s.tx, row.id, 'department_answer', s.now);
  await recordEvent(s, updated, 'returned', { from: row.status, to: 'returned', note: reason });
  return updated;
}

/** Passes the request to another department of the same tenant; the citizen's deadline keeps running. */
export async function passOn(s: Step, row: repo.RequestRow, target: DepartmentRow, note: string) {
  assertStatus(row, ['forwarded', 'returned'], 'Nur offene oder zurückgegebene Anfragen können weitergegeben werden.');
  if (target.id === row.departmentId)
    throw new AppError('VALIDATION_FAILED', 'Die Anfrage liegt bereits bei diesem Fachbereich.', {
      issues: [{ field: 'departmentId', message: 'Bitte einen anderen Fachbereich wählen.' }],
    });
  if (!target.active)
    throw new AppError('VALIDATION_FAILED', 'Dieser Fachbereich ist nicht mehr aktiv.', {
      issues: [{ field: 'departmentId', message: 'Fachbereich inaktiv.' }],
    });
  const calendar = await calendarFor(s, row.tenantId);
  const wasReturned = row.status === 'returned';
  const updated = await repo.updateRequest(s.tx, row.tenantId, row.id, {
    departmentId: target.id,
    status: 'forwarded',
    returnedAt: null,
    remindedAt: null,
    escalatedAt: null,
    ...(wasReturned ? resumeClock(row, s.now, calendar) : {}),
    ...(wasReturned ? {} : firstResponse(row, s.now)),
  });
  await recordEvent(s, updated, 'passed_on', { from: row.status, to: 'forwarded', note, departmentId: target.id });
  await sendToDepartment(s, updated, target);
  return updated;
}
