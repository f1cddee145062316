// `postinstall`: makes the migrated PGlite cluster a first `npm start` unpacks instead of running initdb
// (src/platform/db/pglite-cluster-template.ts). Never fails the install: without the template the
// first start only takes longer. DC_SKIP_PGLITE_TEMPLATE=1 skips it (images that run on PostgreSQL).
import { writeClusterTemplate } from '../src/platform/db/pglite-cluster-template.js';

if (process.env.DC_SKIP_PGLITE_TEMPLATE === '1') process.exit(0);
const started = performance.now();
try {
  const { file, made } = await writeClusterTemplate();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(made ? `PGlite-Vorlage angelegt (${seconds} s): ${file}` : `PGlite-Vorlage aktuell: ${file}`);
} catch (error) {
  console.warn(`PGlite-Vorlage nicht angelegt (der erste Start dauert dann länger): ${(error as Error).message}`);
}
