import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { rateLimited } from '../../platform/http/rate-limit.js';
import {
  assistantHandoverInputSchema,
  assistantHandoverResultSchema,
  assistantMessageInputSchema,
  assistantReplySchema,
} from './assistant.contract.js';
import { assistantSettings, handleAssistantMessage, handOverConversation } from './assistant.service.js';

const tags = ['Assistent (öffentlich)'];
const base = '/api/public/v1/assistant';

/**
 * The citizen assistant's API (stable, issue 15): no login, no cookie, no IP address stored (the rate limit
 * counts a hash of it, as every public limit does). A message of 10 kB or bad JSON is a 400 problem.
 */
export async function assistantRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deps = { database: app.database, clock: app.clock, settings: assistantSettings(app.config) };
  // A conversation is a few messages a minute; a flood is not.
  const messageLimit = rateLimited(app, {
    name: 'assistant-message',
    limit: 60,
    windowSeconds: 600,
    message: 'Zu viele Nachrichten von Ihrer Verbindung. Bitte warten Sie einige Minuten oder rufen Sie die 115 an.',
  });
  const handoverLimit = rateLimited(app, { name: 'assistant-handover', limit: 10, windowSeconds: 3600 });

  r.post(`${base}/messages`, {
    onRequest: messageLimit,
    bodyLimit: 64 * 1024,
    schema: {
      tags,
      summary: 'Dem Assistenten eine Frage stellen (Antwort nur aus offiziellen Texten)',
      security: [],
      body: assistantMessageInputSchema,
      response: { 200: assistantReplySchema },
    },
    handler: async (request) => handleAssistantMessage(deps, request.body),
  });

  r.post(`${base}/conversations/:conversationId/handover`, {
    onRequest: handoverLimit,
    schema: {
      tags,
      summary: 'An einen Menschen übergeben: Live-Chat, Rückruf oder Anfrage, mit dem Verlauf',
      security: [],
      params: z.object({ conversationId: z.string().min(10).max(64) }),
      body: assistantHandoverInputSchema,
      response: { 201: assistantHandoverResultSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await handOverConversation(deps, request.params.conversationId, request.body)),
  });
}
