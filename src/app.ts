import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { accountsRoutes, resolveSession, SESSION_COOKIE } from './modules/accounts/index.js';
import { appointmentsRoutes } from './modules/appointments/index.js';
import { assistantRoutes } from './modules/assistant/index.js';
import { billingRoutes } from './modules/billing/index.js';
import { contactsRoutes } from './modules/contacts/index.js';
import { dispatchRoutes } from './modules/dispatch/index.js';
import { itFaultsRoutes } from './modules/itfaults/index.js';
import { knowledgePublicRoutes, knowledgeRoutes } from './modules/knowledge/index.js';
import { onboardingRoutes } from './modules/onboarding/index.js';
import { privacyNoticeRoutes, privacyRoutes } from './modules/privacy/index.js';
import { routingRoutes } from './modules/routing/index.js';
import { reportingRoutes } from './modules/reporting/index.js';
import { staffingRoutes } from './modules/staffing/index.js';
import { findTenantInTx, operatorRoutes, tenancyRoutes } from './modules/tenancy/index.js';
import { ticketsRoutes } from './modules/tickets/index.js';
import { auditRoutes } from './platform/audit/audit.routes.js';
import { importRoutes } from './platform/imports/imports.routes.js';
import { apiTokenRoutes } from './platform/auth/api-tokens/api-token.routes.js';
import { ALL_TENANTS, type Database } from './platform/db/database.js';
import { noJobTrigger, type JobTrigger } from './platform/jobs/jobs.js';
import { MAIL_OUTBOX_JOB } from './platform/mail/mail-job.js';
import { queuedMailCount } from './platform/mail/outbox.js';
import { healthRoutes } from './platform/http/health.routes.js';
import { registerMetrics } from './platform/metrics/metrics.js';
import { registerCrossSiteGuard } from './platform/http/cross-site-guard.js';
import { registerInputHygiene } from './platform/http/input-hygiene.js';
import { errorForLog, redactPersonalData, redactText, requestForLog } from './platform/http/log-safety.js';
import { registerProblemDetails } from './platform/http/problem-details.js';
import { registerSecurityHeaders } from './platform/http/security-headers.js';
import { registerSessionHook } from './platform/http/session-hook.js';
import { configureGermanValidationMessages } from './platform/http/zod-german.js';
import { configureBusinessTimeZone } from './platform/time/berlin-time.js';
import { systemClock, type Clock } from './platform/time/clock.js';
import { registerPortalPages } from './portal-pages.js';

export interface AppOptions {
  config: Config;
  database: Database;
  /** Serve the built web front end from web/dist (off in most API tests). */
  serveWeb?: boolean;
  /** Where log lines go (default stdout); tests pass a stream to read them back. */
  logStream?: { write(line: string): void };
  /** The job runner's trigger (src/main.ts); without it nothing runs in the background (tests). */
  jobs?: JobTrigger;
  /** The one source of "now" (tests pass a fixed or manual clock). */
  clock?: Clock;
}

/** Every module's routes; a new module adds its plugin here. */
const modules = [
  healthRoutes,
  accountsRoutes,
  tenancyRoutes,
  operatorRoutes,
  auditRoutes,
  ticketsRoutes,
  contactsRoutes,
  routingRoutes,
  appointmentsRoutes,
  knowledgeRoutes,
  knowledgePublicRoutes,
  assistantRoutes,
  staffingRoutes,
  dispatchRoutes,
  reportingRoutes,
  billingRoutes,
  itFaultsRoutes,
  privacyRoutes,
  onboardingRoutes,
  privacyNoticeRoutes,
];

export const webDist = fileURLToPath(new URL('../web/dist', import.meta.url));

/**
 * Which built HTML entry answers a page address: the citizen portal (its own bundle, decision 0162) for
 * /de and /en with everything below them, the staff app's index.html (which still holds the older
 * citizen pages, /kontakt, /status and the legal pages) for the rest.
 */
export const webEntryFor = (url: string) => (/^\/(de|en)(\/|\?|$)/.test(url) ? 'portal.html' : 'index.html');

/** Logger: citizens' input (SQL parameters, query strings) never reaches a log line (see log-safety.ts). */
function loggerOptions(config: Config, logStream: AppOptions['logStream']): FastifyServerOptions['logger'] {
  if (config.LOG_LEVEL === 'silent' && !logStream) return false;
  return {
    level: config.LOG_LEVEL,
    ...(logStream ? { stream: logStream } : {}),
    serializers: {
      err: (err: unknown) => redactPersonalData({ stack: '', ...errorForLog(err) }),
      req: (request: FastifyRequest) => redactPersonalData(requestForLog(request)),
    },
    // Every field and every message: e-mail addresses and phone numbers become placeholders (decision 0140).
    formatters: { log: (object: Record<string, unknown>) => redactPersonalData(object) },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => (typeof a === 'string' ? redactText(a) : a)) as Parameters<typeof method>);
      },
    },
  };
}

export async function buildApp({
  config,
  database,
  serveWeb = false,
  logStream,
  jobs = noJobTrigger,
  clock = systemClock,
}: AppOptions): Promise<FastifyInstance> {
  configureGermanValidationMessages();
  configureBusinessTimeZone(config.TZ_BUSINESS);
  const app = Fastify({
    logger: loggerOptions(config, logStream),
    bodyLimit: 1024 * 1024,
    // X-Forwarded-For only from the configured reverse proxies (TRUST_PROXY); off: the socket's peer address.
    trustProxy: config.TRUST_PROXY === false ? false : config.TRUST_PROXY,
  });
  app.decorate('database', database);
  app.decorate('config', config);
  app.decorate('jobs', jobs);
  // A request that queued mail has committed by the time it responds: ask the outbox for an early run.
  let mailSeen = queuedMailCount();
  app.addHook('onResponse', async () => {
    if (queuedMailCount() === mailSeen) return;
    mailSeen = queuedMailCount();
    app.jobs.trigger(MAIL_OUTBOX_JOB);
  });
  app.decorate('clock', clock);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const withWeb = serveWeb && existsSync(webDist);
  registerProblemDetails(app, { spaFallback: withWeb, entryFor: webEntryFor });
  registerInputHygiene(app);
  await app.register(fastifyCookie);
  registerSessionHook(app, { cookieName: SESSION_COOKIE, resolve: resolveSession });

  await registerSecurityHeaders(app, { hsts: config.COOKIE_SECURE, embedOrigins: config.ASSISTANT_WIDGET_ORIGINS });
  registerCrossSiteGuard(app, config.PUBLIC_URL);
  // Bodies only in the type an endpoint expects: JSON everywhere; the import endpoints add
  // their file types in their own plugin. A foreign page's form can post text/plain without
  // a CORS preflight, so no route accepts it by default (415).
  app.removeContentTypeParser('text/plain');

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'DialogCenter API',
        description: 'Schnittstelle des DialogCenters der Landeshauptstadt Hannover und der Region Hannover.',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          // Machines (telephone systems, reporting and billing readers, metrics) use API tokens with scopes
          // (/api/v1/api-tokens, decision 0131); telephone systems push call events with theirs.
          apiToken: { type: 'http', scheme: 'bearer' },
          // The IT service desk reports fault status with its token (ITFAULT_STATUS_TOKEN) …
          itServiceDesk: { type: 'http', scheme: 'bearer' },
          // … or signs the call: X-DialogCenter-Signature = sha256=HMAC(secret, "<X-DialogCenter-Timestamp>.<body>").
          itSignature: { type: 'apiKey', in: 'header', name: 'X-DialogCenter-Signature' },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerMetrics(app);
  await app.register(importRoutes);
  for (const plugin of modules) await app.register(plugin);
  await app.register(apiTokenRoutes, {
    tenantExists: async (id: string) => Boolean(await database.scoped(ALL_TENANTS, (tx) => findTenantInTx(tx, id))),
  });

  if (withWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false });
  if (withWeb) await registerPortalPages(app, webDist);
  // Citizen pages that moved into the portal (decisions 0162, 0165): old links, mails and bookmarks still
  // arrive; the query (a reference code) goes along, `lang=en` picks the English page.
  const moved: [string, string, string][] = [
    ['/buerger/assistent', '/de/assistent', '/en/assistant'],
    ['/kontakt', '/de/kontakt', '/en/contact'],
    ['/status', '/de/status', '/en/status'],
  ];
  for (const [from, german, english] of moved) {
    app.get(from, { schema: { hide: true } }, async (request, reply) => {
      const query = new URL(request.url, 'http://x').searchParams;
      const to = query.get('lang') === 'en' ? english : german;
      query.delete('lang');
      return reply.redirect(`${to}${query.size ? `?${query}` : ''}`, 301);
    });
  }
  return app;
}
