import { z } from 'zod';
import { answerChannels, requestStatuses } from './tickets.schema.js';

/** Zod schemas of the second-level API: validation, types and OpenAPI from one source. */
const text = (min: number, max: number, what: string) =>
  z.string().trim().min(min, `Bitte ${what} angeben (mindestens ${min} Zeichen).`).max(max, `Höchstens ${max} Zeichen.`);
const isoDate = z.iso.date({ message: 'Datum im Format JJJJ-MM-TT angeben.' });

export const requestStatusSchema = z.enum(requestStatuses);
export const answerChannelSchema = z.enum(answerChannels);

export const forwardInputSchema = z
  .object({
    tenantId: z.uuid({ message: 'Bitte die Verwaltung wählen.' }),
    departmentId: z.uuid({ message: 'Bitte den zuständigen Fachbereich wählen.' }),
    contactId: z.uuid().nullable().optional(),
    leikaKey: z
      .string()
      .trim()
      .regex(/^[0-9]{14}$/, 'Der LeiKa-Schlüssel hat 14 Ziffern.')
      .nullable()
      .optional()
      .or(z.literal('').transform(() => null)),
    serviceTitle: text(3, 300, 'die Leistung'),
    question: text(10, 5000, 'die Frage'),
    citizen: z
      .object({
        name: text(2, 200, 'den Namen'),
        email: z
          .email({ message: 'Keine gültige E-Mail-Adresse.' })
          .max(254)
          .nullable()
          .optional()
          .or(z.literal('').transform(() => null)),
        phone: z
          .string()
          .trim()
          .regex(/^[+0-9 ()/-]{5,30}$/, 'Keine gültige Telefonnummer.')
          .nullable()
          .optional()
          .or(z.literal('').transform(() => null)),
      })
      .strict(),
    answerChannel: answerChannelSchema,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.answerChannel === 'email' && !v.citizen.email) {
      ctx.addIssue({
        code: 'custom',
        path: ['citizen', 'email'],
        message: 'Für eine Antwort per E-Mail wird die E-Mail-Adresse gebraucht.',
      });
    }
    if (v.answerChannel === 'callback' && !v.citizen.phone) {
      ctx.addIssue({ code: 'custom', path: ['citizen', 'phone'], message: 'Für einen Rückruf wird die Telefonnummer gebraucht.' });
    }
  });
export type ForwardInput = z.infer<typeof forwardInputSchema>;

export const answerInputSchema = z
  .object({
    answer: text(5, 10_000, 'die Antwort'),
    proposeForKnowledgeBase: z.boolean().optional().default(false),
  })
  .strict();
export const askCitizenInputSchema = z.object({ question: text(5, 5000, 'die Rückfrage') }).strict();
export const citizenReplyInputSchema = z.object({ reply: text(2, 5000, 'die Antwort der Bürgerin oder des Bürgers') }).strict();
export const returnInputSchema = z.object({ reason: text(5, 2000, 'den Grund') }).strict();
export const passOnInputSchema = z
  .object({ departmentId: z.uuid({ message: 'Bitte den Fachbereich wählen.' }), note: text(5, 2000, 'eine Notiz') })
  .strict();
export const closeInputSchema = z.object({ note: text(3, 2000, 'eine Notiz') }).strict();
export const completeCallbackInputSchema = z
  .object({ outcome: z.enum(['done', 'unreachable']), note: z.string().trim().max(2000).optional() })
  .strict();
export const closingDayInputSchema = z.object({ day: isoDate, reason: text(3, 200, 'den Anlass') }).strict();

export type AnswerInput = z.infer<typeof answerInputSchema>;

const ts = z.date().nullable();
export const requestSummarySchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  tenantName: z.string(),
  referenceCode: z.string(),
  departmentId: z.uuid(),
  departmentName: z.string(),
  serviceTitle: z.string(),
  leikaKey: z.string().nullable(),
  answerChannel: answerChannelSchema,
  status: requestStatusSchema,
  createdAt: z.date(),
  dueAt: ts,
  answeredAt: ts,
  isOverdue: z.boolean(),
});

export const eventSchema = z.object({
  at: z.date(),
  kind: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  actorName: z.string(),
  note: z.string().nullable(),
});

export const requestDetailSchema = requestSummarySchema.extend({
  contactId: z.uuid().nullable(),
  question: z.string(),
  citizenName: z.string(),
  citizenEmail: z.string().nullable(),
  citizenPhone: z.string().nullable(),
  budgetHours: z.number().int(),
  deliveredAt: ts,
  firstResponseAt: ts,
  pausedAt: ts,
  returnedAt: ts,
  closedAt: ts,
  remindedAt: ts,
  escalatedAt: ts,
  citizenInformedAt: ts,
  answer: z.string().nullable(),
  answeredBy: z.string().nullable(),
  version: z.number().int(),
  events: z.array(eventSchema),
});

/** What the public status page shows for any number we gave a citizen (no personal data). */
export const publicStatusSchema = z.object({
  referenceCode: z.string(),
  /** Which number it is: a forwarded concern (DC-…), a contact-form message (KF-…) or a chat (CH-…). */
  kind: z.enum(['service_request', 'contact_form', 'chat']),
  tenantName: z.string(),
  statusLabel: z.string(),
  /** The request's status (service request) or the queue item's (contact form, chat). */
  status: z.string(),
  /** Day it reached us (YYYY-MM-DD, business time zone). */
  receivedOn: z.string(),
  /** Day it was forwarded to the department (service requests only). */
  forwardedOn: z.string().nullable(),
  replyExpectedBy: z.string().nullable(),
  answeredOn: z.string().nullable(),
});

export const accessLinkViewSchema = z.object({
  purpose: z.enum(['department_answer', 'citizen_reply']),
  referenceCode: z.string(),
  tenantName: z.string(),
  departmentName: z.string(),
  serviceTitle: z.string(),
  question: z.string(),
  /** Only for the citizen-reply link: the department's question. */
  departmentQuestion: z.string().nullable(),
  dueAt: ts,
  expiresAt: z.date(),
  status: requestStatusSchema,
});

export const accessLinkActionSchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('answer'),
      answer: text(5, 10_000, 'die Antwort'),
      proposeForKnowledgeBase: z.boolean().optional().default(false),
    })
    .strict(),
  z.object({ action: z.literal('ask_citizen'), question: text(5, 5000, 'die Rückfrage') }).strict(),
  z.object({ action: z.literal('citizen_reply'), reply: text(2, 5000, 'Ihre Antwort') }).strict(),
]);
export type AccessLinkAction = z.infer<typeof accessLinkActionSchema>;

export const onTimeRowSchema = z.object({
  tenantId: z.uuid(),
  tenantName: z.string(),
  departmentId: z.uuid(),
  departmentName: z.string(),
  total: z.number().int(),
  answered: z.number().int(),
  answeredOnTime: z.number().int(),
  openOverdue: z.number().int(),
  openInTime: z.number().int(),
  returned: z.number().int(),
  onTimeRate: z.number().nullable(),
  avgHoursToAnswer: z.number().nullable(),
  avgHoursToFirstResponse: z.number().nullable(),
});
export const onTimeReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  departments: z.array(onTimeRowSchema),
  tenants: z.array(
    z.object({
      tenantId: z.uuid(),
      tenantName: z.string(),
      total: z.number().int(),
      answeredOnTime: z.number().int(),
      late: z.number().int(),
      onTimeRate: z.number().nullable(),
    }),
  ),
});

export const callbackSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  tenantName: z.string(),
  requestId: z.uuid(),
  referenceCode: z.string(),
  serviceTitle: z.string(),
  kind: z.string(),
  citizenName: z.string(),
  phone: z.string(),
  message: z.string(),
  status: z.string(),
  createdAt: z.date(),
});

export const proposalSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  tenantName: z.string(),
  requestId: z.uuid().nullable(),
  leikaKey: z.string().nullable(),
  serviceTitle: z.string(),
  question: z.string(),
  answer: z.string(),
  proposedBy: z.string(),
  status: z.string(),
  createdAt: z.date(),
});

export const closingDaySchema = z.object({ id: z.uuid(), tenantId: z.uuid(), day: z.string(), reason: z.string() });
