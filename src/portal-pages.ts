/**
 * Server-rendered service pages of the citizen portal (decision 0174): `/de/leistungen/<LeiKa>` and
 * `/en/services/<LeiKa>` answer with the page's full HTML (heading, texts, office, hours, fees, links),
 * rendered by the portal's own React tree (web/dist-ssr, built by `npm run build:web`). The page reads
 * without JavaScript, and on a slow phone it paints from the first response: the stylesheet is inlined
 * (one request fewer before the first paint), the scripts load afterwards and hydrate the same markup.
 *
 * The data comes from the public API itself (`app.inject`), so the page shows exactly what the portal's
 * script would load (editors' names removed, the same schema), and no second way to read a service exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { escapeMarkup } from './platform/markup/escape.js';

/** The renderer's contract (web/src/portal/server-entry.tsx); the server never imports web code. */
interface PortalRenderer {
  renderPortalPage(url: string, data: { service?: ServiceData }): { html: string; title: string; lang: 'de' | 'en' };
}
interface ServiceData {
  leikaKey: string;
  town: string;
  detail: unknown;
  bookable: boolean;
  error?: string;
}

export const ssrDist = (webDist: string) => join(webDist, '..', 'dist-ssr');
const RENDERER = 'server-entry.js';
export const PORTAL_DATA_ID = 'portal-data';

/** `</` inside JSON in a `<script>` data block would end the block: escape `<` (and the line separators). */
export const jsonForHtml = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * The built portal.html as a template: its stylesheet links replaced by the stylesheets' content (the
 * CSP allows inline style: security-headers.ts), so the first paint waits for no second request.
 */
export function portalTemplate(webDist: string): string {
  const html = readFileSync(join(webDist, 'portal.html'), 'utf8');
  return html.replace(/<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g, (_link, file: string) => {
    return `<style>${readFileSync(join(webDist, file), 'utf8')}</style>`;
  });
}

export function fillTemplate(template: string, page: { html: string; title: string; lang: string }, data: unknown): string {
  return template
    .replace('<html lang="de">', `<html lang="${page.lang}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeMarkup(page.title)}</title>`)
    .replace(
      '<div id="portal"></div>',
      `<div id="portal">${page.html}</div><script type="application/json" id="${PORTAL_DATA_ID}">${jsonForHtml(data)}</script>`,
    );
}

export async function registerPortalPages(app: FastifyInstance, webDist: string): Promise<void> {
  const rendererFile = join(ssrDist(webDist), RENDERER);
  // Without the server build (a web build older than decision 0174) the pages stay the client-rendered shell.
  if (!existsSync(rendererFile) || !existsSync(join(webDist, 'portal.html'))) {
    app.log.warn('portal: web/dist-ssr fehlt, Leistungsseiten werden nur im Browser gerendert (npm run build:web)');
    return;
  }
  const renderer = (await import(pathToFileURL(rendererFile).href)) as PortalRenderer;
  const template = portalTemplate(webDist);
  const r = app.withTypeProvider<ZodTypeProvider>();

  for (const prefix of ['/de/leistungen', '/en/services']) {
    r.get(`${prefix}/:leikaKey`, {
      schema: {
        hide: true,
        params: z.object({ leikaKey: z.string().max(40) }),
        querystring: z.object({ ort: z.string().max(80).optional() }).passthrough(),
      },
      handler: async (request, reply) => {
        const town = request.query.ort ?? '';
        const q = town ? `?${new URLSearchParams({ municipality: town })}` : '';
        const [detail, catalogue] = await Promise.all([
          app.inject({ method: 'GET', url: `/api/public/v1/knowledge/services/${request.params.leikaKey}${q}` }),
          app.inject({ method: 'GET', url: '/api/v1/public/appointments/catalogue' }),
        ]);
        if (detail.statusCode >= 500) throw new Error(`service detail answered ${detail.statusCode}`);
        const found = detail.statusCode === 200;
        const bookable =
          catalogue.statusCode === 200 &&
          (catalogue.json() as { tenants: { services: { leikaKey: string | null }[] }[] }).tenants.some((t) =>
            t.services.some((s) => s.leikaKey === request.params.leikaKey),
          );
        const service: ServiceData = {
          leikaKey: request.params.leikaKey,
          town,
          detail: found ? detail.json() : null,
          bookable,
          ...(found ? {} : { error: (detail.json() as { detail?: string }).detail ?? 'Diese Leistung gibt es nicht.' }),
        };
        const data = { service };
        const page = renderer.renderPortalPage(request.url, data);
        return (
          reply
            // A malformed key is a page that does not exist (the API says 400 for it).
            .status(found ? 200 : detail.statusCode === 400 ? 404 : detail.statusCode)
            .header('cache-control', 'no-cache')
            .type('text/html; charset=utf-8')
            .send(fillTemplate(template, page, data))
        );
      },
    });
  }
}
