import type { UseCaseContext } from '../../platform/context.js';
import { systemClock, type Clock } from '../../platform/time/clock.js';

/**
 * The clock of a use case: the context's own once the platform carries one
 * (UseCaseContext.clock), otherwise the system clock. Tests pass a manual clock.
 */
export const clockOf = (ctx: UseCaseContext): Clock => (ctx as UseCaseContext & { clock?: Clock }).clock ?? systemClock;
