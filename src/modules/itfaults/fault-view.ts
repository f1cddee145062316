import type { DeliveryRow, FaultEventRow, FaultRow, KnownErrorRow, OutageRow } from './itfaults.repository.js';
import type { FaultCategory, FaultStatus, KnownErrorStatus } from './itfaults.schema.js';
import { explainPriority, priorityLabels, type Priority } from './priority.js';

export const categoryLabels: Record<FaultCategory, string> = {
  workplace_pc: 'Arbeitsplatz-PC',
  printer: 'Drucker',
  telephone: 'Telefon',
  application: 'Fachanwendung',
  network: 'Netzwerk',
  email: 'E-Mail',
  access_rights: 'Zugriffsrechte',
  other: 'Sonstiges',
};

export const faultStatusLabels: Record<FaultStatus, string> = {
  recorded: 'aufgenommen',
  handed_over: 'an die IT übergeben',
  accepted: 'von der IT angenommen',
  in_progress: 'in Bearbeitung',
  waiting: 'wartet',
  resolved: 'gelöst',
  closed: 'geschlossen',
  known_error: 'bekanntem Fehler zugeordnet',
};

export const knownErrorStatusLabels: Record<KnownErrorStatus, string> = {
  investigating: 'in Analyse',
  workaround: 'Umgehung verfügbar',
  fixed: 'behoben',
  proposed: 'Vorschlag (noch nicht bestätigt)',
};

const done = new Set<FaultStatus>(['resolved', 'closed', 'known_error']);

export function faultView(row: FaultRow, now: Date, knownError?: KnownErrorRow | null) {
  const isOpen = !done.has(row.status);
  return {
    id: row.id,
    tenantId: row.tenantId,
    reference: row.reference,
    source: row.source,
    status: row.status,
    statusLabel: faultStatusLabels[row.status],
    priority: row.priority,
    priorityLabel: priorityLabels[row.priority as Priority],
    matrixPriority: row.matrixPriority,
    priorityExplanation:
      explainPriority(row.impact, row.urgency) +
      (row.priority !== row.matrixPriority ? ` Übersteuert auf ${priorityLabels[row.priority as Priority]}: ${row.priorityReason}` : ''),
    priorityReason: row.priorityReason,
    reporter: { name: row.reporterName, room: row.reporterRoom, phone: row.reporterPhone, email: row.reporterEmail },
    department: { id: row.departmentId, name: row.departmentName },
    asset: row.asset,
    category: row.category,
    categoryLabel: categoryLabels[row.category],
    applicationName: row.applicationName,
    description: row.description,
    impact: row.impact,
    urgency: row.urgency,
    contactId: row.contactId,
    workItemId: row.workItemId,
    knownError: knownError
      ? { id: knownError.id, title: knownError.title, workaround: knownError.workaround, status: knownError.status }
      : null,
    itTicketNumber: row.itTicketNumber,
    itMessage: row.itMessage,
    workaround: row.workaround,
    reportedAt: row.reportedAt,
    responseDueAt: row.responseDueAt,
    resolutionDueAt: row.resolutionDueAt,
    // Overdue: no answer from IT after the response target, or not solved after the resolution target.
    isResponseOverdue: row.status !== 'known_error' && (row.respondedAt ? row.respondedAt > row.responseDueAt : now > row.responseDueAt),
    isResolutionOverdue:
      row.status !== 'known_error' && (row.resolvedAt ? row.resolvedAt > row.resolutionDueAt : isOpen && now > row.resolutionDueAt),
    handedOverAt: row.handedOverAt,
    respondedAt: row.respondedAt,
    resolvedAt: row.resolvedAt,
    closedAt: row.closedAt,
    createdByName: row.createdByName,
    version: row.version,
  };
}
export type FaultView = ReturnType<typeof faultView>;

export const eventView = (e: FaultEventRow) => ({ at: e.at, kind: e.kind, status: e.status, message: e.message, actorName: e.actorName });

export const deliveryView = (d: DeliveryRow) => ({
  id: d.id,
  event: d.event,
  status: d.status,
  attempts: d.attempts,
  lastError: d.lastError,
  lastStatusCode: d.lastStatusCode,
  nextAttemptAt: d.nextAttemptAt,
  deliveredAt: d.deliveredAt,
  idempotencyKey: d.idempotencyKey,
});

export const knownErrorView = (k: KnownErrorRow, faultCount = 0) => ({
  id: k.id,
  tenantId: k.tenantId,
  title: k.title,
  symptom: k.symptom,
  keywords: k.keywords,
  workaround: k.workaround,
  category: k.category,
  categoryLabel: categoryLabels[k.category],
  status: k.status,
  statusLabel: knownErrorStatusLabels[k.status],
  itTicketNumber: k.itTicketNumber,
  itTicketUrl: k.itTicketUrl,
  proposedFromFaultId: k.proposedFromFaultId,
  faultCount,
  updatedAt: k.updatedAt,
  version: k.version,
});

export const outageView = (o: OutageRow) => ({
  id: o.id,
  tenantId: o.tenantId,
  title: o.title,
  category: o.category,
  categoryLabel: categoryLabels[o.category],
  since: o.since,
  callerMessage: o.callerMessage,
  itTicketNumber: o.itTicketNumber,
  status: o.status,
  callCount: o.callCount,
  declaredByName: o.declaredByName,
  declaredAt: o.declaredAt,
  closedAt: o.closedAt,
  closedByName: o.closedByName,
  closeNote: o.closeNote,
  version: o.version,
});
