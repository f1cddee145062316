import type { Step } from './request-lifecycle.js';
import * as repo from './tickets.repository.js';

/**
 * Hand-overs to other parts of the center: call-back tasks for agents and
 * knowledge-base proposals for editors. Kept in this module's own tables (see
 * docs/decisions/0033); the call-back task is what closes the request when the
 * agent has reached the citizen.
 */
export async function createCallbackTask(s: Step, row: repo.RequestRow, kind: 'answer' | 'question', message: string) {
  return repo.insertCallback(s.tx, {
    tenantId: row.tenantId,
    requestId: row.id,
    kind,
    citizenName: row.citizenName,
    phone: row.citizenPhone ?? '',
    message,
    createdAt: s.now,
  });
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
