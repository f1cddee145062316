import { defineConfig } from 'vitest/config';

// One run covers unit tests (next to the code), integration tests (test/ and
// *.int.test.ts, real database) and browser journeys (e2e/, real Chromium).
// DATABASE_URL set: integration tests run on that PostgreSQL server; unset: on PGlite.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'e2e/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    // Two cores here; each PGlite instance takes a few hundred MB.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', './test/support/summary-reporter.ts'],
    env: { NODE_ENV: 'test', LOG_LEVEL: 'silent', TZ: 'UTC' },
  },
});
