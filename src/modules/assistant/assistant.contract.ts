import { z } from 'zod';

/** Zod schemas of the assistant API (stable, issue 15): validation, types and OpenAPI from one source. */
export const MAX_MESSAGE_CHARS = 2000;

export const assistantMessageInputSchema = z
  .object({
    conversationId: z.string().trim().min(10).max(64).optional(),
    text: z
      .string()
      .trim()
      .min(1, 'Bitte schreiben Sie Ihre Frage.')
      .max(MAX_MESSAGE_CHARS, `Bitte fassen Sie sich kürzer (höchstens ${MAX_MESSAGE_CHARS} Zeichen).`),
    municipality: z.string().trim().min(1).max(80).optional(),
    language: z.enum(['de', 'en'], { message: 'Sprache de oder en.' }).optional(),
  })
  .strict();
export type AssistantMessageInput = z.infer<typeof assistantMessageInputSchema>;

export const assistantReplySchema = z.object({
  conversationId: z.string(),
  reply: z.object({
    kind: z.enum(['answer', 'ask_municipality', 'handover', 'emergency', 'clarify']),
    text: z.string(),
    /**
     * The same text cut by language (added 2026-12-03, additive): joined, the parts give `text`. An English
     * answer quotes the German official text, which a page marks with `lang="de"` so screen readers say it
     * in German. Clients that show only `text` need not change.
     */
    parts: z
      .array(z.object({ text: z.string(), lang: z.enum(['de', 'en']) }))
      .optional()
      .describe('Der Text nach Sprachen geteilt (zusammengefügt ergibt er `text`), z. B. der deutsche Auszug in einer englischen Antwort.'),
    sources: z.array(z.object({ leikaKey: z.string(), title: z.string(), url: z.string() })),
    actions: z.array(z.object({ kind: z.enum(['chat', 'callback', 'request', 'appointment']), url: z.string().optional() })),
  }),
});

export const assistantHandoverInputSchema = z
  .object({
    kind: z.enum(['chat', 'callback', 'request'], { message: 'Übergabe als chat, callback oder request.' }),
    municipality: z.string().trim().min(1).max(80).optional(),
    name: z.string().trim().min(1).max(200).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^[+0-9 ()/-]{5,30}$/, 'Bitte eine gültige Telefonnummer angeben.')
      .optional(),
    email: z.email({ message: 'Bitte eine gültige E-Mail-Adresse angeben.' }).optional(),
    message: z.string().trim().min(1).max(MAX_MESSAGE_CHARS).optional(),
  })
  .strict();
export type AssistantHandoverInput = z.infer<typeof assistantHandoverInputSchema>;

export const assistantHandoverResultSchema = z.object({
  kind: z.enum(['chat', 'callback', 'request']),
  /** The chat's token for /api/v1/public/chats/{token} (kind chat). */
  chatToken: z.string().optional(),
  /** The reference number the status page finds (chat and request; a call-back has none). */
  reference: z.string().nullable(),
});
