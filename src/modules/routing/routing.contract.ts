import { z } from 'zod';
import { agentStateValues, workItemChannels, workItemStatuses } from './routing.schema.js';

/** Zod schemas of the routed queue: validation, types and OpenAPI. */
const text = (max: number, message: string) => z.string().trim().min(1, message).max(max, `Höchstens ${max} Zeichen.`);

export const workItemChannelSchema = z.enum(workItemChannels);
export const agentStateSchema = z.enum(agentStateValues);

/** What other modules (tickets: call-back tasks) pass to `enqueueWorkItem`. */
export const enqueueInputSchema = z
  .object({
    tenantId: z.uuid({ message: 'Keine gültige Mandanten-Kennung.' }),
    channel: workItemChannelSchema,
    subject: text(300, 'Bitte einen Betreff angeben.'),
    body: z.string().max(20_000).nullable().optional(),
    fromName: z.string().max(200).nullable().optional(),
    fromAddress: z.string().max(320).nullable().optional(),
    topic: z.string().trim().max(60).nullable().optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'Sprache als zweistelliger Code, z. B. de.')
      .default('de'),
    priority: z.number().int().min(0).max(2).default(0),
    dueAt: z.coerce.date().nullable().optional(),
    /** Keep an earlier place in the queue (a caller who chose a call-back). */
    enqueuedAt: z.coerce.date().optional(),
    sourceRef: z.string().max(250).nullable().optional(),
    payload: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type EnqueueInput = z.input<typeof enqueueInputSchema>;

export const workItemSchema = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  channel: workItemChannelSchema,
  status: z.enum(workItemStatuses),
  priority: z.number().int(),
  topic: z.string().nullable(),
  language: z.string(),
  dueAt: z.date().nullable(),
  enqueuedAt: z.date(),
  subject: z.string(),
  fromName: z.string().nullable(),
  fromAddress: z.string().nullable(),
  body: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  assignedUserId: z.uuid().nullable(),
  assignedName: z.string().nullable(),
  offeredAt: z.date().nullable(),
  assignedAt: z.date().nullable(),
});

export const chatMessageSchema = z.object({
  id: z.number().int(),
  author: z.enum(['visitor', 'agent']),
  authorName: z.string().nullable(),
  body: z.string(),
  at: z.date(),
});

export const contactFormSchema = z
  .object({
    tenant: z.string().trim().min(1, 'Bitte Ihre Stadt oder Gemeinde wählen.').max(60),
    name: text(200, 'Bitte Ihren Namen angeben.'),
    email: z.email({ message: 'Bitte eine gültige E-Mail-Adresse angeben.' }),
    subject: text(200, 'Bitte einen Betreff angeben.'),
    message: text(5000, 'Bitte Ihr Anliegen beschreiben.'),
    language: z.enum(['de', 'en', 'tr', 'ar', 'ru', 'uk']).default('de'),
  })
  .strict();

export const chatStartSchema = z
  .object({
    tenant: z.string().trim().min(1, 'Bitte Ihre Stadt oder Gemeinde wählen.').max(60),
    name: z.string().trim().max(100).optional(),
    message: text(2000, 'Bitte schreiben Sie Ihre Frage.'),
    language: z.enum(['de', 'en', 'tr', 'ar', 'ru', 'uk']).default('de'),
  })
  .strict();

export const chatMessageInputSchema = z.object({ body: text(2000, 'Bitte eine Nachricht schreiben.') }).strict();

export const chatStatusSchema = z.object({
  /** The chat's reference number (CH-…), for the public status page. */
  referenceCode: z.string().nullable(),
  status: z.enum(workItemStatuses),
  /** Place in the queue while waiting; null once an agent has it. */
  position: z.number().int().nullable(),
  agentName: z.string().nullable(),
  messages: z.array(chatMessageSchema),
});

export const reassignSchema = z.object({ userId: z.uuid().nullable() }).strict();
export const agentStateInputSchema = z.object({ state: agentStateSchema }).strict();
export const skillsSchema = z
  .object({
    tenantIds: z.array(z.uuid()).max(30),
    topics: z.array(z.string().trim().min(1).max(60)).max(30),
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/))
      .min(1, 'Mindestens eine Sprache.')
      .max(10),
  })
  .strict();
