import { addWorkingTime, HOUR_MS, workingTimeBetween, type WorkingCalendar } from './deadline.js';

/**
 * The SLA clock of one request as stored in its row. Pure: every state change
 * returns the new column values; the rule is in docs/deadline-rule.md.
 */
export interface ClockState {
  budgetHours: number;
  slaConsumedMs: number;
  slaRunningSince: Date | null;
  dueAt: Date | null;
}

const budgetMs = (s: Pick<ClockState, 'budgetHours'>) => s.budgetHours * HOUR_MS;

/** Starts the clock at forwarding. The budget is a positive number of working hours (the agreement's promise). */
export function startClock(now: Date, budgetHours: number, calendar: WorkingCalendar): ClockState {
  if (!Number.isFinite(budgetHours) || budgetHours <= 0)
    throw new RangeError(`SLA budget must be a positive number of hours, got ${budgetHours}`);
  return { budgetHours, slaConsumedMs: 0, slaRunningSince: now, dueAt: addWorkingTime(now, budgetHours * HOUR_MS, calendar) };
}

/** Working time consumed up to `now`, pauses excluded. */
export function consumedAt(state: ClockState, now: Date, calendar: WorkingCalendar): number {
  return state.slaConsumedMs + (state.slaRunningSince ? workingTimeBetween(state.slaRunningSince, now, calendar) : 0);
}

/** Waiting for the citizen: the clock stands still, the deadline is open. */
export function pauseClock(state: ClockState, now: Date, calendar: WorkingCalendar) {
  return { slaConsumedMs: consumedAt(state, now, calendar), slaRunningSince: null, dueAt: null };
}

/** The citizen replied: the rest of the budget runs from now. An overrun budget stays overrun (due now). */
export function resumeClock(state: ClockState, now: Date, calendar: WorkingCalendar) {
  const remaining = Math.max(0, budgetMs(state) - state.slaConsumedMs);
  return { slaRunningSince: now, dueAt: addWorkingTime(now, remaining, calendar) };
}

/** Answered or returned: the clock stops; the deadline in force is kept for on-time reporting. */
export function stopClock(state: ClockState, now: Date, calendar: WorkingCalendar) {
  return { slaConsumedMs: consumedAt(state, now, calendar), slaRunningSince: null };
}

/** Less than a quarter of the budget left: time for a reminder. */
export function isReminderDue(state: ClockState, now: Date, calendar: WorkingCalendar): boolean {
  if (!state.dueAt || !state.slaRunningSince || +now >= +state.dueAt) return false;
  return workingTimeBetween(now, state.dueAt, calendar) <= budgetMs(state) / 4;
}
