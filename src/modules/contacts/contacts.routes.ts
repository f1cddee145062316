import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { useCaseContext } from '../../platform/http/request-context.js';
import { stopChanges, subscribeChanges } from '../../platform/realtime/change-bus.js';
import { getOwnAgentState, listMyWorkItems } from '../routing/index.js';
import {
  contactSchema,
  desktopSchema,
  documentContactSchema,
  documentWorkItemSchema,
  openContactSchema,
  screenPopSchema,
  serviceSearchResultSchema,
} from './contacts.contract.js';
import * as contactsService from './contacts.service.js';
import { searchServices } from './service-catalogue.js';
import { telephonyRoutes } from './telephony/telephony.routes.js';
import { startOfBerlinDay } from './wallboard/metrics.js';
import { openEventStream } from '../../platform/realtime/event-stream.js';
import { wallboardRoutes } from './wallboard/wallboard.routes.js';

const tags = ['Kontakte'];
const idParams = z.object({ id: z.uuid({ message: 'Keine gültige Kennung.' }) });

/** Agent desktop, contact documentation, telephone integration and wallboard. */
export async function contactsRoutes(app: FastifyInstance) {
  await app.register(telephonyRoutes);
  await app.register(wallboardRoutes);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/desktop', {
    schema: {
      tags,
      summary: 'Agenten-Arbeitsplatz: eigener Status, Screen-Pop, offene Kontakte, eigene Anliegen',
      response: { 200: desktopSchema },
    },
    handler: async (request) => {
      const ctx = useCaseContext(request, 'agent', 'supervisor');
      const [agentState, screenPop, openContacts, workItems] = [
        await getOwnAgentState(ctx, startOfBerlinDay(ctx.clock.now())),
        await contactsService.getScreenPop(ctx),
        await contactsService.listMyOpenContacts(ctx),
        await listMyWorkItems(ctx),
      ];
      return { agentState, screenPop: screenPop ? screenPopSchema.parse(screenPop) : null, openContacts, workItems };
    },
  });

  r.get('/api/v1/contacts/undocumented', {
    schema: {
      tags,
      summary: 'Nicht dokumentierte Kontakte (Teamleitung)',
      response: { 200: z.object({ items: z.array(openContactSchema) }) },
    },
    handler: async (request) => ({ items: await contactsService.listUndocumentedContacts(useCaseContext(request, 'supervisor')) }),
  });

  r.get('/api/v1/contacts/:id', {
    schema: { tags, summary: 'Ein Kontakt', params: idParams, response: { 200: contactSchema } },
    handler: async (request) => contactsService.getContact(useCaseContext(request), request.params.id),
  });

  r.post('/api/v1/contacts/:id/document', {
    schema: {
      tags,
      summary: 'Kontakt dokumentieren (Mandant, Leistung, Ergebnis, Notiz)',
      params: idParams,
      body: documentContactSchema,
      response: { 200: contactSchema },
    },
    handler: async (request) =>
      contactsService.documentContact(useCaseContext(request, 'agent', 'supervisor'), request.params.id, request.body),
  });

  // Documenting a routed work item creates its contact, so the route lives here (routing knows no contacts).
  r.post('/api/v1/work-items/:id/document', {
    schema: {
      tags: ['Warteschlange'],
      summary: 'Anliegen dokumentieren und abschließen (legt den Kontakt an)',
      params: idParams,
      body: documentWorkItemSchema,
      response: { 201: contactSchema },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await contactsService.documentWorkItem(useCaseContext(request, 'agent', 'supervisor'), request.params.id, request.body)),
  });

  r.get('/api/v1/services', {
    schema: {
      tags,
      summary: 'Leistungen für die Dokumentation suchen (LeiKa)',
      querystring: z.object({ q: z.string().trim().max(100).default(''), municipality: z.string().trim().max(80).optional() }),
      response: { 200: serviceSearchResultSchema },
    },
    handler: async (request) => searchServices(useCaseContext(request), request.query.q, request.query.municipality),
  });

  // The desktop's live channel: "something changed for you", the page then reloads its data.
  const streams = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const s of streams) s.end();
  });
  // Releases the LISTEN connection (PostgreSQL) before the pool closes.
  app.addHook('onClose', async () => stopChanges(app.database));
  app.get(
    '/api/v1/desktop/stream',
    { schema: { tags, summary: 'Änderungen für den eigenen Arbeitsplatz (Server-Sent Events)' } },
    async (request, reply) => {
      const ctx = useCaseContext(request, 'agent', 'supervisor');
      const userId = ctx.actor.userId!;
      reply.hijack();
      const response = reply.raw;
      openEventStream(response);
      streams.add(response);
      const unsubscribe = await subscribeChanges(app.database, (change) => {
        if (change.topic === 'queue' || change.userIds?.includes(userId)) {
          response.write(`event: changed\ndata: ${JSON.stringify({ topic: change.topic })}\n\n`);
        }
      });
      const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), 15_000);
      response.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
        streams.delete(response);
      });
    },
  );
}
