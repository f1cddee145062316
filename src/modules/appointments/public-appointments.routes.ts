import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { systemActor, type Actor } from '../../platform/auth/actor.js';
import type { UseCaseContext } from '../../platform/context.js';
import { appointmentSettings } from './appointment-settings.js';
import {
  appointmentSchema,
  bookingCreateSchema,
  bookingResultSchema,
  catalogueSchema,
  citizenAccessSchema,
  holdSchema,
  locationSchema,
  offerAcceptSchema,
  publicHoldCreateSchema,
  rescheduleSchema,
  slotSearchResultSchema,
  slotSearchSchema,
  waitlistJoinSchema,
} from './appointments.contract.js';
import * as booking from './booking.service.js';
import { assertHoneypotEmpty, issueChallenge } from './bot-protection.js';
import { getCatalogue } from './catalogue.service.js';
import { guardHoldAttempt, guardIpRate } from './public-guard.service.js';
import { searchSlots } from './search.service.js';
import { acceptOffer, getOffer, joinWaitlist } from './waitlist.service.js';

const tags = ['Terminvergabe (Bürgerinnen und Bürger)'];
/** Citizens have no login: every public request acts as this system actor, with the caller's IP for the audit trail. */
const citizen = (request: FastifyRequest): Actor => ({ ...systemActor('buerger-online'), ip: request.ip });
const ACCESS_PER_HOUR = 60;

/** The public booking API behind /buerger/termine: no login, proof of work, honeypot, rate limits. */
export async function publicAppointmentsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const settings = appointmentSettings(app.config);
  const citizenContext = (request: FastifyRequest): UseCaseContext => ({
    database: app.database,
    actor: citizen(request),
    clock: app.clock,
  });
  const guard = (request: FastifyRequest, action: string, limit: number) => guardIpRate(app.database, action, request.ip, limit);
  const base = '/api/v1/public/appointments';

  r.get(`${base}/catalogue`, {
    schema: { tags, summary: 'Verwaltungen, Standorte und buchbare Leistungen', security: [], response: { 200: catalogueSchema } },
    handler: async (request) => getCatalogue(app.database, citizen(request)),
  });

  r.get(`${base}/challenge`, {
    schema: {
      tags,
      summary: 'Rechenaufgabe (Proof of Work) für eine Reservierung',
      security: [],
      response: { 200: z.object({ challenge: z.string(), bits: z.number() }) },
    },
    handler: async () => issueChallenge(settings),
  });

  r.post(`${base}/search`, {
    schema: {
      tags,
      summary: 'Freie Termine suchen (auch in Nachbarkommunen)',
      security: [],
      body: slotSearchSchema,
      response: { 200: slotSearchResultSchema },
    },
    handler: async (request) => {
      await guard(request, 'search', 600);
      return searchSlots(citizenContext(request), request.body, 'online');
    },
  });

  r.post(`${base}/holds`, {
    schema: {
      tags,
      summary: 'Termin für einige Minuten reservieren',
      security: [],
      body: publicHoldCreateSchema,
      response: { 201: holdSchema },
    },
    handler: async (request, reply) => {
      const { challenge, nonce, website, ...hold } = request.body;
      assertHoneypotEmpty(website);
      // Own transaction: refused attempts still count against the limit.
      await guardHoldAttempt(app.database, settings, request.ip, challenge, nonce);
      return reply.status(201).send(await booking.holdSlot(citizenContext(request), settings, hold, 'online'));
    },
  });

  r.post(`${base}/bookings`, {
    schema: {
      tags,
      summary: 'Reservierten Termin verbindlich buchen',
      security: [],
      body: bookingCreateSchema,
      response: { 201: bookingResultSchema },
    },
    handler: async (request, reply) => {
      assertHoneypotEmpty(request.body.website);
      await guard(request, 'book', settings.holdsPerIpHour);
      const result = await booking.confirmBooking(citizenContext(request), settings, request.body, 'online');
      return reply.status(201).send(result);
    },
  });

  r.post(`${base}/manage/lookup`, {
    schema: {
      tags,
      summary: 'Eigenen Termin mit Terminnummer und Code ansehen',
      security: [],
      body: citizenAccessSchema,
      response: { 200: z.object({ appointment: appointmentSchema, location: locationSchema }) },
    },
    handler: async (request) => {
      await guard(request, 'access', ACCESS_PER_HOUR);
      return booking.getAppointmentForCitizen(citizenContext(request), request.body.reference, request.body.code);
    },
  });

  r.post(`${base}/manage/cancel`, {
    schema: { tags, summary: 'Eigenen Termin absagen', security: [], body: citizenAccessSchema, response: { 200: appointmentSchema } },
    handler: async (request) => {
      await guard(request, 'access', ACCESS_PER_HOUR);
      const result = await booking.cancelByCitizen(citizenContext(request), settings, request.body.reference, request.body.code);
      return result;
    },
  });

  r.post(`${base}/manage/reschedule`, {
    schema: {
      tags,
      summary: 'Eigenen Termin auf einen reservierten Termin verschieben',
      security: [],
      body: rescheduleSchema,
      response: { 200: bookingResultSchema },
    },
    handler: async (request) => {
      await guard(request, 'access', ACCESS_PER_HOUR);
      const result = await booking.rescheduleByCitizen(citizenContext(request), settings, request.body);
      return result;
    },
  });

  r.post(`${base}/waitlist`, {
    schema: {
      tags,
      summary: 'Auf die Warteliste setzen lassen',
      security: [],
      body: waitlistJoinSchema,
      response: { 201: z.object({ id: z.string(), status: z.string(), createdAt: z.date() }) },
    },
    handler: async (request, reply) => {
      assertHoneypotEmpty(request.body.website);
      await guard(request, 'waitlist', 10);
      return reply.status(201).send(await joinWaitlist(citizenContext(request), request.body, 'online'));
    },
  });

  r.post(`${base}/offers/view`, {
    schema: {
      tags,
      summary: 'Terminangebot aus der Warteliste ansehen',
      security: [],
      body: z.object({ entryId: z.uuid(), token: z.string().min(10).max(100) }),
    },
    handler: async (request) => {
      await guard(request, 'access', ACCESS_PER_HOUR);
      return getOffer(citizenContext(request), request.body.entryId, request.body.token);
    },
  });

  r.post(`${base}/offers/accept`, {
    schema: {
      tags,
      summary: 'Terminangebot aus der Warteliste annehmen',
      security: [],
      body: offerAcceptSchema,
      response: { 201: bookingResultSchema },
    },
    handler: async (request, reply) => {
      await guard(request, 'access', ACCESS_PER_HOUR);
      const result = await acceptOffer(citizenContext(request), settings, request.body);
      return reply.status(201).send(result);
    },
  });
}
