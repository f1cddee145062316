import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows } from '../db/database.js';
import { readMigrationState } from '../db/migrate.js';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    reachable: z.boolean(),
    serverVersion: z.string().nullable(),
  }),
  migrations: z.object({
    applied: z.number().int(),
    known: z.number().int(),
    pending: z.number().int(),
    latest: z.string().nullable(),
  }),
  uptimeSeconds: z.number(),
});

/** Liveness and readiness in one: 200 when the database answers and no migration is pending. */
export async function healthRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/health', {
    schema: { tags: ['Betrieb'], summary: 'Zustand des Dienstes', response: { 200: healthSchema, 503: healthSchema } },
    handler: async (_request, reply) => {
      let serverVersion: string | null = null;
      let reachable = true;
      try {
        const [row] = await queryRows<{ v: string }>(app.database.db, sql`select current_setting('server_version') as v`);
        serverVersion = row?.v ?? null;
      } catch {
        reachable = false;
      }
      const migrations = reachable ? await readMigrationState(app.database) : { applied: 0, known: 0, pending: 0, latest: null };
      const ok = reachable && migrations.pending === 0;
      return reply.status(ok ? 200 : 503).send({
        status: ok ? 'ok' : 'degraded',
        database: { kind: app.database.kind, reachable, serverVersion },
        migrations,
        uptimeSeconds: Math.round(process.uptime()),
      });
    },
  });
}
