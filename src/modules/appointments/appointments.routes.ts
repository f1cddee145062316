import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { useCaseContext } from '../../platform/http/request-context.js';
import { appointmentSettings } from './appointment-settings.js';
import {
  appointmentSchema,
  bookingCreateSchema,
  bookingResultSchema,
  dayExceptionCreateSchema,
  holdCreateSchema,
  holdSchema,
  locationCreateSchema,
  locationSchema,
  locationSetupSchema,
  locationUpdateSchema,
  serviceAdminSchema,
  serviceCreateSchema,
  serviceUpdateSchema,
  versionQuerySchema,
  slotSearchResultSchema,
  slotSearchSchema,
  waitlistJoinSchema,
} from './appointments.contract.js';
import { appointmentsPolicy } from './appointments.policy.js';
import * as booking from './booking.service.js';
import {
  addDayException,
  createAppointmentService,
  createLocation,
  deactivateAppointmentService,
  deactivateLocation,
  deleteDayException,
  getLocationSetup,
  listAppointmentServicesOfTenant,
  listLocationsForAdmin,
  updateAppointmentService,
  updateLocation,
} from './catalogue.service.js';
import { checkInAppointment, getDayList, listOfficeLocations, markNoShow } from './office.service.js';
import { publicAppointmentsRoutes } from './public-appointments.routes.js';
import { searchSlots } from './search.service.js';
import { joinWaitlist } from './waitlist.service.js';

const tags = ['Terminvergabe'];
const idParams = z.object({ id: z.uuid({ message: 'Keine gültige Kennung.' }) });
const tenantParams = z.object({ tenantId: z.uuid({ message: 'Keine gültige Kennung.' }) });
const bookers = ['agent', 'supervisor', 'backoffice', 'admin'] as const;

/** Staff side of appointments (agent booking during a call, office day list) plus the public API. The sweeper is a job (appointments.jobs.ts). */
export async function appointmentsRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const settings = appointmentSettings(app.config);
  await app.register(publicAppointmentsRoutes);

  r.get('/api/v1/appointments/locations', {
    schema: { tags, summary: 'Standorte (für Tagesliste und Buchung)', response: { 200: z.object({ items: z.array(locationSchema) }) } },
    handler: async (request) => ({ items: await listOfficeLocations(useCaseContext(request)) }),
  });

  r.post('/api/v1/appointments/search', {
    schema: {
      tags,
      summary: 'Freie Termine für das Callcenter oder die Dienststelle suchen',
      body: slotSearchSchema,
      response: { 200: slotSearchResultSchema },
    },
    handler: async (request) => {
      const ctx = useCaseContext(request, ...bookers);
      return searchSlots(ctx, request.body, appointmentsPolicy.channelFor(ctx.actor));
    },
  });

  r.post('/api/v1/appointments/holds', {
    schema: { tags, summary: 'Termin während des Gesprächs reservieren', body: holdCreateSchema, response: { 201: holdSchema } },
    handler: async (request, reply) => {
      const ctx = useCaseContext(request, ...bookers);
      return reply.status(201).send(await booking.holdSlot(ctx, settings, request.body, appointmentsPolicy.channelFor(ctx.actor)));
    },
  });

  r.post('/api/v1/appointments/bookings', {
    schema: {
      tags,
      summary: 'Reservierten Termin für die anrufende Person buchen',
      body: bookingCreateSchema,
      response: { 201: bookingResultSchema },
    },
    handler: async (request, reply) => {
      const ctx = useCaseContext(request, ...bookers);
      const result = await booking.confirmBooking(ctx, settings, request.body, appointmentsPolicy.channelFor(ctx.actor));
      return reply.status(201).send(result);
    },
  });

  r.post('/api/v1/appointments/waitlist', {
    schema: {
      tags,
      summary: 'Anrufende Person auf die Warteliste setzen',
      body: waitlistJoinSchema,
      response: { 201: z.object({ id: z.string(), status: z.string(), createdAt: z.date() }) },
    },
    handler: async (request, reply) => {
      const ctx = useCaseContext(request, ...bookers);
      return reply.status(201).send(await joinWaitlist(ctx, request.body, appointmentsPolicy.channelFor(ctx.actor)));
    },
  });

  r.get('/api/v1/appointments/locations/:id/day', {
    schema: {
      tags,
      summary: 'Tagesliste eines Standorts je Schalter',
      params: idParams,
      querystring: z.object({ date: z.iso.date({ message: 'Datum im Format JJJJ-MM-TT angeben.' }).optional() }),
    },
    handler: async (request) => getDayList(useCaseContext(request), request.params.id, request.query.date),
  });

  r.post('/api/v1/appointments/:id/check-in', {
    schema: { tags, summary: 'Ankunft erfassen', params: idParams, response: { 200: appointmentSchema } },
    handler: async (request) => checkInAppointment(useCaseContext(request), request.params.id),
  });

  r.post('/api/v1/appointments/:id/no-show', {
    schema: { tags, summary: 'Nicht erschienen', params: idParams, response: { 200: appointmentSchema } },
    handler: async (request) => markNoShow(useCaseContext(request), request.params.id),
  });

  r.post('/api/v1/appointments/:id/cancel', {
    schema: { tags, summary: 'Termin absagen (Dienststelle oder Callcenter)', params: idParams, response: { 200: appointmentSchema } },
    handler: async (request) => {
      const ctx = useCaseContext(request, ...bookers);
      const result = await booking.cancelByStaff(ctx, settings, request.params.id);
      return result;
    },
  });

  r.post('/api/v1/tenants/:tenantId/appointment-services', {
    schema: { tags, summary: 'Buchbare Leistung anlegen', params: tenantParams, body: serviceCreateSchema },
    handler: async (request, reply) =>
      reply.status(201).send(await createAppointmentService(useCaseContext(request, 'admin'), request.params.tenantId, request.body)),
  });

  r.post('/api/v1/tenants/:tenantId/appointment-locations', {
    schema: {
      tags,
      summary: 'Standort mit Öffnungszeiten und Kontingenten anlegen',
      params: tenantParams,
      body: locationCreateSchema,
      response: { 201: locationSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await createLocation(useCaseContext(request, 'admin'), request.params.tenantId, request.body)),
  });

  r.post('/api/v1/appointments/locations/:id/exceptions', {
    schema: { tags, summary: 'Schließtag oder Sonderöffnung eintragen', params: idParams, body: dayExceptionCreateSchema },
    handler: async (request, reply) =>
      reply.status(201).send(await addDayException(useCaseContext(request), request.params.id, request.body)),
  });

  const adminLocationSchema = locationSchema.extend({ active: z.boolean(), version: z.number().int() });

  r.get('/api/v1/appointments/admin/locations', {
    schema: {
      tags,
      summary: 'Alle Standorte, auch deaktivierte, mit Version (Administration)',
      response: { 200: z.object({ items: z.array(adminLocationSchema) }) },
    },
    handler: async (request) => ({ items: await listLocationsForAdmin(useCaseContext(request, 'admin')) }),
  });

  r.get('/api/v1/appointments/locations/:id/setup', {
    schema: {
      tags,
      summary: 'Standort zum Bearbeiten: Felder, Version, Leistungen, Öffnungszeiten mit Plätzen je Kanal, kommende Ausnahmen',
      params: idParams,
      response: { 200: locationSetupSchema },
    },
    handler: async (request) => getLocationSetup(useCaseContext(request, 'admin'), request.params.id),
  });

  r.patch('/api/v1/appointments/locations/:id', {
    schema: {
      tags,
      summary:
        'Standort ändern (mit der gelesenen Version; 409, wenn inzwischen geändert); serviceCodes und openingHours ersetzen, wenn gesendet, die ganze Liste',
      params: idParams,
      body: locationUpdateSchema,
      response: { 200: locationSetupSchema },
    },
    handler: async (request) => updateLocation(useCaseContext(request, 'admin'), request.params.id, request.body),
  });

  r.delete('/api/v1/appointments/locations/:id', {
    schema: {
      tags,
      summary: 'Standort deaktivieren (mit der gelesenen Version; abgelehnt, solange dort Termine gebucht sind)',
      params: idParams,
      querystring: versionQuerySchema,
      response: { 200: adminLocationSchema },
    },
    handler: async (request) => deactivateLocation(useCaseContext(request, 'admin'), request.params.id, request.query.version),
  });

  r.delete('/api/v1/appointments/locations/:id/exceptions/:exceptionId', {
    schema: {
      tags,
      summary: 'Schließtag oder Sonderöffnung entfernen',
      params: idParams.extend({ exceptionId: z.uuid({ message: 'Keine gültige Kennung.' }) }),
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await deleteDayException(useCaseContext(request), request.params.id, request.params.exceptionId);
      return reply.status(204).send(null);
    },
  });

  r.get('/api/v1/tenants/:tenantId/appointment-services', {
    schema: {
      tags,
      summary: 'Buchbare Leistungen eines Mandanten, auch deaktivierte, mit Version (Administration)',
      params: tenantParams,
      response: { 200: z.object({ items: z.array(serviceAdminSchema) }) },
    },
    handler: async (request) => ({
      items: await listAppointmentServicesOfTenant(useCaseContext(request, 'admin'), request.params.tenantId),
    }),
  });

  r.patch('/api/v1/appointments/services/:id', {
    schema: {
      tags,
      summary: 'Buchbare Leistung ändern, z. B. die Dauer (mit der gelesenen Version; gebuchte Termine behalten ihre Dauer)',
      params: idParams,
      body: serviceUpdateSchema,
      response: { 200: serviceAdminSchema },
    },
    handler: async (request) => updateAppointmentService(useCaseContext(request, 'admin'), request.params.id, request.body),
  });

  r.delete('/api/v1/appointments/services/:id', {
    schema: {
      tags,
      summary: 'Buchbare Leistung deaktivieren (mit der gelesenen Version; gebuchte Termine bleiben)',
      params: idParams,
      querystring: versionQuerySchema,
      response: { 200: serviceAdminSchema },
    },
    handler: async (request) => deactivateAppointmentService(useCaseContext(request, 'admin'), request.params.id, request.query.version),
  });
}
