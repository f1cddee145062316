import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { gazetteerOverviewSchema, importReportSchema } from './dispatch.contract.js';
import { registerUploadRoutes } from '../../platform/imports/imports.routes.js';
import { getGazetteerOverview, importPlaces, placeImportProcessor } from './gazetteer.service.js';
import { base, type ContextOf, tags } from './route-kit.js';

const importQuery = z.object({
  format: z.enum(['address_list_csv', 'osm_geojson'], { message: 'Format ist address_list_csv oder osm_geojson.' }),
  fileName: z.string().trim().min(1).max(200).default('upload'),
  dryRun: z.enum(['true', 'false']).default('false'),
  attribution: z.string().trim().max(300).optional(),
});

/** The gazetteer's imports (supervisors and admins): upload a source, see the history with refused rows. */
export async function placeImportRoutes(app: FastifyInstance, ctxOf: ContextOf) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(`${base}/places/import`, {
    schema: {
      tags,
      summary: 'Ortsverzeichnis importieren: amtliches Adressverzeichnis (CSV) oder OSM-Auszug (GeoJSON); ganz oder gar nicht',
      querystring: importQuery,
      body: z.string({ message: 'Bitte die Datei als text/csv oder application/geo+json senden.' }).min(1, 'Die Datei ist leer.'),
      response: { 200: importReportSchema },
    },
    handler: async (request) =>
      importPlaces(ctxOf(request, 'supervisor', 'admin'), {
        format: request.query.format,
        fileName: request.query.fileName,
        text: request.body,
        isDryRun: request.query.dryRun === 'true',
        attribution: request.query.attribution ?? null,
      }),
  });

  await registerUploadRoutes(app, [
    {
      url: `${base}/places/import/uploads`,
      summary: 'Ortsverzeichnis als Datei hochladen (groß, im Hintergrund, mit Fortschritt, abbrechbar; ganz oder gar nicht)',
      tags,
      roles: ['supervisor', 'admin'],
      context: ctxOf,
      querystring: importQuery,
      kind: () => 'gazetteer',
      fileName: (q: z.infer<typeof importQuery>) => q.fileName,
      prepare: async (ctx, q: z.infer<typeof importQuery>) =>
        placeImportProcessor(ctx, {
          format: q.format,
          fileName: q.fileName,
          isDryRun: q.dryRun === 'true',
          attribution: q.attribution ?? null,
        }),
    },
  ]);

  r.get(`${base}/places/imports`, {
    schema: {
      tags,
      summary: 'Ortsverzeichnis: letzte Importe mit abgewiesenen Zeilen, Bestand je Quelle und Gemeinde',
      response: { 200: gazetteerOverviewSchema },
    },
    handler: async (request) => getGazetteerOverview(ctxOf(request, 'supervisor', 'admin')),
  });
}
