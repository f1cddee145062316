import { systemActor } from '../../platform/auth/actor.js';
import { recordAudit } from '../../platform/audit/audit.service.js';
import { ALL_TENANTS, type Database } from '../../platform/db/database.js';
import { StagedChanges } from '../../platform/realtime/change-bus.js';
import { isWithinServiceHours } from './deadline.js';
import type { TicketSettings } from './request-lifecycle.js';
import { calendarFor, enqueueMail, inboxUrl, recordEvent, requestFacts, type Step } from './request-lifecycle.js';
import { escalationMail, reminderMail } from './mail-texts.js';
import { isReminderDue } from './sla-clock.js';
import { coordinatorEmails, findDepartment, loadAgreementTerms } from './tenant-directory.js';
import * as repo from './tickets.repository.js';

/**
 * Reminders before the deadline and escalation after it, for all tenants.
 * Runs periodically; does nothing outside the tenant's service hours, so nobody
 * is mailed at midnight: a deadline that passes at night escalates when the
 * service hours begin. Each request is reminded and escalated at most once.
 */
export async function remindAndEscalate(database: Database, options: { settings: TicketSettings; now?: Date }) {
  const now = options.now ?? new Date();
  const actor = systemActor('sla-sweep');
  return database.scoped(ALL_TENANTS, async (tx) => {
    const s: Step = { tx, actorName: 'Fristüberwachung', settings: options.settings, now, changes: new StagedChanges(database) };
    let reminded = 0;
    let escalated = 0;
    let deferred = 0;
    for (const candidate of await repo.listRequestsWithRunningClock(tx)) {
      const calendar = await calendarFor(s, candidate.tenantId);
      const isOverdue = !!candidate.dueAt && +candidate.dueAt <= +now;
      const wantsEscalation = isOverdue && !candidate.escalatedAt;
      const wantsReminder = !isOverdue && !candidate.remindedAt && isReminderDue(candidate, now, calendar);
      if (!wantsEscalation && !wantsReminder) continue;
      const { serviceHours } = await loadAgreementTerms(tx, candidate.tenantId);
      if (!isWithinServiceHours(now, serviceHours, calendar)) {
        deferred++;
        continue;
      }
      const row = await repo.findRequestForUpdate(tx, candidate.id);
      if (!row || row.status !== 'forwarded') continue;
      const department = await findDepartment(tx, row.tenantId, row.departmentId);
      const facts = await requestFacts(tx, row);
      const link = inboxUrl(options.settings, row.id);
      if (wantsEscalation) {
        const to = [department?.deputyEmail ?? '', ...(await coordinatorEmails(tx, row.tenantId)), department?.email ?? ''];
        await repo.updateRequest(tx, row.tenantId, row.id, { escalatedAt: now, remindedAt: row.remindedAt ?? now });
        await enqueueMail(s, row, 'request.escalation', to, escalationMail(facts, link));
        await recordEvent(s, row, 'escalated', { note: to.filter(Boolean).join(', ') });
        await recordAudit(tx, actor, { action: 'service_request.escalated', tenantId: row.tenantId, entityType: 'service_request', entityId: row.id });
        escalated++;
      } else {
        await repo.updateRequest(tx, row.tenantId, row.id, { remindedAt: now });
        await enqueueMail(s, row, 'request.reminder', [department?.email ?? ''], reminderMail(facts, link));
        await recordEvent(s, row, 'reminded', { note: department?.email ?? null });
        reminded++;
      }
    }
    return { reminded, escalated, deferred };
  });
}
