// Makes the test run's template database ahead of `npm test` (test/support/global-setup.ts), for the
// engine of the environment: DATABASE_URL set, a template database on that server; unset, a PGlite dump.
// .ci/run starts it for both engines at once, beside the static checks, and hands the result to the
// runs through DC_TEST_POSTGRES_TEMPLATE_DB / DC_TEST_PGLITE_TEMPLATE_FILE. Same instant (DC_TEST_NOW).
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildPgliteTemplate, buildPostgresTemplate, PREPARED_PGLITE_ENV, PREPARED_POSTGRES_ENV } from '../test/support/global-setup.js';

process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = 'silent';
process.env.TZ = 'UTC';
const started = performance.now();
const url = process.env.DATABASE_URL;
let what: string;
if (url) {
  const name = process.env[PREPARED_POSTGRES_ENV] ?? 'dc_test_template_prepared';
  await buildPostgresTemplate(url, name);
  what = `PostgreSQL-Testvorlage ${name}`;
} else {
  const file = resolve(process.env[PREPARED_PGLITE_ENV] ?? 'node_modules/.cache/dialogcenter-test/template-prepared.tar.gz');
  mkdirSync(dirname(file), { recursive: true });
  await buildPgliteTemplate(file);
  what = `PGlite-Testvorlage ${file}`;
}
console.log(`${what} angelegt (${((performance.now() - started) / 1000).toFixed(1)} s)`);
process.exit(0);
