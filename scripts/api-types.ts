/**
 * The web app's API types come from the server's own OpenAPI document (decision record 0066):
 *   npm run api:types   writes web/src/app/api-schema.d.ts
 *   npm run api:check   fails when the committed file is not what the server describes now (CI)
 * The app is built in-process on an empty in-memory PGlite (no server, no data, no clock), so the
 * document depends only on the route schemas and the result is the same on every machine.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openPglite } from '../src/platform/db/database.js';

const target = fileURLToPath(new URL('../web/src/app/api-schema.d.ts', import.meta.url));
const header = `/**
 * Generated from /api/openapi.json by \`npm run api:types\` (scripts/api-types.ts). Do not edit:
 * change the route schemas (Zod) and generate again; CI runs \`npm run api:check\`.
 */

`;

async function generate(): Promise<string> {
  const database = await openPglite();
  const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', BACKGROUND_JOBS: 'false' }), database });
  try {
    await app.ready();
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    if (res.statusCode !== 200) throw new Error(`/api/openapi.json: ${res.statusCode}`);
    const ast = await openapiTS(res.json(), { alphabetize: false, exportType: false });
    return header + astToString(ast);
  } finally {
    await app.close();
    await database.close();
  }
}

const check = process.argv.includes('--check');
const text = await generate();
if (check) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== text) {
    console.error('web/src/app/api-schema.d.ts ist nicht aktuell: `npm run api:types` ausführen und die Datei einchecken.');
    process.exit(1);
  }
  console.log('api-schema.d.ts ist aktuell.');
} else {
  writeFileSync(target, text);
  console.log(`geschrieben: web/src/app/api-schema.d.ts (${text.length} Zeichen)`);
}
