import { systemActor } from '../../platform/auth/actor.js';
import { completeWorkItemInTx, enqueueWorkItemInTx } from '../routing/index.js';
import type { Step } from './step.js';
import * as repo from './tickets.repository.js';

/**
 * Hand-overs to other parts of the center (decision 0033):
 * - call-back tasks: kept in this module (they close the request when done) and
 *   offered to agents through the routed queue of the routing module;
 * - knowledge-base proposals: kept in this module's table for the editors,
 *   because the knowledge module exports no proposal use case (yet).
 */
export async function createCallbackTask(s: Step, row: repo.RequestRow, kind: 'answer' | 'question', message: string) {
  const task = await repo.insertCallback(s.tx, {
    tenantId: row.tenantId,
    requestId: row.id,
    kind,
    citizenName: row.citizenName,
    phone: row.citizenPhone ?? '',
    message,
    createdAt: s.now,
  });
  const item = await enqueueWorkItemInTx(
    s.tx,
    { ...systemActor('second-level'), displayName: s.actorName },
    {
      tenantId: row.tenantId,
      channel: 'callback',
      subject: `Rückruf ${row.referenceCode}: ${kind === 'answer' ? 'Antwort des Fachbereichs übermitteln' : 'Rückfrage des Fachbereichs stellen'}`,
      body: message,
      fromName: row.citizenName,
      fromAddress: row.citizenPhone,
      priority: 1,
      enqueuedAt: s.now,
      sourceRef: `callback-task:${task.id}`,
      payload: { callbackTaskId: task.id, requestId: row.id, referenceCode: row.referenceCode, kind, link: `/anliegen/${row.id}` },
    },
    s.changes,
    s.now,
  );
  return repo.updateCallback(s.tx, task.id, { workItemId: item.id });
}

/** The call-back was made: the queue item is done too (if an agent holds it). */
export async function completeQueuedCallback(s: Step, workItemId: string) {
  await completeWorkItemInTx(s.tx, workItemId, s.now);
}

export async function proposeKnowledgeAddition(s: Step, row: repo.RequestRow, answer: string) {
  return repo.insertProposal(s.tx, {
    tenantId: row.tenantId,
    requestId: row.id,
    leikaKey: row.leikaKey,
    serviceTitle: row.serviceTitle,
    question: row.question,
    answer,
    proposedBy: s.actorName,
    createdAt: s.now,
  });
}
