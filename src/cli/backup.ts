/**
 * `npm run db:backup -- <file>` and `npm run db:restore -- <file>` (compiled: `node dist/cli/backup.js backup|restore <file>`).
 * PostgreSQL (DATABASE_URL): pg_dump/pg_restore (custom format), online; restore into an empty database.
 * PGlite (DATA_DIR): the data folder as .tar.gz, with the server stopped; restore into an empty folder.
 */
import { directDatabaseUrl, loadConfig } from '../config.js';
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from '../platform/db/backup.js';

async function main() {
  const [action, file] = process.argv.slice(2);
  if ((action !== 'backup' && action !== 'restore') || !file) {
    console.error('Aufruf: backup.ts backup <datei> | restore <datei>');
    process.exit(2);
  }
  const config = loadConfig();
  const started = performance.now();
  const directUrl = directDatabaseUrl(config);
  if (directUrl) {
    // pg_dump's snapshot and pg_restore's session settings need one session: direct, not through pgbouncer.
    if (action === 'backup') await backupPostgres(directUrl, file);
    else await restorePostgres(file, directUrl);
  } else if (action === 'backup') await backupPglite(config.DATA_DIR, file);
  else await restorePglite(file, config.DATA_DIR);
  const where = config.DATABASE_URL ? 'PostgreSQL' : `PGlite ${config.DATA_DIR}`;
  const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
  console.log(
    action === 'backup' ? `Sicherung von ${where} in ${file} (${seconds} s)` : `${file} nach ${where} zurückgespielt (${seconds} s)`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
