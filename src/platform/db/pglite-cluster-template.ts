import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPglite } from './database.js';
import { migrationsFolder, runMigrations } from './migrate.js';

/**
 * A migrated, empty PGlite cluster, made once when the packages are installed (`postinstall`), like
 * Debian's postgresql package runs initdb at install time. PGlite's initdb in WebAssembly is the largest
 * single cost of a first start (about 5 of 18 CPU seconds on the idle 2-core machine, the migrations
 * about 2 more); a new data folder is unpacked from this template instead (about 1.5 s). The file is
 * keyed by the PGlite version and the migration files, so after an update that changes either the
 * template simply is not found and the start runs initdb and the migrations as before. Decision 0161.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const cacheDir = join(root, 'node_modules', '.cache', 'dialogcenter');

function pgliteVersion(): string {
  // The package exports no ./package.json: walk up from its entry to its package.json.
  let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** What the template depends on: the PGlite build and every migration file (SQL and journal). */
export function clusterTemplateKey(): string {
  const hash = createHash('sha256').update(`pglite ${pgliteVersion()}\n`);
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  for (const file of files(migrationsFolder).sort()) {
    hash.update(`${file.slice(migrationsFolder.length)}\0`).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

export const clusterTemplateFile = (key = clusterTemplateKey()): string => join(cacheDir, `pglite-cluster-${key}.tar.gz`);

/** The template for the current PGlite and migrations, if it was made. */
export function readClusterTemplate(): Blob | undefined {
  const file = clusterTemplateFile();
  return existsSync(file) ? new Blob([readFileSync(file)]) : undefined;
}

/** Makes the template (in memory: initdb, migrations, dump) unless the current one exists. */
export async function writeClusterTemplate(): Promise<{ file: string; made: boolean }> {
  const file = clusterTemplateFile();
  if (existsSync(file)) return { file, made: false };
  const database = await openPglite();
  try {
    await runMigrations(database);
    const dump = await database.pglite!.dumpDataDir('gzip');
    mkdirSync(dirname(file), { recursive: true });
    // Written under another name first: a start reading it meanwhile never sees half a file.
    writeFileSync(`${file}.partial`, Buffer.from(await dump.arrayBuffer()));
    renameSync(`${file}.partial`, file);
  } finally {
    await database.close();
  }
  return { file, made: true };
}
