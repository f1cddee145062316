import { systemActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import { ALL_TENANTS, type Database, type Tx } from '../../platform/db/database.js';
import { StagedChanges } from '../../platform/realtime/change-bus.js';
import type { ServiceHours } from '../tenancy/index.js';
import { isWithinServiceHours, type WorkingCalendar } from './deadline.js';
import { escalationMail, reminderMail } from './mail-texts.js';
import type { TicketSettings } from './request-lifecycle.js';
import { enqueueMail, inboxUrl, recordEvent, requestFacts, type Step } from './request-lifecycle.js';
import { isReminderDue } from './sla-clock.js';
import { coordinatorEmails, findDepartment, loadAgreementTerms, loadCalendar } from './tenant-directory.js';
import * as repo from './tickets.repository.js';

/**
 * Reminders before the deadline and escalation after it, for all tenants.
 * Runs periodically; does nothing outside the tenant's service hours, so nobody
 * is mailed at midnight: a deadline that passes at night escalates when the
 * service hours begin. Each request is reminded and escalated at most once.
 * One short transaction per request, so a large backlog never blocks the
 * embedded database for long; calendars and hours are read once per tenant.
 */
export async function remindAndEscalate(database: Database, options: { settings: TicketSettings; now: Date }) {
  const now = options.now;
  const actor = systemActor('sla-sweep');
  const terms = new Map<string, { calendar: WorkingCalendar; serviceHours: ServiceHours }>();
  const termsOf = async (tx: Tx, tenantId: string) => {
    let t = terms.get(tenantId);
    if (!t) {
      t = {
        calendar: await loadCalendar(tx, tenantId, options.settings.timeZone, now),
        serviceHours: (await loadAgreementTerms(tx, tenantId)).serviceHours,
      };
      terms.set(tenantId, t);
    }
    return t;
  };
  const result = { reminded: 0, escalated: 0, deferred: 0 };
  const candidates = await database.scoped(ALL_TENANTS, async (tx) => {
    const due: { id: string; escalate: boolean }[] = [];
    for (const c of await repo.listRequestsWithRunningClock(tx)) {
      const { calendar, serviceHours } = await termsOf(tx, c.tenantId);
      const isOverdue = !!c.dueAt && +c.dueAt <= +now;
      const escalate = isOverdue && !c.escalatedAt;
      const remind = !isOverdue && !c.remindedAt && isReminderDue(c, now, calendar);
      if (!escalate && !remind) continue;
      if (!isWithinServiceHours(now, serviceHours, calendar)) result.deferred++;
      else due.push({ id: c.id, escalate });
    }
    return due;
  });
  for (const candidate of candidates) {
    await database.scoped(ALL_TENANTS, async (tx) => {
      const row = await repo.findRequestForUpdate(tx, candidate.id);
      // Re-checked under the lock: the department may have answered meanwhile.
      if (row?.status !== 'forwarded' || (candidate.escalate ? row.escalatedAt : row.remindedAt)) return;
      const s: Step = { tx, actorName: 'Fristüberwachung', settings: options.settings, now, changes: new StagedChanges(database) };
      const department = await findDepartment(tx, row.tenantId, row.departmentId);
      const facts = await requestFacts(tx, row);
      const link = inboxUrl(options.settings, row.id);
      if (candidate.escalate) {
        const to = [department?.deputyEmail ?? '', ...(await coordinatorEmails(tx, row.tenantId)), department?.email ?? ''];
        await repo.updateRequest(tx, row.tenantId, row.id, { escalatedAt: now, remindedAt: row.remindedAt ?? now });
        await enqueueMail(s, row, 'request.escalation', to, escalationMail(facts, link));
        await recordEvent(s, row, 'escalated', { note: to.filter(Boolean).join(', ') });
        await recordAudit(tx, actor, {
          action: 'service_request.escalated',
          tenantId: row.tenantId,
          entityType: 'service_request',
          entityId: row.id,
        });
        result.escalated++;
      } else {
        await repo.updateRequest(tx, row.tenantId, row.id, { remindedAt: now });
        await enqueueMail(s, row, 'request.reminder', [department?.email ?? ''], reminderMail(facts, link));
        await recordEvent(s, row, 'reminded', { note: department?.email ?? null });
        result.reminded++;
      }
    });
  }
  return result;
}
