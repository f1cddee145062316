import { systemActor } from '../../platform/auth/actor.js';
import { ALL_TENANTS, type Database } from '../../platform/db/database.js';
import { StagedChanges } from '../../platform/realtime/change-bus.js';
import type { Clock } from '../../platform/time/clock.js';
import { enqueueWorkItemInTx, type InboundMail } from '../routing/index.js';
import { listTenantsInTx } from '../tenancy/index.js';
import { addEvent, applyItStatusInTx } from './faults.service.js';
import * as repo from './itfaults.repository.js';
import { isTrustedReplySender, type ItFaultSettings } from './itfaults.settings.js';
import { parseStatusReply, referenceInSubject } from './mail-status.js';

/**
 * The IT fault desk's part of the e-mail channel (claimed before routing makes an
 * ordinary work item):
 * - a reply from the IT service desk (trusted sender) with a fault reference in the
 *   subject sets the status like the status API (or keeps the text as a message);
 * - a mail to the fault address (ITFAULT_MAIL_LOCAL_PART@…) becomes a work item
 *   "IT-Störung" of the host in the routed queue, for an agent to take as a fault.
 * Anything else is left to routing.
 */
export function itFaultMailClaim(database: Database, clock: Clock, settings: ItFaultSettings) {
  return async (mail: InboundMail): Promise<boolean> => {
    const reference = referenceInSubject(mail.subject);
    if (reference && isTrustedReplySender(settings, mail.fromAddress)) {
      return applyMailReply(database, clock, mail, reference);
    }
    const toFaultAddress = mail.to.some((a) => a.split('@')[0]!.toLowerCase() === settings.mailLocalPart);
    if (!toFaultAddress) return false;
    const changes = new StagedChanges(database);
    const actor = systemActor('e-mail-eingang');
    await database.scoped(ALL_TENANTS, async (tx) => {
      const host = (await listTenantsInTx(tx)).find((t) => t.isHost);
      if (!host) throw new Error('no host tenant for IT fault mail');
      await enqueueWorkItemInTx(
        tx,
        actor,
        {
          tenantId: host.id,
          channel: 'email',
          priority: 1,
          subject: `IT-Störung: ${mail.subject.slice(0, 280) || '(ohne Betreff)'}`,
          body: mail.text.slice(0, 20_000),
          fromAddress: mail.fromAddress,
          fromName: mail.fromName,
          sourceRef: `mail:${mail.messageId}`.slice(0, 250),
          // Faults are answered by IT's targets, not the citizens' 24 hours: an hour to take it.
          dueAt: new Date(clock.now().getTime() + 3600_000),
          payload: { to: mail.to, itFault: true },
        },
        changes,
        clock.now(),
      );
    });
    changes.flush();
    return true;
  };
}

async function applyMailReply(database: Database, clock: Clock, mail: InboundMail, reference: string): Promise<boolean> {
  const now = clock.now();
  const actor = systemActor(`mail:${mail.fromAddress}`);
  actor.displayName = `IT-Service-Desk (${mail.fromAddress})`;
  const reply = parseStatusReply(mail.text);
  return database.scoped(ALL_TENANTS, async (tx) => {
    const row = await repo.findFaultByReference(tx, reference, true);
    if (!row) return false;
    if (reply.status && row.status !== 'closed') {
      await applyItStatusInTx(
        tx,
        actor,
        row,
        { status: reply.status, itTicketNumber: reply.itTicketNumber, message: reply.message, workaround: reply.workaround },
        now,
        'mail',
      );
    } else {
      await addEvent(tx, row, now, actor.displayName, { kind: 'message', message: reply.message ?? '(Antwort ohne Text)' });
      if (reply.itTicketNumber && !row.itTicketNumber) await repo.updateFault(tx, row.id, { itTicketNumber: reply.itTicketNumber }, now);
    }
    return true;
  });
}
