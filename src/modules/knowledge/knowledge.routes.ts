import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/http/app-error.js';
import { useCaseContext } from '../../platform/http/request-context.js';
import { registerUploadRoutes } from '../../platform/imports/imports.routes.js';
import type { Category } from './knowledge.categories.js';
import * as catalogue from './catalogue.service.js';
import * as editing from './editing.service.js';
import * as freshness from './freshness.service.js';
import {
  clickSchema,
  draftCreateSchema,
  draftDecisionSchema,
  draftSchema,
  draftUpdateSchema,
  leikaKeySchema,
  partSchema,
  searchQuerySchema,
  searchResultSchema,
  serviceDetailSchema,
  serviceSchema,
  synonymCreateSchema,
  synonymSchema,
  verifySchema,
  versionSchema,
  categorySchema,
  freshnessOverviewSchema,
  freshnessSchema,
  knowledgeGapsSchema,
  reviewRemindersSchema,
} from './knowledge.contract.js';
import * as search from './search.service.js';
import * as transfer from './transfer.service.js';

const tags = ['Wissensdatenbank'];
const base = '/api/v1/knowledge';
const uuid = z.uuid({ message: 'Keine gültige Kennung.' });
const idParams = z.object({ id: uuid });
const keyParams = z.object({ leikaKey: leikaKeySchema });
const formatSchema = z.enum(['csv', 'xzufi'], { message: 'Format muss csv oder xzufi sein.' });

export async function knowledgeRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Imports arrive as the file itself (CSV or XML), up to 10 MB; only inside this plugin.
  app.addContentTypeParser(
    ['text/csv', 'application/xml', 'text/xml', 'text/plain'],
    { parseAs: 'string', bodyLimit: 10 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );

  r.get(`${base}/search`, {
    schema: {
      tags,
      summary: 'Leistungen suchen (für den Wohnort des Anrufers)',
      querystring: searchQuerySchema,
      response: { 200: searchResultSchema },
    },
    handler: async (request) => search.searchKnowledge(useCaseContext(request), request.query),
  });

  r.post(`${base}/searches/:id/click`, {
    schema: { tags, summary: 'Treffer geöffnet (für Wissenslücken)', params: idParams, body: clickSchema, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await search.recordSearchClick(useCaseContext(request), request.params.id, request.body.leikaKey);
      return reply.status(204).send(null);
    },
  });

  r.get(`${base}/services`, {
    schema: {
      tags,
      summary: 'Leistungskatalog',
      querystring: z.object({
        category: categorySchema.optional(),
        limit: z.coerce.number().int().min(1).max(500).default(100),
        offset: z.coerce.number().int().min(0).default(0),
      }),
      response: { 200: z.object({ items: z.array(serviceSchema) }) },
    },
    handler: async (request) => ({ items: await catalogue.listCatalogue(useCaseContext(request), request.query) }),
  });

  r.get(`${base}/services/:leikaKey`, {
    schema: {
      tags,
      summary: 'Eine Leistung mit örtlicher Zuständigkeit',
      params: keyParams,
      querystring: z.object({ municipality: z.string().max(80).optional() }),
      response: { 200: serviceDetailSchema },
    },
    handler: async (request) => catalogue.getServiceDetail(useCaseContext(request), request.params.leikaKey, request.query.municipality),
  });

  r.get(`${base}/services/:leikaKey/versions`, {
    schema: {
      tags,
      summary: 'Versionen mit Änderungen',
      params: keyParams,
      response: { 200: z.object({ items: z.array(versionSchema) }) },
    },
    handler: async (request) => ({ items: await editing.listServiceVersions(useCaseContext(request), request.params.leikaKey) }),
  });

  r.post(`${base}/services/:leikaKey/verify`, {
    schema: {
      tags,
      summary: 'Eintrag als geprüft bestätigen',
      params: keyParams,
      body: verifySchema,
      response: { 200: z.object({ leikaKey: z.string(), part: partSchema, verifiedBy: z.string(), reviewDue: z.string() }) },
    },
    handler: async (request) => editing.verifyEntry(useCaseContext(request, 'editor'), request.params.leikaKey, request.body.part),
  });

  r.get(`${base}/drafts`, {
    schema: {
      tags,
      summary: 'Entwürfe der eigenen Redaktion',
      querystring: z.object({ status: z.enum(['draft', 'in_review', 'published', 'rejected', 'withdrawn']).optional() }),
      response: { 200: z.object({ items: z.array(draftSchema) }) },
    },
    handler: async (request) => ({ items: await editing.listDrafts(useCaseContext(request), request.query.status) }),
  });

  r.post(`${base}/drafts`, {
    schema: {
      tags,
      summary: 'Entwurf anlegen (gemeinsamer Text oder örtlicher Teil)',
      body: draftCreateSchema,
      response: { 201: draftSchema },
    },
    handler: async (request, reply) => reply.status(201).send(await editing.createDraft(useCaseContext(request, 'editor'), request.body)),
  });

  r.patch(`${base}/drafts/:id`, {
    schema: { tags, summary: 'Entwurf ändern', params: idParams, body: draftUpdateSchema, response: { 200: draftSchema } },
    handler: async (request) => editing.updateDraft(useCaseContext(request, 'editor'), request.params.id, request.body),
  });

  r.post(`${base}/drafts/:id/submit`, {
    schema: { tags, summary: 'Entwurf zur Prüfung geben', params: idParams, response: { 200: draftSchema } },
    handler: async (request) => editing.submitDraft(useCaseContext(request, 'editor'), request.params.id),
  });

  r.post(`${base}/drafts/:id/publish`, {
    schema: {
      tags,
      summary: 'Geprüften Entwurf veröffentlichen',
      params: idParams,
      body: draftDecisionSchema.nullish(),
      response: { 200: draftSchema },
    },
    handler: async (request) => editing.publishDraft(useCaseContext(request, 'editor'), request.params.id, request.body?.comment),
  });

  r.post(`${base}/drafts/:id/reject`, {
    schema: {
      tags,
      summary: 'Entwurf zurückweisen',
      params: idParams,
      body: draftDecisionSchema.nullish(),
      response: { 200: draftSchema },
    },
    handler: async (request) => editing.rejectDraft(useCaseContext(request, 'editor'), request.params.id, request.body?.comment),
  });

  r.get(`${base}/freshness`, {
    schema: {
      tags,
      summary: 'Aktualität: fällige und unvollständige Einträge eines Mandanten',
      querystring: z.object({ tenantId: uuid.optional() }),
      response: { 200: freshnessSchema },
    },
    handler: async (request) => freshness.getFreshness(useCaseContext(request), request.query.tenantId),
  });

  r.get(`${base}/freshness/overview`, {
    schema: { tags, summary: 'Aktualität aller Mandanten', response: { 200: freshnessOverviewSchema } },
    handler: async (request) => ({ items: await freshness.getFreshnessOverview(useCaseContext(request)) }),
  });

  r.post(`${base}/review-reminders`, {
    schema: { tags, summary: 'Erinnerungen an fällige Überprüfungen erzeugen', response: { 200: reviewRemindersSchema } },
    handler: async (request) => ({ items: await freshness.collectReviewReminders(useCaseContext(request, 'admin')) }),
  });

  r.get(`${base}/gaps`, {
    schema: { tags, summary: 'Wissenslücken: Suchen ohne brauchbaren Treffer', response: { 200: knowledgeGapsSchema } },
    handler: async (request) => ({ items: await search.listKnowledgeGaps(useCaseContext(request)) }),
  });

  r.post(`${base}/gaps/resolve`, {
    schema: {
      tags,
      summary: 'Wissenslücke als erledigt markieren',
      body: z.object({ tenantId: uuid, query: z.string().min(1).max(200) }).strict(),
      response: { 200: z.object({ resolved: z.number().int() }) },
    },
    handler: async (request) => search.resolveKnowledgeGap(useCaseContext(request), request.body.tenantId, request.body.query),
  });

  r.get(`${base}/synonyms`, {
    schema: { tags, summary: 'Synonyme und Umgangssprache', response: { 200: z.object({ items: z.array(synonymSchema) }) } },
    handler: async (request) => ({ items: await catalogue.listSynonyms(useCaseContext(request)) }),
  });

  r.post(`${base}/synonyms`, {
    schema: { tags, summary: 'Synonym anlegen (Zentralredaktion)', body: synonymCreateSchema, response: { 201: synonymSchema } },
    handler: async (request, reply) =>
      reply.status(201).send(await catalogue.createSynonym(useCaseContext(request, 'editor'), request.body)),
  });

  r.delete(`${base}/synonyms/:id`, {
    schema: { tags, summary: 'Synonym löschen (Zentralredaktion)', params: idParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await catalogue.deleteSynonym(useCaseContext(request, 'editor'), request.params.id);
      return reply.status(204).send(null);
    },
  });

  r.post(`${base}/import`, {
    schema: {
      tags,
      summary:
        'Import: CSV erst alles prüfen, dann ganz oder gar nicht; XZuFi-XML je Datensatz (abgelehnte mit Grund im Bericht, die übrigen übernommen)',
      querystring: z.object({ part: partSchema, format: formatSchema, category: categorySchema.optional() }),
      body: z.string({ message: 'Bitte die Datei als text/csv oder application/xml senden.' }).min(1, 'Die Datei ist leer.'),
    },
    handler: async (request) =>
      transfer.importKnowledge(useCaseContext(request, 'editor'), {
        part: request.query.part,
        format: request.query.format,
        content: request.body,
        category: request.query.category,
      }),
  });

  await registerUploadRoutes(app, [
    {
      url: `${base}/import/uploads`,
      summary: 'Import als Datei hochladen (CSV oder XZuFi; im Hintergrund, mit Fortschritt, abbrechbar; nichts halb übernommen)',
      tags,
      roles: ['editor'],
      querystring: z.object({
        part: partSchema,
        format: formatSchema,
        category: categorySchema.optional(),
        fileName: z.string().trim().min(1).max(200).default('upload'),
      }),
      kind: (q: { format: string }) => `knowledge_${q.format}`,
      fileName: (q: { fileName: string }) => q.fileName,
      prepare: async (ctx, q: { part: 'shared' | 'local'; format: 'csv' | 'xzufi'; category?: Category }) => {
        if (q.format === 'xzufi' && q.part === 'local')
          throw new AppError('BAD_REQUEST', 'XZuFi bringt die örtlichen Teile mit den Leistungen: bitte mit part=shared importieren.');
        return transfer.knowledgeImportProcessor(ctx, q);
      },
    },
  ]);

  r.get(`${base}/export`, {
    schema: {
      tags,
      summary: 'Export (CSV oder XZuFi-XML)',
      querystring: z.object({ part: partSchema.default('shared'), format: formatSchema.default('csv'), tenantId: uuid.optional() }),
    },
    handler: async (request, reply) => {
      const body = await transfer.exportKnowledge(useCaseContext(request), request.query);
      const xml = request.query.format === 'xzufi';
      return reply
        .type(xml ? 'application/xml; charset=utf-8' : 'text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="wissensdatenbank-${request.query.part}.${xml ? 'xml' : 'csv'}"`)
        .send(body);
    },
  });
}
