/**
 * Allocation of one month's refundable costs among the participating tenants (pure; decision record
 * 0101). Rules, in order:
 * 1. A tenant takes part in a month when its agreement's term covers any day of that month and a key
 *    is in force on the month's first day or later within it (pro rata by month: the month it joins
 *    and the month it leaves count in full, months outside the term not at all).
 * 2. Fixed sums and the bases of "base + variable" keys are taken first. Should they exceed the
 *    month's cost, they are scaled down (largest remainder) and nothing is left for variable keys.
 * 3. The rest is variable. It is split between the key groups (per contact, per talk minute, per
 *    inhabitant; the variable part of "base + variable" counts contacts) in proportion to the
 *    contacts each group's tenants had handled (the work done); within a group by the group's own
 *    unit. Where the work is all zero, groups and tenants weigh by count (each tenant alike).
 * 4. All shares are exact fractions; one largest-remainder rounding makes the parts add up to the
 *    cost to the cent. The host's own share (if the host has a key) is carried by the host.
 * 5. Each tenant's total is then broken down over the cost items (sequential largest remainder),
 *    so every item's cents and every tenant's cents add up exactly.
 * With no participant in a month the whole cost stays with the host.
 */
import { ratio, splitByLargestRemainder, splitByRatios, type Ratio } from './largest-remainder.js';

export type KeyKind = 'per_contact' | 'per_minute' | 'per_inhabitant' | 'base_plus_variable' | 'fixed';

export interface AllocationKey {
  kind: KeyKind;
  /** fixed: the monthly sum; base_plus_variable: the monthly base. */
  monthlyCents?: number | null;
  /** per_inhabitant: the official population figure ... */
  inhabitants?: number | null;
  /** ... and its reference date (YYYY-MM-DD). */
  inhabitantsAsOf?: string | null;
}

export interface Participant {
  tenantId: string;
  /** Sort key for ties (AGS), so the rounding never depends on the input's order. */
  ags: string;
  isHost: boolean;
  /** The key in force in the month, or null (no agreement / not in term). */
  key: AllocationKey | null;
  /** Figures of the month from the reporting rollups. */
  contacts: number;
  talkSeconds: number;
}

export interface TenantAllocation {
  tenantId: string;
  ags: string;
  isHost: boolean;
  keyKind: KeyKind;
  fixedCents: bigint;
  variableCents: bigint;
  totalCents: bigint;
  /** Per cost item id: this tenant's cents of it. */
  byItem: Map<string, bigint>;
  /** The basis of the variable part: unit, own figure, group total (for the statement). */
  basis: { unit: 'contacts' | 'talk_seconds' | 'inhabitants' | null; own: number; groupTotal: number };
}

export interface MonthAllocation {
  totalCents: bigint;
  tenants: TenantAllocation[];
  /** Cents no participant took (no participant in the month): stays with the host. */
  unallocatedCents: bigint;
  /** True when fixed sums and bases exceeded the month's cost and were scaled down. */
  fixedScaledDown: boolean;
}

const unitOf = (kind: KeyKind): TenantAllocation['basis']['unit'] =>
  kind === 'per_minute' ? 'talk_seconds' : kind === 'per_inhabitant' ? 'inhabitants' : kind === 'fixed' ? null : 'contacts';

const figureOf = (p: Participant, unit: TenantAllocation['basis']['unit']): number =>
  unit === 'contacts' ? p.contacts : unit === 'talk_seconds' ? p.talkSeconds : unit === 'inhabitants' ? (p.key?.inhabitants ?? 0) : 0;

const byAgs = (a: { ags: string; tenantId: string }, b: { ags: string; tenantId: string }) =>
  a.ags === b.ags ? (a.tenantId < b.tenantId ? -1 : 1) : a.ags < b.ags ? -1 : 1;

/** Allocates one month: `items` are the participant-borne cost items of the month with their cents. */
export function allocateMonth(items: { id: string; cents: bigint }[], participants: Participant[]): MonthAllocation {
  const totalCents = items.reduce((a, i) => a + i.cents, 0n);
  const active = participants.filter((p) => p.key !== null).sort(byAgs);
  if (active.length === 0 || totalCents === 0n) {
    return {
      totalCents,
      tenants: active.map((p) => emptyAllocation(p)),
      unallocatedCents: active.length === 0 ? totalCents : 0n,
      fixedScaledDown: false,
    };
  }
  const fixedWanted = active.map((p) =>
    p.key!.kind === 'fixed' || p.key!.kind === 'base_plus_variable' ? BigInt(Math.max(0, p.key!.monthlyCents ?? 0)) : 0n,
  );
  const fixedSum = fixedWanted.reduce((a, b) => a + b, 0n);
  const variableTenants = active.map((p, i) => ({ p, i })).filter(({ p }) => p.key!.kind !== 'fixed');
  let fixed = fixedWanted;
  let scaled = false;
  if (fixedSum > totalCents || (fixedSum > 0n && variableTenants.length === 0)) {
    fixed = splitByLargestRemainder(totalCents, fixedWanted.some((f) => f > 0n) ? fixedWanted : fixedWanted.map(() => 1n));
    scaled = fixedSum > totalCents;
  }
  const rest = totalCents - fixed.reduce((a, b) => a + b, 0n);
  const variable = active.map(() => 0n);
  if (rest > 0n && variableTenants.length > 0) {
    const shares = variableShares(variableTenants.map(({ p }) => p));
    splitByRatios(rest, shares).forEach((cents, j) => {
      variable[variableTenants[j]!.i] = cents;
    });
  } else if (rest > 0n) {
    // Only fixed sums, all zero: nobody to carry the rest but the fixed tenants, alike.
    splitByLargestRemainder(
      rest,
      active.map(() => 1n),
    ).forEach((c, i) => {
      variable[i]! += c;
    });
  }
  const totals = active.map((_, i) => fixed[i]! + variable[i]!);
  const byItem = breakDownByItem(items, totals);
  const groupTotals = new Map<string, number>();
  for (const { p } of variableTenants) {
    const unit = unitOf(p.key!.kind)!;
    groupTotals.set(unit, (groupTotals.get(unit) ?? 0) + figureOf(p, unit));
  }
  return {
    totalCents,
    unallocatedCents: 0n,
    fixedScaledDown: scaled,
    tenants: active.map((p, i) => {
      const unit = unitOf(p.key!.kind);
      return {
        tenantId: p.tenantId,
        ags: p.ags,
        isHost: p.isHost,
        keyKind: p.key!.kind,
        fixedCents: fixed[i]!,
        variableCents: variable[i]!,
        totalCents: totals[i]!,
        byItem: byItem[i]!,
        basis: { unit, own: figureOf(p, unit), groupTotal: unit ? (groupTotals.get(unit) ?? 0) : 0 },
      };
    }),
  };
}

function emptyAllocation(p: Participant): TenantAllocation {
  const unit = unitOf(p.key!.kind);
  return {
    tenantId: p.tenantId,
    ags: p.ags,
    isHost: p.isHost,
    keyKind: p.key!.kind,
    fixedCents: 0n,
    variableCents: 0n,
    totalCents: 0n,
    byItem: new Map(),
    basis: { unit, own: figureOf(p, unit), groupTotal: 0 },
  };
}

/** Exact shares of the variable rest (rule 3), in the tenants' order. */
export function variableShares(tenants: Participant[]): Ratio[] {
  const groups = new Map<string, Participant[]>();
  for (const p of tenants) {
    const unit = unitOf(p.key!.kind)!;
    groups.set(unit, [...(groups.get(unit) ?? []), p]);
  }
  const work = (ps: Participant[]) => ps.reduce((a, p) => a + BigInt(Math.max(0, Math.round(p.contacts))), 0n);
  const allWork = tenants.length > 0 ? work(tenants) : 0n;
  const groupWeight = (ps: Participant[]) => (allWork > 0n ? ratio(work(ps), allWork) : ratio(ps.length, tenants.length));
  return tenants.map((p) => {
    const unit = unitOf(p.key!.kind)!;
    const members = groups.get(unit)!;
    const g = groupWeight(members);
    const own = BigInt(Math.max(0, Math.round(figureOf(p, unit))));
    const sum = members.reduce((a, m) => a + BigInt(Math.max(0, Math.round(figureOf(m, unit)))), 0n);
    const within = sum > 0n ? ratio(own, sum) : ratio(1, members.length);
    return ratio(g.num * within.num, g.den * within.den);
  });
}

/**
 * Breaks tenant totals down over items: item by item, the item's cents split by what each tenant
 * still has to receive (largest remainder; never more than that), the last item takes the rest.
 * Rows add up to the tenant totals and columns to the item amounts, exactly.
 */
export function breakDownByItem(items: { id: string; cents: bigint }[], totals: bigint[]): Map<string, bigint>[] {
  const remaining = [...totals];
  const out = totals.map(() => new Map<string, bigint>());
  items.forEach((item, k) => {
    let parts: bigint[];
    if (k === items.length - 1) parts = [...remaining];
    else if (item.cents === 0n) parts = remaining.map(() => 0n);
    else parts = splitByLargestRemainder(item.cents, remaining);
    parts.forEach((c, i) => {
      remaining[i]! -= c;
      out[i]!.set(item.id, c);
    });
  });
  return out;
}
