import PgBoss from 'pg-boss';
import type { Database } from '../db/database.js';
import type { Clock } from '../time/clock.js';
import { businessTimeZone } from '../time/berlin-time.js';

/** What every job handler receives. Handlers read "now" only from `clock`. */
export interface JobContext {
  database: Database;
  clock: Clock;
  log: JobLogger;
}

export interface JobLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/**
 * A background job. `everySeconds`: run at that interval (the runner's ticker sends a
 * job; pg-boss runs at most one at a time across all instances). `cron`: a pg-boss
 * schedule in Europe/Berlin time, minute precision (reports, retention).
 */
export interface JobDefinition {
  /** Queue name: letters, digits, `-`, `.`, `_`. */
  name: string;
  everySeconds?: number;
  cron?: string;
  /** A run that takes longer is failed by pg-boss and may start again (default 15 min). */
  timeoutSeconds?: number;
  handler(ctx: JobContext): Promise<unknown>;
  /** Releases what the job holds (e.g. an SMTP pool) when the runner stops. */
  close?(): void | Promise<void>;
}

export interface JobRunnerOptions {
  database: Database;
  clock: Clock;
  log: JobLogger;
  /** PostgreSQL: pg-boss gets its own small pool on this URL. PGlite: pg-boss talks through the embedded instance. */
  connectionString?: string;
  /** How often an idle worker asks for work, seconds (default 2; pg-boss minimum 0.5). */
  pollingIntervalSeconds?: number;
  /** Time zone of cron schedules (default Europe/Berlin). */
  timeZone?: string;
}

export interface JobRunner {
  /** Adds a job; before start() only. */
  registerJob(job: JobDefinition): void;
  /** The registered jobs, by name (tests call their handlers directly, with a clock). */
  readonly jobs: ReadonlyMap<string, JobDefinition>;
  start(): Promise<void>;
  /** Stops tickers and workers; waits for running handlers up to `timeoutMs` (graceful stop on SIGTERM). */
  stop(timeoutMs?: number): Promise<void>;
  /** Asks for a run of `name` as soon as possible (e.g. send mail right after a booking). No-op while stopped or for an unregistered job. */
  trigger(name: string): void;
  readonly running: boolean;
  /** Runs one job's handler now in this process, with the runner's context (tests, CLI). */
  runNow(name: string, clock?: Clock): Promise<unknown>;
}

const NAME = /^[A-Za-z0-9._-]+$/;

/** Runs of each job in this process since start, by outcome (read by /metrics). */
export interface JobRunCounts {
  completed: number;
  failed: number;
  /** Running right now in this process. */
  active: number;
}
const runCounts = new Map<string, JobRunCounts>();
const countsOf = (name: string) => {
  let c = runCounts.get(name);
  if (!c) runCounts.set(name, (c = { completed: 0, failed: 0, active: 0 }));
  return c;
};
/** Job runs in this process (all runners), by job name. */
export const jobRunCounts = (): ReadonlyMap<string, Readonly<JobRunCounts>> => runCounts;

/**
 * pg-boss on PGlite: its SQL goes to the embedded instance. Statements with parameters
 * use the extended protocol (`query`); pg-boss's parameterless scripts (schema
 * migration, locked maintenance blocks, several statements) use `exec`. PGlite
 * serialises both with Drizzle's transactions, so nothing interleaves.
 */
function pgliteAdapter(database: Database): PgBoss.Db {
  const pglite = database.pglite!;
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) return pglite.query(text, values as never[]);
      const results = await pglite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const jobs = new Map<string, JobDefinition>();
  const ctx = (clock = options.clock): JobContext => ({ database: options.database, clock, log: options.log });
  let boss: PgBoss | null = null;
  let tickers: NodeJS.Timeout[] = [];
  const workerIds = new Map<string, string>();
  let running = false;

  const send = async (name: string) => {
    if (!boss || !running) return;
    // Stately queue: at most one waiting and one running job per name, so ticks that
    // pile up (several instances, a slow run) collapse into one.
    await boss.send(name, {}).catch((error: unknown) => options.log.warn({ err: error, job: name }, 'Job konnte nicht eingeplant werden'));
  };

  return {
    jobs,
    get running() {
      return running;
    },
    registerJob(job) {
      if (running) throw new Error(`registerJob(${job.name}): the runner is already started`);
      if (!NAME.test(job.name)) throw new Error(`registerJob: invalid job name "${job.name}"`);
      if (jobs.has(job.name)) throw new Error(`registerJob: job "${job.name}" is registered twice`);
      if (!job.everySeconds === !job.cron) throw new Error(`registerJob(${job.name}): give exactly one of everySeconds or cron`);
      if (job.everySeconds !== undefined && !(job.everySeconds >= 1))
        throw new Error(`registerJob(${job.name}): everySeconds must be at least 1`);
      jobs.set(job.name, job);
    },
    async start() {
      if (running) return;
      const hasCron = [...jobs.values()].some((j) => j.cron);
      const common = { schema: 'pgboss', schedule: hasCron, supervise: true, migrate: true } as const;
      boss =
        options.database.kind === 'pglite'
          ? new PgBoss({ ...common, db: pgliteAdapter(options.database) })
          : new PgBoss({ ...common, connectionString: options.connectionString, max: 2, application_name: 'dialogcenter-jobs' });
      boss.on('error', (error) => options.log.error({ err: error }, 'Job-Runner: Fehler'));
      await boss.start();
      running = true;
      for (const job of jobs.values()) {
        const expireInSeconds = job.timeoutSeconds ?? 15 * 60;
        await boss.createQueue(job.name, { name: job.name, policy: 'stately', retryLimit: 0, expireInSeconds, retentionMinutes: 60 });
        const workerId = await boss.work(
          job.name,
          { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
          async () => {
            const counts = countsOf(job.name);
            counts.active++;
            try {
              const result = await job.handler(ctx());
              counts.completed++;
              return result;
            } catch (error) {
              counts.failed++;
              options.log.error({ err: error, job: job.name }, 'Job fehlgeschlagen');
              throw error;
            } finally {
              counts.active--;
            }
          },
        );
        workerIds.set(job.name, workerId);
        if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: options.timeZone ?? businessTimeZone() });
        if (job.everySeconds) {
          const ticker = setInterval(() => void send(job.name), job.everySeconds * 1000);
          ticker.unref();
          tickers.push(ticker);
          void send(job.name);
        }
      }
    },
    async stop(timeoutMs = 20_000) {
      if (!boss) return;
      running = false;
      for (const t of tickers) clearInterval(t);
      tickers = [];
      const b = boss;
      boss = null;
      await b
        .stop({ graceful: true, wait: true, timeout: timeoutMs })
        .catch((error: unknown) => options.log.error({ err: error }, 'Job-Runner: Stopp fehlgeschlagen'));
      for (const job of jobs.values()) await job.close?.();
    },
    trigger(name) {
      if (!jobs.has(name)) return;
      void send(name).then(() => {
        const id = workerIds.get(name);
        if (boss && running && id) boss.notifyWorker(id);
      });
    },
    async runNow(name, clock) {
      const job = jobs.get(name);
      if (!job) throw new Error(`runNow: unknown job "${name}"`);
      return job.handler(ctx(clock));
    },
  };
}
