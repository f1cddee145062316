/**
 * From agents on the phone to positions and FTE. Agents are the people needed taking calls at the same
 * time (what Erlang gives). Shrinkage is the share of paid time not available for calls (breaks,
 * training, meetings, sickness, leave): positions = ⌈agents / (1 − shrinkage)⌉ (as in pyworkforce and
 * common workforce-management practice). FTE: position-hours over a week divided by the weekly hours of
 * one full-time post.
 */
import { StaffingInputError, requireFinite } from './staffing-input-error.js';

export function checkShrinkage(shrinkage: number): void {
  requireFinite('shrinkage', shrinkage, { min: 0 });
  if (shrinkage >= 1) throw new StaffingInputError('shrinkage', 'Der Ausfallanteil (Shrinkage) muss unter 100 % liegen.');
}

export function positionsFor(agents: number, shrinkage: number): number {
  checkShrinkage(shrinkage);
  if (agents === 0) return 0;
  // Guard against 13.999999 from floating point before rounding up.
  return Math.ceil(agents / (1 - shrinkage) - 1e-9);
}

/** FTE for a list of interval staffing figures (agents per interval of intervalMinutes). */
export function fteFor(positionsPerInterval: readonly number[], intervalMinutes: number, weeklyHoursPerFte: number): number {
  requireFinite('weeklyHoursPerFte', weeklyHoursPerFte, { min: 0, minExclusive: true });
  const hours = positionsPerInterval.reduce((s, p) => s + p, 0) * (intervalMinutes / 60);
  return hours / weeklyHoursPerFte;
}

/** Yearly cost of a number of FTE at a cost per FTE and year (the billing issue uses the same figure). */
export const costFor = (fte: number, costPerFteYear: number): number => fte * costPerFteYear;
