import { AppError } from '../../platform/http/app-error.js';

/**
 * A fixed-window limiter per key (client IP) for the public pages, in memory.
 * Enough to stop guessing reference codes from one machine; a multi-instance
 * installation would put this in the reverse proxy as well.
 */
export function fixedWindowLimiter(options: { limit: number; windowMs: number }) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  return {
    check(key: string, now = Date.now()) {
      const entry = hits.get(key);
      if (!entry || entry.resetAt <= now) {
        if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
        hits.set(key, { count: 1, resetAt: now + options.windowMs });
        return;
      }
      entry.count++;
      if (entry.count > options.limit) {
        throw new AppError('TOO_MANY_REQUESTS', 'Zu viele Abfragen. Bitte versuchen Sie es in einer Minute erneut.');
      }
    },
  };
}
