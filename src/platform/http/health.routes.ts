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

const liveSchema = z.object({ status: z.literal('ok'), uptimeSeconds: z.number() });

/**
 * /api/health/live: the process answers (no database call; a load balancer restarts the
 * instance when this fails). /api/health/ready and /api/health: the database answers and no
 * migration is pending (take the instance out of rotation while not ready). Open without
 * login: they name no data, only the database kind and migration counts.
 */
export async function healthRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const state = async () => {
    let serverVersion: string | null = null;
    let reachable = true;
    try {
      const [row] = await queryRows<{ v: string }>(app.database.db, sql`select current_setting('server_version') as v`);
      serverVersion = row?.v ?? null;
    } catch {
      reachable = false;
    }
    const migrations = reachable ? await readMigrationState(app.database).catch(() => null) : null;
    const ok = reachable && migrations !== null && migrations.pending === 0;
    return {
      ok,
      body: {
        status: ok ? ('ok' as const) : ('degraded' as const),
        database: { kind: app.database.kind, reachable, serverVersion },
        migrations: migrations ?? { applied: 0, known: 0, pending: 0, latest: null },
        uptimeSeconds: Math.round(process.uptime()),
      },
    };
  };

  r.get('/api/health', {
    schema: {
      tags: ['Betrieb'],
      summary: 'Zustand des Dienstes (wie /api/health/ready)',
      response: { 200: healthSchema, 503: healthSchema },
    },
    handler: async (_request, reply) => {
      const { ok, body } = await state();
      return reply.status(ok ? 200 : 503).send(body);
    },
  });

  r.get('/api/health/ready', {
    schema: {
      tags: ['Betrieb'],
      summary: 'Bereitschaft: Datenbank erreichbar und alle Migrationen angewandt (200), sonst 503',
      response: { 200: healthSchema, 503: healthSchema },
    },
    handler: async (_request, reply) => {
      const { ok, body } = await state();
      return reply.status(ok ? 200 : 503).send(body);
    },
  });

  r.get('/api/health/live', {
    schema: { tags: ['Betrieb'], summary: 'Lebenszeichen des Prozesses (ohne Datenbank)', response: { 200: liveSchema } },
    handler: async () => ({ status: 'ok' as const, uptimeSeconds: Math.round(process.uptime()) }),
  });
}
