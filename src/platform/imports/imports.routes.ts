import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z, type ZodType } from 'zod';
import type { Role } from '../auth/roles.js';
import type { UseCaseContext } from '../context.js';
import { useCaseContext } from '../http/request-context.js';
import { importRunSchema } from './imports.contract.js';
import { cancelAllImports, cancelImportRun, getImportRun, listImportRuns, receiveUpload, type ImportProcessor } from './imports.service.js';

const tags = ['Importe'];
const idParams = z.object({ id: z.uuid({ message: 'Keine gültige Kennung.' }) });

/** Reading and cancelling imports (any module's), for the uploader and admins. */
export async function importRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  app.addHook('onClose', async () => cancelAllImports());

  r.get('/api/v1/imports', {
    schema: {
      tags,
      summary: 'Letzte Importe (eigene; Administration: alle) mit Stand und abgewiesenen Zeilen',
      querystring: z.object({ kind: z.string().max(40).optional(), limit: z.coerce.number().int().min(1).max(100).default(20) }),
      response: { 200: z.object({ items: z.array(importRunSchema) }) },
    },
    handler: async (request) => ({ items: await listImportRuns(useCaseContext(request), request.query.kind, request.query.limit) }),
  });

  r.get('/api/v1/imports/:id', {
    schema: {
      tags,
      summary: 'Stand eines Imports (während er läuft: Anteil, Zeilen, Phase; danach der Bericht)',
      params: idParams,
      response: { 200: importRunSchema },
    },
    handler: async (request) => getImportRun(useCaseContext(request), request.params.id),
  });

  const cancel = {
    schema: {
      tags,
      summary: 'Import abbrechen: nichts wird übernommen (die Transaktion wird zurückgerollt)',
      params: idParams,
      response: { 200: importRunSchema },
    },
    handler: async (request: FastifyRequest<{ Params: { id: string } }>) => cancelImportRun(useCaseContext(request), request.params.id),
  };
  r.post('/api/v1/imports/:id/cancel', cancel);
  r.delete('/api/v1/imports/:id', cancel);
}

export interface UploadRoute<Q> {
  url: string;
  summary: string;
  tags: string[];
  roles: Role[];
  querystring: ZodType<Q>;
  /** The run's kind, from the query (e.g. knowledge_csv or knowledge_xzufi). */
  kind: (query: Q) => string;
  fileName: (query: Q) => string;
  /** Checks the parameters before the upload is taken (a bad one: 400 at once) and returns the processor. */
  prepare: (ctx: UseCaseContext, query: Q, request: FastifyRequest) => Promise<ImportProcessor>;
  /** Optional: adjusts the context (a module's own clock). */
  context?: (request: FastifyRequest, ...roles: Role[]) => UseCaseContext;
}

/**
 * The upload endpoint pattern for large files (decision 0126): the body is the file itself
 * in any content type, streamed to a temporary file (no buffering, limit IMPORT_MAX_MB),
 * processed in the background; the answer is 202 with the run to poll
 * (GET /api/v1/imports/:id) or cancel (DELETE /api/v1/imports/:id).
 */
export function registerUploadRoutes(app: FastifyInstance, routes: UploadRoute<any>[]) {
  return app.register(async (child) => {
    child.removeAllContentTypeParsers();
    // The body is left unread here: the handler streams request.raw itself.
    child.addContentTypeParser('*', (_request, _payload, done) => done(null));
    const r = child.withTypeProvider<ZodTypeProvider>();
    for (const route of routes) {
      r.post(route.url, {
        schema: {
          tags: route.tags,
          summary: route.summary,
          description:
            'Der Anfragekörper ist die Datei selbst (beliebiger Inhaltstyp, z. B. text/plain, text/csv, application/xml), bis IMPORT_MAX_MB. ' +
            'Antwort 202 mit dem Import; Stand mit GET /api/v1/imports/{id}, Abbruch mit DELETE /api/v1/imports/{id}.',
          querystring: route.querystring,
          response: { 202: importRunSchema },
        },
        handler: async (request, reply) => {
          const ctx = (route.context ?? useCaseContext)(request, ...route.roles);
          const query = request.query as never;
          const process = await route.prepare(ctx, query, request);
          const declared = Number(request.headers['content-length']);
          const run = await receiveUpload(ctx, request.raw, Number.isFinite(declared) ? declared : null, {
            kind: route.kind(query),
            fileName: route.fileName(query),
            maxBytes: child.config.IMPORT_MAX_MB * 1024 * 1024,
            process,
          });
          return reply.status(202).send(run);
        },
      });
    }
  });
}
