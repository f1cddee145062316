/**
 * The cost plan's money per month (pure). A cost item either recurs (personnel, material: an
 * annual amount that may change from a date, e.g. a new agent from 1 September) or occurs once
 * (one-off costs, investments: an amount booked on a date). Decision record 0100.
 *
 * Recurring items accrue by day: each day of the year carries annualAmount / daysInYear of the
 * amount in force that day. The year's exact total is rounded to the cent once (half up), and that
 * total is split over the months by largest remainder with the exact daily accruals as weights, so
 * the twelve months always add up to the year's amount to the cent.
 */
import { daysInMonth, daysInYear, monthsOfYear } from './billing-periods.js';
import { splitByLargestRemainder } from './largest-remainder.js';

export type CostCategory = 'personnel' | 'material' | 'one_off' | 'investment';
/** Who bears an item: refunded by the participants (allocated by key), the Region's contribution, the host. */
export type CostBearer = 'participants' | 'region' | 'host';

export const recurringCategories: readonly CostCategory[] = ['personnel', 'material'];

export interface AmountChange {
  /** YYYY-MM-DD: in force from this day (within the plan's year) until the next change. */
  from: string;
  annualAmountCents: number;
}

export interface CostItem {
  id: string;
  name: string;
  category: CostCategory;
  bearer: CostBearer;
  /** Recurring items: the annual amounts and from when they apply (sorted or not; the first applies from its date). */
  changes: AmountChange[];
  /** One-off and investment items: the amount and the day it is booked on. */
  oneOffAmountCents?: number | null;
  bookedOn?: string | null;
}

export const isRecurring = (item: Pick<CostItem, 'category'>) => recurringCategories.includes(item.category);

/** Cents per month of the year (12 entries, January first) for one item. */
export function monthlyAmounts(item: CostItem, year: number): bigint[] {
  const months = monthsOfYear(year);
  if (!isRecurring(item)) {
    const amounts = months.map(() => 0n);
    if (item.bookedOn && item.oneOffAmountCents && item.bookedOn.startsWith(`${year}-`)) {
      amounts[Number(item.bookedOn.slice(5, 7)) - 1] = BigInt(item.oneOffAmountCents);
    }
    return amounts;
  }
  const changes = [...item.changes].filter((c) => c.from <= `${year}-12-31`).sort((a, b) => (a.from < b.from ? -1 : 1));
  // Weight of a month: Σ over its days of the annual amount in force (in cents); exact year total = Σ / daysInYear.
  const weights = months.map((month) => {
    let sum = 0n;
    const days = daysInMonth(month);
    for (let d = 1; d <= days; d++) {
      const date = `${month}-${String(d).padStart(2, '0')}`;
      let amount = 0;
      for (const c of changes) if (c.from <= date) amount = c.annualAmountCents;
      sum += BigInt(amount);
    }
    return sum;
  });
  const exact = weights.reduce((a, b) => a + b, 0n);
  const yearDays = BigInt(daysInYear(year));
  const yearTotal = (exact * 2n + yearDays) / (yearDays * 2n); // half up
  if (yearTotal === 0n) return months.map(() => 0n);
  return splitByLargestRemainder(yearTotal, weights);
}

/** The year's total of an item, in cents (the sum of its months). */
export const yearAmount = (item: CostItem, year: number): bigint => monthlyAmounts(item, year).reduce((a, b) => a + b, 0n);
