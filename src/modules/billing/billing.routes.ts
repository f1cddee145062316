import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { acceptApiToken } from '../../platform/http/api-token-auth.js';
import { useCaseContext } from '../../platform/http/request-context.js';
import {
  costImportQuerySchema,
  costItemInputSchema,
  costPlanCreateSchema,
  costPlanSchema,
  creditNoteRequestSchema,
  draftRequestSchema,
  draftResultSchema,
  idParamsSchema,
  invoiceListItemSchema,
  invoiceListQuerySchema,
  invoiceListSchema,
  invoiceUpdateSchema,
  itemParamsSchema,
  keyVersionInputSchema,
  keyVersionSchema,
  periodQuerySchema,
  previewSchema,
  settingsInputSchema,
  settingsSchema,
  statementSchema,
  versionBodySchema,
  yearParamsSchema,
} from './billing.contract.js';
import { registerUploadRoutes } from '../../platform/imports/imports.routes.js';
import { costImportProcessor, exportCostPlanCsv } from './cost-import.service.js';
import * as plans from './cost-plan.service.js';
import * as invoices from './invoice.service.js';
import { getStatement, previewPeriod } from './statement.service.js';

const tags = ['Abrechnung'];

/** Billing: cost plan, keys, preview, statements, invoices (decision records 0100-0104). */
export async function billingRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof useCaseContext>[0]) => useCaseContext(request, 'billing');

  r.get('/api/v1/billing/cost-plans', {
    schema: {
      tags,
      summary: 'Jahre mit Kostenplan',
      response: { 200: z.object({ items: z.array(z.object({ year: z.number(), title: z.string() })) }) },
    },
    handler: async (request) => ({ items: await plans.listCostPlanYears(ctx(request)) }),
  });
  r.get('/api/v1/billing/cost-plans/:year', {
    schema: { tags, summary: 'Kostenplan eines Jahres mit Beträgen je Monat', params: yearParamsSchema, response: { 200: costPlanSchema } },
    handler: async (request) => plans.getCostPlan(ctx(request), request.params.year),
  });
  r.post('/api/v1/billing/cost-plans/:year', {
    schema: {
      tags,
      summary: 'Kostenplan für ein Jahr anlegen',
      params: yearParamsSchema,
      body: costPlanCreateSchema,
      response: { 201: costPlanSchema },
    },
    handler: async (request, reply) => reply.code(201).send(await plans.createCostPlan(ctx(request), request.params.year, request.body)),
  });
  r.post('/api/v1/billing/cost-plans/:year/items', {
    schema: {
      tags,
      summary: 'Kostenposition hinzufügen',
      params: yearParamsSchema,
      body: costItemInputSchema,
      response: { 201: costPlanSchema },
    },
    handler: async (request, reply) => reply.code(201).send(await plans.addCostItem(ctx(request), request.params.year, request.body)),
  });
  r.put('/api/v1/billing/cost-plans/:year/items/:itemId', {
    schema: {
      tags,
      summary: 'Kostenposition ändern',
      params: itemParamsSchema,
      body: costItemInputSchema,
      response: { 200: costPlanSchema },
    },
    handler: async (request) => plans.updateCostItem(ctx(request), request.params.year, request.params.itemId, request.body),
  });
  r.delete('/api/v1/billing/cost-plans/:year/items/:itemId', {
    schema: { tags, summary: 'Kostenposition löschen', params: itemParamsSchema, response: { 200: costPlanSchema } },
    handler: async (request) => plans.deleteCostItem(ctx(request), request.params.year, request.params.itemId),
  });

  r.get('/api/v1/billing/cost-plans/:year/csv', {
    schema: {
      tags,
      summary: 'Kostenplan als CSV im Format des Kostenimports (eine Zeile je Betrag; formelsicher)',
      params: yearParamsSchema,
      response: { 200: z.string().describe('text/csv; UTF-8 mit BOM, Semikolon, Dezimalkomma') },
    },
    handler: async (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="kostenplan-${request.params.year}.csv"`)
        .send(await exportCostPlanCsv(ctx(request), request.params.year)),
  });
  await registerUploadRoutes(app, [
    {
      url: '/api/v1/billing/cost-plans/import/uploads',
      summary:
        'Kosten aus CSV importieren (Jahr;Kostenart;Position;Träger;Betrag;Datum;Bemerkung): Vorschau (dryRun=true) oder Übernahme; ganz oder gar nicht, jede abgewiesene Zeile mit Grund',
      tags,
      roles: ['billing'],
      querystring: costImportQuerySchema,
      kind: () => 'billing_costs',
      fileName: (q: z.infer<typeof costImportQuerySchema>) => q.fileName,
      prepare: async (c, q: z.infer<typeof costImportQuerySchema>) =>
        costImportProcessor(c, { year: q.year, fileName: q.fileName, isDryRun: q.dryRun === 'true' }),
    },
  ]);

  r.get('/api/v1/billing/keys', {
    schema: {
      tags,
      summary: 'Verteilschlüssel aller Mandanten mit Gültigkeit',
      response: { 200: z.object({ items: z.array(keyVersionSchema) }) },
    },
    handler: async (request) => ({ items: await plans.listKeyVersions(ctx(request)) }),
  });
  r.post('/api/v1/billing/keys', {
    schema: {
      tags,
      summary: 'Verteilschlüssel ab einem Datum festlegen',
      body: keyVersionInputSchema,
      response: { 201: keyVersionSchema },
    },
    handler: async (request, reply) => reply.code(201).send(await plans.addKeyVersion(ctx(request), request.body)),
  });
  r.delete('/api/v1/billing/keys/:id', {
    schema: { tags, summary: 'Verteilschlüssel löschen', params: idParamsSchema, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await plans.deleteKeyVersion(ctx(request), request.params.id);
      return reply.code(204).send(null);
    },
  });

  r.get('/api/v1/billing/settings', {
    schema: { tags, summary: 'Rechnungssteller (Träger): Anschrift, Steuer- und Bankdaten', response: { 200: settingsSchema } },
    handler: async (request) => plans.getBillingSettings(ctx(request)),
  });
  r.put('/api/v1/billing/settings', {
    schema: { tags, summary: 'Rechnungsstellerdaten speichern', body: settingsInputSchema, response: { 200: settingsSchema } },
    handler: async (request) => plans.saveBillingSettings(ctx(request), request.body),
  });

  r.get('/api/v1/billing/preview', {
    schema: {
      tags,
      summary: 'Vorschau des Zentrums: jeder Cent eines Monats oder Quartals und wohin er geht',
      querystring: periodQuerySchema,
      response: { 200: previewSchema },
    },
    handler: async (request) => previewPeriod(ctx(request), request.query.period),
  });
  r.get('/api/v1/billing/statements/:tenantId', {
    schema: {
      tags,
      summary: 'Abrechnung eines Mandanten für einen Monat oder ein Quartal',
      params: z.object({ tenantId: z.uuid() }),
      querystring: periodQuerySchema,
      response: { 200: statementSchema },
    },
    handler: async (request) => getStatement(ctx(request), request.query.period, request.params.tenantId),
  });

  r.get('/api/v1/billing/invoices', {
    onRequest: acceptApiToken('billing:read'),
    schema: {
      security: [{ session: [] }, { apiToken: ['billing:read'] }],
      tags,
      summary: 'Rechnungen und Gutschriften eines Zeitraums (stabile API)',
      querystring: invoiceListQuerySchema,
      response: { 200: invoiceListSchema },
    },
    handler: async (request) => invoices.listInvoices(ctx(request), request.query.period),
  });
  r.post('/api/v1/billing/invoices/drafts', {
    schema: {
      tags,
      summary: 'Rechnungsentwürfe für einen abgeschlossenen Zeitraum erzeugen',
      body: draftRequestSchema,
      response: { 201: draftResultSchema },
    },
    handler: async (request, reply) => reply.code(201).send(await invoices.createInvoiceDrafts(ctx(request), request.body.period)),
  });
  r.get('/api/v1/billing/invoices/:id', {
    onRequest: acceptApiToken('billing:read'),
    schema: {
      security: [{ session: [] }, { apiToken: ['billing:read'] }],
      tags,
      summary: 'Rechnung mit Positionen und Grundlagen',
      params: idParamsSchema,
    },
    handler: async (request) => invoices.getInvoiceDetail(ctx(request), request.params.id),
  });
  r.patch('/api/v1/billing/invoices/:id', {
    schema: {
      tags,
      summary: 'Hinweistext eines Entwurfs ändern (ausgestellte Rechnungen nie)',
      params: idParamsSchema,
      body: invoiceUpdateSchema,
      response: { 200: invoiceListItemSchema },
    },
    handler: async (request) => invoices.updateInvoiceNote(ctx(request), request.params.id, request.body.version, request.body.note),
  });
  r.delete('/api/v1/billing/invoices/:id', {
    schema: { tags, summary: 'Entwurf verwerfen (ausgestellte Rechnungen nie)', params: idParamsSchema, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await invoices.discardInvoice(ctx(request), request.params.id);
      return reply.code(204).send(null);
    },
  });
  const step = (path: string, summary: string, run: typeof invoices.checkInvoice) =>
    r.post(`/api/v1/billing/invoices/:id/${path}`, {
      schema: { tags, summary, params: idParamsSchema, body: versionBodySchema, response: { 200: invoiceListItemSchema } },
      handler: async (request) => run(ctx(request), request.params.id, request.body.version),
    });
  step('check', 'Entwurf als geprüft markieren', invoices.checkInvoice);
  step('approve', 'Freigeben (zweite Person der Abrechnung)', invoices.approveInvoice);
  step('issue', 'Ausstellen: Nummer, XRechnung, Versand per Mail', invoices.issueInvoice);
  step('return', 'Zurück in den Entwurf', invoices.returnInvoiceToDraft);
  r.post('/api/v1/billing/invoices/:id/credit-note', {
    schema: {
      tags,
      summary: 'Gutschrift zu einer ausgestellten Rechnung (als Entwurf)',
      params: idParamsSchema,
      body: creditNoteRequestSchema,
      response: { 201: invoiceListItemSchema },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await invoices.createCreditNote(ctx(request), request.params.id, request.body.reason)),
  });
  r.get('/api/v1/billing/invoices/:id/xrechnung', {
    onRequest: acceptApiToken('billing:read'),
    schema: {
      security: [{ session: [] }, { apiToken: ['billing:read'] }],
      tags,
      summary: 'Die XRechnung (UBL 2.1) als XML',
      params: idParamsSchema,
      produces: ['application/xml'],
    },
    handler: async (request, reply) => {
      const { filename, xml } = await invoices.getInvoiceXml(ctx(request), request.params.id);
      return reply.type('application/xml; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`).send(xml);
    },
  });
  r.get('/api/v1/billing/invoices/:id/pdf', {
    onRequest: acceptApiToken('billing:read'),
    schema: {
      security: [{ session: [] }, { apiToken: ['billing:read'] }],
      tags,
      summary: 'Die Rechnung als PDF',
      params: idParamsSchema,
      produces: ['application/pdf'],
    },
    handler: async (request, reply) => {
      const { filename, pdf } = await invoices.getInvoicePdf(ctx(request), request.params.id);
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${filename}"`).send(pdf);
    },
  });
}
