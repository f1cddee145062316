import { buildApp } from './app.js';
import { ConfigError, loadConfig, startMessage } from './config.js';
import { openDatabase } from './platform/db/open-database.js';
import { seedDemoData } from './demo/seed-demo-data.js';
import { createAppJobRunner } from './jobs.js';
import { listTenantsCount } from './modules/tenancy/index.js';
import type { JobRunner } from './platform/jobs/jobs.js';
import { systemClock } from './platform/time/clock.js';

/** Start: validate config, open and migrate the database, seed demo data on first start, listen, start the job runner. */
async function main() {
  const config = loadConfig();
  const { database, release } = await openDatabase(config);
  if (config.DEMO_DATA && (await listTenantsCount(database)) === 0) {
    await seedDemoData(database);
  }
  let runner: JobRunner | null = null;
  const app = await buildApp({ config, database, serveWeb: true, jobs: { trigger: (name) => runner?.trigger(name) } });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    // Jobs first (a running one finishes, up to 20 s), then HTTP, then the database.
    await runner?.stop(20_000);
    await app.close();
    await database.close();
    release();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  const address = await app.listen({ host: config.HOST, port: config.PORT });
  if (config.BACKGROUND_JOBS ?? config.NODE_ENV !== 'test') {
    const jobs = createAppJobRunner({ config, database, clock: systemClock, log: app.log });
    await jobs.start();
    runner = jobs;
    app.log.info({ jobs: [...jobs.jobs.keys()] }, 'Hintergrundjobs gestartet');
  }
  app.log.info(startMessage(address, config, database.kind));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Start fehlgeschlagen:', error instanceof Error ? error.message : error, error);
  process.exit(1);
});
