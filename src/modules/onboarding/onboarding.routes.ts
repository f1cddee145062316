import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/http/app-error.js';
import { useCaseContext } from '../../platform/http/request-context.js';
import { registerEnteredOperationHook, registerLifecycleGate } from '../tenancy/index.js';
import {
  announcementSchema,
  documentSchema,
  onboardingDetailSchema,
  onboardingSchema,
  onboardingUpdateSchema,
  readinessSchema,
  stepKeySchema,
  stepSchema,
  stepUpdateSchema,
} from './onboarding.contract.js';
import * as onboarding from './onboarding.service.js';
import { onboardingSettings } from './onboarding.settings.js';

const uuid = z.uuid({ message: 'Keine gültige Kennung.' });
const tenantParams = z.object({ tenantId: uuid });
const tags = ['Onboarding'];

/** ASCII-only fallback plus RFC 5987 name, so umlauts survive in the download. */
const attachment = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

export async function onboardingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const settings = onboardingSettings(app.config);
  // Tenancy asks this gate before a tenant enters operation (pilot/live), in its own transaction.
  const unregister = registerLifecycleGate(app.database, onboarding.readinessGate(settings));
  // ... and calls this hook once it entered operation: a still-scheduled go-live is used up (decision 0172).
  const unregisterHook = registerEnteredOperationHook(app.database, onboarding.clearScheduledGoLiveInTx);
  app.addHook('onClose', async () => {
    unregister();
    unregisterHook();
  });
  // Documents arrive as the PDF itself, up to 5 MB; only inside this plugin.
  app.addContentTypeParser('application/pdf', { parseAs: 'buffer', bodyLimit: onboarding.MAX_DOCUMENT_BYTES + 1024 }, (_req, body, done) =>
    done(null, body),
  );

  r.get('/api/v1/tenants/:tenantId/readiness', {
    schema: {
      tags,
      summary: 'Betriebsbereitschaft eines Mandanten: Prüfungen aus den Daten (Pflicht/optional, erfüllt, Hinweis)',
      params: tenantParams,
      response: { 200: readinessSchema },
    },
    handler: async (request) => onboarding.getReadiness(useCaseContext(request, 'admin'), request.params.tenantId, settings),
  });

  r.get('/api/v1/tenants/:tenantId/onboarding', {
    schema: {
      tags,
      summary: 'Onboarding eines Mandanten: Vereinbarungsteile, Schritte, Dokumente',
      params: tenantParams,
      response: { 200: onboardingDetailSchema },
    },
    handler: async (request) => onboarding.getOnboarding(useCaseContext(request, 'admin'), request.params.tenantId),
  });

  r.put('/api/v1/tenants/:tenantId/onboarding', {
    schema: {
      tags,
      summary: 'Onboarding ändern (Aufgaben, Technik, Datenschutz, Laufzeit, geplanter Start oder Austritt); version 0 legt an',
      params: tenantParams,
      body: onboardingUpdateSchema,
      response: { 200: onboardingSchema },
    },
    handler: async (request) => onboarding.updateOnboarding(useCaseContext(request, 'admin'), request.params.tenantId, request.body),
  });

  r.put('/api/v1/tenants/:tenantId/onboarding/steps/:stepKey', {
    schema: {
      tags,
      summary: 'Schritt der Zweckvereinbarung: zuständig, Stand, Datum, Notiz',
      params: z.object({ tenantId: uuid, stepKey: stepKeySchema }),
      body: stepUpdateSchema,
      response: { 200: stepSchema },
    },
    handler: async (request) =>
      onboarding.updateStep(useCaseContext(request, 'admin'), request.params.tenantId, request.params.stepKey, request.body),
  });

  r.post('/api/v1/tenants/:tenantId/onboarding/documents', {
    schema: {
      tags,
      summary: 'Dokument (PDF, höchstens 5 MB) zu einem Schritt hochladen: Körper application/pdf',
      params: tenantParams,
      querystring: z.object({ stepKey: stepKeySchema, fileName: z.string().trim().min(1, 'Bitte einen Dateinamen angeben.').max(200) }),
      response: { 201: documentSchema },
    },
    handler: async (request, reply) => {
      if (!Buffer.isBuffer(request.body)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Bitte das Dokument als application/pdf senden.');
      const row = await onboarding.uploadDocument(useCaseContext(request, 'admin'), request.params.tenantId, {
        stepKey: request.query.stepKey,
        fileName: request.query.fileName,
        content: request.body,
      });
      return reply.status(201).send(row);
    },
  });

  r.get('/api/v1/tenants/:tenantId/onboarding/documents/:id', {
    schema: {
      tags,
      summary: 'Dokument herunterladen (PDF)',
      params: z.object({ tenantId: uuid, id: uuid }),
      produces: ['application/pdf'],
    },
    handler: async (request, reply) => {
      const doc = await onboarding.downloadDocument(useCaseContext(request, 'admin'), request.params.tenantId, request.params.id);
      return reply.type('application/pdf').header('content-disposition', attachment(doc.fileName)).send(doc.content);
    },
  });

  r.delete('/api/v1/tenants/:tenantId/onboarding/documents/:id', {
    schema: { tags, summary: 'Dokument entfernen', params: z.object({ tenantId: uuid, id: uuid }), response: { 204: z.null() } },
    handler: async (request, reply) => {
      await onboarding.deleteDocument(useCaseContext(request, 'admin'), request.params.tenantId, request.params.id);
      return reply.status(204).send(null);
    },
  });

  r.get('/api/v1/tenants/:tenantId/onboarding/export', {
    schema: {
      tags,
      summary: 'Austritt: Datenexport für die Kommune (Vereinbarung, Fachbereiche, Ansprechpersonen, Onboarding) als JSON',
      params: tenantParams,
    },
    handler: async (request, reply) => {
      const { fileName, data } = await onboarding.exportTenantData(useCaseContext(request, 'admin'), request.params.tenantId);
      return reply.type('application/json; charset=utf-8').header('content-disposition', attachment(fileName)).send(data);
    },
  });

  r.get('/api/v1/onboarding/announcements', {
    schema: {
      tags,
      summary: 'Neue und ausscheidende Mandanten (Hinweis auf dem Arbeitsplatz)',
      response: { 200: z.object({ items: z.array(announcementSchema) }) },
    },
    handler: async (request) => ({ items: await onboarding.listAnnouncements(useCaseContext(request)) }),
  });
}
