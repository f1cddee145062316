import { defineConfig } from 'vitest/config';

// The test pyramid in three projects (decision record 0062), run in this order by `npm test`:
//   unit         pure logic next to the code (src/**/*.test.ts): no database, no server, no global setup;
//                `npm run test:unit`, well under 30 s.
//   integration  *.int.test.ts and test/**: the real database from one template per run
//                (DATABASE_URL set: that PostgreSQL server; unset: PGlite); `npm run test:int`.
//   browser      e2e/**: the real server, the built web app and Debian's Chromium; `npm run test:browser`.
// One run, one summary line (test/support/summary-reporter.ts) over every project that ran.
const databaseSetup = ['test/support/shared-global-setup.ts'];

export default defineConfig({
  test: {
    pool: 'forks',
    // Two cores here; each PGlite instance takes a few hundred MB.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
    env: { NODE_ENV: 'test', LOG_LEVEL: 'silent', TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Pure code: threads start faster than forks, and without per-file isolation the modules are
          // imported once per worker instead of once per file (imports were most of the time). Unit tests
          // hold no global state; checked with shuffled order (--sequence.shuffle).
          pool: 'threads',
          isolate: false,
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['**/node_modules/**', 'src/**/*.int.test.ts', 'src/**/*.e2e.test.ts'],
          testTimeout: 20_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          // One module graph per worker instead of one per file: importing the app anew was 300 s of
          // worker time per engine. State that must not cross files is keyed by the Database (WeakMap).
          isolate: false,
          include: ['src/**/*.int.test.ts', 'test/**/*.test.ts'],
          globalSetup: databaseSetup,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          isolate: false,
          include: ['e2e/**/*.test.ts'],
          globalSetup: databaseSetup,
          // A journey's limits guard against hangs, never measure speed: at a load average of 30 on two cores
          // (eight test runs at once) a seven-step journey took over 60 s, and a status shown after a click took
          // over the 1 s an expect.poll waits by default.
          testTimeout: 240_000,
          expect: { poll: { timeout: 60_000 } },
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
