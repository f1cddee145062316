/**
 * `npm run demo:reset`: throws away all data and starts over with fresh demo data.
 * Embedded database: deletes the data folder (refused while the server holds it).
 * PostgreSQL: drops and recreates the application's schemas in that database.
 */
import { rmSync } from 'node:fs';
import pg from 'pg';
import { directDatabaseUrl, loadConfig } from '../config.js';
import { seedDemoData } from '../demo/seed-demo-data.js';
import { lockDataDir } from '../platform/db/data-dir-lock.js';
import { openDatabase } from '../platform/db/open-database.js';
import { systemClock } from '../platform/time/clock.js';

async function main() {
  const config = loadConfig();
  if (config.DATABASE_URL) {
    const client = new pg.Client({ connectionString: directDatabaseUrl(config) });
    await client.connect();
    await client.query('DROP SCHEMA IF EXISTS drizzle CASCADE');
    await client.query('DROP SCHEMA public CASCADE');
    await client.query('CREATE SCHEMA public');
    // Extensions lived in public and went with it; migration 0000 recreates them
    // (they are trusted extensions: the database owner may create them).
    await client.end();
  } else {
    const release = lockDataDir(config.DATA_DIR); // refuses while a server owns the folder
    release();
    rmSync(config.DATA_DIR, { recursive: true, force: true });
  }
  const { database, release } = await openDatabase(config);
  await seedDemoData(database, { clock: systemClock });
  await database.close();
  release();
  console.log(`Demodaten neu angelegt (${config.DATABASE_URL ? 'PostgreSQL' : config.DATA_DIR}).`);
}

main().catch((error: unknown) => {
  console.error('Zurücksetzen fehlgeschlagen:', error instanceof Error ? error.message : error);
  process.exit(1);
});
