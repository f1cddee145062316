import { z } from 'zod';
import { callEventTypes, divertReasons } from './call-fold.js';
import { callEventBatchExample } from './telephony-examples.js';

/** The fields of a pushed event (docs/telephony-events.md describes each). */
export const callEventFields = [
  'eventId',
  'callId',
  'type',
  'occurredAt',
  'callerNumber',
  'dialledNumber',
  'queue',
  'agentId',
  'target',
  'reason',
] as const;

/** Names other systems use for our fields: an unknown key that is one of them gets a hint. */
const fieldHints: Record<string, string> = {
  queueName: 'queue',
  queuename: 'queue',
  agent: 'agentId',
  agentName: 'agentId',
  event: 'type',
  eventType: 'type',
  timestamp: 'occurredAt',
  time: 'occurredAt',
  callerId: 'callerNumber',
  callerid: 'callerNumber',
  did: 'dialledNumber',
  dialedNumber: 'dialledNumber',
  calledNumber: 'dialledNumber',
  uniqueid: 'callId',
  linkedid: 'callId',
  id: 'eventId',
};

/** "Unbekanntes Feld „queueName“ (gemeint ist wohl „queue“). Erlaubt: …" */
export function unknownKeysMessage(keys: readonly string[]): string {
  const named = keys.map((k) => (fieldHints[k] ? `„${k}“ (gemeint ist wohl „${fieldHints[k]}“)` : `„${k}“`)).join(', ');
  return `${keys.length === 1 ? 'Unbekanntes Feld' : 'Unbekannte Felder'} ${named}. Erlaubt sind: ${callEventFields.join(', ')}.`;
}

/** One event as a telephone system (ACD) pushes it. */
export const callEventInputSchema = z.strictObject(
  {
    /** Unique per telephone system; a repeated id is ignored. */
    eventId: z.string().trim().min(1, 'eventId fehlt.').max(160),
    callId: z.string().trim().min(1, 'callId fehlt.').max(120),
    type: z.enum(callEventTypes, { message: `type muss einer von ${callEventTypes.join(', ')} sein.` }),
    /** When it happened at the telephone system (ISO 8601 with offset). */
    occurredAt: z.iso.datetime({ offset: true, message: 'occurredAt muss ein Zeitpunkt nach ISO 8601 sein.' }),
    callerNumber: z.string().trim().max(40).nullable().optional(),
    dialledNumber: z.string().trim().max(30).nullable().optional(),
    queue: z.string().trim().max(80).nullable().optional(),
    agentId: z.string().trim().max(80).nullable().optional(),
    target: z.string().trim().max(120).nullable().optional(),
    /** Only for type `diverted`: why the system ended or sent the call away (Wazo's statuses). */
    reason: z
      .enum(divertReasons, { message: `reason muss einer von ${divertReasons.join(', ')} sein.` })
      .nullable()
      .optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys) : undefined) },
);
export type CallEventInput = z.infer<typeof callEventInputSchema>;

/** A batch `{ events: [...] }`; a single event object is accepted too and read as a batch of one. */
export const callEventBatchSchema = z.preprocess(
  (body) => (body && typeof body === 'object' && !Array.isArray(body) && !('events' in body) ? { events: [body] } : body),
  z
    .object({ events: z.array(callEventInputSchema).min(1).max(1000, 'Höchstens 1000 Ereignisse je Anfrage.') })
    .strict()
    .meta({ examples: [callEventBatchExample] }),
);

export const ingestResultSchema = z.object({
  received: z.number().int(),
  /** New events (repeated ones are not counted). */
  accepted: z.number().int(),
  duplicates: z.number().int(),
  calls: z.number().int(),
});

export const queueLogImportSchema = z
  .object({
    telephoneSystem: z.string().trim().min(1).max(120),
    content: z.string().min(1, 'Die Datei ist leer.').max(20_000_000),
  })
  .strict();

export const queueLogResultSchema = ingestResultSchema.extend({
  ignoredLines: z.number().int(),
  errors: z.array(z.object({ line: z.number().int(), reason: z.string() })),
});

export const telephoneSystemCreateSchema = z.object({ name: z.string().trim().min(2).max(120) }).strict();
export const telephoneSystemSchema = z.object({ id: z.uuid(), name: z.string(), active: z.boolean(), lastEventAt: z.date().nullable() });

export const hotlineSchema = z.object({
  dialledNumber: z.string(),
  tenantId: z.uuid(),
  queueName: z.string().nullable(),
  label: z.string(),
  version: z.number().int(),
});
export const hotlineCreateSchema = z
  .object({
    dialledNumber: z
      .string()
      .trim()
      .regex(/^[+0-9 ()/-]{3,30}$/, 'Keine gültige Rufnummer.'),
    tenantId: z.uuid(),
    queueName: z.string().trim().max(80).nullable().optional(),
    label: z.string().trim().min(2).max(200),
  })
  .strict();

export const agentLineCreateSchema = z
  .object({
    telephoneSystemId: z.uuid({ message: 'Bitte die Telefonanlage wählen.' }),
    externalAgentId: z.string().trim().min(1, 'Bitte die Agenten-Kennung angeben.').max(80),
    userId: z.uuid({ message: 'Bitte das Konto wählen.' }),
  })
  .strict();

const versionField = z.number({ message: 'Die gelesene Version fehlt.' }).int().min(1);
export const versionQuerySchema = z.object({ version: z.coerce.number({ message: 'Die gelesene Version fehlt.' }).int().min(1) });

export const hotlineUpdateSchema = z
  .object({
    version: versionField,
    tenantId: z.uuid({ message: 'Bitte den Mandanten wählen.' }).optional(),
    queueName: z.string().trim().max(80).nullable().optional(),
    label: z.string().trim().min(2, 'Die Bezeichnung braucht mindestens 2 Zeichen.').max(200).optional(),
  })
  .strict();
export const hotlineParamsSchema = z.object({
  dialledNumber: z
    .string()
    .trim()
    .regex(/^[+0-9]{3,30}$/, 'Keine gültige Rufnummer.'),
});

export const agentLineSchema = z.object({
  id: z.uuid(),
  telephoneSystemId: z.uuid(),
  telephoneSystemName: z.string(),
  externalAgentId: z.string(),
  userId: z.uuid(),
  displayName: z.string(),
  version: z.number().int(),
});
export const agentLineUpdateSchema = z
  .object({
    version: versionField,
    externalAgentId: z.string().trim().min(1, 'Bitte die Agenten-Kennung angeben.').max(80).optional(),
    userId: z.uuid({ message: 'Bitte das Konto wählen.' }).optional(),
  })
  .strict();
