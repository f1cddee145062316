/**
 * Which key applies to a tenant in a month (pure; decision record 0101): the agreement's term must
 * touch the month (joining or leaving mid-month counts the whole month: pro rata by month), and the
 * key version in force on the month's last day applies to the whole month.
 */
import { daysInMonth } from './billing-periods.js';
import type { AllocationKey } from './allocation.js';

export interface KeyVersion extends AllocationKey {
  /** YYYY-MM-DD */
  effectiveFrom: string;
}

export interface Term {
  start: string | null;
  end: string | null;
}

export function inTerm(month: string, term: Term): boolean {
  const first = `${month}-01`;
  const last = `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
  if (!term.start || term.start > last) return false;
  return !term.end || term.end >= first;
}

export function keyForMonth(month: string, term: Term, versions: readonly KeyVersion[]): AllocationKey | null {
  if (!inTerm(month, term)) return null;
  const last = `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
  let found: KeyVersion | null = null;
  for (const v of versions) if (v.effectiveFrom <= last && (!found || v.effectiveFrom > found.effectiveFrom)) found = v;
  return found;
}
