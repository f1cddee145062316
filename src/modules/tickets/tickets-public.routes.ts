import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { rateLimited } from '../../platform/http/rate-limit.js';
import { actThroughAccessLink, lookUpRequestStatus, viewAccessLink } from './public.service.js';
import { ticketSettings } from './request-lifecycle.js';
import { accessLinkActionSchema, accessLinkViewSchema, publicStatusSchema } from './tickets.contract.js';

const tags = ['Zweite Ebene (öffentlich)'];
const tokenParams = z.object({ token: z.string().min(1).max(200) });

/**
 * Pages without login: the citizen's status query by reference code, and the
 * secure links for departments without an account and for citizens' replies.
 * All are rate limited per client address.
 */
export async function ticketsPublicRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const settings = ticketSettings(app.config);
  // Enough to stop guessing reference codes and link tokens from one connection.
  const perMinute = 'Zu viele Abfragen. Bitte versuchen Sie es in einer Minute erneut.';
  const statusLimit = rateLimited(app, { name: 'request-status', limit: 10, windowSeconds: 60, message: perMinute });
  const linkLimit = rateLimited(app, { name: 'access-link', limit: 30, windowSeconds: 60, message: perMinute });

  r.get('/api/public/v1/request-status', {
    schema: {
      tags,
      summary: 'Stand eines Anliegens per Vorgangsnummer (ohne personenbezogene Daten)',
      security: [],
      querystring: z.object({
        code: z.string().trim().min(1, 'Bitte die Vorgangsnummer angeben.').max(40, 'Die Vorgangsnummer ist zu lang.'),
      }),
      response: { 200: publicStatusSchema },
    },
    onRequest: statusLimit,
    handler: async (request, reply) => {
      void reply.header('Cache-Control', 'no-store');
      return lookUpRequestStatus(app.database, request.query.code, settings.timeZone);
    },
  });

  r.get('/api/public/v1/access-links/:token', {
    schema: {
      tags,
      summary: 'Anfrage über einen sicheren Link ansehen',
      security: [],
      params: tokenParams,
      response: { 200: accessLinkViewSchema },
    },
    onRequest: linkLimit,
    handler: async (request, reply) => {
      void reply.header('Cache-Control', 'no-store');
      return viewAccessLink(app.database, request.params.token, { now: app.clock.now() });
    },
  });

  r.post('/api/public/v1/access-links/:token', {
    schema: {
      tags,
      summary: 'Über einen sicheren Link antworten, rückfragen oder auf eine Rückfrage antworten',
      security: [],
      params: tokenParams,
      body: accessLinkActionSchema,
      response: { 200: z.object({ referenceCode: z.string(), status: z.string() }) },
    },
    onRequest: linkLimit,
    handler: async (request) => {
      return actThroughAccessLink(app.database, request.params.token, request.body, { settings, now: app.clock.now() });
    },
  });
}
