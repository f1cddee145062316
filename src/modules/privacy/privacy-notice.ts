import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ALL_TENANTS, type Database } from '../../platform/db/database.js';
import * as repo from './privacy.repository.js';
import { providers } from './privacy.service.js';

/**
 * The citizens' privacy notice states how long each kind of data is kept: read from the retention the
 * administration set (privacy module, decision 0137), so the notice never says something else than the
 * retention job does. Public, no personal data, nothing about who changed what.
 */
export async function retentionNotice(database: Database) {
  const set = new Map((await database.scoped(ALL_TENANTS, (tx) => repo.listRetentionSettings(tx))).map((r) => [r.kind, r.days]));
  return providers.flatMap((p) =>
    p.retention.map((r) => ({ kind: r.kind, label: r.label, action: r.action, basis: r.basis, days: set.get(r.kind) ?? r.defaultDays })),
  );
}

const noticeSchema = z.object({
  items: z.array(
    z.object({
      kind: z.string(),
      label: z.string(),
      action: z.enum(['delete', 'anonymise']),
      basis: z.string(),
      days: z.number().int(),
    }),
  ),
});

export async function privacyNoticeRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/public/privacy/retention',
    {
      schema: {
        tags: ['Datenschutz'],
        summary: 'Speicherfristen für die Datenschutzhinweise (öffentlich)',
        security: [],
        response: { 200: noticeSchema },
      },
    },
    async () => ({ items: await retentionNotice(app.database) }),
  );
}
