import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/http/app-error.js';
import { rateLimited } from '../../platform/http/rate-limit.js';
import { useCaseContext } from '../../platform/http/request-context.js';
import {
  loginLockLiftSchema,
  loginLockListSchema,
  loginSchema,
  meSchema,
  passwordChangeSchema,
  userCreateSchema,
  userSchema,
  userUpdateSchema,
} from './accounts.contract.js';
import * as accounts from './accounts.service.js';
import {
  finishOidcLogin,
  OIDC_CALLBACK_PATH,
  OIDC_STATE_COOKIE,
  OIDC_STATE_MINUTES,
  OidcClient,
  OidcLoginRefused,
  startOidcLogin,
} from './oidc.service.js';
import { watchSessionChanges } from './session-cache.js';

/** Browsers keep cookies at most 400 days. */
const DEVICE_COOKIE_DAYS = 400;

const idParams = z.object({ id: z.uuid({ message: 'Keine gültige Kennung.' }) });

/** What the identity provider may put in the callback's query (RFC 6749 4.1.2, RFC 9207 `iss`). */
const callbackParam = z.string().max(4000).optional();
const oidcCallbackQuery = z.object({
  code: callbackParam,
  state: callbackParam,
  iss: callbackParam,
  session_state: callbackParam,
  error: callbackParam,
  error_description: callbackParam,
});

/** Where a refused single sign-on lands: the login page, which shows the German sentence for the reason. */
const loginPageWith = (failure: string) => `/anmelden?sso=${encodeURIComponent(failure)}`;

export async function accountsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Sessions resolved by this instance are kept in memory while it hears every session change (0095).
  const unwatchSessions = await watchSessionChanges(app.database);
  app.addHook('onClose', async () => unwatchSessions());
  const cookieOptions = () => ({
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: app.config.COOKIE_SECURE,
  });

  r.post('/api/v1/auth/login', {
    schema: { tags: ['Anmeldung'], summary: 'Anmelden', body: loginSchema, response: { 200: meSchema } },
    handler: async (request, reply) => {
      const deviceCookie = request.cookies[accounts.DEVICE_COOKIE];
      const result = await accounts.login(app.database, app.clock, app.config, {
        ...request.body,
        // Only a token of the shape we issue is looked up; anything else is no known device.
        deviceToken: deviceCookie && /^[A-Za-z0-9_-]{43}$/.test(deviceCookie) ? deviceCookie : undefined,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
      });
      // A lifetime, not a date: the browser judges an Expires date by its own clock, which need
      // not agree with the server's (found at a test instant before the wall clock). The session
      // itself still ends on the server at expiresAt.
      const lifetimeSeconds = Math.max(1, Math.round((result.expiresAt.getTime() - app.clock.now().getTime()) / 1000));
      void reply.setCookie(accounts.SESSION_COOKIE, result.token, { ...cookieOptions(), maxAge: lifetimeSeconds });
      void reply.setCookie(accounts.DEVICE_COOKIE, result.deviceToken, {
        ...cookieOptions(),
        path: '/api/v1/auth/login',
        maxAge: DEVICE_COOKIE_DAYS * 86_400,
      });
      const actor = accounts.actorFromUser(result.user, request.ip);
      return accounts.getMe({ database: app.database, actor, clock: app.clock });
    },
  });

  // Single sign-on (decision 0132): off unless OIDC_ISSUER_URL is configured.
  const oidcClient = new OidcClient(app.config);
  // Each start writes a login state: bounded per address, generous for a town hall behind one address at 8 a.m.
  const oidcStartLimit = rateLimited(app, {
    name: 'oidc-start',
    limit: 300,
    windowSeconds: 300,
    message: 'Zu viele Anmeldungen von dieser Adresse. Bitte warten Sie einige Minuten.',
  });

  r.get('/api/v1/auth/oidc', {
    schema: {
      tags: ['Anmeldung'],
      summary: 'Ob die Anmeldung mit Dienstkonto (OpenID Connect) eingerichtet ist',
      response: { 200: z.object({ enabled: z.boolean() }) },
    },
    handler: async () => ({ enabled: oidcClient.enabled }),
  });

  r.get('/api/v1/auth/oidc/start', {
    schema: { tags: ['Anmeldung'], summary: 'Anmeldung mit Dienstkonto beginnen (Weiterleitung zum Identitätsanbieter)' },
    preHandler: oidcStartLimit,
    handler: async (request, reply) => {
      if (!oidcClient.enabled) throw new AppError('NOT_FOUND', 'Die Anmeldung mit Dienstkonto ist nicht eingerichtet.');
      try {
        const { url, state } = await startOidcLogin(app.database, app.clock, oidcClient);
        // Lax, not Strict: the provider's redirect back is a cross-site navigation.
        void reply.setCookie(OIDC_STATE_COOKIE, state, {
          ...cookieOptions(),
          sameSite: 'lax',
          path: OIDC_CALLBACK_PATH,
          maxAge: OIDC_STATE_MINUTES * 60,
        });
        return reply.redirect(url, 302);
      } catch (error) {
        if (!(error instanceof OidcLoginRefused)) throw error;
        request.log.warn({ err: error.cause ?? error }, 'single sign-on: identity provider not reachable');
        return reply.redirect(loginPageWith(error.failure), 302);
      }
    },
  });

  r.get(OIDC_CALLBACK_PATH, {
    schema: {
      tags: ['Anmeldung'],
      summary: 'Rückkehr vom Identitätsanbieter: Konto anlegen oder aktualisieren, Sitzung öffnen',
      querystring: oidcCallbackQuery,
    },
    handler: async (request, reply) => {
      if (!oidcClient.enabled) throw new AppError('NOT_FOUND', 'Die Anmeldung mit Dienstkonto ist nicht eingerichtet.');
      void reply.clearCookie(OIDC_STATE_COOKIE, { ...cookieOptions(), sameSite: 'lax', path: OIDC_CALLBACK_PATH });
      try {
        const result = await finishOidcLogin(app.database, app.clock, oidcClient, {
          query: request.query,
          cookieState: request.cookies[OIDC_STATE_COOKIE],
          ip: request.ip,
          userAgent: request.headers['user-agent'],
        });
        const lifetimeSeconds = Math.max(1, Math.round((result.expiresAt.getTime() - app.clock.now().getTime()) / 1000));
        void reply.setCookie(accounts.SESSION_COOKIE, result.token, { ...cookieOptions(), maxAge: lifetimeSeconds });
        return reply.redirect('/', 302);
      } catch (error) {
        if (!(error instanceof OidcLoginRefused)) throw error;
        if (error.failure === 'provider_error') request.log.warn({ err: error.cause ?? error }, 'single sign-on: code exchange failed');
        return reply.redirect(loginPageWith(error.failure), 302);
      }
    },
  });

  r.post('/api/v1/auth/logout', {
    schema: { tags: ['Anmeldung'], summary: 'Abmelden', response: { 204: z.null() } },
    handler: async (request, reply) => {
      const token = request.cookies[accounts.SESSION_COOKIE];
      if (token && request.actor) await accounts.logout(useCaseContext(request), token);
      void reply.clearCookie(accounts.SESSION_COOKIE, cookieOptions());
      return reply.status(204).send(null);
    },
  });

  r.get('/api/v1/auth/me', {
    schema: { tags: ['Anmeldung'], summary: 'Angemeldetes Konto', response: { 200: meSchema } },
    handler: async (request) => accounts.getMe(useCaseContext(request)),
  });

  r.post('/api/v1/auth/password', {
    schema: { tags: ['Anmeldung'], summary: 'Eigenes Passwort ändern', body: passwordChangeSchema, response: { 204: z.null() } },
    handler: async (request, reply) => {
      const ctx = useCaseContext(request);
      await accounts.changeOwnPassword(
        ctx,
        request.cookies[accounts.SESSION_COOKIE]!,
        request.body.currentPassword,
        request.body.newPassword,
      );
      return reply.status(204).send(null);
    },
  });

  r.get('/api/v1/users', {
    schema: { tags: ['Konten'], summary: 'Konten auflisten', response: { 200: z.object({ items: z.array(userSchema) }) } },
    handler: async (request) => ({ items: await accounts.listUsers(useCaseContext(request, 'admin')) }),
  });

  r.get('/api/v1/users/:id', {
    schema: { tags: ['Konten'], summary: 'Ein Konto', params: idParams, response: { 200: userSchema } },
    handler: async (request) => accounts.getUser(useCaseContext(request, 'admin'), request.params.id),
  });

  r.post('/api/v1/users', {
    schema: { tags: ['Konten'], summary: 'Konto anlegen', body: userCreateSchema, response: { 201: userSchema } },
    handler: async (request, reply) => {
      const user = await accounts.createUser(useCaseContext(request, 'admin'), request.body);
      return reply.status(201).send(user);
    },
  });

  r.patch('/api/v1/users/:id', {
    schema: {
      tags: ['Konten'],
      summary: 'Konto, Rollen oder Bindung ändern',
      params: idParams,
      body: userUpdateSchema,
      response: { 200: userSchema },
    },
    handler: async (request) => accounts.updateUser(useCaseContext(request, 'admin'), request.params.id, request.body),
  });

  r.get('/api/v1/login-locks', {
    schema: { tags: ['Konten'], summary: 'Gesperrte Anmeldungen (je Name und Quelle)', response: { 200: loginLockListSchema } },
    handler: async (request) => ({ items: await accounts.listLoginLocks(useCaseContext(request)) }),
  });

  r.post('/api/v1/login-locks/lift', {
    schema: { tags: ['Konten'], summary: 'Eine Anmeldesperre aufheben', body: loginLockLiftSchema, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await accounts.liftLoginLock(useCaseContext(request), request.body);
      return reply.status(204).send(null);
    },
  });
}
