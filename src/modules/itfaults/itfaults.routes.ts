import type { ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hasRole } from '../../platform/auth/actor.js';
import { AppError } from '../../platform/http/app-error.js';
import { useCaseContext } from '../../platform/http/request-context.js';
import { subscribeChanges } from '../../platform/realtime/change-bus.js';
import { openEventStream } from '../../platform/realtime/event-stream.js';
import { registerInboundMailClaim } from '../routing/index.js';
import * as faults from './faults.service.js';
import { getDirectory } from './directory.service.js';
import { itFaultMailClaim } from './inbound-mail.service.js';
import {
  closeOutageSchema,
  createFaultSchema,
  declareOutageSchema,
  directorySchema,
  faultDetailSchema,
  faultSchema,
  knownErrorInputSchema,
  knownErrorSchema,
  knownErrorSearchResultSchema,
  knownErrorUpdateSchema,
  outageCallSchema,
  outageSchema,
  reportQuerySchema,
  reportSchema,
  statusInputSchema,
} from './itfaults.contract.js';
import { itFaultSettings } from './itfaults.settings.js';
import * as knownErrors from './known-errors.service.js';
import * as outages from './outages.service.js';
import { reportItFaultTimes } from './report.service.js';
import { applyStatusCall, authenticateStatusCall } from './status-inbound.service.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, tokenMatches } from './signature.js';
import { apiTokenOf } from '../../platform/http/api-token-auth.js';
import { ITFAULT_WEBHOOK_JOB } from './webhook-delivery.service.js';
import { MAIL_OUTBOX_JOB } from '../../platform/mail/mail-job.js';

const tags = ['IT-Störungen'];
const base = '/api/v1/it-faults';
const idParams = z.object({ id: z.uuid({ message: 'Keine gültige Kennung.' }) });
const header = (request: FastifyRequest, name: string) => {
  const v = request.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

declare module 'fastify' {
  interface FastifyRequest {
    /** The body as received (IT fault routes only: the status call's signature covers it). */
    itRawBody?: string;
    /** Set by the status route's authentication: the machine call's signature (null: token or session). */
    itStatusAuth?: { machine: boolean; signature: string | null };
  }
}

/**
 * The IT fault desk's API: intake (stable `POST /api/v1/it-faults`), known errors,
 * mass outages with their live stream, status back from IT, report. Staff use their
 * session; the IT service desk's systems use a token or a signature on the status route.
 */
export async function itFaultsRoutes(app: FastifyInstance) {
  const settings = itFaultSettings(app.config);
  const unregister = registerInboundMailClaim(app.database, itFaultMailClaim(app.database, app.clock, settings));
  app.addHook('onClose', async () => unregister());
  // Keep the raw body: the status call's HMAC is over the exact bytes sent (this plugin's routes only).
  const jsonParser = app.getDefaultJsonParser('error', 'ignore');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    request.itRawBody = body as string;
    // The status call is authenticated before anything else: a forged one with a broken body is a 401, not a 400.
    const isStatusCall = request.routeOptions.url === `${base}/:id/status`;
    jsonParser(request, body as string, (error, parsed) => (error && isStatusCall ? done(null, undefined) : done(error, parsed)));
  });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const afterCommit = () => {
    app.jobs.trigger(ITFAULT_WEBHOOK_JOB);
    app.jobs.trigger(MAIL_OUTBOX_JOB);
  };

  r.get(`${base}/directory`, {
    schema: {
      tags,
      summary: 'Fachbereiche, Kategorien, Prioritätsmatrix und Zielzeiten für die Aufnahme',
      response: { 200: directorySchema },
    },
    handler: async (request) => getDirectory(useCaseContext(request), settings),
  });

  r.post(base, {
    schema: {
      tags,
      summary: 'IT-Störung aufnehmen (stabile Schnittstelle): Priorität nach der ITIL-Matrix Auswirkung × Dringlichkeit',
      body: createFaultSchema,
      response: { 201: faultSchema },
    },
    handler: async (request, reply) => {
      const fault = await faults.recordFault(useCaseContext(request, 'agent', 'supervisor', 'itdesk'), settings, request.body);
      afterCommit();
      return reply.status(201).send(fault);
    },
  });

  r.get(base, {
    schema: {
      tags,
      summary: 'IT-Störungen (offene zuerst nach Priorität); overdue markiert',
      querystring: z.object({ open: z.enum(['true', 'false']).default('true') }),
      response: { 200: z.object({ items: z.array(faultSchema) }) },
    },
    handler: async (request) => ({ items: await faults.listFaults(useCaseContext(request), { open: request.query.open === 'true' }) }),
  });

  r.get(`${base}/:id`, {
    schema: {
      tags,
      summary: 'Eine IT-Störung mit Verlauf, Webhook-Zustellungen und Mails',
      params: idParams,
      response: { 200: faultDetailSchema },
    },
    handler: async (request) => faults.getFault(useCaseContext(request), request.params.id),
  });

  r.post(`${base}/:id/status`, {
    schema: {
      tags,
      summary:
        'Status vom IT-Service-Desk: API-Token (Bearer) oder HMAC-Signatur über Zeitstempel und Inhalt; gefälscht oder wiederholt: 401',
      params: idParams,
      body: statusInputSchema,
      response: { 200: faultSchema },
      security: [{ apiToken: ['itfaults:status'] }, { itServiceDesk: [] }, { itSignature: [] }, { session: [] }],
    },
    // Authenticate before the body is validated: a forged call gets 401 whatever it contains.
    preValidation: async (request) => {
      const authorization = header(request, 'authorization');
      const signature = header(request, SIGNATURE_HEADER);
      if (authorization !== undefined || signature !== undefined) {
        const bearer = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : authorization === undefined ? undefined : '';
        // An API token with scope itfaults:status (decision 0131); the configured ITFAULT_STATUS_TOKEN still works.
        if (bearer && !tokenMatches(bearer, settings.statusToken ?? undefined)) {
          await apiTokenOf(request, 'itfaults:status');
          request.itStatusAuth = { machine: true, signature: null };
          return;
        }
        const auth = authenticateStatusCall(settings, app.clock.now(), request.itRawBody ?? '', {
          bearer,
          timestamp: header(request, TIMESTAMP_HEADER),
          signature,
        });
        request.itStatusAuth = { machine: true, signature: auth.signature };
        return;
      }
      if (!request.actor) throw new AppError('UNAUTHENTICATED', 'Die Statusmeldung braucht ein API-Token oder eine Signatur.');
      if (!hasRole(request.actor, 'itdesk')) throw new AppError('FORBIDDEN');
      request.itStatusAuth = { machine: false, signature: null };
    },
    handler: async (request) => {
      const auth = request.itStatusAuth!;
      const fault = auth.machine
        ? await applyStatusCall(app.database, app.clock, request.params.id, request.body, auth.signature)
        : await faults.setStatusByDesk(useCaseContext(request, 'itdesk'), request.params.id, request.body);
      afterCommit();
      return fault;
    },
  });

  r.get(`${base}/known-errors`, {
    schema: {
      tags,
      summary: 'Bekannte Fehler suchen (Symptom in Alltagssprache, z. B. „drucker druckt nicht“)',
      querystring: z.object({ q: z.string().trim().max(200, 'Höchstens 200 Zeichen.').default('') }),
      response: { 200: knownErrorSearchResultSchema },
    },
    handler: async (request) => knownErrors.searchKnownErrors(useCaseContext(request), request.query.q),
  });

  r.post(`${base}/known-errors`, {
    schema: {
      tags,
      summary: 'Bekannten Fehler anlegen (IT-Service-Desk, Teamleitung)',
      body: knownErrorInputSchema,
      response: { 201: knownErrorSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await knownErrors.createKnownError(useCaseContext(request, 'itdesk', 'supervisor'), request.body)),
  });

  r.patch(`${base}/known-errors/:id`, {
    schema: {
      tags,
      summary: 'Bekannten Fehler ändern oder einen Vorschlag bestätigen',
      params: idParams,
      body: knownErrorUpdateSchema,
      response: { 200: knownErrorSchema },
    },
    handler: async (request) =>
      knownErrors.updateKnownError(useCaseContext(request, 'itdesk', 'supervisor'), request.params.id, request.body),
  });

  r.get(`${base}/outages`, {
    schema: {
      tags,
      summary: 'Massenstörungen (aktive; mit all=true auch die der letzten 7 Tage)',
      querystring: z.object({ all: z.enum(['true', 'false']).default('false') }),
      response: { 200: z.object({ items: z.array(outageSchema) }) },
    },
    handler: async (request) => ({
      items: await outages.listOutages(useCaseContext(request), { activeOnly: request.query.all !== 'true' }),
    }),
  });

  r.post(`${base}/outages`, {
    schema: {
      tags,
      summary: 'Massenstörung ausrufen (IT-Service-Desk, Teamleitung): Banner auf jedem Arbeitsplatz',
      body: declareOutageSchema,
      response: { 201: outageSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await outages.declareOutage(useCaseContext(request, 'itdesk', 'supervisor'), request.body)),
  });

  r.post(`${base}/outages/:id/calls`, {
    schema: {
      tags,
      summary: 'Anruf zur Massenstörung zählen (statt einer eigenen Störung)',
      params: idParams,
      body: outageCallSchema,
      response: { 200: outageSchema.extend({ wasCounted: z.boolean() }) },
    },
    handler: async (request) => outages.countOutageCall(useCaseContext(request, 'agent', 'supervisor'), request.params.id, request.body),
  });

  r.post(`${base}/outages/:id/close`, {
    schema: {
      tags,
      summary: 'Massenstörung beenden: die IT erhält einmal die Zahl der Anrufe',
      params: idParams,
      body: closeOutageSchema,
      response: { 200: outageSchema },
    },
    handler: async (request) => {
      const outage = await outages.closeOutage(useCaseContext(request, 'itdesk', 'supervisor'), settings, request.params.id, {
        note: request.body.note ?? null,
      });
      afterCommit();
      return outage;
    },
  });

  r.get(`${base}/report`, {
    schema: {
      tags,
      summary: 'Reaktions- und Lösungszeiten je Priorität und Kategorie (Berliner Tage von–bis)',
      querystring: reportQuerySchema,
      response: { 200: reportSchema },
    },
    handler: async (request) => reportItFaultTimes(useCaseContext(request), settings, request.query),
  });

  // The outage banner's live channel: the active outages, again after every change (any instance, change bus).
  // Per connection, not the shared SnapshotHub: what a user sees follows their tenant scope (an IT desk bound to
  // Hannover sees Hannover's outages); outages change a few times a day, so one query per client and change is cheap.
  const streams = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const s of streams) s.end();
  });
  app.get(
    `${base}/outages/stream`,
    { schema: { tags, summary: 'Aktive Massenstörungen live (Server-Sent Events)' } },
    async (request, reply) => {
      const ctx = useCaseContext(request, 'agent', 'supervisor', 'itdesk');
      const send = async (response: ServerResponse) => {
        const items = await outages.listOutages(ctx, { activeOnly: true });
        response.write(`event: outages\ndata: ${JSON.stringify({ items })}\n\n`);
      };
      reply.hijack();
      const response = reply.raw;
      openEventStream(response);
      streams.add(response);
      const onError = (error: unknown) => request.log.warn({ err: error }, 'outage stream');
      const unsubscribe = await subscribeChanges(app.database, (change) => {
        if (change.topic === 'itfaults') send(response).catch(onError);
      });
      const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), 15_000);
      response.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
        streams.delete(response);
      });
      await send(response).catch(onError);
    },
  );
}
