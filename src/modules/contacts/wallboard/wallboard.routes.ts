import type { FastifyInstance } from 'fastify';
import { useCaseContext } from '../../../platform/http/request-context.js';
import { openEventStream } from '../../../platform/realtime/event-stream.js';
import { SnapshotHub } from '../../../platform/realtime/snapshot-hub.js';
import { computeWallboard, getWallboard } from './wallboard.service.js';

/** Wallboard as JSON, and as a server-sent-events stream pushed on every change. */
export async function wallboardRoutes(app: FastifyInstance) {
  // One snapshot for every browser; chat and dispatch changes do not touch the wallboard.
  const hub = new SnapshotHub({
    database: app.database,
    event: 'wallboard',
    isRelevant: (change) => change.topic !== 'chat' && change.topic !== 'dispatch',
    snapshot: () => computeWallboard(app.database, app.clock.now()),
    onError: (error) => app.log.error({ err: error }, 'wallboard computation failed'),
  });
  app.addHook('preClose', async () => hub.close());

  app.get(
    '/api/v1/wallboard',
    { schema: { tags: ['Wallboard'], summary: 'Wallboard: Warteschlangen, Agentenstatus, Kennzahlen des Tages' } },
    async (request) => getWallboard(useCaseContext(request, 'supervisor', 'agent')),
  );

  app.get(
    '/api/v1/wallboard/stream',
    { schema: { tags: ['Wallboard'], summary: 'Wallboard als Server-Sent Events (event: wallboard)' } },
    async (request, reply) => {
      useCaseContext(request, 'supervisor', 'agent');
      reply.hijack();
      openEventStream(reply.raw);
      await hub.add(reply.raw);
    },
  );
}
