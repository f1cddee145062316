/**
 * Largest-remainder rounding (Hare–Niemeyer), exact in integers. An amount in cents is split by
 * weights so that the parts add up to the amount exactly, never one cent more or less:
 * 1. every part gets the floor of its exact quota amount × weight / Σ weights;
 * 2. the cents left over (fewer than the number of parts) go one each to the parts with the
 *    largest remainders; equal remainders are broken by the order of the parts (callers sort
 *    their parts by a stable key, e.g. the tenant's AGS, so the result never depends on chance).
 * Weights are non-negative BigInt numerators over one common denominator (see Ratio); all
 * arithmetic is BigInt, so no floating-point error can move a cent. Decision record 0101.
 */
export function splitByLargestRemainder(amountCents: bigint, weights: readonly bigint[]): bigint[] {
  if (amountCents < 0n) return splitByLargestRemainder(-amountCents, weights).map((p) => -p);
  if (weights.some((w) => w < 0n)) throw new RangeError('weights must not be negative');
  const total = weights.reduce((a, b) => a + b, 0n);
  if (weights.length === 0) {
    if (amountCents !== 0n) throw new RangeError('an amount cannot be split among no parts');
    return [];
  }
  if (total === 0n) throw new RangeError('weights must not all be zero');
  const parts = weights.map((w) => (amountCents * w) / total);
  const remainders = weights.map((w, index) => ({ index, rest: (amountCents * w) % total }));
  let left = amountCents - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    parts[index]! += 1n;
    left -= 1n;
  }
  return parts;
}

/** A non-negative exact fraction. */
export interface Ratio {
  num: bigint;
  den: bigint;
}

export const ratio = (num: bigint | number, den: bigint | number = 1n): Ratio => {
  const d = BigInt(den);
  if (d <= 0n) throw new RangeError('denominator must be positive');
  return { num: BigInt(num), den: d };
};

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y) [x, y] = [y, x % y];
  return x;
};

/** Brings fractions onto one common denominator: the integer numerators are weights for the split. */
export function commonNumerators(values: readonly Ratio[]): bigint[] {
  let lcm = 1n;
  for (const v of values) lcm = (lcm / gcd(lcm, v.den)) * v.den;
  return values.map((v) => v.num * (lcm / v.den));
}

/** Splits by exact fractional weights (e.g. each tenant's share of the center's contacts). */
export function splitByRatios(amountCents: bigint, weights: readonly Ratio[]): bigint[] {
  return splitByLargestRemainder(amountCents, commonNumerators(weights));
}
