import { formatLocalGerman as formatBerlin } from '../../platform/time/berlin-time.js';
import { categoryLabels, faultStatusLabels } from './fault-view.js';
import type { FaultRow, OutageRow } from './itfaults.repository.js';
import { impactLabels, priorityLabels, urgencyLabels, type Priority } from './priority.js';

/**
 * The mails of the IT fault desk. The reference stands in square brackets in every
 * subject: a reply from the IT service desk keeps it, and the e-mail channel routes
 * the reply back to the fault (status by mail).
 */
export function handoverMail(row: FaultRow, publicUrl: string) {
  const p = priorityLabels[row.priority as Priority];
  return {
    subject: `[${row.reference}] ${p}: ${categoryLabels[row.category]}${row.applicationName ? ` (${row.applicationName})` : ''}, ${row.departmentName}`,
    text: [
      `Neue IT-Störung ${row.reference}, aufgenommen vom DialogCenter am ${formatBerlin(row.reportedAt)}.`,
      '',
      `Priorität: ${p}${row.priority !== row.matrixPriority ? ` (Matrix: ${priorityLabels[row.matrixPriority as Priority]}; Begründung: ${row.priorityReason})` : ''}`,
      `Auswirkung: ${impactLabels[row.impact]}; Dringlichkeit: ${urgencyLabels[row.urgency]}`,
      `Kategorie: ${categoryLabels[row.category]}${row.applicationName ? `, Anwendung ${row.applicationName}` : ''}`,
      `Gerät/Inventarnummer: ${row.asset ?? '—'}`,
      `Meldende Person: ${row.reporterName}, ${row.departmentName}${row.reporterRoom ? `, Raum ${row.reporterRoom}` : ''}${row.reporterPhone ? `, Tel. ${row.reporterPhone}` : ''}`,
      '',
      'Beschreibung:',
      row.description,
      '',
      `Reaktion fällig bis ${formatBerlin(row.responseDueAt)}, Lösung bis ${formatBerlin(row.resolutionDueAt)}.`,
      '',
      'Status zurückmelden: auf diese Mail antworten (Betreff mit der Nummer in eckigen Klammern lassen) und oben schreiben:',
      'Status: angenommen | in Bearbeitung | wartet | gelöst | geschlossen',
      'Ticket: <Ihre Ticketnummer>',
      'Umgehung: <falls es eine gibt>',
      `Oder per Schnittstelle: POST ${publicUrl}/api/v1/it-faults/${row.id}/status`,
    ].join('\n'),
  };
}

export function reporterStatusMail(row: FaultRow) {
  return {
    subject: `[${row.reference}] Ihre IT-Störung: ${faultStatusLabels[row.status]}`,
    text: [
      `Guten Tag ${row.reporterName},`,
      '',
      `Ihre IT-Störung ${row.reference} (${categoryLabels[row.category]}) hat den Status „${faultStatusLabels[row.status]}“.`,
      row.itTicketNumber ? `Ticketnummer der IT: ${row.itTicketNumber}` : '',
      row.itMessage ? `Nachricht der IT: ${row.itMessage}` : '',
      row.workaround ? `Umgehung: ${row.workaround}` : '',
      '',
      'Ihr DialogCenter (TeleInfoZentrale)',
    ]
      .filter((line, i, all) => line !== '' || all[i - 1] !== '')
      .join('\n'),
  };
}

export function outageClosedMail(row: OutageRow) {
  return {
    subject: `Störung beendet: ${row.title} (${row.callCount} ${row.callCount === 1 ? 'Anruf' : 'Anrufe'})`,
    text: [
      `Die Massenstörung „${row.title}“ (${categoryLabels[row.category]}) ist im DialogCenter beendet.`,
      `Gestört seit: ${formatBerlin(row.since)}; ausgerufen von ${row.declaredByName} am ${formatBerlin(row.declaredAt)}; beendet von ${row.closedByName ?? '—'} am ${row.closedAt ? formatBerlin(row.closedAt) : '—'}.`,
      `Anrufe dazu im DialogCenter: ${row.callCount}.`,
      row.itTicketNumber ? `IT-Ticket: ${row.itTicketNumber}` : '',
      row.closeNote ? `Abschlussnotiz: ${row.closeNote}` : '',
      `Nachricht an die Anrufenden war: ${row.callerMessage}`,
    ]
      .filter(Boolean)
      .join('\n'),
  };
}
