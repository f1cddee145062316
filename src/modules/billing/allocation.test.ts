import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateMonth, breakDownByItem, type AllocationKey, type KeyKind, type Participant } from './allocation.js';
import { monthlyAmounts, type CostItem } from './cost-plan.js';
import { keyForMonth, type KeyVersion } from './participation.js';
import { monthsOfYear } from './billing-periods.js';

const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);

const tenant = (n: number, key: AllocationKey | null, contacts = 0, talkSeconds = 0, isHost = false): Participant => ({
  tenantId: `t${String(n).padStart(2, '0')}`,
  ags: `032410${String(n).padStart(2, '0')}`,
  isHost,
  key,
  contacts,
  talkSeconds,
});

const kinds: KeyKind[] = ['per_contact', 'per_minute', 'per_inhabitant', 'base_plus_variable', 'fixed'];

const keyArb: fc.Arbitrary<AllocationKey> = fc.record({
  kind: fc.constantFrom(...kinds),
  monthlyCents: fc.integer({ min: 0, max: 3_000_000 }),
  inhabitants: fc.integer({ min: 0, max: 1_200_000 }),
  inhabitantsAsOf: fc.constant('2025-12-31'),
});

describe('allocation of a month', () => {
  it('property: 1 to 22 tenants, any keys, random amounts and figures: every item and the month add up to the cent', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 50_000_000n }), { minLength: 1, maxLength: 6 }),
        fc.array(
          fc.record({ key: fc.option(keyArb, { freq: 6 }), contacts: fc.nat(20_000), talk: fc.nat(2_000_000), host: fc.boolean() }),
          { minLength: 1, maxLength: 22 },
        ),
        (amounts, rows) => {
          const items = amounts.map((cents, i) => ({ id: `item${i}`, cents }));
          const participants = rows.map((r, i) => tenant(i + 1, r.key, r.contacts, r.talk, r.host && i === 0));
          const result = allocateMonth(items, participants);
          const total = sum(amounts);
          expect(sum(result.tenants.map((t) => t.totalCents)) + result.unallocatedCents).toBe(total);
          for (const item of items) {
            expect(sum(result.tenants.map((t) => t.byItem.get(item.id) ?? 0n)) + (result.unallocatedCents > 0n ? item.cents : 0n)).toBe(
              item.cents,
            );
          }
          for (const t of result.tenants) {
            expect(sum([...t.byItem.values()])).toBe(t.totalCents);
            expect(t.fixedCents + t.variableCents).toBe(t.totalCents);
            expect(t.totalCents >= 0n).toBe(true);
          }
        },
      ),
      { numRuns: 400, seed: 115 },
    );
  });

  it('per contact: 3 tenants with 100, 200, 300 contacts share 1,000.00 EUR as 166.67, 333.33, 500.00', () => {
    const key: AllocationKey = { kind: 'per_contact' };
    const r = allocateMonth([{ id: 'p', cents: 100_000n }], [tenant(1, key, 100), tenant(2, key, 200), tenant(3, key, 300)]);
    expect(r.tenants.map((t) => t.totalCents)).toEqual([16_667n, 33_333n, 50_000n]);
  });

  it('fixed sums and bases come first; the rest follows the variable keys', () => {
    const r = allocateMonth(
      [{ id: 'p', cents: 1_000_00n }],
      [
        tenant(1, { kind: 'fixed', monthlyCents: 300_00 }),
        tenant(2, { kind: 'base_plus_variable', monthlyCents: 100_00 }, 10),
        tenant(3, { kind: 'per_contact' }, 30),
      ],
    );
    expect(r.tenants.map((t) => [t.fixedCents, t.variableCents])).toEqual([
      [300_00n, 0n],
      [100_00n, 150_00n],
      [0n, 450_00n],
    ]);
  });

  it('fixed sums above the cost are scaled down, and flagged', () => {
    const r = allocateMonth(
      [{ id: 'p', cents: 100n }],
      [tenant(1, { kind: 'fixed', monthlyCents: 300 }), tenant(2, { kind: 'fixed', monthlyCents: 100 })],
    );
    expect(r.fixedScaledDown).toBe(true);
    expect(r.tenants.map((t) => t.totalCents)).toEqual([75n, 25n]);
  });

  it('mixed keys: groups share the rest by the work done, within a group by its own unit', () => {
    const r = allocateMonth(
      [{ id: 'p', cents: 1_000_00n }],
      [
        tenant(1, { kind: 'per_contact' }, 100),
        tenant(2, { kind: 'per_inhabitant', inhabitants: 50_000, inhabitantsAsOf: '2025-12-31' }, 300),
        tenant(3, { kind: 'per_inhabitant', inhabitants: 50_000, inhabitantsAsOf: '2025-12-31' }, 100),
      ],
    );
    expect(r.tenants.map((t) => t.totalCents)).toEqual([200_00n, 400_00n, 400_00n]);
    expect(r.tenants[1]!.basis).toEqual({ unit: 'inhabitants', own: 50_000, groupTotal: 100_000 });
  });

  it('no contacts at all: each tenant alike (no division by zero)', () => {
    const key: AllocationKey = { kind: 'per_minute' };
    const r = allocateMonth([{ id: 'p', cents: 100n }], [tenant(1, key), tenant(2, key), tenant(3, key)]);
    expect(r.tenants.map((t) => t.totalCents)).toEqual([34n, 33n, 33n]);
  });

  it("the host's own traffic is the host's share (flagged, so it is never invoiced)", () => {
    const key: AllocationKey = { kind: 'per_contact' };
    const r = allocateMonth([{ id: 'p', cents: 1_000n }], [tenant(1, key, 600, 0, true), tenant(2, key, 400)]);
    expect(r.tenants.map((t) => [t.isHost, t.totalCents])).toEqual([
      [true, 600n],
      [false, 400n],
    ]);
  });

  it('without any participant the month stays with the host', () => {
    const r = allocateMonth([{ id: 'p', cents: 1_234n }], [tenant(1, null)]);
    expect(r.unallocatedCents).toBe(1_234n);
    expect(r.tenants).toEqual([]);
  });

  it('break-down never goes negative and keeps rows and columns exact', () => {
    const rows = breakDownByItem(
      [
        { id: 'a', cents: 1n },
        { id: 'b', cents: 1n },
        { id: 'c', cents: 1n },
      ],
      [1n, 1n, 1n],
    );
    expect(rows.map((m) => [...m.values()])).toEqual([
      [1n, 0n, 0n],
      [0n, 1n, 0n],
      [0n, 0n, 1n],
    ]);
  });
});

describe('pro rata by month over a year', () => {
  const personnel: CostItem = {
    id: 'p',
    name: 'Personal',
    category: 'personnel',
    bearer: 'participants',
    changes: [{ from: '2022-01-01', annualAmountCents: 26_800_000 }],
  };
  const key: KeyVersion = { kind: 'per_inhabitant', inhabitants: 50_000, inhabitantsAsOf: '2021-12-31', effectiveFrom: '2022-01-01' };

  function yearFor(terms: { start: string; end?: string }[]) {
    const totals = terms.map(() => 0n);
    let allocated = 0n;
    const amounts = monthlyAmounts(personnel, 2022);
    monthsOfYear(2022).forEach((month, m) => {
      const participants = terms.map((term, i) =>
        tenant(i + 1, keyForMonth(month, { start: term.start, end: term.end ?? null }, [{ ...key, effectiveFrom: term.start }])),
      );
      const r = allocateMonth([{ id: 'p', cents: amounts[m]! }], participants);
      allocated += sum(r.tenants.map((t) => t.totalCents)) + r.unallocatedCents;
      for (const t of r.tenants) totals[Number(t.tenantId.slice(1)) - 1]! += t.totalCents;
    });
    return { totals, allocated };
  }

  it('a tenant joining on 1 January pays all twelve months; one joining mid-year (15 July) from July', () => {
    const { totals, allocated } = yearFor([{ start: '2022-01-01' }, { start: '2022-07-15' }]);
    expect(allocated).toBe(26_800_000n);
    // Jan-Jun the first alone, Jul-Dec both alike (same inhabitants).
    const months = monthlyAmounts(personnel, 2022);
    const firstHalf = sum(months.slice(0, 6));
    const secondHalf = sum(months.slice(6));
    expect(totals[0]! + totals[1]!).toBe(26_800_000n);
    expect(totals[1]).toBeGreaterThanOrEqual(secondHalf / 2n - 6n);
    expect(totals[1]).toBeLessThanOrEqual(secondHalf / 2n + 6n);
    expect(totals[0]).toBe(firstHalf + (secondHalf - totals[1]!));
  });

  it('a tenant leaving on 10 March pays January to March, not April', () => {
    expect(keyForMonth('2022-03', { start: '2022-01-01', end: '2022-03-10' }, [key])).not.toBeNull();
    expect(keyForMonth('2022-04', { start: '2022-01-01', end: '2022-03-10' }, [key])).toBeNull();
    expect(keyForMonth('2021-12', { start: '2022-01-01', end: null }, [key])).toBeNull();
  });

  it('the key version in force at the month end applies to the whole month', () => {
    const versions: KeyVersion[] = [key, { kind: 'fixed', monthlyCents: 1_000, effectiveFrom: '2022-05-20' }];
    expect(keyForMonth('2022-04', { start: '2022-01-01', end: null }, versions)?.kind).toBe('per_inhabitant');
    expect(keyForMonth('2022-05', { start: '2022-01-01', end: null }, versions)?.kind).toBe('fixed');
  });
});

describe('cost plan months', () => {
  it('an annual amount spreads over the months by days and adds up to the year to the cent', () => {
    const months = monthlyAmounts(
      {
        id: 'm',
        name: 'Sach',
        category: 'material',
        bearer: 'participants',
        changes: [{ from: '2026-01-01', annualAmountCents: 4_850_000 }],
      },
      2026,
    );
    expect(sum(months)).toBe(4_850_000n);
    expect(months[1]).toBeLessThan(months[0]!); // February has fewer days
  });

  it('a new agent from 1 September: the higher amount counts from that day', () => {
    const item: CostItem = {
      id: 'p',
      name: 'Personal',
      category: 'personnel',
      bearer: 'participants',
      changes: [
        { from: '2026-01-01', annualAmountCents: 26_800_000 },
        { from: '2026-09-01', annualAmountCents: 32_160_000 },
      ],
    };
    const months = monthlyAmounts(item, 2026);
    // 243 days at 268,000 + 122 days at 321,600, over 365 days
    const exact = (243 * 26_800_000 + 122 * 32_160_000) / 365;
    expect(Number(sum(months))).toBe(Math.round(exact));
    expect(months[8]).toBeGreaterThan(months[7]!);
  });

  it('a one-off amount falls into the month it is booked in', () => {
    const months = monthlyAmounts(
      {
        id: 'o',
        name: 'Telefonanlage',
        category: 'one_off',
        bearer: 'host',
        changes: [],
        oneOffAmountCents: 12_000_000,
        bookedOn: '2022-02-14',
      },
      2022,
    );
    expect(months[1]).toBe(12_000_000n);
    expect(sum(months)).toBe(12_000_000n);
  });
});
