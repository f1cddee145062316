import { describe, expect, it } from 'vitest';
import { lockedUntilAfterFailure, MAX_LOCK_MINUTES } from './login-lock-policy.js';

const now = new Date('2026-12-02T09:30:00Z');
const minutesAfter = (d: Date | null) => (d === null ? null : (d.getTime() - now.getTime()) / 60_000);

describe('growing login delay', () => {
  it('does not lock before the limit', () => {
    expect(lockedUntilAfterFailure(4, 5, 15, now)).toBeNull();
  });
  it('locks for the base delay at the limit and doubles with every further failure', () => {
    expect([5, 6, 7, 8].map((f) => minutesAfter(lockedUntilAfterFailure(f, 5, 15, now)))).toEqual([15, 30, 60, 120]);
  });
  it('never locks longer than a day, however many failures', () => {
    expect(minutesAfter(lockedUntilAfterFailure(500, 5, 15, now))).toBe(MAX_LOCK_MINUTES);
  });
});
