import { z } from 'zod';
import { deliveryStatuses, faultCategories, faultSources, faultStatuses, itStatuses, knownErrorStatuses } from './itfaults.schema.js';
import { impacts, urgencies } from './priority.js';

/** Request and response shapes of the IT fault desk; the same schemas generate /api/openapi.json. */

const text = (max: number, message: string) => z.string({ message }).trim().min(1, message).max(max, `Höchstens ${max} Zeichen.`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Höchstens ${max} Zeichen.`)
    .nullish()
    .transform((v) => (v ? v : null));

export const categorySchema = z.enum(faultCategories, {
  message: 'Bitte eine Kategorie wählen: workplace_pc, printer, telephone, application, network, email, access_rights oder other.',
});
export const impactSchema = z.enum(impacts, { message: 'Bitte die Auswirkung angeben: person, team oder department.' });
export const urgencySchema = z.enum(urgencies, { message: 'Bitte die Dringlichkeit angeben: can_work, hindered oder cannot_work.' });

const reporterObject = z
  .object({
    name: text(200, 'Bitte den Namen der meldenden Person angeben.'),
    room: optionalText(100),
    phone: optionalText(40),
    email: z.email({ message: 'Keine gültige E-Mail-Adresse.' }).max(200).nullish(),
  })
  .strict();

/** POST /api/v1/it-faults (stable API, issue 14). `reporter` is a name or an object with name, room, phone, e-mail. */
export const createFaultSchema = z
  .object({
    reporter: z.union([text(200, 'Bitte den Namen der meldenden Person angeben.'), reporterObject], {
      message: 'Bitte die meldende Person angeben (Name).',
    }),
    /** Department of the tenant's directory: its id, name or short code. */
    department: text(200, 'Bitte den Fachbereich der meldenden Person angeben.'),
    asset: optionalText(200),
    category: categorySchema,
    applicationName: optionalText(200),
    impact: impactSchema,
    urgency: urgencySchema,
    description: text(4000, 'Bitte die Störung beschreiben.'),
    /** Override of the matrix priority; needs a reason. */
    priority: z.number({ message: 'Die Priorität ist eine Zahl von 1 bis 5.' }).int().min(1).max(5).optional(),
    priorityReason: optionalText(500),
    /** Attach to this known error instead of a new IT ticket. */
    knownErrorId: z.uuid({ message: 'Keine gültige Kennung des bekannten Fehlers.' }).optional(),
    contactId: z.uuid({ message: 'Keine gültige Kontaktkennung.' }).optional(),
    workItemId: z.uuid({ message: 'Keine gültige Kennung des Anliegens.' }).optional(),
    /** Whose staff reported (default: the host, Landeshauptstadt Hannover). */
    tenantId: z.uuid({ message: 'Keine gültige Mandantenkennung.' }).optional(),
  })
  .strict();
export type CreateFaultInput = z.infer<typeof createFaultSchema>;

export const statusInputSchema = z
  .object({
    itTicketNumber: optionalText(60),
    status: z.enum(itStatuses, { message: 'Status muss accepted, in_progress, waiting, resolved oder closed sein.' }),
    message: optionalText(2000),
    /** With resolved: the workaround, proposed as a known error. */
    workaround: optionalText(2000),
  })
  .strict();
export type StatusInput = z.infer<typeof statusInputSchema>;

const deliverySchema = z.object({
  id: z.uuid(),
  event: z.string(),
  status: z.enum(deliveryStatuses),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  lastStatusCode: z.number().int().nullable(),
  nextAttemptAt: z.date(),
  deliveredAt: z.date().nullable(),
  idempotencyKey: z.uuid(),
});

export const knownErrorSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  title: z.string(),
  symptom: z.string(),
  keywords: z.string(),
  workaround: z.string(),
  category: z.enum(faultCategories),
  categoryLabel: z.string(),
  status: z.enum(knownErrorStatuses),
  statusLabel: z.string(),
  itTicketNumber: z.string().nullable(),
  itTicketUrl: z.string().nullable(),
  proposedFromFaultId: z.uuid().nullable(),
  faultCount: z.number().int(),
  updatedAt: z.date(),
  version: z.number().int(),
});

export const faultSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  reference: z.string(),
  source: z.enum(faultSources),
  status: z.enum(faultStatuses),
  statusLabel: z.string(),
  priority: z.number().int().min(1).max(5),
  priorityLabel: z.string(),
  matrixPriority: z.number().int(),
  priorityExplanation: z.string(),
  priorityReason: z.string().nullable(),
  reporter: z.object({ name: z.string(), room: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }),
  department: z.object({ id: z.uuid().nullable(), name: z.string() }),
  asset: z.string().nullable(),
  category: z.enum(faultCategories),
  categoryLabel: z.string(),
  applicationName: z.string().nullable(),
  description: z.string(),
  impact: z.enum(impacts),
  urgency: z.enum(urgencies),
  contactId: z.uuid().nullable(),
  workItemId: z.uuid().nullable(),
  knownError: z.object({ id: z.uuid(), title: z.string(), workaround: z.string(), status: z.enum(knownErrorStatuses) }).nullable(),
  itTicketNumber: z.string().nullable(),
  itMessage: z.string().nullable(),
  workaround: z.string().nullable(),
  reportedAt: z.date(),
  responseDueAt: z.date(),
  resolutionDueAt: z.date(),
  isResponseOverdue: z.boolean(),
  isResolutionOverdue: z.boolean(),
  handedOverAt: z.date().nullable(),
  respondedAt: z.date().nullable(),
  resolvedAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  createdByName: z.string(),
  version: z.number().int(),
});

export const faultDetailSchema = faultSchema.extend({
  events: z.array(
    z.object({ at: z.date(), kind: z.string(), status: z.string().nullable(), message: z.string().nullable(), actorName: z.string() }),
  ),
  deliveries: z.array(deliverySchema),
  mails: z.array(
    z.object({
      purpose: z.string(),
      status: z.string(),
      attempts: z.number().int(),
      lastError: z.string().nullable(),
      sentAt: z.date().nullable(),
    }),
  ),
});

export const knownErrorInputSchema = z
  .object({
    title: text(200, 'Bitte einen Titel angeben.'),
    symptom: text(2000, 'Bitte das Symptom beschreiben, wie Anrufende es schildern.'),
    keywords: optionalText(1000),
    workaround: optionalText(4000),
    category: categorySchema,
    status: z.enum(knownErrorStatuses, { message: 'Status: investigating, workaround, fixed oder proposed.' }).default('investigating'),
    itTicketNumber: optionalText(60),
    itTicketUrl: z
      .string()
      .trim()
      .regex(/^https?:\/\/\S+$/, 'Der Link zum IT-Ticket muss mit http:// oder https:// beginnen.')
      .max(500)
      .nullish()
      .transform((v) => v || null),
  })
  .strict();
export type KnownErrorInput = z.infer<typeof knownErrorInputSchema>;
export const knownErrorUpdateSchema = knownErrorInputSchema.partial().extend({ version: z.number().int() }).strict();

export const knownErrorSearchResultSchema = z.object({
  query: z.string(),
  items: z.array(knownErrorSchema.extend({ score: z.number() })),
});

export const outageSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  title: z.string(),
  category: z.enum(faultCategories),
  categoryLabel: z.string(),
  since: z.date(),
  callerMessage: z.string(),
  itTicketNumber: z.string().nullable(),
  status: z.enum(['active', 'closed']),
  callCount: z.number().int(),
  declaredByName: z.string(),
  declaredAt: z.date(),
  closedAt: z.date().nullable(),
  closedByName: z.string().nullable(),
  closeNote: z.string().nullable(),
  version: z.number().int(),
});

export const declareOutageSchema = z
  .object({
    title: text(200, 'Bitte die Störung kurz benennen, z. B. „E-Mail gestört“.'),
    category: categorySchema,
    since: z.coerce.date({ message: 'Bitte angeben, seit wann die Störung besteht.' }),
    callerMessage: text(1000, 'Bitte eine kurze Nachricht für die Anrufenden angeben.'),
    itTicketNumber: optionalText(60),
    tenantId: z.uuid({ message: 'Keine gültige Mandantenkennung.' }).optional(),
  })
  .strict();
export type DeclareOutageInput = z.infer<typeof declareOutageSchema>;

export const outageCallSchema = z
  .object({
    contactId: z.uuid({ message: 'Keine gültige Kontaktkennung.' }).optional(),
    reporterName: optionalText(200),
    department: optionalText(200),
  })
  .strict();
export type OutageCallInput = z.infer<typeof outageCallSchema>;

export const closeOutageSchema = z.object({ note: optionalText(1000), version: z.number().int().optional() }).strict();

export const directorySchema = z.object({
  tenantId: z.uuid(),
  tenantName: z.string(),
  departments: z.array(z.object({ id: z.uuid(), name: z.string(), code: z.string().nullable() })),
  categories: z.array(z.object({ value: z.enum(faultCategories), label: z.string() })),
  matrix: z.array(
    z.object({
      impact: z.enum(impacts),
      label: z.string(),
      cells: z.array(z.object({ urgency: z.enum(urgencies), priority: z.number().int() })),
    }),
  ),
  urgencies: z.array(z.object({ value: z.enum(urgencies), label: z.string() })),
  targets: z.array(
    z.object({ priority: z.number().int(), label: z.string(), responseMinutes: z.number().int(), resolutionMinutes: z.number().int() }),
  ),
  handover: z.object({ mail: z.boolean(), webhook: z.boolean() }),
});

export const reportQuerySchema = z.object({
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Von: Datum als JJJJ-MM-TT.')
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Bis: Datum als JJJJ-MM-TT.')
    .optional(),
});

const reportLine = z.object({
  priority: z.number().int(),
  category: z.string(),
  categoryLabel: z.string(),
  faults: z.number().int(),
  responded: z.number().int(),
  responseMedianMinutes: z.number().nullable(),
  responseP90Minutes: z.number().nullable(),
  responseWithinTargetPercent: z.number().nullable(),
  resolved: z.number().int(),
  resolutionMedianMinutes: z.number().nullable(),
  resolutionP90Minutes: z.number().nullable(),
  resolutionWithinTargetPercent: z.number().nullable(),
  overdueOpen: z.number().int(),
});
export const reportSchema = z.object({
  from: z.string(),
  to: z.string(),
  lines: z.array(reportLine),
  byPriority: z.array(reportLine.omit({ category: true, categoryLabel: true })),
  targets: directorySchema.shape.targets,
  outages: z.object({ declared: z.number().int(), calls: z.number().int() }),
});
