import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { useCaseContext } from '../http/request-context.js';
import { searchAudit } from './audit.service.js';

const entrySchema = z.object({
  id: z.number().int(),
  at: z.date(),
  actorUserId: z.uuid().nullable(),
  actorName: z.string(),
  tenantId: z.uuid().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
  ip: z.string().nullable(),
});

const querySchema = z
  .object({
    actorUserId: z.uuid().optional(),
    actorName: z.string().trim().max(80).optional(),
    tenantId: z.uuid().optional(),
    action: z.string().max(80).optional(),
    entityType: z.string().max(80).optional(),
    entityId: z.string().max(120).optional(),
    text: z.string().max(120).optional(),
    from: z.coerce.date({ message: 'Ungültiges Datum.' }).optional(),
    to: z.coerce.date({ message: 'Ungültiges Datum.' }).optional(),
    beforeId: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

export async function auditRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/audit', {
    schema: {
      tags: ['Revision'],
      summary: 'Protokoll durchsuchen (nur Revision)',
      querystring: querySchema,
      response: { 200: z.object({ items: z.array(entrySchema), nextBeforeId: z.number().int().nullable() }) },
    },
    handler: async (request) => {
      const items = await searchAudit(useCaseContext(request, 'auditor'), request.query);
      const last = items.at(-1);
      return { items, nextBeforeId: items.length === request.query.limit && last ? last.id : null };
    },
  });
}
