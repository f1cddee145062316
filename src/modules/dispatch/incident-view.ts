import { categoryCatalogue } from './dispatch-rules.js';
import type { AssignmentRow, IncidentRow } from './dispatch.repository.js';

export interface AssignmentWithUnit {
  assignment: AssignmentRow;
  callSign: string;
  statusCode: number;
}

/** An incident as the API shows it: no caller's number (that is the audited detail read). */
export function presentIncident(row: IncidentRow, assignments: AssignmentWithUnit[]) {
  return {
    id: row.id,
    number: row.number,
    tenantId: row.tenantId,
    category: row.category,
    categoryLabel: categoryCatalogue[row.category]?.label ?? row.category,
    priority: row.priority,
    description: row.description,
    status: row.status,
    location: {
      label: row.locationLabel,
      lat: row.lat,
      lon: row.lon,
      district: row.district,
      municipality: row.municipality,
      source: row.locationSource,
      isApproximate: row.isLocationApproximate,
    },
    hasCallbackNumber: row.callbackNumber !== null,
    reportingChannel: row.reportingChannel,
    reportedAt: row.reportedAt,
    receivedAt: row.receivedAt,
    assignedAt: row.assignedAt,
    acknowledgedAt: row.acknowledgedAt,
    enRouteAt: row.enRouteAt,
    onSceneAt: row.onSceneAt,
    finishedAt: row.finishedAt,
    closedAt: row.closedAt,
    closeResult: row.closeResult,
    reopenCount: row.reopenCount,
    mergedIntoId: row.mergedIntoId,
    units: assignments
      .filter((a) => a.assignment.incidentId === row.id)
      .map((a) => ({
        unitId: a.assignment.unitId,
        callSign: a.callSign,
        statusCode: a.statusCode,
        assignedAt: a.assignment.assignedAt,
        acknowledgedAt: a.assignment.acknowledgedAt,
        enRouteAt: a.assignment.enRouteAt,
        onSceneAt: a.assignment.onSceneAt,
        releasedAt: a.assignment.releasedAt,
        distanceMeters: a.assignment.distanceMeters,
      })),
    version: row.version,
  };
}
export type IncidentView = ReturnType<typeof presentIncident>;
