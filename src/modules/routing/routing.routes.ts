import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { rateLimited } from '../../platform/http/rate-limit.js';
import { systemActor } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/http/app-error.js';
import { useCaseContext } from '../../platform/http/request-context.js';
import { listTenants } from '../tenancy/index.js';
import { forgetInboundSmtpPort, rememberInboundSmtpPort, startInboundSmtp } from './inbound-mail.js';
import {
  agentStateInputSchema,
  chatMessageInputSchema,
  chatMessageSchema,
  chatStartSchema,
  chatStatusSchema,
  contactFormSchema,
  reassignSchema,
  skillsSchema,
  workItemSchema,
} from './routing.contract.js';
import * as routing from './routing.service.js';

const tags = ['Warteschlange'];
const publicTags = ['Bürgerkontakt'];
const idParams = z.object({ id: z.uuid({ message: 'Keine gültige Kennung.' }) });
const tokenParams = z.object({ token: z.string().min(20).max(64) });

/** The routed queue (e-mail, form, chat, call-back), agent states, and the public channels. */
export async function routingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  if (app.config.INBOUND_SMTP_PORT !== undefined) {
    const smtp = await startInboundSmtp(app.database, {
      host: app.config.INBOUND_SMTP_HOST,
      port: app.config.INBOUND_SMTP_PORT,
      maxBytes: app.config.INBOUND_SMTP_MAX_BYTES,
      clock: app.clock,
      onError: (error) => app.log.warn({ err: error }, 'inbound mail refused'),
    });
    rememberInboundSmtpPort(app.database, smtp.port);
    app.addHook('onClose', async () => {
      forgetInboundSmtpPort(app.database);
      await smtp.close();
    });
  }

  r.get('/api/v1/queue', {
    schema: {
      tags,
      summary: 'Offene Anliegen in Reihenfolge der Warteschlange',
      response: { 200: z.object({ items: z.array(workItemSchema) }) },
    },
    handler: async (request) => ({ items: await routing.listQueue(useCaseContext(request, 'agent', 'supervisor')) }),
  });

  r.post('/api/v1/queue/next', {
    schema: { tags, summary: 'Nächstes passendes Anliegen anbieten lassen', response: { 200: workItemSchema, 204: z.null() } },
    handler: async (request, reply) => {
      const item = await routing.offerNextWorkItem(useCaseContext(request, 'agent', 'supervisor'));
      return item ? item : reply.status(204).send(null);
    },
  });

  r.get('/api/v1/work-items/:id', {
    schema: {
      tags,
      summary: 'Ein Anliegen mit Chatverlauf',
      params: idParams,
      response: { 200: z.object({ item: workItemSchema, messages: z.array(chatMessageSchema) }) },
    },
    handler: async (request) => routing.getWorkItem(useCaseContext(request, 'agent', 'supervisor'), request.params.id),
  });

  r.post('/api/v1/work-items/:id/accept', {
    schema: { tags, summary: 'Angebotenes Anliegen annehmen', params: idParams, response: { 200: workItemSchema } },
    handler: async (request) => routing.acceptWorkItem(useCaseContext(request, 'agent', 'supervisor'), request.params.id),
  });

  r.post('/api/v1/work-items/:id/decline', {
    schema: {
      tags,
      summary: 'Angebot zurückgeben (das Anliegen behält seinen Platz)',
      params: idParams,
      response: { 200: workItemSchema },
    },
    handler: async (request) => routing.declineWorkItem(useCaseContext(request, 'agent', 'supervisor'), request.params.id),
  });

  r.post('/api/v1/work-items/:id/reassign', {
    schema: {
      tags,
      summary: 'Anliegen einer anderen Person zuweisen oder zurück in die Warteschlange (Teamleitung)',
      params: idParams,
      body: reassignSchema,
      response: { 200: workItemSchema },
    },
    handler: async (request) => {
      const ctx = useCaseContext(request, 'supervisor');
      const agents = await routing.listAgents(ctx);
      const target = request.body.userId ? agents.find((a) => a.userId === request.body.userId) : null;
      if (request.body.userId && !target) {
        throw new AppError('VALIDATION_FAILED', 'Diese Person ist nicht als Agent/in angemeldet.', {
          issues: [{ field: 'userId', message: 'Unbekannte Person.' }],
        });
      }
      return routing.reassignWorkItem(ctx, request.params.id, request.body.userId, target?.displayName ?? null);
    },
  });

  r.post('/api/v1/work-items/:id/chat-messages', {
    schema: { tags, summary: 'Im Chat antworten', params: idParams, body: chatMessageInputSchema, response: { 201: chatMessageSchema } },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await routing.replyToChat(useCaseContext(request, 'agent', 'supervisor'), request.params.id, request.body.body)),
  });

  r.put('/api/v1/desktop/state', {
    schema: { tags, summary: 'Eigenen Agentenstatus setzen', body: agentStateInputSchema },
    handler: async (request) => {
      const row = await routing.setOwnAgentState(useCaseContext(request, 'agent', 'supervisor'), request.body.state);
      return { state: row.state, since: row.since };
    },
  });

  r.get('/api/v1/agents', {
    schema: { tags, summary: 'Agentinnen und Agenten mit Status (Teamleitung)' },
    handler: async (request) => ({ items: await routing.listAgents(useCaseContext(request, 'supervisor')) }),
  });

  r.put('/api/v1/agents/:id/skills', {
    schema: {
      tags,
      summary: 'Fähigkeiten einer Person (Mandanten, Themen, Sprachen)',
      params: idParams,
      body: skillsSchema,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await routing.setAgentSkills(useCaseContext(request, 'supervisor', 'admin'), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  });

  const trainedSchema = z.object({ items: z.array(z.object({ userId: z.uuid(), displayName: z.string() })) });
  r.get('/api/v1/tenants/:tenantId/trained-agents', {
    schema: {
      tags,
      summary: 'Für einen Mandanten geschulte Agentinnen und Agenten (Betriebsbereitschaft)',
      params: z.object({ tenantId: z.uuid({ message: 'Keine gültige Kennung.' }) }),
      response: { 200: trainedSchema },
    },
    handler: async (request) => ({
      items: await routing.listTrainedAgents(useCaseContext(request, 'supervisor', 'admin'), request.params.tenantId),
    }),
  });

  r.put('/api/v1/tenants/:tenantId/trained-agents', {
    schema: {
      tags,
      summary: 'Geschulte Agentinnen und Agenten eines Mandanten festlegen (genau diese)',
      params: z.object({ tenantId: z.uuid({ message: 'Keine gültige Kennung.' }) }),
      body: z.object({ userIds: z.array(z.uuid({ message: 'Keine gültige Kennung.' })).max(200) }).strict(),
      response: { 200: trainedSchema },
    },
    handler: async (request) => ({
      items: await routing.setTrainedAgents(useCaseContext(request, 'supervisor', 'admin'), request.params.tenantId, request.body.userIds),
    }),
  });

  // --- Public, no login ---------------------------------------------------------
  const tenantBySlug = async (slug: string) => {
    const tenants = await listTenants({ database: app.database, actor: systemActor('oeffentlich'), clock: app.clock });
    // Citizens reach the municipalities the center serves: in pilot or regular operation (decision 0170).
    const tenant = tenants.find((t) => t.slug === slug && (t.lifecycle === 'pilot' || t.lifecycle === 'live'));
    if (!tenant)
      throw new AppError('VALIDATION_FAILED', 'Bitte Ihre Stadt oder Gemeinde wählen.', {
        issues: [{ field: 'tenant', message: 'Unbekannte Stadt oder Gemeinde.' }],
      });
    return tenant;
  };

  r.get('/api/v1/public/municipalities', {
    schema: {
      tags: publicTags,
      summary: 'Städte und Gemeinden für Kontaktformular und Chat',
      security: [],
      response: { 200: z.object({ items: z.array(z.object({ slug: z.string(), name: z.string() })) }) },
    },
    handler: async () => {
      const tenants = await listTenants({ database: app.database, actor: systemActor('oeffentlich'), clock: app.clock });
      return {
        items: tenants
          .filter((t) => t.lifecycle === 'pilot' || t.lifecycle === 'live')
          .map((t) => ({ slug: t.slug, name: t.officialName })),
      };
    },
  });

  // Citizen forms open to all: a few per connection and hour is plenty for people, not for a flood.
  const contactFormLimit = rateLimited(app, { name: 'contact-form', limit: 10, windowSeconds: 3600 });
  const chatStartLimit = rateLimited(app, { name: 'chat-start', limit: 10, windowSeconds: 3600 });
  const chatMessageLimit = rateLimited(app, { name: 'chat-message', limit: 60, windowSeconds: 300 });

  r.post('/api/v1/public/contact-form', {
    onRequest: contactFormLimit,
    schema: {
      tags: publicTags,
      summary: 'Kontaktformular absenden',
      security: [],
      body: contactFormSchema,
      response: { 202: z.object({ reference: z.string() }) },
    },
    handler: async (request, reply) => {
      const tenant = await tenantBySlug(request.body.tenant);
      const item = await routing.submitContactForm(app.database, tenant.id, request.body, app.clock);
      // The number the citizen is shown is the one the public status page finds.
      return reply.status(202).send({ reference: item.referenceCode! });
    },
  });

  r.post('/api/v1/public/chats', {
    onRequest: chatStartLimit,
    schema: {
      tags: publicTags,
      summary: 'Web-Chat beginnen',
      security: [],
      body: chatStartSchema,
      response: { 201: z.object({ token: z.string(), reference: z.string() }) },
    },
    handler: async (request, reply) => {
      const tenant = await tenantBySlug(request.body.tenant);
      const { token, item } = await routing.startChat(app.database, tenant.id, request.body, app.clock);
      return reply.status(201).send({ token, reference: item.referenceCode! });
    },
  });

  r.get('/api/v1/public/chats/:token', {
    schema: {
      tags: publicTags,
      summary: 'Chat: Platz in der Warteschlange und Nachrichten',
      security: [],
      params: tokenParams,
      response: { 200: chatStatusSchema },
    },
    handler: async (request) => routing.getChatStatus(app.database, app.clock, request.params.token),
  });

  r.post('/api/v1/public/chats/:token/messages', {
    onRequest: chatMessageLimit,
    schema: {
      tags: publicTags,
      summary: 'Chat: Nachricht schreiben',
      security: [],
      params: tokenParams,
      body: chatMessageInputSchema,
      response: { 201: chatMessageSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await routing.postVisitorMessage(app.database, request.params.token, request.body.body, app.clock)),
  });
}
