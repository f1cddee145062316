import { BlockList, isIP } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { ALL_TENANTS } from '../db/database.js';
import { apiTokenOf } from '../http/api-token-auth.js';
import { jobRunCounts } from '../jobs/jobs.js';
import { outboxBacklog } from '../mail/outbox.js';
import { jobQueueDepths } from './metrics.repository.js';

/**
 * Prometheus metrics of one app instance (decision 0143): request latencies per route, job queue
 * depth and failures, mail outbox backlog and age, database pool use, plus Node's process figures.
 * One registry per app (tests build many apps in one process). Figures read from the database
 * (queues, outbox) are taken at scrape time, so every instance reports the shared state.
 */
export function createMetrics(app: FastifyInstance): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'dc_' });

  const requests = new Histogram({
    name: 'dc_http_request_duration_seconds',
    help: 'Dauer der HTTP-Anfragen je Route (Routenmuster, nicht die URL)',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
    registers: [registry],
  });
  app.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
    // The route pattern (/api/v1/tickets/:id), never the URL: no ids or query strings become labels.
    const route = request.routeOptions.url ?? 'unmatched';
    requests.observe({ method: request.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  const snapshot = async () => {
    const [queues, outbox] = await Promise.all([
      jobQueueDepths(app.database.db).catch(() => []),
      app.database.scoped(ALL_TENANTS, (tx) => outboxBacklog(tx)).catch(() => null),
    ]);
    return { queues, outbox };
  };
  // One database read per scrape, shared by the gauges below.
  let current: Promise<Awaited<ReturnType<typeof snapshot>>> | null = null;
  const read = () => (current ??= snapshot().finally(() => setImmediate(() => (current = null))));

  new Gauge({
    name: 'dc_job_queue_depth',
    help: 'Wartende Jobs je Warteschlange (pg-boss: created oder retry)',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const q of (await read()).queues) this.set({ queue: q.name }, q.waiting);
    },
  });
  new Gauge({
    name: 'dc_job_active',
    help: 'Gerade laufende Jobs je Warteschlange (alle Instanzen)',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const q of (await read()).queues) this.set({ queue: q.name }, q.active);
    },
  });
  new Gauge({
    name: 'dc_job_failed_retained',
    help: 'Fehlgeschlagene Jobs je Warteschlange, die pg-boss noch aufbewahrt (alle Instanzen)',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const q of (await read()).queues) this.set({ queue: q.name }, q.failed);
    },
  });
  new Counter({
    name: 'dc_job_runs_total',
    help: 'Jobläufe dieses Prozesses seit dem Start, nach Ergebnis',
    labelNames: ['job', 'outcome'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [job, c] of jobRunCounts()) {
        this.inc({ job, outcome: 'completed' }, c.completed);
        this.inc({ job, outcome: 'failed' }, c.failed);
      }
    },
  });
  new Gauge({
    name: 'dc_mail_outbox_backlog',
    help: 'Mails im Postausgang: pending (noch zu senden) und failed (aufgegeben)',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const outbox = (await read()).outbox;
      if (!outbox) return;
      this.set({ status: 'pending' }, outbox.pending);
      this.set({ status: 'failed' }, outbox.failed);
    },
  });
  new Gauge({
    name: 'dc_mail_outbox_oldest_age_seconds',
    help: 'Alter der ältesten noch nicht gesendeten Mail (0: keine wartet)',
    registers: [registry],
    async collect() {
      const oldest = (await read()).outbox?.oldestPendingAt;
      this.set(oldest ? Math.max(0, (app.clock.now().getTime() - new Date(oldest).getTime()) / 1000) : 0);
    },
  });
  new Gauge({
    name: 'dc_db_pool_connections',
    help: 'Datenbankverbindungen des Pools: total, idle, waiting (wartende Anfragen), max; PGlite: eine Verbindung',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const stats = app.database.poolStats?.() ?? { total: 1, idle: 0, waiting: 0, max: 1 };
      for (const [state, value] of Object.entries(stats)) this.set({ state }, value);
    },
  });
  return registry;
}

/** METRICS_ALLOW_FROM as a matcher; IPv4-mapped IPv6 peers (::ffff:10.0.0.1) count as their IPv4 address. */
export function addressMatcher(entries: readonly string[]): (ip: string) => boolean {
  if (entries.length === 0) return () => false;
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix] = entry.split('/') as [string, string | undefined];
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return (ip) => {
    const plain = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
    const family = isIP(plain);
    return family !== 0 && list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
  };
}

/**
 * GET /metrics: an API token of scope metrics:read, or a caller from METRICS_ALLOW_FROM.
 * Called on the root instance (not through register): the latency hook must see every route.
 */
export function registerMetrics(app: FastifyInstance) {
  const registry = createMetrics(app);
  const allowed = addressMatcher(app.config.METRICS_ALLOW_FROM);
  app.get('/metrics', {
    schema: {
      tags: ['Betrieb'],
      summary: 'Prometheus-Metriken (API-Token mit Berechtigung metrics:read oder Adresse aus METRICS_ALLOW_FROM)',
      security: [{ apiToken: ['metrics:read'] }],
    },
    onRequest: async (request) => {
      if (request.headers.authorization === undefined && allowed(request.ip)) return;
      await apiTokenOf(request, 'metrics:read');
    },
    handler: async (_request, reply) => reply.header('content-type', registry.contentType).send(await registry.metrics()),
  });
}
