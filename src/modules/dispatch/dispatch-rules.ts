import type { CloseResult, IncidentCategory, IncidentStatus, ReportingChannel, UnitStatusCode } from './dispatch.schema.js';

/**
 * The desk's domain rules, pure: categories with their default priority, what a
 * unit's radio status means for its incident, which status jumps make no sense.
 */

/** 1 urgent (danger to people), 2 soon, 3 when a unit is free. */
export const categoryCatalogue: Record<IncidentCategory, { label: string; defaultPriority: 1 | 2 | 3 }> = {
  noise: { label: 'Ruhestörung', defaultPriority: 2 },
  parking_driveway: { label: 'Falschparker blockiert Einfahrt', defaultPriority: 2 },
  parking_fire_lane: { label: 'Falschparker in Feuerwehrzufahrt', defaultPriority: 1 },
  dumped_waste: { label: 'Illegale Müllablagerung', defaultPriority: 3 },
  aggressive_begging: { label: 'Aggressives Betteln', defaultPriority: 2 },
  dog_off_lead: { label: 'Hund ohne Leine', defaultPriority: 3 },
  dangerous_dog: { label: 'Gefährlicher Hund', defaultPriority: 1 },
  youth_protection: { label: 'Jugendschutz', defaultPriority: 2 },
  alcohol_ban_zone: { label: 'Alkoholkonsum in Verbotszone', defaultPriority: 3 },
  damaged_street_furniture: { label: 'Beschädigtes Stadtmobiliar', defaultPriority: 3 },
  public_hazard: { label: 'Gefahrenstelle im öffentlichen Raum', defaultPriority: 1 },
  other: { label: 'Sonstiges', defaultPriority: 3 },
};

export const statusLabels: Record<IncidentStatus, string> = {
  received: 'Eingegangen',
  assigned: 'Zugewiesen',
  acknowledged: 'Quittiert',
  en_route: 'Auf Anfahrt',
  on_scene: 'Vor Ort',
  finished: 'Erledigt',
  closed: 'Abgeschlossen',
  merged: 'Zusammengeführt',
};

export const closeResultLabels: Record<CloseResult, string> = {
  resolved: 'Erledigt/behoben',
  warning_given: 'Verwarnung ausgesprochen',
  fine_notice: 'Ordnungswidrigkeitenanzeige',
  handed_to_police: 'An Polizei abgegeben',
  nothing_found: 'Nichts festgestellt',
  cancelled: 'Storniert',
};

export const channelLabels: Record<ReportingChannel, string> = {
  phone: 'Telefon',
  email: 'E-Mail',
  web_form: 'Kontaktformular',
  police: 'Polizei',
  patrol: 'Streife (eigene Feststellung)',
  other: 'Sonstiges',
};

/** FMS radio status codes as used in German control rooms. */
export const unitStatusLabels: Record<UnitStatusCode, string> = {
  1: 'Frei über Funk',
  2: 'Frei auf Wache',
  3: 'Einsatz übernommen / auf Anfahrt',
  4: 'Am Einsatzort',
  5: 'Sprechwunsch',
  6: 'Nicht einsatzbereit',
};

export const isFreeStatus = (code: number) => code === 1 || code === 2;

/** Order of the lifecycle: an incident's status only moves forward through unit messages. */
const statusRank: Record<IncidentStatus, number> = {
  received: 0,
  assigned: 1,
  acknowledged: 2,
  en_route: 3,
  on_scene: 4,
  finished: 5,
  closed: 6,
  merged: 6,
};
export const isAtLeast = (status: IncidentStatus, wanted: IncidentStatus) => statusRank[status] >= statusRank[wanted];
export const isOpenStatus = (status: IncidentStatus) => status !== 'closed' && status !== 'merged';

/** What a unit's status message means for the incident it is assigned to. */
export type UnitStatusEffect =
  | { kind: 'none' }
  | { kind: 'advance'; to: 'en_route' | 'on_scene' }
  | { kind: 'release' }
  | { kind: 'refuse'; message: string };

export function effectOfUnitStatus(code: UnitStatusCode, hasAssignment: boolean): UnitStatusEffect {
  if (code === 3 || code === 4) {
    if (!hasAssignment) {
      return {
        kind: 'refuse',
        message: `Status ${code} setzt einen zugewiesenen Einsatz voraus. Bitte die Streife zuerst einem Einsatz zuweisen.`,
      };
    }
    return { kind: 'advance', to: code === 3 ? 'en_route' : 'on_scene' };
  }
  if (code === 1 || code === 2) return hasAssignment ? { kind: 'release' } : { kind: 'none' };
  if (code === 6 && hasAssignment) {
    return {
      kind: 'refuse',
      message: 'Eine Streife im Einsatz kann nicht „nicht einsatzbereit" melden. Bitte die Streife zuerst vom Einsatz lösen.',
    };
  }
  return { kind: 'none' };
}

/** Results possible for an incident no unit was ever sent to. */
const resultsWithoutUnit: readonly CloseResult[] = ['cancelled', 'handed_to_police'];

/** Why an incident cannot be closed with this result, or null when it can. */
export function closeRefusal(incident: { status: IncidentStatus; assignedAt: Date | null }, result: CloseResult): string | null {
  if (incident.status === 'closed') return 'Der Einsatz ist bereits abgeschlossen.';
  if (incident.status === 'merged') return 'Der Einsatz wurde mit einem anderen zusammengeführt und kann nicht abgeschlossen werden.';
  if (!incident.assignedAt && !resultsWithoutUnit.includes(result)) {
    return 'Ein Einsatz, dem nie eine Streife zugewiesen war, kann nur als „Storniert" oder „An Polizei abgegeben" abgeschlossen werden.';
  }
  return null;
}

/** Time of day shift of an instant in Berlin: early 6-14, late 14-22, night 22-6. */
export const shiftOfHour = (berlinHour: number): 'early' | 'late' | 'night' =>
  berlinHour >= 6 && berlinHour < 14 ? 'early' : berlinHour >= 14 && berlinHour < 22 ? 'late' : 'night';
export const shiftLabels = { early: 'Frühdienst (6–14 Uhr)', late: 'Spätdienst (14–22 Uhr)', night: 'Nachtdienst (22–6 Uhr)' } as const;

/** Duplicate hint: same category, this close, this recent. */
export const DUPLICATE_RADIUS_METERS = 150;
export const DUPLICATE_WINDOW_MINUTES = 30;
/** Caller numbers are removed this long after an incident was closed. */
export const CALLBACK_RETENTION_DAYS = 30;
