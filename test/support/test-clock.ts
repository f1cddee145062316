import { fixedClock, type Clock } from '../../src/platform/time/clock.js';

/**
 * The instant the whole test run lives at. Default: Wednesday 2 December 2026,
 * 10:30 Europe/Berlin (an ordinary working day, offices open). Override with
 * `DC_TEST_NOW=<ISO instant>` to run the entire suite at another hour or day,
 * e.g. `DC_TEST_NOW=2026-03-29T00:30:00Z` (the night of the spring clock change).
 * Demo data in the template database and every test app use this same instant,
 * so nothing depends on when or how fast the suite runs.
 */
export const DEFAULT_TEST_NOW = '2026-12-02T09:30:00.000Z';

export function testNow(): Date {
  const raw = process.env.DC_TEST_NOW?.trim() || DEFAULT_TEST_NOW;
  const at = new Date(raw);
  if (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(raw)) {
    throw new Error(`DC_TEST_NOW must be an ISO instant such as 2026-12-02T09:30:00Z, got "${raw}"`);
  }
  return at;
}

/** A clock standing at the run's instant (see testNow). */
export const testClock = (): Clock => fixedClock(testNow());
