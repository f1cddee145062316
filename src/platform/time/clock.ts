/**
 * The one source of "now". Use cases, demo data and jobs take a Clock instead of
 * calling `new Date()` or `Date.now()`, so tests can pin the instant (any hour,
 * any day, a day of a clock change) and nothing depends on the wall clock.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

/** The real clock, for production. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock standing still at one instant (tests, reproducible demo data). */
export function fixedClock(instant: Date | string): Clock {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) throw new Error(`fixedClock: invalid instant ${String(instant)}`);
  return { now: () => new Date(at) };
}

/** A clock that can be moved forward by tests (timers, expiry, sweeps). */
export interface ManualClock extends Clock {
  set(instant: Date | string): void;
  advance(milliseconds: number): void;
}

export function manualClock(start: Date | string): ManualClock {
  let current = new Date(start).getTime();
  if (Number.isNaN(current)) throw new Error(`manualClock: invalid instant ${String(start)}`);
  return {
    now: () => new Date(current),
    set: (instant) => {
      current = new Date(instant).getTime();
    },
    advance: (milliseconds) => {
      current += milliseconds;
    },
  };
}
