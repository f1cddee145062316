import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { DEMO_PASSWORD } from '../../src/demo/demo-accounts.js';
import type { JobTrigger } from '../../src/platform/jobs/jobs.js';
import type { Clock } from '../../src/platform/time/clock.js';
import { testClock } from './test-clock.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase;
  /** The app's clock: the run's fixed instant unless the test passed its own (e.g. a manualClock). */
  clock: Clock;
  /** Logs a demo account in and returns its Cookie header. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export async function createTestApp(
  options: {
    serveWeb?: boolean;
    env?: Record<string, string>;
    logStream?: { write(line: string): void };
    jobs?: JobTrigger;
    clock?: Clock;
  } = {},
): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env });
  const clock = options.clock ?? testClock();
  const app = await buildApp({
    config,
    database: db.database,
    serveWeb: options.serveWeb,
    logStream: options.logStream,
    jobs: options.jobs,
    clock,
  });
  await app.ready();
  return {
    app,
    db,
    clock,
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'dc_session');
      return `dc_session=${cookie!.value}`;
    },
    async close() {
      await app.close();
      await db.destroy();
    },
  };
}
