import { buildApp } from './app.js';
import { ConfigError, loadConfig, startMessage } from './config.js';
import { openDatabase } from './platform/db/open-database.js';
import { formatDemoStep, seedDemoData } from './demo/seed-demo-data.js';
import { createAppJobRunner } from './jobs.js';
import { listTenantsCount } from './modules/tenancy/index.js';
import type { JobRunner } from './platform/jobs/jobs.js';
import { generateCallHistory } from './modules/contacts/index.js';
import { configureBusinessTimeZone } from './platform/time/berlin-time.js';
import { systemClock } from './platform/time/clock.js';
import { buildWebIfStale, type WebBuildOutcome } from './web-build.js';

/** Start: validate config, open and migrate the database, seed demo data on first start, listen, start the job runner. */
async function main() {
  const config = loadConfig();
  // Start-up progress for people (the first start with demo data takes a while): plain lines on stdout.
  const say = ['info', 'debug', 'trace'].includes(config.LOG_LEVEL) ? (line: string) => console.log(line) : () => undefined;
  const since = (t: number) => `${((performance.now() - t) / 1000).toFixed(1).replace('.', ',')} s`;
  const opening = performance.now();
  // `npm start` passes --build-web: the front end builds in its own process while the database opens.
  const webBuild: Promise<WebBuildOutcome | Error> | null = process.argv.includes('--build-web')
    ? buildWebIfStale().catch((error: Error) => error)
    : null;
  say(`Datenbank wird geöffnet und migriert (${config.DATABASE_URL ? 'PostgreSQL' : `PGlite in ${config.DATA_DIR}`}) …`);
  configureBusinessTimeZone(config.TZ_BUSINESS);
  const { database, release } = await openDatabase(config);
  say(`Datenbank bereit (${since(opening)})`);
  const seeding = performance.now();
  const firstDemoStart = config.DEMO_DATA && (await listTenantsCount(database)) === 0;
  if (firstDemoStart) {
    say('Erster Start: Demodaten werden angelegt …');
    await seedDemoData(database, { clock: systemClock, only: 'beforeListen', progress: (step) => say(formatDemoStep(step)) });
  }
  if (webBuild) {
    const outcome = await webBuild;
    if (outcome instanceof Error) throw outcome;
    say(outcome === 'current' ? 'Weboberfläche aktuell (kein Build nötig)' : `Weboberfläche gebaut (${since(opening)})`);
  }
  let runner: JobRunner | null = null;
  const app = await buildApp({ config, database, serveWeb: true, jobs: { trigger: (name) => runner?.trigger(name) }, clock: systemClock });
  let stopping = false;
  const stopSeeding = new AbortController();
  let background: Promise<void> = Promise.resolve();
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    stopSeeding.abort();
    await background; // a running demo step finishes; the database closes after it
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
  const startJobs = async () => {
    if (stopping || !(config.BACKGROUND_JOBS ?? config.NODE_ENV !== 'test')) return;
    const jobs = createAppJobRunner({ config, database, clock: systemClock, log: app.log });
    await jobs.start();
    runner = jobs;
    app.log.info({ jobs: [...jobs.jobs.keys()] }, 'Hintergrundjobs gestartet');
  };
  app.log.info(startMessage(address, config, database.kind));
  // CPU of this process alone (imports, database, seeding; not the web build's process): on an idle
  // machine the time to the first healthy answer is about this (the startup benchmark reads it).
  const cpu = process.cpuUsage();
  say(`Bereit nach ${since(opening)}; Rechenzeit des Serverprozesses ${((cpu.user + cpu.system) / 1e6).toFixed(1).replace('.', ',')} s`);
  if (!firstDemoStart) await startJobs();
  else {
    // Appointments, today's calls and four weeks of second-level history follow while the server already answers.
    say('Anmeldung und Wissenssuche sind bereit; weitere Demodaten folgen im Hintergrund …');
    background = seedDemoData(database, {
      clock: systemClock,
      only: 'afterListen',
      signal: stopSeeding.signal,
      progress: (step) => say(formatDemoStep(step)),
    }).then(
      () =>
        say(
          stopSeeding.signal.aborted
            ? 'Demodaten unvollständig (beendet); vollständig neu: npm run demo:reset'
            : `Demodaten vollständig (${since(seeding)})`,
        ),
      (error: unknown) => app.log.error({ err: error }, 'Demodaten im Hintergrund fehlgeschlagen; vollständig neu: npm run demo:reset'),
    );
    // The job runner (mail outbox among others) starts after the demo history, whose mails the seeding marks sent itself.
    void background.then(startJobs).catch((error: unknown) => app.log.error({ err: error }, 'Hintergrundjobs nicht gestartet'));
  }
  if (config.DEMO_DATA && config.DEMO_HISTORY_MONTHS > 0) {
    // In the background: the server is healthy at once; the reports fill as the history arrives (progress: GET /api/v1/reports/demo-history).
    // After the demo seeding (it registers the demo telephone system the history is played through).
    const history = () =>
      generateCallHistory(database, systemClock, { months: config.DEMO_HISTORY_MONTHS, log: (line) => app.log.info(line) });
    void Promise.resolve(background)
      .then(history)
      .catch((error: unknown) => app.log.error({ err: error }, 'Demo-Anrufhistorie fehlgeschlagen'));
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Start fehlgeschlagen:', error instanceof Error ? error.message : error, error);
  process.exit(1);
});
