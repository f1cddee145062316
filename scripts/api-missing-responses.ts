/**
 * Lists the API operations whose success answer has no schema in the OpenAPI document (decision record 0066):
 *   npx tsx scripts/api-missing-responses.ts
 * A route without a response schema types its answer as `unknown` in the web app.
 */
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openPglite } from '../src/platform/db/database.js';

const database = await openPglite();
const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', BACKGROUND_JOBS: 'false' }), database });
try {
  await app.ready();
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
  };
  const missing: string[] = [];
  let total = 0;
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      total += 1;
      const responses = op.responses ?? {};
      const success = Object.entries(responses).filter(([code]) => /^2/.test(code));
      const described = success.some(([code, r]) => code === '204' || Object.values(r.content ?? {}).some((c) => c.schema));
      if (!described) missing.push(`${method.toUpperCase()} ${path}`);
    }
  }
  console.log(missing.join('\n'));
  console.log(`${missing.length} of ${total} operations without a success response schema`);
} finally {
  await app.close();
  await database.close();
}
