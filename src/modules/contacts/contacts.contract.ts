import { z } from 'zod';
import { agentStateSchema, workItemSchema } from '../routing/index.js';
import { contactChannels, contactOutcomes } from './contacts.schema.js';

export const contactOutcomeSchema = z.enum(contactOutcomes, { message: 'Bitte ein Ergebnis wählen.' });
export const contactChannelSchema = z.enum(contactChannels);
export const leikaKeySchema = z.string().regex(/^[0-9]{14}$/, 'Der LeiKa-Schlüssel hat 14 Ziffern.');

/** Documenting a contact: tenant, service, outcome, short note. */
export const documentContactSchema = z
  .object({
    version: z.number().int().min(1),
    tenantId: z.uuid({ message: 'Bitte die Stadt oder Gemeinde wählen.' }),
    /** The service (title is taken from the catalogue). */
    leikaKey: leikaKeySchema.nullable().optional(),
    /** The knowledge search the service was picked from (for knowledge-gap analysis). */
    searchId: z.uuid().optional(),
    channel: contactChannelSchema.optional(),
    outcome: contactOutcomeSchema,
    note: z.string().trim().max(1000, 'Die Notiz ist auf 1000 Zeichen begrenzt.').nullable().optional(),
  })
  .strict();
export type DocumentContactInput = z.infer<typeof documentContactSchema>;

/** Documenting a routed work item (e-mail, form, chat, call-back): creates its contact. */
export const documentWorkItemSchema = z
  .object({
    tenantId: z.uuid({ message: 'Bitte die Stadt oder Gemeinde wählen.' }),
    leikaKey: leikaKeySchema.nullable().optional(),
    searchId: z.uuid().optional(),
    outcome: contactOutcomeSchema,
    note: z.string().trim().max(1000, 'Die Notiz ist auf 1000 Zeichen begrenzt.').nullable().optional(),
  })
  .strict();
export type DocumentWorkItemInput = z.infer<typeof documentWorkItemSchema>;

export const contactSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid().nullable(),
  channel: contactChannelSchema,
  callId: z.uuid().nullable(),
  workItemId: z.uuid().nullable(),
  agentUserId: z.uuid().nullable(),
  agentName: z.string().nullable(),
  callerNumber: z.string().nullable(),
  leikaKey: z.string().nullable(),
  serviceTitle: z.string().nullable(),
  outcome: contactOutcomeSchema.nullable(),
  note: z.string().nullable(),
  status: z.enum(['open', 'documented']),
  startedAt: z.date(),
  endedAt: z.date().nullable(),
  documentedAt: z.date().nullable(),
  wrapUpSeconds: z.number().int().nullable(),
  version: z.number().int(),
});

const callSummarySchema = z
  .object({
    id: z.uuid().nullable(),
    dialledNumber: z.string().nullable(),
    queueName: z.string().nullable(),
    offeredAt: z.date().nullable(),
    answeredAt: z.date().nullable(),
    endedAt: z.date().nullable(),
    waitSeconds: z.number().int().nullable(),
    status: z.string().nullable(),
  })
  .nullable();

export const openContactSchema = z.object({ contact: contactSchema, call: callSummarySchema, tenantName: z.string().nullable() });

export const earlierContactSchema = z.object({
  id: z.uuid(),
  tenantName: z.string().nullable(),
  channel: z.string(),
  startedAt: z.date(),
  serviceTitle: z.string().nullable(),
  leikaKey: z.string().nullable(),
  outcome: z.string().nullable(),
  note: z.string().nullable(),
});

export const screenPopSchema = openContactSchema.extend({ earlierContacts: z.array(earlierContactSchema) });

/** The agent desktop in one answer (GET /api/v1/desktop). */
export const desktopSchema = z.object({
  agentState: z.object({
    state: agentStateSchema,
    since: z.date().nullable(),
    secondsToday: z.partialRecord(agentStateSchema, z.number()),
  }),
  screenPop: screenPopSchema.nullable(),
  openContacts: z.array(openContactSchema),
  workItems: z.array(workItemSchema),
});

export const serviceOptionSchema = z.object({
  leikaKey: z.string(),
  title: z.string(),
  /** The knowledge base's answer for the caller's municipality, ready to read out. */
  answerText: z.string().nullable(),
});
export const serviceSearchResultSchema = z.object({ searchId: z.uuid().nullable(), items: z.array(serviceOptionSchema) });
