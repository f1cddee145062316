import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { englishTitlesFor, getServiceDetailPublic } from './catalogue.service.js';
import {
  categorySchema,
  leikaKeySchema,
  publicSearchQuerySchema,
  publicSearchResultSchema,
  serviceDetailSchema,
  topicListSchema,
  topicServicesSchema,
} from './knowledge.contract.js';
import { searchKnowledgeForCitizens } from './search.service.js';
import { listTopics, listTopicServices } from './topics.service.js';

/**
 * Read API for the other channels (citizen portal, chatbot, online services): no
 * login, no logging of queries, cacheable. Who verified an entry is not published
 * (editors' names are personal data); when it was verified is.
 */
const tags = ['Wissensdatenbank (öffentlich)'];
const base = '/api/public/v1/knowledge';
const CACHE_SECONDS = 300;

function withoutEditorNames<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'verifiedBy' ? null : v))) as T;
}

/** Strong ETag over the body; a matching If-None-Match gets 304 without a body. */
function sendCached(request: FastifyRequest, reply: FastifyReply, body: unknown) {
  const json = JSON.stringify(body);
  const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
  void reply
    .header('Cache-Control', `public, max-age=${CACHE_SECONDS}, stale-while-revalidate=60`)
    .header('ETag', etag)
    .header('Vary', 'Accept-Encoding');
  if (request.headers['if-none-match'] === etag) return reply.status(304).send();
  return reply.type('application/json; charset=utf-8').send(json);
}

export async function knowledgePublicRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(`${base}/search`, {
    schema: {
      tags,
      summary: 'Leistungen suchen (öffentlich, zwischenspeicherbar)',
      security: [],
      querystring: publicSearchQuerySchema,
      response: { 200: publicSearchResultSchema },
    },
    handler: async (request, reply) => {
      const result = await searchKnowledgeForCitizens(app.database, app.clock, request.query);
      const english = await englishTitlesFor(
        app.database,
        result.items.map((i) => i.leikaKey),
      );
      const items = result.items.map(({ answerText: _a, ...item }) => ({ ...item, en: english.get(item.leikaKey) ?? null }));
      return sendCached(
        request,
        reply,
        withoutEditorNames({
          municipality: result.municipality,
          municipalityChoices: result.municipalityChoices,
          corrections: result.corrections,
          items,
        }),
      );
    },
  });

  r.get(`${base}/services/:leikaKey`, {
    schema: {
      tags,
      summary: 'Eine Leistung mit zuständiger Stelle (öffentlich, zwischenspeicherbar)',
      security: [],
      params: z.object({ leikaKey: leikaKeySchema }),
      querystring: z.object({ municipality: z.string().max(80).optional() }),
      response: { 200: serviceDetailSchema },
    },
    handler: async (request, reply) => {
      const detail = await getServiceDetailPublic(app.database, app.clock, request.params.leikaKey, request.query.municipality);
      return sendCached(request, reply, withoutEditorNames(detail));
    },
  });

  r.get(`${base}/topics`, {
    schema: {
      tags,
      summary: 'Themenbereiche mit Zahl der Leistungen (öffentlich, zwischenspeicherbar)',
      security: [],
      response: { 200: topicListSchema },
    },
    handler: async (request, reply) => sendCached(request, reply, await listTopics(app.database)),
  });

  r.get(`${base}/topics/:topic`, {
    schema: {
      tags,
      summary: 'Die Leistungen eines Themenbereichs (öffentlich, zwischenspeicherbar)',
      security: [],
      params: z.object({ topic: categorySchema }),
      response: { 200: topicServicesSchema },
    },
    handler: async (request, reply) => sendCached(request, reply, await listTopicServices(app.database, request.params.topic)),
  });
}
