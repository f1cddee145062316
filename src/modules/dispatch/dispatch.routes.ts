import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { useCaseContext } from '../../platform/http/request-context.js';
import { openEventStream } from '../../platform/realtime/event-stream.js';
import { SnapshotHub } from '../../platform/realtime/snapshot-hub.js';
import { systemClock, type Clock } from '../../platform/time/clock.js';
import * as board from './board.service.js';
import {
  assignUnitsSchema,
  boardSchema,
  catalogueSchema,
  closeIncidentSchema,
  createdIncidentSchema,
  createIncidentSchema,
  incidentDetailSchema,
  incidentQuerySchema,
  incidentSchema,
  intakeIncidentSchema,
  locatedPointSchema,
  mapMetaSchema,
  mapStreetsSchema,
  mergeSchema,
  noteSchema,
  patrolViewSchema,
  placeMatchSchema,
  positionSchema,
  shiftLogEntrySchema,
  shiftLogSchema,
  staffSchema,
  startShiftSchema,
  suggestionSchema,
  unitSchema,
  unitStatusSchema,
} from './dispatch.contract.js';
import type { UnitStatusCode } from './dispatch.schema.js';
import { watchGazetteerChanges } from './gazetteer-index.js';
import { listMapStreets, locatePoint, searchPlaces } from './gazetteer.service.js';
import { GEODATA_ATTRIBUTION, municipalityBordersGeoJson, regionBbox } from './geo/region-geo.js';
import * as incidents from './incidents.service.js';
import { placeImportRoutes } from './gazetteer.routes.js';
import { reportRoutes } from './reports.routes.js';
import { base, type ContextOf, tags } from './route-kit.js';
import * as units from './units.service.js';
import { categoryCatalogue, closeResultLabels, channelLabels, unitStatusLabels } from './dispatch-rules.js';

const uuid = z.uuid({ message: 'Keine gültige Kennung.' });
const idParams = z.object({ id: uuid });

/** The clock of the dispatch routes: the app's own once the platform decorates one (`app.clock`). */
const appClock = (app: FastifyInstance): Clock => (app as FastifyInstance & { clock?: Clock }).clock ?? systemClock;

/**
 * The dispatch desk's API. The desk (board, incidents, units) is for dispatchers and
 * supervisors; agents take incidents from a call through the intake endpoint and may
 * look addresses up; everybody else (back office, editors, ...) gets 403.
 */
export async function dispatchRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const clock = appClock(app);
  const alertAfterMinutes = app.config.DISPATCH_ALERT_MINUTES;
  const ctxOf: ContextOf = (request, ...roles) => ({
    ...useCaseContext(request, ...roles),
    clock,
  });
  // The in-memory gazetteer follows imports made on other instances (decision 0092).
  const unwatchGazetteer = await watchGazetteerChanges(app.database);
  app.addHook('onClose', async () => unwatchGazetteer());
  app.addContentTypeParser(
    ['text/csv', 'application/geo+json', 'text/plain'],
    { parseAs: 'string', bodyLimit: 50 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );

  r.get(`${base}/catalogue`, {
    schema: {
      tags,
      summary: 'Einsatzarten mit Standard-Dringlichkeit, Abschlussergebnisse, Funkstatus, Meldewege',
      response: { 200: catalogueSchema },
    },
    handler: async (request) => {
      useCaseContext(request, 'dispatcher', 'supervisor', 'agent');
      return {
        categories: Object.entries(categoryCatalogue).map(([code, c]) => ({ code, ...c })),
        closeResults: Object.entries(closeResultLabels).map(([code, label]) => ({ code, label })),
        unitStatuses: Object.entries(unitStatusLabels).map(([code, label]) => ({ code: Number(code), label })),
        channels: Object.entries(channelLabels).map(([code, label]) => ({ code, label })),
        alertAfterMinutes,
      };
    },
  });

  r.post(`${base}/incidents`, {
    schema: {
      tags,
      summary: 'Einsatz anlegen (Leitstelle); Antwort mit Duplikat-Hinweisen',
      body: createIncidentSchema,
      response: { 201: createdIncidentSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await incidents.createIncident(ctxOf(request, 'dispatcher', 'supervisor'), request.body)),
  });

  r.post(`${base}/intake`, {
    schema: {
      tags,
      summary: 'Einsatz aus einem Anruf aufnehmen (Agenten, Ergebnis 6 „Ordnungsdienst-Einsatz“)',
      body: intakeIncidentSchema,
      response: { 201: incidentSchema.extend({ duplicateCount: z.number().int() }) },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await incidents.intakeIncident(ctxOf(request, 'agent', 'supervisor', 'dispatcher'), request.body)),
  });

  r.get(`${base}/incidents`, {
    schema: {
      tags,
      summary: 'Einsätze (status=open: alle offenen, nach Dringlichkeit und Alter)',
      querystring: incidentQuerySchema,
      response: { 200: z.object({ items: z.array(incidentSchema) }) },
    },
    handler: async (request) => ({ items: await incidents.listIncidents(ctxOf(request, 'dispatcher', 'supervisor'), request.query) }),
  });

  r.get(`${base}/incidents/:id`, {
    schema: {
      tags,
      summary: 'Ein Einsatz mit Protokoll und Rückrufnummer (Lesen wird protokolliert)',
      params: idParams,
      response: { 200: incidentDetailSchema },
    },
    handler: async (request) => incidents.getIncidentDetail(ctxOf(request, 'dispatcher', 'supervisor'), request.params.id),
  });

  r.get(`${base}/incidents/:id/suggestions`, {
    schema: {
      tags,
      summary: 'Freie Streifen, nächste zuerst (Luftlinie)',
      params: idParams,
      response: { 200: z.object({ items: z.array(suggestionSchema) }) },
    },
    handler: async (request) => ({ items: await units.suggestUnits(ctxOf(request, 'dispatcher', 'supervisor'), request.params.id) }),
  });

  r.post(`${base}/incidents/:id/assignments`, {
    schema: { tags, summary: 'Streifen zuweisen', params: idParams, body: assignUnitsSchema, response: { 200: incidentSchema } },
    handler: async (request) => units.assignUnits(ctxOf(request, 'dispatcher', 'supervisor'), request.params.id, request.body.unitIds),
  });

  r.post(`${base}/incidents/:id/assignments/:unitId/release`, {
    schema: { tags, summary: 'Streife vom Einsatz lösen', params: z.object({ id: uuid, unitId: uuid }), response: { 204: z.null() } },
    handler: async (request, reply) => {
      await units.releaseUnit(ctxOf(request, 'dispatcher', 'supervisor'), request.params.id, request.params.unitId);
      return reply.status(204).send(null);
    },
  });

  r.post(`${base}/incidents/:id/notes`, {
    schema: { tags, summary: 'Notiz ins Einsatzprotokoll', params: idParams, body: noteSchema, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await incidents.addIncidentNote(ctxOf(request, 'dispatcher', 'supervisor'), request.params.id, request.body.text);
      return reply.status(204).send(null);
    },
  });

  r.post(`${base}/incidents/:id/close`, {
    schema: {
      tags,
      summary: 'Einsatz mit Ergebnis abschließen',
      params: idParams,
      body: closeIncidentSchema,
      response: { 200: incidentSchema },
    },
    handler: async (request) => incidents.closeIncident(ctxOf(request, 'dispatcher', 'supervisor'), request.params.id, request.body),
  });

  r.post(`${base}/incidents/:id/reopen`, {
    schema: {
      tags,
      summary: 'Abgeschlossenen Einsatz wieder öffnen',
      params: idParams,
      body: noteSchema,
      response: { 200: incidentSchema },
    },
    handler: async (request) => incidents.reopenIncident(ctxOf(request, 'dispatcher', 'supervisor'), request.params.id, request.body.text),
  });

  r.post(`${base}/incidents/:id/merge`, {
    schema: {
      tags,
      summary: 'Duplikat mit einem offenen Einsatz zusammenführen (Meldung wird dort vermerkt)',
      params: idParams,
      body: mergeSchema,
      response: { 200: incidentSchema },
    },
    handler: async (request) =>
      incidents.mergeIncident(ctxOf(request, 'dispatcher', 'supervisor'), request.params.id, request.body.intoIncidentId),
  });

  r.get(`${base}/units`, {
    schema: { tags, summary: 'Streifen mit Funkstatus, Position, Schicht', response: { 200: z.object({ items: z.array(unitSchema) }) } },
    handler: async (request) => ({ items: await units.listUnits(ctxOf(request, 'dispatcher', 'supervisor')) }),
  });

  r.post(`${base}/units/:id/status`, {
    schema: {
      tags,
      summary: 'Funkstatus einer Streife setzen (1–6)',
      params: idParams,
      body: unitStatusSchema,
      response: { 200: unitSchema },
    },
    handler: async (request) =>
      units.setUnitStatus(ctxOf(request, 'dispatcher', 'supervisor'), request.params.id, request.body.code as UnitStatusCode),
  });

  r.post(`${base}/units/:id/acknowledge`, {
    schema: { tags, summary: 'Quittung der Streife für den zugewiesenen Einsatz', params: idParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await units.acknowledgeAssignment(ctxOf(request, 'dispatcher', 'supervisor'), request.params.id);
      return reply.status(204).send(null);
    },
  });

  r.post(`${base}/units/:id/position`, {
    schema: { tags, summary: 'Standort einer Streife setzen', params: idParams, body: positionSchema, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await units.setUnitPosition(ctxOf(request, 'dispatcher', 'supervisor'), request.params.id, request.body.lat, request.body.lon);
      return reply.status(204).send(null);
    },
  });

  r.post(`${base}/units/:id/shift`, {
    schema: {
      tags,
      summary: 'Schichtbeginn einer Streife (Besatzung aus der Personalliste)',
      params: idParams,
      body: startShiftSchema,
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await units.startUnitShift(ctxOf(request, 'dispatcher', 'supervisor'), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  });

  r.post(`${base}/units/:id/patrol-link`, {
    schema: {
      tags,
      summary: 'Link für die Seite /streife ausstellen (gilt eine Schicht)',
      params: idParams,
      response: { 200: z.object({ token: z.string(), path: z.string(), expiresAt: z.date() }) },
    },
    handler: async (request) => units.issuePatrolLink(ctxOf(request, 'dispatcher', 'supervisor'), request.params.id),
  });

  r.get(`${base}/staff`, {
    schema: { tags, summary: 'Personalliste des Ordnungsdienstes', response: { 200: staffSchema } },
    handler: async (request) => ({ items: await units.listStaff(ctxOf(request, 'dispatcher', 'supervisor')) }),
  });

  r.get(`${base}/board`, {
    schema: { tags, summary: 'Lagebild: offene Einsätze, Streifen, Schichtbuch', response: { 200: boardSchema } },
    // computeBoard builds the board field by field, and the SSE stream sends the same object as it is;
    // the per-request Zod encode was about a sixth of a load's CPU (decision 0094). The schema stays for
    // the API description; the integration test checks that a board is exactly its schema.
    serializerCompiler: () => (data) => JSON.stringify(data),
    handler: async (request) => board.getBoard(ctxOf(request, 'dispatcher', 'supervisor'), alertAfterMinutes),
  });

  // Every dispatcher gets the same snapshot; the 20 s refresh lets the unassigned-urgent
  // alert appear without any change. A joining client gets the last one, then a fresh one.
  const hub = new SnapshotHub({
    database: app.database,
    event: 'board',
    isRelevant: (change) => change.topic === 'dispatch',
    snapshot: () => board.computeBoardSnapshot(app.database, clock, alertAfterMinutes),
    refreshMs: 20_000,
    coalesceMs: 50,
    isRecomputedOnJoin: true,
    onError: (error) => app.log.error({ err: error }, 'dispatch board computation failed'),
  });
  app.addHook('preClose', async () => hub.close());
  app.get(
    `${base}/board/stream`,
    { schema: { tags, summary: 'Lagebild als Server-Sent Events (event: board)' } },
    async (request, reply) => {
      useCaseContext(request, 'dispatcher', 'supervisor');
      reply.hijack();
      openEventStream(reply.raw);
      await hub.add(reply.raw);
    },
  );

  r.post(`${base}/shift-log`, {
    schema: {
      tags,
      summary: 'Eintrag ins Schichtbuch (Notiz oder Übergabe)',
      body: shiftLogEntrySchema,
      response: { 201: shiftLogSchema },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await board.addShiftLogEntry(ctxOf(request, 'dispatcher', 'supervisor'), request.body)),
  });

  r.get(`${base}/places`, {
    schema: {
      tags,
      summary: 'Adresse oder Ort im Ortsverzeichnis suchen (offline, fehlertolerant)',
      querystring: z.object({
        q: z.string().trim().min(1, 'Bitte einen Suchbegriff eingeben.').max(120),
        limit: z.coerce.number().int().min(1).max(20).default(8),
      }),
      response: { 200: z.object({ items: z.array(placeMatchSchema) }) },
    },
    handler: async (request) => ({
      items: await searchPlaces(ctxOf(request, 'dispatcher', 'supervisor', 'agent'), request.query.q, request.query.limit),
    }),
  });

  r.get(`${base}/locate`, {
    schema: {
      tags,
      summary: 'Gemeinde und Bezirk eines Kartenpunkts',
      querystring: z.object({ lat: z.coerce.number().min(-90).max(90), lon: z.coerce.number().min(-180).max(180) }),
      response: { 200: locatedPointSchema },
    },
    handler: async (request) => locatePoint(ctxOf(request, 'dispatcher', 'supervisor', 'agent'), request.query.lat, request.query.lon),
  });

  r.get(`${base}/map/borders`, {
    schema: { tags, summary: 'Gemeindegrenzen der Region (GeoJSON, © GeoBasis-DE / BKG 2013)' },
    handler: async (request, reply) => {
      useCaseContext(request, 'dispatcher', 'supervisor', 'agent');
      return reply
        .type('application/geo+json; charset=utf-8')
        .header('cache-control', 'private, max-age=86400')
        .header('x-attribution', encodeURIComponent(GEODATA_ATTRIBUTION))
        .send(municipalityBordersGeoJson());
    },
  });

  r.get(`${base}/map/streets`, {
    schema: { tags, summary: 'Straßen des Ortsverzeichnisses als Linien (für die Karte)', response: { 200: mapStreetsSchema } },
    handler: async (request) => ({ items: await listMapStreets(ctxOf(request, 'dispatcher', 'supervisor', 'agent')) }),
  });

  r.get(`${base}/map/meta`, {
    schema: { tags, summary: 'Kartenrahmen und Quellenangabe', response: { 200: mapMetaSchema } },
    handler: async (request) => {
      useCaseContext(request, 'dispatcher', 'supervisor', 'agent');
      return { bbox: regionBbox(), attribution: GEODATA_ATTRIBUTION };
    },
  });

  await reportRoutes(app, ctxOf);
  await placeImportRoutes(app, ctxOf);

  // The unit's phone: /streife/<token>, no login; the secret link is the key.
  const tokenParams = z.object({ token: z.string().min(20).max(100) });
  r.get(`${base}/patrol/:token`, {
    schema: {
      tags,
      summary: 'Streifen-Seite: eigener Status und aktueller Einsatz',
      params: tokenParams,
      security: [],
      response: { 200: patrolViewSchema },
    },
    handler: async (request) => units.getPatrolView(app.database, clock, request.params.token),
  });
  r.post(`${base}/patrol/:token/status`, {
    schema: {
      tags,
      summary: 'Streifen-Seite: Status melden oder Einsatz quittieren',
      params: tokenParams,
      security: [],
      body: z.object({ code: unitStatusSchema.shape.code.optional(), acknowledge: z.boolean().optional() }).strict(),
      response: { 200: patrolViewSchema },
    },
    handler: async (request) =>
      units.reportPatrolStatus(app.database, clock, request.params.token, {
        code: request.body.code as UnitStatusCode | undefined,
        acknowledge: request.body.acknowledge,
      }),
  });
}
