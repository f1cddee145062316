import { recordAudit } from '../../platform/audit/audit.service.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { StagedChanges } from '../../platform/realtime/change-bus.js';
import { AppError } from '../../platform/http/app-error.js';
import { localDate } from './deadline.js';
import { citizenConfirmationMail } from './mail-texts.js';
import { makeReferenceCode } from './reference-code.js';
import {
  calendarFor,
  enqueueMail,
  recordEvent,
  requestFacts,
  sendToDepartment,
  statusUrl,
  type Step,
  type TicketSettings,
} from './request-lifecycle.js';
import { startClock } from './sla-clock.js';
import { findDepartment, findTenant, loadAgreementTerms } from './tenant-directory.js';
import type { ForwardInput } from './tickets.contract.js';
import { ticketsPolicy } from './tickets.policy.js';
import * as repo from './tickets.repository.js';

export interface TicketOptions {
  settings: TicketSettings;
  /** The clock; tests and demo data pass a fixed instant. */
  now?: Date;
}

/**
 * Forwards a concern from first level to the tenant's responsible department:
 * creates the request with its reference code and deadline, and writes the
 * department mail (with inbox and secure answer link) and the citizen's
 * confirmation into the outbox, all in one transaction.
 * Takes the contact's essentials, so it works with or without the contacts module.
 */
export async function forwardContact(ctx: UseCaseContext, input: ForwardInput, options: TicketOptions) {
  ticketsPolicy.assertCanForward(ctx.actor, input.tenantId);
  const now = options.now ?? ctx.clock.now();
  return inActorScope(ctx, async (tx) => {
    const s: Step = { tx, actorName: ctx.actor.displayName, settings: options.settings, now, changes: new StagedChanges(ctx.database) };
    if (!(await findTenant(tx, input.tenantId))) {
      throw new AppError('VALIDATION_FAILED', 'Diese Verwaltung gibt es nicht.', {
        issues: [{ field: 'tenantId', message: 'Unbekannte Verwaltung.' }],
      });
    }
    const department = await findDepartment(tx, input.tenantId, input.departmentId);
    if (!department?.active) {
      throw new AppError('VALIDATION_FAILED', 'Der Fachbereich gehört nicht zu dieser Verwaltung oder ist nicht aktiv.', {
        issues: [{ field: 'departmentId', message: 'Bitte einen Fachbereich dieser Verwaltung wählen.' }],
      });
    }
    const terms = await loadAgreementTerms(tx, input.tenantId);
    const calendar = await calendarFor(s, input.tenantId);
    const year = Number(localDate(now, options.settings.timeZone).slice(0, 4));
    const row = await repo.insertRequest(tx, {
      tenantId: input.tenantId,
      referenceCode: makeReferenceCode(year, await repo.nextRequestNumber(tx)),
      departmentId: department.id,
      contactId: input.contactId ?? null,
      leikaKey: input.leikaKey ?? null,
      serviceTitle: input.serviceTitle,
      question: input.question,
      citizenName: input.citizen.name,
      citizenEmail: input.citizen.email ?? null,
      citizenPhone: input.citizen.phone ?? null,
      answerChannel: input.answerChannel,
      status: 'forwarded',
      ...startClock(now, terms.budgetHours, calendar),
      createdAt: now,
    });
    await recordEvent(s, row, 'created', { to: 'forwarded', note: `An ${department.name} weitergeleitet` });
    await sendToDepartment(s, row, department);
    if (row.citizenEmail) {
      await enqueueMail(
        s,
        row,
        'request.confirmation',
        [row.citizenEmail],
        citizenConfirmationMail(await requestFacts(tx, row), statusUrl(options.settings)),
      );
    }
    await recordAudit(tx, ctx.actor, {
      action: 'service_request.forwarded',
      tenantId: row.tenantId,
      entityType: 'service_request',
      entityId: row.id,
      details: { referenceCode: row.referenceCode, departmentId: department.id, contactId: row.contactId, channel: row.answerChannel },
    });
    return { id: row.id, referenceCode: row.referenceCode, dueAt: row.dueAt!, departmentName: department.name };
  });
}
