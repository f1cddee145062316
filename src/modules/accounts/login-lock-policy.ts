/**
 * How long a source (client address or known device) must wait after failed logins for
 * one login name: nothing before the limit, then the base delay, doubled with every
 * further failure, capped at a day. Growing instead of fixed: a guesser gets a handful
 * of tries a day, the owner who mistyped five times waits minutes, not hours.
 */
export const MAX_LOCK_MINUTES = 24 * 60;

export function lockedUntilAfterFailure(failures: number, maxFailures: number, baseMinutes: number, now: Date): Date | null {
  if (failures < maxFailures) return null;
  const minutes = Math.min(baseMinutes * 2 ** Math.min(failures - maxFailures, 16), MAX_LOCK_MINUTES);
  return new Date(now.getTime() + minutes * 60_000);
}

export const addressSource = (ip: string) => `ip:${ip}`;
export const deviceSource = (deviceTokenHash: string) => `device:${deviceTokenHash.slice(0, 16)}`;
