import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { useCaseContext } from '../../platform/http/request-context.js';
import { sendTable, type ReportTable } from '../reporting/index.js';
import * as privacy from './privacy.service.js';

const tags = ['Datenschutz'];
const base = '/api/v1/privacy';

const subjectSchema = z
  .object({
    email: z.string().max(200).optional(),
    phone: z.string().max(40).optional(),
    name: z.string().max(200).optional(),
    birthDate: z.iso.date({ message: 'Bitte ein Datum (JJJJ-MM-TT) angeben.' }).optional(),
    referenceCode: z.string().max(40).optional(),
  })
  .strict();
const reason = z.string().trim().min(10, 'Bitte den Anlass nennen (mindestens 10 Zeichen), z. B. „Auskunftsersuchen vom …“.').max(1000);
const requestBody = z.object({ subject: subjectSchema, reason, recordIds: z.array(z.uuid()).max(1000).optional() });

const retentionItem = z.object({
  kind: z.string(),
  module: z.string(),
  label: z.string(),
  action: z.enum(['delete', 'anonymise']),
  basis: z.string(),
  /** Art. 18: whether a restriction keeps this kind's records from the retention run, else why none can be restricted. */
  restrictable: z.boolean(),
  restrictionNote: z.string().nullable(),
  defaultDays: z.number().int(),
  minDays: z.number().int(),
  maxDays: z.number().int(),
  days: z.number().int(),
  updatedAt: z.date().nullable(),
  updatedBy: z.string().nullable(),
  /** Optimistic locking: send it back with a change; 0 = the default, never set. */
  version: z.number().int(),
});
const runSchema = z.object({
  id: z.uuid(),
  ranAt: z.date(),
  trigger: z.string(),
  actorName: z.string(),
  counts: z.record(z.string(), z.number()),
  cutoffs: z.record(z.string(), z.string()),
  /** Per kind: due records kept because their processing is restricted ("kept: restricted"). */
  kept: z.record(z.string(), z.number()),
});
const recordSchema = z.object({
  module: z.string(),
  kind: z.string(),
  id: z.string(),
  tenantId: z.string().nullable(),
  at: z.coerce.date().nullable(),
  matchedBy: z.array(z.string()),
  summary: z.string(),
  restricted: z.boolean(),
  retentionDueSince: z.date().nullable(),
  data: z.record(z.string(), z.unknown()),
});
const privacyRequestSchema = z.object({
  id: z.uuid(),
  at: z.date(),
  kind: z.string(),
  subject: z.record(z.string(), z.string()),
  reason: z.string(),
  actorName: z.string(),
  recordCount: z.number().int(),
  records: z.array(z.object({ module: z.string(), kind: z.string(), id: z.string(), tenantId: z.string().nullable() })),
});
const activitySchema = z.object({
  module: z.string(),
  name: z.string(),
  purpose: z.string(),
  legalBasis: z.string(),
  dataSubjects: z.array(z.string()),
  dataKinds: z.array(z.string()),
  recipients: z.array(z.string()),
  retention: z.array(z.object({ kind: z.string(), label: z.string(), days: z.number().int(), action: z.string() })),
});

const dataText = (data: Record<string, unknown>) =>
  Object.entries(data)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' · ');

/** Data protection: retention (admin), citizens' requests (data-protection staff), records of processing. */
export async function privacyRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(`${base}/retention`, {
    schema: { tags, summary: 'Aufbewahrungsfristen je Datenart', response: { 200: z.object({ items: z.array(retentionItem) }) } },
    handler: async (request) => ({ items: await privacy.getRetention(useCaseContext(request)) }),
  });
  r.put(`${base}/retention`, {
    schema: {
      tags,
      summary: 'Aufbewahrungsfristen setzen (Administration)',
      body: z.object({
        items: z
          .array(z.object({ kind: z.string().max(40), days: z.number().int(), version: z.number().int().min(0) }))
          .min(1)
          .max(50),
      }),
      response: { 200: z.object({ items: z.array(retentionItem) }) },
    },
    handler: async (request) => ({ items: await privacy.setRetention(useCaseContext(request), request.body.items) }),
  });
  r.get(`${base}/retention/runs`, {
    schema: {
      tags,
      summary: 'Läufe der Löschung: was je Datenart gelöscht oder anonymisiert wurde',
      response: { 200: z.object({ items: z.array(runSchema) }) },
    },
    handler: async (request) => ({ items: await privacy.listRetentionRuns(useCaseContext(request)) }),
  });
  r.post(`${base}/retention/run`, {
    schema: { tags, summary: 'Löschung jetzt ausführen (Administration)', response: { 200: runSchema } },
    handler: async (request) => privacy.runRetentionNow(useCaseContext(request)),
  });

  r.post(`${base}/subjects/search`, {
    schema: {
      tags,
      summary: 'Alles zu einer Person finden (Datenschutz)',
      body: requestBody.omit({ recordIds: true }),
      response: { 200: z.object({ items: z.array(recordSchema) }) },
    },
    handler: async (request) => ({ items: await privacy.findSubject(useCaseContext(request), request.body) }),
  });
  r.post(`${base}/subjects/export`, {
    schema: {
      tags,
      summary: 'Auskunft nach Art. 15 DSGVO (JSON oder PDF)',
      querystring: z.object({ format: z.enum(['json', 'pdf']).default('json') }),
      body: requestBody.omit({ recordIds: true }),
    },
    handler: async (request, reply) => {
      const { request: row, records } = await privacy.exportSubject(useCaseContext(request), request.body);
      if (request.query.format === 'json')
        return reply
          .header('Content-Disposition', `attachment; filename="auskunft-${row.id}.json"`)
          .header('Cache-Control', 'no-store')
          .send({ request: { id: row.id, at: row.at, reason: row.reason, subject: row.subject }, records });
      const table: ReportTable = {
        fileName: `auskunft-${row.id}`,
        title: 'Auskunft nach Art. 15 DSGVO',
        subtitle: [
          `Erstellt am ${row.at.toISOString().slice(0, 10).split('-').reverse().join('.')} von ${row.actorName}`,
          `Anlass: ${row.reason}`,
          `${records.length} Einträge im DialogCenter`,
        ],
        columns: [
          { key: 'module', header: 'Bereich', kind: 'text' },
          { key: 'at', header: 'Datum', kind: 'text' },
          { key: 'summary', header: 'Vorgang', kind: 'text' },
          { key: 'data', header: 'Gespeicherte Daten', kind: 'text' },
        ],
        rows: records.map((rec) => ({
          module: rec.module,
          at: rec.at ? new Date(rec.at).toISOString().slice(0, 10).split('-').reverse().join('.') : '',
          summary: rec.summary + (rec.restricted ? ' (eingeschränkt)' : ''),
          data: dataText(rec.data),
        })),
        notes: ['Zwecke, Empfänger und Speicherdauer: siehe Verzeichnis der Verarbeitungstätigkeiten.'],
      };
      return sendTable(reply, 'pdf', table);
    },
  });
  r.post(`${base}/subjects/erase`, {
    schema: {
      tags,
      summary: 'Löschen nach Art. 17 DSGVO (eingeschränkte Einträge bleiben)',
      body: requestBody,
      response: { 200: z.object({ request: privacyRequestSchema, erased: z.number().int(), keptRestricted: z.number().int() }) },
    },
    handler: async (request) => privacy.eraseSubject(useCaseContext(request), request.body),
  });
  r.post(`${base}/subjects/restrict`, {
    schema: {
      tags,
      summary: 'Einschränken nach Art. 18 DSGVO',
      body: requestBody,
      response: { 200: z.object({ request: privacyRequestSchema, restricted: z.number().int() }) },
    },
    handler: async (request) => privacy.restrictSubject(useCaseContext(request), request.body),
  });
  r.get(`${base}/requests`, {
    schema: {
      tags,
      summary: 'Protokoll der Betroffenenanfragen (Datenschutz, Revision)',
      response: { 200: z.object({ items: z.array(privacyRequestSchema) }) },
    },
    handler: async (request) => ({ items: await privacy.listPrivacyRequests(useCaseContext(request)) }),
  });

  r.get(`${base}/processing-activities`, {
    schema: {
      tags,
      summary: 'Verzeichnis der Verarbeitungstätigkeiten (Art. 30 DSGVO) als JSON, PDF oder XLSX',
      querystring: z.object({ format: z.enum(['json', 'pdf', 'xlsx']).default('json') }),
    },
    handler: async (request, reply) => {
      const items = await privacy.processingActivities(useCaseContext(request));
      if (request.query.format === 'json') return reply.header('Cache-Control', 'no-store').send({ items });
      const table: ReportTable = {
        fileName: 'verzeichnis-verarbeitungstaetigkeiten',
        title: 'Verzeichnis der Verarbeitungstätigkeiten (Art. 30 DSGVO)',
        subtitle: [
          'DialogCenter der Landeshauptstadt Hannover und der Region Hannover',
          'aus den Angaben der Module, Fristen wie eingestellt',
        ],
        columns: [
          { key: 'name', header: 'Tätigkeit', kind: 'text' },
          { key: 'purpose', header: 'Zweck', kind: 'text' },
          { key: 'legalBasis', header: 'Rechtsgrundlage', kind: 'text' },
          { key: 'dataSubjects', header: 'Betroffene', kind: 'text' },
          { key: 'dataKinds', header: 'Datenarten', kind: 'text' },
          { key: 'recipients', header: 'Empfänger', kind: 'text' },
          { key: 'retention', header: 'Speicherdauer', kind: 'text' },
        ],
        rows: items.map((a) => ({
          name: a.name,
          purpose: a.purpose,
          legalBasis: a.legalBasis,
          dataSubjects: a.dataSubjects.join(', '),
          dataKinds: a.dataKinds.join(', '),
          recipients: a.recipients.join(', '),
          retention: a.retention
            .map((x) => `${x.label}: ${x.days} Tage (${x.action === 'delete' ? 'gelöscht' : 'anonymisiert'})`)
            .join('; '),
        })),
      };
      return sendTable(reply, request.query.format, table);
    },
  });
}
