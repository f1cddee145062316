import { buildApp } from './app.js';
import { ConfigError, loadConfig, startMessage } from './config.js';
import { openDatabase } from './platform/db/open-database.js';
import { seedDemoData } from './demo/seed-demo-data.js';
import { listTenantsCount } from './modules/tenancy/index.js';

/** Start: validate config, open and migrate the database, seed demo data on first start, listen. */
async function main() {
  const config = loadConfig();
  const { database, release } = await openDatabase(config);
  if (config.DEMO_DATA && (await listTenantsCount(database)) === 0) {
    await seedDemoData(database);
  }
  const app = await buildApp({ config, database, serveWeb: true });
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    release();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  const address = await app.listen({ host: config.HOST, port: config.PORT });
  app.log.info(startMessage(address, config, database.kind));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Start fehlgeschlagen:', error instanceof Error ? error.message : error, error);
  process.exit(1);
});
