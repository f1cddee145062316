import { z } from 'zod';
import { closeResults, incidentCategories, incidentStatuses, reportingChannels } from './dispatch.schema.js';

const categorySchema = z.enum(incidentCategories, {
  message: `Unbekannte Einsatzart. Erlaubt sind: ${incidentCategories.join(', ')}.`,
});
const resultSchema = z.enum(closeResults, { message: `Bitte ein Abschlussergebnis wählen (${closeResults.join(', ')}).` });
const phoneSchema = z
  .string()
  .trim()
  .max(40, 'Die Rückrufnummer ist zu lang.')
  .regex(/^[+0-9 ()/-]*$/, 'Die Rückrufnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten.');

export const locationInputSchema = z
  .object({
    /** An address ("Lister Meile 4") or a place ("Kröpcke"), looked up in the gazetteer when no point is given. */
    address: z.string().trim().min(2, 'Bitte eine Adresse oder einen Ort angeben.').max(200).optional(),
    lat: z.number({ message: 'Breitengrad als Zahl angeben.' }).min(-90).max(90).optional(),
    lon: z.number({ message: 'Längengrad als Zahl angeben.' }).min(-180).max(180).optional(),
    /** The point came from an interpolated street ("ungefähre Lage"). */
    isApproximate: z.boolean().optional(),
  })
  .strict()
  .refine((l) => l.address !== undefined || (l.lat !== undefined && l.lon !== undefined), {
    message: 'Bitte eine Adresse oder einen Punkt auf der Karte (lat/lon) angeben.',
  })
  .refine((l) => (l.lat === undefined) === (l.lon === undefined), { message: 'Breiten- und Längengrad gehören zusammen.' });

export const createIncidentSchema = z
  .object({
    category: categorySchema,
    location: locationInputSchema,
    description: z.string().trim().max(2000, 'Die Beschreibung ist auf 2000 Zeichen begrenzt.').default(''),
    priority: z.number().int().min(1, 'Die Dringlichkeit ist 1, 2 oder 3.').max(3, 'Die Dringlichkeit ist 1, 2 oder 3.').optional(),
    callbackNumber: phoneSchema.nullable().optional(),
    reportingChannel: z.enum(reportingChannels, { message: 'Unbekannter Meldeweg.' }).default('phone'),
    /** When the report came in; defaults to now. */
    reportedAt: z.coerce.date({ message: 'Kein gültiger Zeitpunkt.' }).optional(),
  })
  .strict();
export type CreateIncidentInput = z.input<typeof createIncidentSchema>;

/** Agents' intake from a call (outcome 6): the same fields plus the contact it came from. */
export const intakeIncidentSchema = createIncidentSchema.extend({ contactId: z.uuid().optional() }).strict();
export type IntakeIncidentInput = z.input<typeof intakeIncidentSchema>;

export const assignUnitsSchema = z
  .object({
    unitIds: z
      .array(z.uuid({ message: 'Keine gültige Kennung einer Streife.' }))
      .min(1, 'Bitte mindestens eine Streife wählen.')
      .max(10),
  })
  .strict();
export const unitStatusSchema = z
  .object({
    code: z
      .number({ message: 'Der Status ist eine Zahl von 1 bis 6.' })
      .int()
      .min(1, 'Der Status ist eine Zahl von 1 bis 6.')
      .max(6, 'Der Status ist eine Zahl von 1 bis 6.'),
  })
  .strict();
export const closeIncidentSchema = z.object({ result: resultSchema, note: z.string().trim().max(1000).optional() }).strict();
export const noteSchema = z.object({ text: z.string().trim().min(1, 'Bitte einen Text eingeben.').max(2000) }).strict();
export const mergeSchema = z.object({ intoIncidentId: z.uuid({ message: 'Keine gültige Kennung des Ziel-Einsatzes.' }) }).strict();
export const positionSchema = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).strict();
export const shiftLogEntrySchema = z
  .object({ kind: z.enum(['note', 'handover']).default('note'), text: z.string().trim().min(1, 'Bitte einen Text eingeben.').max(2000) })
  .strict();
export const startShiftSchema = z
  .object({
    shiftLabel: z.string().trim().min(1).max(60),
    startsAt: z.coerce.date(),
    endsAt: z.coerce.date(),
    memberIds: z.array(z.uuid()).max(6).default([]),
  })
  .strict()
  .refine((s) => s.endsAt > s.startsAt, { message: 'Das Schichtende muss nach dem Schichtbeginn liegen.', path: ['endsAt'] });

export const incidentQuerySchema = z.object({
  status: z.enum(['open', 'closed', 'all', ...incidentStatuses], { message: 'Unbekannter Status-Filter.' }).default('open'),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const locationSchema = z.object({
  label: z.string(),
  lat: z.number(),
  lon: z.number(),
  district: z.string().nullable(),
  municipality: z.string(),
  source: z.string(),
  isApproximate: z.boolean(),
});

export const assignedUnitSchema = z.object({
  unitId: z.uuid(),
  callSign: z.string(),
  statusCode: z.number().int(),
  assignedAt: z.date(),
  acknowledgedAt: z.date().nullable(),
  enRouteAt: z.date().nullable(),
  onSceneAt: z.date().nullable(),
  releasedAt: z.date().nullable(),
  distanceMeters: z.number().int().nullable(),
});

export const incidentSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  tenantId: z.uuid(),
  category: z.string(),
  categoryLabel: z.string(),
  priority: z.number().int(),
  description: z.string(),
  status: z.string(),
  location: locationSchema,
  /** The number itself only in the audited detail read. */
  hasCallbackNumber: z.boolean(),
  reportingChannel: z.string(),
  reportedAt: z.date(),
  receivedAt: z.date(),
  assignedAt: z.date().nullable(),
  acknowledgedAt: z.date().nullable(),
  enRouteAt: z.date().nullable(),
  onSceneAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  closeResult: z.string().nullable(),
  reopenCount: z.number().int(),
  mergedIntoId: z.uuid().nullable(),
  units: z.array(assignedUnitSchema),
  version: z.number().int(),
});

export const duplicateSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  distanceMeters: z.number().int(),
  receivedAt: z.date(),
  locationLabel: z.string(),
  status: z.string(),
});
export const createdIncidentSchema = incidentSchema.extend({ duplicates: z.array(duplicateSchema) });

export const incidentLogEntrySchema = z.object({
  id: z.uuid(),
  at: z.date(),
  kind: z.string(),
  text: z.string(),
  actorName: z.string(),
  unitId: z.uuid().nullable(),
});
export const callerSchema = z.object({
  callbackNumber: z.string().nullable(),
  reportedAt: z.date(),
  note: z.string(),
  fromIncidentId: z.uuid().nullable(),
});
export const incidentDetailSchema = incidentSchema.extend({
  callbackNumber: z.string().nullable(),
  furtherCallers: z.array(callerSchema),
  closeNote: z.string().nullable(),
  log: z.array(incidentLogEntrySchema),
  duplicates: z.array(duplicateSchema),
});

export const unitSchema = z.object({
  id: z.uuid(),
  callSign: z.string(),
  mobility: z.string(),
  vehicle: z.string().nullable(),
  statusCode: z.number().int(),
  statusLabel: z.string(),
  statusAt: z.date(),
  position: z.object({ lat: z.number(), lon: z.number(), source: z.string().nullable(), at: z.date().nullable() }).nullable(),
  shiftLabel: z.string().nullable(),
  shiftStartsAt: z.date().nullable(),
  shiftEndsAt: z.date().nullable(),
  members: z.array(z.object({ id: z.uuid(), name: z.string() })),
  incident: z.object({ id: z.uuid(), number: z.string() }).nullable(),
});

export const suggestionSchema = z.object({
  unitId: z.uuid(),
  callSign: z.string(),
  statusCode: z.number().int(),
  /** Straight-line distance (no road network); null when the unit's position is unknown. */
  distanceMeters: z.number().int().nullable(),
});

export const shiftLogSchema = z.object({ id: z.uuid(), at: z.date(), kind: z.string(), text: z.string(), actorName: z.string() });

export const placeMatchSchema = z.object({
  label: z.string(),
  kind: z.string(),
  name: z.string(),
  houseNumber: z.string().nullable(),
  postalCode: z.string().nullable(),
  municipality: z.string(),
  district: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  /** House number placed along the street between its known ends. */
  isApproximate: z.boolean(),
  score: z.number(),
});

/** An open incident on the board: what the list and the map show (the rest is in the detail read). */
export const boardIncidentSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  tenantId: z.uuid(),
  category: z.string(),
  categoryLabel: z.string(),
  priority: z.number().int(),
  status: z.string(),
  location: locationSchema.omit({ source: true }),
  receivedAt: z.date(),
  assignedAt: z.date().nullable(),
  onSceneAt: z.date().nullable(),
  reopenCount: z.number().int(),
  units: z.array(z.object({ unitId: z.uuid(), callSign: z.string(), statusCode: z.number().int() })),
  alertSince: z.date().nullable(),
  isAlerting: z.boolean(),
});

export const boardSchema = z.object({
  generatedAt: z.date(),
  alertAfterMinutes: z.number().int(),
  incidents: z.array(boardIncidentSchema),
  units: z.array(unitSchema),
  shiftLog: z.array(shiftLogSchema),
});

export const importReportSchema = z.object({
  id: z.uuid().nullable(),
  outcome: z.enum(['applied', 'rejected', 'dry_run']),
  rowCount: z.number().int(),
  acceptedCount: z.number().int(),
  replacedCount: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
  byMunicipality: z.record(z.string(), z.number().int()),
});

export const catalogueSchema = z.object({
  categories: z.array(z.object({ code: z.string(), label: z.string(), defaultPriority: z.number().int() })),
  closeResults: z.array(z.object({ code: z.string(), label: z.string() })),
  unitStatuses: z.array(z.object({ code: z.number().int(), label: z.string() })),
  channels: z.array(z.object({ code: z.string(), label: z.string() })),
  alertAfterMinutes: z.number().int(),
});

export const staffSchema = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), staffNumber: z.string() })) });

export const locatedPointSchema = z.object({
  isInRegion: z.boolean(),
  municipality: z.string().nullable(),
  district: z.string().nullable(),
});

export const mapStreetsSchema = z.object({
  items: z.array(z.object({ name: z.string(), from: z.tuple([z.number(), z.number()]), to: z.tuple([z.number(), z.number()]) })),
});

export const mapMetaSchema = z.object({ bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]), attribution: z.string() });

export const gazetteerOverviewSchema = z.object({
  imports: z.array(
    importReportSchema.omit({ byMunicipality: true }).extend({
      at: z.date(),
      format: z.string(),
      fileName: z.string(),
      attribution: z.string().nullable(),
      actorName: z.string(),
    }),
  ),
  holdings: z.array(z.object({ source: z.string(), municipality: z.string(), kind: z.string(), entries: z.number().int() })),
});

export const patrolViewSchema = z.object({
  unit: unitSchema,
  incident: incidentSchema.extend({ acknowledged: z.boolean() }).nullable(),
});

const secondsOrNull = z.number().int().nullable();
export const responseTimeReportSchema = z.object({
  group: z.enum(['category', 'district', 'priority', 'shift']),
  from: z.date(),
  to: z.date(),
  rows: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      incidents: z.number().int(),
      closed: z.number().int(),
      medianToAssignedSeconds: secondsOrNull,
      medianToOnSceneSeconds: secondsOrNull,
      p90ToOnSceneSeconds: secondsOrNull,
      medianToClosedSeconds: secondsOrNull,
    }),
  ),
  perDayHour: z.array(z.object({ day: z.string(), hour: z.number().int(), incidents: z.number().int() })),
  areas: z.array(
    z.object({
      municipality: z.string(),
      district: z.string(),
      incidents: z.number().int(),
      medianToOnSceneSeconds: secondsOrNull,
      lat: z.number(),
      lon: z.number(),
    }),
  ),
});
