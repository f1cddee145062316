import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { directDatabaseUrl, type Config } from '../../config.js';
import { lockDataDir } from './data-dir-lock.js';
import { openPglite, openPostgres, type Database } from './database.js';
import { runMigrations } from './migrate.js';
import { readClusterTemplate } from './pglite-cluster-template.js';

/** Opens the configured database (PGlite folder or PostgreSQL server) and migrates it. */
export async function openDatabase(config: Pick<Config, 'DATABASE_URL' | 'DATABASE_DIRECT_URL' | 'DATA_DIR'>): Promise<{
  database: Database;
  release: () => void;
}> {
  if (config.DATABASE_URL) {
    const directUrl = directDatabaseUrl(config);
    const database = openPostgres(config.DATABASE_URL, 10, { directUrl });
    // The migration lock is a session advisory lock: on the direct connection, never through pgbouncer.
    await runMigrations(database, directUrl);
    return { database, release: () => undefined };
  }
  const release = lockDataDir(config.DATA_DIR);
  try {
    // A new folder starts from the migrated cluster made at install time (no initdb); see pglite-cluster-template.ts.
    const fresh = !existsSync(join(config.DATA_DIR, 'PG_VERSION'));
    const database = await openPglite({ dataDir: config.DATA_DIR, loadDataDir: fresh ? readClusterTemplate() : undefined });
    await runMigrations(database);
    return { database, release };
  } catch (error) {
    release();
    throw error;
  }
}
