import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiTokenSchema } from '../../../platform/auth/api-tokens/api-token.routes.js';
import { MAX_TOKEN_DAYS } from '../../../platform/auth/api-tokens/api-token.service.js';
import { apiTokenOf } from '../../../platform/http/api-token-auth.js';
import { useCaseContext } from '../../../platform/http/request-context.js';
import { registerUploadRoutes } from '../../../platform/imports/imports.routes.js';
import {
  agentLineCreateSchema,
  agentLineSchema,
  agentLineUpdateSchema,
  callEventBatchSchema,
  callEventInputSchema,
  hotlineCreateSchema,
  hotlineParamsSchema,
  hotlineSchema,
  hotlineUpdateSchema,
  ingestResultSchema,
  queueLogImportSchema,
  queueLogResultSchema,
  telephoneSystemCreateSchema,
  telephoneSystemSchema,
  versionQuerySchema,
} from './telephony.contract.js';
import { callEventBatchExample, callEventExamples } from './telephony-examples.js';
import * as telephony from './telephony.service.js';

const tags = ['Telefonie'];
const callEventBatchExampleSchema = z.object({ events: z.array(callEventInputSchema) });

/** The telephone system each event request authenticated as (set in onRequest). */
const authenticatedSystems = new WeakMap<FastifyRequest, Awaited<ReturnType<typeof telephony.telephoneSystemOfToken>>>();

export async function telephonyRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/telephony/events', {
    schema: {
      tags,
      summary:
        'Anrufereignisse der Telefonanlage (einzeln oder als { events: [...] }); Authorization: Bearer <API-Token der Anlage, Berechtigung telephony:events>',
      description:
        'Felder je Ereignis: docs/telephony-events.md; ein Beispiel je Ereignistyp: GET /api/v1/telephony/events/example. ' +
        'Ein unbekanntes Feld wird mit 400 abgelehnt; die Meldung nennt das Feld und die erlaubten.',
      security: [{ apiToken: ['telephony:events'] }],
      body: callEventBatchSchema,
      response: { 202: ingestResultSchema },
    },
    // Authenticate first (onRequest runs before the body is parsed and validated): an
    // unknown sender learns nothing about the event format, and gets 401, not 400.
    onRequest: async (request) => {
      const principal = await apiTokenOf(request, 'telephony:events');
      authenticatedSystems.set(request, await telephony.telephoneSystemOfToken(app.database, principal));
    },
    handler: async (request, reply) => {
      const system = authenticatedSystems.get(request)!;
      const { events } = request.body;
      const normalised = events.map(telephony.normaliseEvent);
      telephony.assertLiveEventTimes(normalised, app.clock.now(), {
        maxFutureSeconds: app.config.TELEPHONY_EVENT_MAX_FUTURE_SECONDS,
        maxAgeDays: app.config.TELEPHONY_EVENT_MAX_AGE_DAYS,
      });
      const result = await telephony.ingestCallEvents(app.database, system.id, normalised);
      return reply.status(202).send(result);
    },
  });

  r.get('/api/v1/telephony/events/example', {
    schema: {
      tags,
      summary: 'Ein Beispiel je Ereignistyp der Ereignis-Schnittstelle (zum Ausprobieren; ohne Anmeldung)',
      response: { 200: z.object({ examples: z.record(z.string(), callEventInputSchema), batch: callEventBatchExampleSchema }) },
    },
    handler: async () => ({ examples: callEventExamples, batch: callEventBatchExample }),
  });

  r.post('/api/v1/telephony/queue-log', {
    schema: {
      tags,
      summary: 'Asterisk queue_log einlesen (Verlaufsdaten)',
      body: queueLogImportSchema,
      response: { 200: queueLogResultSchema },
    },
    handler: async (request) =>
      telephony.importQueueLog(useCaseContext(request, 'admin', 'supervisor'), request.body.telephoneSystem, request.body.content),
  });

  await registerUploadRoutes(app, [
    {
      url: '/api/v1/telephony/queue-log/uploads',
      summary: 'Asterisk queue_log als Datei hochladen (groß, gestreamt, im Hintergrund, abbrechbar; ganz oder gar nicht)',
      tags,
      roles: ['admin', 'supervisor'],
      querystring: z.object({
        telephoneSystem: z.string().trim().min(1, 'Bitte die Telefonanlage angeben.').max(120),
        fileName: z.string().trim().min(1).max(200).default('queue_log'),
      }),
      kind: () => 'queue_log',
      fileName: (q: { fileName: string }) => q.fileName,
      prepare: async (ctx, q: { telephoneSystem: string }) => {
        await telephony.findQueueLogSystem(ctx, q.telephoneSystem);
        return telephony.queueLogImportProcessor(ctx, q.telephoneSystem);
      },
    },
  ]);

  r.get('/api/v1/telephony/systems', {
    schema: { tags, summary: 'Registrierte Telefonanlagen', response: { 200: z.object({ items: z.array(telephoneSystemSchema) }) } },
    handler: async (request) => ({ items: await telephony.listTelephoneSystems(useCaseContext(request, 'admin', 'supervisor')) }),
  });

  r.post('/api/v1/telephony/systems', {
    schema: {
      tags,
      summary: 'Telefonanlage registrieren (das Token wird nur jetzt angezeigt)',
      body: telephoneSystemCreateSchema,
      response: { 201: z.object({ system: telephoneSystemSchema, token: z.string() }) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await telephony.registerTelephoneSystem(useCaseContext(request, 'admin'), request.body.name)),
  });

  r.post('/api/v1/telephony/systems/:id/tokens', {
    schema: {
      tags,
      summary: 'Weiteres API-Token für eine Telefonanlage (Wechsel; nur jetzt angezeigt, altes Token danach widerrufen)',
      params: z.object({ id: z.uuid({ message: 'Keine gültige Kennung.' }) }),
      body: z.object({ expiresInDays: z.number().int().min(1).max(MAX_TOKEN_DAYS).default(telephony.TELEPHONE_TOKEN_DAYS) }),
      response: { 201: z.object({ token: z.string(), item: apiTokenSchema }) },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await telephony.issueTelephoneSystemToken(useCaseContext(request, 'admin'), request.params.id, request.body.expiresInDays)),
  });

  r.get('/api/v1/telephony/hotlines', {
    schema: { tags, summary: 'Rufnummern der Mandanten', response: { 200: z.object({ items: z.array(hotlineSchema) }) } },
    handler: async (request) => ({ items: await telephony.listHotlines(useCaseContext(request)) }),
  });

  r.post('/api/v1/telephony/hotlines', {
    schema: { tags, summary: 'Rufnummer einem Mandanten zuordnen', body: hotlineCreateSchema, response: { 201: hotlineSchema } },
    handler: async (request, reply) => reply.status(201).send(await telephony.addHotline(useCaseContext(request, 'admin'), request.body)),
  });

  r.post('/api/v1/telephony/agent-lines', {
    schema: {
      tags,
      summary: 'Agenten-Kennung der Telefonanlage einem Konto zuordnen',
      body: agentLineCreateSchema,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await telephony.mapAgentLine(useCaseContext(request, 'admin'), request.body);
      return reply.status(204).send(null);
    },
  });

  r.patch('/api/v1/telephony/hotlines/:dialledNumber', {
    schema: {
      tags,
      summary: 'Rufnummer ändern: Mandant, ACD-Warteschlange, Bezeichnung (mit der gelesenen Version; 409, wenn inzwischen geändert)',
      params: hotlineParamsSchema,
      body: hotlineUpdateSchema,
      response: { 200: hotlineSchema },
    },
    handler: async (request) => telephony.updateHotline(useCaseContext(request, 'admin'), request.params.dialledNumber, request.body),
  });

  r.delete('/api/v1/telephony/hotlines/:dialledNumber', {
    schema: {
      tags,
      summary: 'Rufnummer entfernen (mit der gelesenen Version); Anrufe behalten die gewählte Nummer',
      params: hotlineParamsSchema,
      querystring: versionQuerySchema,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await telephony.deleteHotline(useCaseContext(request, 'admin'), request.params.dialledNumber, request.query.version);
      return reply.status(204).send(null);
    },
  });

  r.get('/api/v1/telephony/agent-lines', {
    schema: {
      tags,
      summary: 'Zuordnungen der Agenten-Kennungen zu Konten (Administration)',
      response: { 200: z.object({ items: z.array(agentLineSchema) }) },
    },
    handler: async (request) => ({ items: await telephony.listAgentLines(useCaseContext(request, 'admin')) }),
  });

  r.patch('/api/v1/telephony/agent-lines/:id', {
    schema: {
      tags,
      summary: 'Agenten-Kennung ändern oder einem anderen Konto zuordnen (mit der gelesenen Version)',
      params: z.object({ id: z.uuid({ message: 'Keine gültige Kennung.' }) }),
      body: agentLineUpdateSchema,
      response: { 200: z.object({ id: z.uuid(), version: z.number().int() }) },
    },
    handler: async (request) => {
      const row = await telephony.updateAgentLine(useCaseContext(request, 'admin'), request.params.id, request.body);
      return { id: row.id, version: row.version };
    },
  });

  r.delete('/api/v1/telephony/agent-lines/:id', {
    schema: {
      tags,
      summary: 'Zuordnung einer Agenten-Kennung entfernen (mit der gelesenen Version)',
      params: z.object({ id: z.uuid({ message: 'Keine gültige Kennung.' }) }),
      querystring: versionQuerySchema,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await telephony.deleteAgentLine(useCaseContext(request, 'admin'), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  });
}
