import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { useCaseContext } from '../../platform/http/request-context.js';
import {
  agreementSchema,
  agreementUpdateSchema,
  contactCreateSchema,
  contactSchema,
  contactUpdateSchema,
  departmentCreateSchema,
  departmentSchema,
  departmentUpdateSchema,
  tenantDetailSchema,
  tenantSchema,
  tenantUpdateSchema,
} from './tenancy.contract.js';
import * as tenancy from './tenancy.service.js';

const uuid = z.uuid({ message: 'Keine gültige Kennung.' });
const tenantParams = z.object({ tenantId: uuid });
const childParams = z.object({ tenantId: uuid, id: uuid });
const tags = ['Mandanten'];

export async function tenancyRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/tenants', {
    schema: { tags, summary: 'Alle Mandanten', response: { 200: z.object({ items: z.array(tenantSchema) }) } },
    handler: async (request) => ({ items: await tenancy.listTenants(useCaseContext(request)) }),
  });

  r.get('/api/v1/tenants/:tenantId', {
    schema: {
      tags,
      summary: 'Mandant mit Servicevereinbarung, Fachbereichen und Ansprechpersonen',
      params: tenantParams,
      response: { 200: tenantDetailSchema },
    },
    handler: async (request) => tenancy.getTenantDetail(useCaseContext(request), request.params.tenantId),
  });

  r.patch('/api/v1/tenants/:tenantId', {
    schema: {
      tags,
      summary: 'Mandant ändern (Lebenszyklus, Daten)',
      params: tenantParams,
      body: tenantUpdateSchema,
      response: { 200: tenantSchema },
    },
    handler: async (request) => tenancy.updateTenant(useCaseContext(request, 'admin'), request.params.tenantId, request.body),
  });

  r.get('/api/v1/service-agreements', {
    schema: {
      tags,
      summary: 'Servicevereinbarungen aller sichtbaren Mandanten (Ziele, Servicezeiten)',
      response: { 200: z.object({ items: z.array(agreementSchema) }) },
    },
    handler: async (request) => ({ items: await tenancy.listAgreements(useCaseContext(request)) }),
  });

  r.put('/api/v1/tenants/:tenantId/agreement', {
    schema: {
      tags,
      summary: 'Servicevereinbarung ändern (Ziele, Servicezeiten)',
      params: tenantParams,
      body: agreementUpdateSchema,
      response: { 200: agreementSchema },
    },
    handler: async (request) => tenancy.updateAgreement(useCaseContext(request, 'admin'), request.params.tenantId, request.body),
  });

  r.get('/api/v1/tenants/:tenantId/departments', {
    schema: {
      tags,
      summary: 'Fachbereiche eines Mandanten',
      params: tenantParams,
      response: { 200: z.object({ items: z.array(departmentSchema) }) },
    },
    handler: async (request) => ({ items: await tenancy.listDepartments(useCaseContext(request), request.params.tenantId) }),
  });

  r.post('/api/v1/tenants/:tenantId/departments', {
    schema: {
      tags,
      summary: 'Fachbereich anlegen',
      params: tenantParams,
      body: departmentCreateSchema,
      response: { 201: departmentSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await tenancy.createDepartment(useCaseContext(request, 'admin'), request.params.tenantId, request.body)),
  });

  r.patch('/api/v1/tenants/:tenantId/departments/:id', {
    schema: { tags, summary: 'Fachbereich ändern', params: childParams, body: departmentUpdateSchema, response: { 200: departmentSchema } },
    handler: async (request) =>
      tenancy.updateDepartment(useCaseContext(request, 'admin'), request.params.tenantId, request.params.id, request.body),
  });

  r.post('/api/v1/tenants/:tenantId/contacts', {
    schema: { tags, summary: 'Ansprechperson anlegen', params: tenantParams, body: contactCreateSchema, response: { 201: contactSchema } },
    handler: async (request, reply) =>
      reply.status(201).send(await tenancy.createContact(useCaseContext(request, 'admin'), request.params.tenantId, request.body)),
  });

  r.patch('/api/v1/tenants/:tenantId/contacts/:id', {
    schema: { tags, summary: 'Ansprechperson ändern', params: childParams, body: contactUpdateSchema, response: { 200: contactSchema } },
    handler: async (request) =>
      tenancy.updateContact(useCaseContext(request, 'admin'), request.params.tenantId, request.params.id, request.body),
  });

  r.delete('/api/v1/tenants/:tenantId/contacts/:id', {
    schema: { tags, summary: 'Ansprechperson entfernen', params: childParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await tenancy.deleteContact(useCaseContext(request, 'admin'), request.params.tenantId, request.params.id);
      return reply.status(204).send(null);
    },
  });
}
