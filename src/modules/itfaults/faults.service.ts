import type { Actor } from '../../platform/auth/actor.js';
import { recordAudit, recordPersonalDataRead } from '../../platform/audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/database.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import { enqueueMail, listMailsFor } from '../../platform/mail/outbox.js';
import { listDepartmentsInTx, listTenantsInTx } from '../tenancy/index.js';
import type { CreateFaultInput, StatusInput } from './itfaults.contract.js';
import * as repo from './itfaults.repository.js';
import type { FaultSource, FaultStatus } from './itfaults.schema.js';
import type { ItFaultSettings } from './itfaults.settings.js';
import { categoryLabels, deliveryView, eventView, faultStatusLabels, faultView } from './fault-view.js';
import { searchTextOf } from './known-error-text.js';
import { handoverMail, reporterStatusMail } from './mail-texts.js';
import { itFaultsPolicy } from './itfaults.policy.js';
import { priorityOf, priorityLabels, type Priority } from './priority.js';

const MINUTE = 60_000;

/** The tenant whose staff report: the given one (checked against the scope) or the host. */
async function reportingTenant(tx: Tx, tenantId: string | undefined) {
  const tenants = await listTenantsInTx(tx);
  const tenant = tenantId ? tenants.find((t) => t.id === tenantId) : tenants.find((t) => t.isHost);
  if (!tenant) throw tenantId ? notFound('Der Mandant') : new AppError('BAD_REQUEST', 'Es gibt keinen Trägermandanten für IT-Störungen.');
  return tenant;
}

/** The department by id, name or short code in the tenant's directory; a German 400 otherwise. */
async function resolveDepartment(tx: Tx, tenantId: string, given: string) {
  const departments = (await listDepartmentsInTx(tx, tenantId)).filter((d) => d.active);
  const wanted = given.trim().toLowerCase();
  const found = departments.find((d) => d.id === wanted || d.name.toLowerCase() === wanted || d.code?.toLowerCase() === wanted);
  if (!found) {
    throw new AppError('VALIDATION_FAILED', 'Diesen Fachbereich gibt es im Verzeichnis nicht.', {
      issues: [{ field: 'department', message: `„${given}“ ist kein Fachbereich des Verzeichnisses; bitte aus der Liste wählen.` }],
    });
  }
  return found;
}

const reference = (year: number, n: number) => `ITS-${year}-${String(n).padStart(6, '0')}`;

export async function addEvent(
  tx: Tx,
  fault: { id: string; tenantId: string },
  at: Date,
  actorName: string,
  event: { kind: string; status?: string | null; message?: string | null },
) {
  await repo.insertFaultEvent(tx, {
    tenantId: fault.tenantId,
    faultId: fault.id,
    at,
    actorName,
    kind: event.kind,
    status: event.status ?? null,
    message: event.message ?? null,
  });
}

/**
 * Records a fault from a call, a routed e-mail or the API: reporter from the tenant's
 * directory, priority by the ITIL matrix (an override needs a reason), targets from the
 * settings. Attached to a known error it gets no IT ticket of its own; otherwise it is
 * handed over in the same transaction: a mail into the outbox and/or a webhook delivery
 * for the job runner (nothing leaves before the commit).
 */
export async function recordFault(ctx: UseCaseContext, settings: ItFaultSettings, input: CreateFaultInput, source?: FaultSource) {
  itFaultsPolicy.assertCanTake(ctx.actor);
  const matrixPriority = priorityOf(input.impact, input.urgency);
  const priority = (input.priority ?? matrixPriority) as Priority;
  if (priority !== matrixPriority && !input.priorityReason) {
    throw new AppError('VALIDATION_FAILED', 'Eine abweichende Priorität braucht eine Begründung.', {
      issues: [
        {
          field: 'priorityReason',
          message: `Die Matrix ergibt ${priorityLabels[matrixPriority]}; bitte begründen, warum ${priorityLabels[priority]}.`,
        },
      ],
    });
  }
  if (input.category === 'application' && !input.applicationName) {
    throw new AppError('VALIDATION_FAILED', 'Bitte die Fachanwendung benennen.', {
      issues: [{ field: 'applicationName', message: 'Bei der Kategorie Fachanwendung bitte den Namen der Anwendung angeben.' }],
    });
  }
  const reporter = typeof input.reporter === 'string' ? { name: input.reporter, room: null, phone: null, email: null } : input.reporter;
  const now = ctx.clock.now();
  const target = settings.targets[priority];
  const result = await inActorScope(ctx, async (tx) => {
    const tenant = await reportingTenant(tx, input.tenantId);
    const department = await resolveDepartment(tx, tenant.id, input.department);
    const knownError = input.knownErrorId ? await repo.findKnownError(tx, input.knownErrorId) : undefined;
    if (input.knownErrorId && (!knownError || knownError.tenantId !== tenant.id)) {
      throw new AppError('VALIDATION_FAILED', 'Diesen bekannten Fehler gibt es nicht.', {
        issues: [{ field: 'knownErrorId', message: 'Der bekannte Fehler wurde nicht gefunden.' }],
      });
    }
    const n = await repo.nextReferenceNumber(tx);
    const row = await repo.insertFault(tx, {
      tenantId: tenant.id,
      reference: reference(now.getUTCFullYear(), n),
      source: source ?? (input.workItemId ? 'queue' : input.contactId ? 'call' : 'api'),
      contactId: input.contactId ?? null,
      workItemId: input.workItemId ?? null,
      reporterName: reporter.name,
      reporterRoom: reporter.room ?? null,
      reporterPhone: reporter.phone ?? null,
      reporterEmail: reporter.email ?? null,
      departmentId: department.id,
      departmentName: department.name,
      asset: input.asset ?? null,
      category: input.category,
      applicationName: input.applicationName ?? null,
      description: input.description,
      impact: input.impact,
      urgency: input.urgency,
      matrixPriority,
      priority,
      priorityReason: priority !== matrixPriority ? input.priorityReason : null,
      status: knownError ? 'known_error' : 'recorded',
      knownErrorId: knownError?.id ?? null,
      itTicketNumber: knownError?.itTicketNumber ?? null,
      responseDueAt: new Date(now.getTime() + target.responseMinutes * MINUTE),
      resolutionDueAt: new Date(now.getTime() + target.resolutionMinutes * MINUTE),
      reportedAt: now,
      createdByName: ctx.actor.displayName,
    });
    await addEvent(tx, row, now, ctx.actor.displayName, {
      kind: 'recorded',
      status: row.status,
      message: `Aufgenommen (${row.source === 'call' ? 'Anruf' : row.source === 'queue' ? 'E-Mail' : 'Schnittstelle'}): ${categoryLabels[row.category]}, ${priorityLabels[priority]}`,
    });
    if (priority !== matrixPriority) {
      await addEvent(tx, row, now, ctx.actor.displayName, {
        kind: 'priority_override',
        message: `Priorität ${priorityLabels[matrixPriority]} → ${priorityLabels[priority]}: ${input.priorityReason}`,
      });
    }
    if (knownError) {
      await addEvent(tx, row, now, ctx.actor.displayName, {
        kind: 'known_error',
        message: `Dem bekannten Fehler „${knownError.title}“ zugeordnet${knownError.itTicketNumber ? ` (IT-Ticket ${knownError.itTicketNumber})` : ''}; kein neues IT-Ticket.`,
      });
    } else {
      await queueHandover(tx, settings, row, now, ctx.actor.displayName);
    }
    await recordAudit(tx, ctx.actor, {
      action: 'it_fault.recorded',
      tenantId: row.tenantId,
      entityType: 'it_fault',
      entityId: row.id,
      details: { reference: row.reference, priority, matrixPriority, knownErrorId: row.knownErrorId, source: row.source },
    });
    return { row, knownError: knownError ?? null };
  });
  return faultView(result.row, now, result.knownError);
}

/** The hand-over to the IT service desk, inside the recording transaction: outbox mail and/or webhook delivery. */
async function queueHandover(tx: Tx, settings: ItFaultSettings, row: repo.FaultRow, now: Date, actorName: string) {
  if (settings.mailTo) {
    const mail = handoverMail(row, settings.publicUrl);
    await enqueueMail(tx, {
      tenantId: row.tenantId,
      purpose: 'itfault.handover',
      refId: row.id,
      to: [settings.mailTo],
      notBefore: now,
      ...mail,
    });
    await addEvent(tx, row, now, actorName, { kind: 'handover_mail', message: `Mail an ${settings.mailTo} im Postausgang` });
  }
  if (settings.webhookUrl) {
    await repo.insertDelivery(tx, {
      tenantId: row.tenantId,
      faultId: row.id,
      event: 'fault.handover',
      url: settings.webhookUrl,
      payload: webhookPayload(row, settings.publicUrl),
      nextAttemptAt: now,
    });
    await addEvent(tx, row, now, actorName, { kind: 'delivery', message: 'Webhook an den IT-Service-Desk eingeplant' });
  }
}

/** The JSON the IT service desk receives for a fault (stable: documented in decision 0110). */
export function webhookPayload(row: repo.FaultRow, publicUrl: string) {
  return {
    event: 'fault.handover',
    fault: {
      id: row.id,
      reference: row.reference,
      priority: row.priority,
      matrixPriority: row.matrixPriority,
      priorityReason: row.priorityReason,
      category: row.category,
      applicationName: row.applicationName,
      impact: row.impact,
      urgency: row.urgency,
      description: row.description,
      asset: row.asset,
      reporter: { name: row.reporterName, room: row.reporterRoom, phone: row.reporterPhone, email: row.reporterEmail },
      department: row.departmentName,
      reportedAt: row.reportedAt.toISOString(),
      responseDueAt: row.responseDueAt.toISOString(),
      resolutionDueAt: row.resolutionDueAt.toISOString(),
      statusUrl: `${publicUrl}/api/v1/it-faults/${row.id}/status`,
    },
  };
}

const openStatuses: FaultStatus[] = ['recorded', 'handed_over', 'accepted', 'in_progress', 'waiting'];

export async function listFaults(ctx: UseCaseContext, filter: { open: boolean }) {
  itFaultsPolicy.assertCanRead(ctx.actor);
  const now = ctx.clock.now();
  return inActorScope(ctx, async (tx) => {
    const rows = await repo.listFaults(tx, { statuses: filter.open ? openStatuses : null, limit: 300 });
    // Reporters' names, rooms, numbers and addresses: the list read is audited (issue 16).
    await recordPersonalDataRead(tx, ctx.actor, { entityType: 'it_fault_list', count: rows.length });
    return rows.map((r) => faultView(r, now));
  });
}

export async function getFault(ctx: UseCaseContext, id: string) {
  itFaultsPolicy.assertCanRead(ctx.actor);
  const now = ctx.clock.now();
  return inActorScope(ctx, async (tx) => {
    const row = await repo.findFault(tx, id);
    if (!row) throw notFound('Die IT-Störung');
    itFaultsPolicy.assertCanRead(ctx.actor, row.tenantId);
    const knownError = row.knownErrorId ? await repo.findKnownError(tx, row.knownErrorId) : undefined;
    const [events, deliveries, mails] = [
      await repo.listFaultEvents(tx, row.id),
      await repo.listDeliveriesOf(tx, { faultId: row.id }),
      await listMailsFor(tx, row.id),
    ];
    await recordPersonalDataRead(tx, ctx.actor, { entityType: 'it_fault', entityId: row.id, tenantId: row.tenantId });
    return {
      ...faultView(row, now, knownError),
      events: events.map(eventView),
      deliveries: deliveries.map(deliveryView),
      mails: mails.map((m) => ({ purpose: m.purpose, status: m.status, attempts: m.attempts, lastError: m.lastError, sentAt: m.sentAt })),
    };
  });
}

/** Mail-sent effect (runs in the transaction that marks the mail sent): the hand-over mail left. */
export async function markHandedOverInTx(tx: Tx, faultId: string, at: Date, how: string) {
  const row = await repo.findFault(tx, faultId, true);
  if (!row) return;
  if (row.status === 'recorded') await repo.updateFault(tx, row.id, { status: 'handed_over', handedOverAt: at }, at);
  else if (!row.handedOverAt) await repo.updateFault(tx, row.id, { handedOverAt: at }, at);
  await addEvent(tx, row, at, 'system', { kind: 'handover', status: 'handed_over', message: how });
}

/**
 * Status from the IT service desk (signed or token-authenticated call, mail reply, or
 * the IT desk's own page): ticket number, status, message. The first status ends the
 * response time, resolved ends the resolution time; closed is final. A resolution with
 * a workaround proposes a known error. The reporter gets a short mail when an address is known.
 */
export async function applyItStatusInTx(
  tx: Tx,
  actor: Actor,
  row: repo.FaultRow,
  input: StatusInput,
  now: Date,
  via: 'webhook' | 'mail' | 'desk',
) {
  if (row.status === 'closed') throw new AppError('CONFLICT', 'Die IT-Störung ist bereits geschlossen.');
  const values: Partial<repo.FaultInsert> = { status: input.status };
  if (input.itTicketNumber) values.itTicketNumber = input.itTicketNumber;
  if (input.message) values.itMessage = input.message;
  if (!row.respondedAt) values.respondedAt = now;
  if (!row.handedOverAt) values.handedOverAt = now;
  if ((input.status === 'resolved' || input.status === 'closed') && !row.resolvedAt) values.resolvedAt = now;
  if (input.status === 'closed') values.closedAt = now;
  if (input.workaround) values.workaround = input.workaround;
  const updated = await repo.updateFault(tx, row.id, values, now);
  await addEvent(tx, row, now, actor.displayName, {
    kind: 'status',
    status: input.status,
    message:
      `${faultStatusLabels[input.status]} (${via === 'mail' ? 'Mail' : via === 'webhook' ? 'Schnittstelle' : 'IT-Service-Desk'})` +
      (input.itTicketNumber ? `, IT-Ticket ${input.itTicketNumber}` : '') +
      (input.message ? `: ${input.message}` : ''),
  });
  let proposedKnownErrorId: string | null = null;
  if (input.status === 'resolved' && input.workaround && !row.knownErrorId) {
    const proposal = await repo.insertKnownError(tx, {
      tenantId: row.tenantId,
      title: row.description.length > 80 ? `${row.description.slice(0, 77)}…` : row.description,
      symptom: row.description,
      keywords: [categoryLabels[row.category], row.applicationName ?? ''].join(' ').trim(),
      workaround: input.workaround,
      category: row.category,
      status: 'proposed',
      itTicketNumber: updated.itTicketNumber,
      searchText: searchTextOf(row.description, row.description, categoryLabels[row.category]),
      proposedFromFaultId: row.id,
      createdByName: actor.displayName,
    });
    proposedKnownErrorId = proposal.id;
    await addEvent(tx, row, now, actor.displayName, {
      kind: 'known_error',
      message: 'Umgehung gemeldet: als bekannter Fehler vorgeschlagen',
    });
  }
  if (row.reporterEmail) {
    await enqueueMail(tx, {
      notBefore: now,
      tenantId: row.tenantId,
      purpose: 'itfault.reporter',
      refId: row.id,
      to: [row.reporterEmail],
      ...reporterStatusMail(updated),
    });
  }
  await recordAudit(tx, actor, {
    action: 'it_fault.status',
    tenantId: row.tenantId,
    entityType: 'it_fault',
    entityId: row.id,
    details: { status: input.status, via, itTicketNumber: input.itTicketNumber ?? null, proposedKnownErrorId },
  });
  return updated;
}

/** The IT desk's own page sets a status (session, role itdesk). */
export async function setStatusByDesk(ctx: UseCaseContext, id: string, input: StatusInput) {
  const now = ctx.clock.now();
  return inActorScope(ctx, async (tx) => {
    const row = await repo.findFault(tx, id, true);
    if (!row) throw notFound('Die IT-Störung');
    itFaultsPolicy.assertCanManage(ctx.actor, row.tenantId);
    return faultView(await applyItStatusInTx(tx, ctx.actor, row, input, now, 'desk'), now);
  });
}
