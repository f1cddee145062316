import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonNumerators, ratio, splitByLargestRemainder, splitByRatios } from './largest-remainder.js';

const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);

describe('largest remainder', () => {
  it('splits 100 cents by three equal weights as 34, 33, 33 (ties by order)', () => {
    expect(splitByLargestRemainder(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
  });

  it('gives the leftover cent to the largest remainder, not the first part', () => {
    // quotas 33.3.., 66.6..: 33 + 66 = 99, the cent goes to the second (remainder 2/3 > 1/3)
    expect(splitByLargestRemainder(100n, [1n, 2n])).toEqual([33n, 67n]);
  });

  it('never gives a cent to a zero weight', () => {
    expect(splitByLargestRemainder(5n, [0n, 1n, 0n, 1n])).toEqual([0n, 3n, 0n, 2n]);
  });

  it('refuses all-zero and negative weights (a clear error, not a wrong bill)', () => {
    expect(() => splitByLargestRemainder(1n, [0n, 0n])).toThrow(/zero/);
    expect(() => splitByLargestRemainder(1n, [1n, -1n])).toThrow(/negative/);
  });

  it('property: for 1 to 22 parts and random amounts the parts add up exactly and stay within one cent of the quota', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10_000_000_000n }),
        fc.array(fc.bigInt({ min: 0n, max: 5_000_000n }), { minLength: 1, maxLength: 22 }).filter((w) => w.some((x) => x > 0n)),
        (amount, weights) => {
          const parts = splitByLargestRemainder(amount, weights);
          const total = sum(weights);
          expect(sum(parts)).toBe(amount);
          parts.forEach((p, i) => {
            const quota = amount * weights[i]!; // compare p*total with quota: floor <= p <= ceil
            expect(p * total <= quota + total - 1n || p * total === quota).toBe(true);
            expect(p * total >= quota - total + 1n || p * total === quota).toBe(true);
            expect(p >= 0n).toBe(true);
          });
        },
      ),
      { numRuns: 500, seed: 20261201 },
    );
  });

  it('property: exact fractions with different denominators split exactly too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 997 })), { minLength: 1, maxLength: 22 }),
        (amount, fractions) => {
          const parts = splitByRatios(
            BigInt(amount),
            fractions.map(([n, d]) => ratio(n, d)),
          );
          expect(sum(parts)).toBe(BigInt(amount));
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('common numerators keep the proportions', () => {
    expect(commonNumerators([ratio(1, 2), ratio(1, 3), ratio(1, 6)])).toEqual([3n, 2n, 1n]);
  });
});
