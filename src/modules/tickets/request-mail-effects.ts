import type { Tx } from '../../platform/db/database.js';
import type { MailSentEffect } from '../../platform/mail/dispatcher.js';
import * as repo from './tickets.repository.js';

/**
 * What it means for a request that one of its mails actually left: the
 * department mail sets `delivered_at`; the answer mail to the citizen closes the
 * request. Runs in the same transaction that marks the mail sent.
 */
export const applyMailSentEffects: MailSentEffect = async (tx: Tx, mail, sentAt) => {
  if (!mail.refId) return;
  const row = await repo.findRequestForUpdate(tx, mail.refId);
  if (!row) return;
  const event = (kind: string, extra: Partial<repo.EventInsert> = {}) =>
    repo.insertEvent(tx, {
      tenantId: row.tenantId,
      requestId: row.id,
      at: sentAt,
      kind,
      actorName: 'mail-dispatcher',
      departmentId: row.departmentId,
      ...extra,
    });
  if (mail.purpose === 'request.delivery') {
    if (!row.deliveredAt) await repo.updateRequest(tx, row.tenantId, row.id, { deliveredAt: sentAt });
    await event('delivered', { note: mail.toAddresses.join(', ') });
  } else if (mail.purpose === 'request.answer' && row.status === 'answered') {
    await repo.updateRequest(tx, row.tenantId, row.id, { citizenInformedAt: sentAt, status: 'closed', closedAt: sentAt });
    await event('citizen_informed', { note: 'Antwort per E-Mail versandt' });
    await event('closed', { fromStatus: 'answered', toStatus: 'closed' });
  } else if (mail.purpose === 'request.reminder' || mail.purpose === 'request.escalation') {
    await event(mail.purpose === 'request.reminder' ? 'reminder_sent' : 'escalation_sent', { note: mail.toAddresses.join(', ') });
  }
};
