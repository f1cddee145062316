import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { useCaseContext } from '../../platform/http/request-context.js';
import * as desk from './desk.service.js';
import { forwardContact } from './forward.service.js';
import { ticketSettings } from './request-lifecycle.js';
import * as requests from './requests.service.js';
import {
  answerInputSchema,
  askCitizenInputSchema,
  callbackSchema,
  citizenReplyInputSchema,
  closeInputSchema,
  closingDayInputSchema,
  closingDaySchema,
  completeCallbackInputSchema,
  forwardInputSchema,
  onTimeReportSchema,
  passOnInputSchema,
  proposalSchema,
  requestDetailSchema,
  requestStatusSchema,
  requestSummarySchema,
  returnInputSchema,
} from './tickets.contract.js';
import { ticketsPublicRoutes } from './tickets-public.routes.js';

const uuid = z.uuid({ message: 'Keine gültige Kennung.' });
const idParams = z.object({ id: uuid });
const tags = ['Zweite Ebene'];
const isoDate = z.iso.date({ message: 'Datum im Format JJJJ-MM-TT angeben.' });

export async function ticketsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const settings = ticketSettings(app.config);
  const options = { settings };

  r.post('/api/v1/service-requests', {
    schema: {
      tags,
      summary: 'Anliegen an den zuständigen Fachbereich weiterleiten',
      body: forwardInputSchema,
      response: { 201: z.object({ id: z.uuid(), referenceCode: z.string(), dueAt: z.date(), departmentName: z.string() }) },
    },
    handler: async (request, reply) => reply.status(201).send(await forwardContact(useCaseContext(request), request.body, options)),
  });

  r.get('/api/v1/service-requests', {
    schema: {
      tags,
      summary: 'Anfragen (Posteingang): Fachbereiche sehen ihre, das DialogCenter alle',
      querystring: z.object({
        status: z.preprocess((v) => (typeof v === 'string' ? v.split(',') : v), z.array(requestStatusSchema)).optional(),
        tenantId: uuid.optional(),
        overdue: z.enum(['true', 'false']).optional(),
        limit: z.coerce.number().int().min(1).max(500).optional(),
      }),
      response: { 200: z.object({ items: z.array(requestSummarySchema) }) },
    },
    handler: async (request) => {
      const q = request.query;
      return {
        items: await requests.listRequests(useCaseContext(request), {
          status: q.status,
          tenantId: q.tenantId,
          overdueOnly: q.overdue === 'true',
          limit: q.limit,
        }),
      };
    },
  });

  r.get('/api/v1/service-requests/:id', {
    schema: { tags, summary: 'Anfrage mit Verlauf', params: idParams, response: { 200: requestDetailSchema } },
    handler: async (request) => requests.getRequest(useCaseContext(request), request.params.id),
  });

  const action = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (ctx: ReturnType<typeof useCaseContext>, id: string, input: z.infer<B>) => Promise<unknown>,
  ) =>
    r.post(`/api/v1/service-requests/:id/${path}`, {
      schema: { tags, summary, params: idParams, body, response: { 200: requestDetailSchema } },
      handler: async (request) => run(useCaseContext(request), request.params.id, request.body as z.infer<B>) as never,
    });

  action('answer', 'Antworten (Fachbereich)', answerInputSchema, (ctx, id, input) => requests.answerRequest(ctx, id, input, options));
  action('ask-citizen', 'Rückfrage an die Bürgerin / den Bürger (Frist ruht)', askCitizenInputSchema, (ctx, id, input) =>
    requests.askCitizen(ctx, id, input, options),
  );
  action('citizen-reply', 'Antwort der Bürgerin / des Bürgers erfassen (Frist läuft weiter)', citizenReplyInputSchema, (ctx, id, input) =>
    requests.recordCitizenReply(ctx, id, input, options),
  );
  action('return', 'An den Erstkontakt zurückgeben', returnInputSchema, (ctx, id, input) =>
    requests.returnToFirstLevel(ctx, id, input, options),
  );
  action('pass-on', 'An einen anderen Fachbereich abgeben', passOnInputSchema, (ctx, id, input) =>
    requests.passOnRequest(ctx, id, input, options),
  );
  action('close', 'Zurückgegebene Anfrage abschließen (Erstkontakt)', closeInputSchema, (ctx, id, input) =>
    requests.closeRequest(ctx, id, input, options),
  );

  r.get('/api/v1/callback-tasks', {
    schema: {
      tags,
      summary: 'Rückrufe für Agentinnen und Agenten',
      querystring: z.object({ status: z.enum(['open', 'done', 'unreachable']).optional() }),
      response: { 200: z.object({ items: z.array(callbackSchema) }) },
    },
    handler: async (request) => ({ items: await desk.listCallbackTasks(useCaseContext(request), request.query.status) }),
  });

  r.post('/api/v1/callback-tasks/:id/complete', {
    schema: {
      tags,
      summary: 'Rückruf erledigt / nicht erreicht',
      params: idParams,
      body: completeCallbackInputSchema,
      response: { 200: z.object({ id: z.uuid(), status: z.string() }) },
    },
    handler: async (request) => desk.completeCallbackTask(useCaseContext(request), request.params.id, request.body, options),
  });

  r.get('/api/v1/knowledge-proposals', {
    schema: {
      tags,
      summary: 'Antworten, die als Ergänzung der Wissensdatenbank vorgeschlagen wurden',
      response: { 200: z.object({ items: z.array(proposalSchema) }) },
    },
    handler: async (request) => ({ items: await desk.listKnowledgeProposals(useCaseContext(request)) }),
  });

  r.post('/api/v1/knowledge-proposals/:id/decision', {
    schema: {
      tags,
      summary: 'Vorschlag übernehmen oder ablehnen (Redaktion)',
      params: idParams,
      body: z.object({ decision: z.enum(['accepted', 'rejected']) }).strict(),
      response: { 200: z.object({ id: z.uuid(), status: z.string() }) },
    },
    handler: async (request) => desk.decideKnowledgeProposal(useCaseContext(request), request.params.id, request.body.decision),
  });

  r.get('/api/v1/mail-outbox/status', {
    schema: {
      tags,
      summary: 'Stand des Postausgangs (wartende und aufgegebene Mails)',
      response: { 200: z.object({ pending: z.number().int(), failed: z.number().int(), oldestPendingAt: z.string().nullable() }) },
    },
    handler: async (request) => desk.getOutboxStatus(useCaseContext(request)),
  });

  r.get('/api/v1/reports/second-level/on-time', {
    schema: {
      tags,
      summary: 'Fristtreue der zweiten Ebene je Mandant und Fachbereich',
      querystring: z.object({ from: isoDate, to: isoDate, tenantId: uuid.optional() }),
      response: { 200: onTimeReportSchema },
    },
    handler: async (request) => desk.reportOnTimeRate(useCaseContext(request), request.query, settings.timeZone),
  });

  const tenantParams = z.object({ tenantId: uuid });
  r.get('/api/v1/tenants/:tenantId/closing-days', {
    schema: {
      tags,
      summary: 'Schließtage eines Mandanten (Fristberechnung)',
      params: tenantParams,
      response: { 200: z.object({ items: z.array(closingDaySchema) }) },
    },
    handler: async (request) => ({ items: await desk.listClosingDays(useCaseContext(request), request.params.tenantId) }),
  });
  r.post('/api/v1/tenants/:tenantId/closing-days', {
    schema: {
      tags,
      summary: 'Schließtag eintragen',
      params: tenantParams,
      body: closingDayInputSchema,
      response: { 201: closingDaySchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await desk.addClosingDay(useCaseContext(request, 'admin'), request.params.tenantId, request.body)),
  });
  r.delete('/api/v1/tenants/:tenantId/closing-days/:id', {
    schema: { tags, summary: 'Schließtag entfernen', params: z.object({ tenantId: uuid, id: uuid }), response: { 204: z.null() } },
    handler: async (request, reply) => {
      await desk.removeClosingDay(useCaseContext(request, 'admin'), request.params.tenantId, request.params.id);
      return reply.status(204).send(null);
    },
  });

  await app.register(ticketsPublicRoutes);
}
