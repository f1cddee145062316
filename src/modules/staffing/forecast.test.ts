import { describe, expect, it } from 'vitest';
import { addDays, dayClass, isBridgeDay, isoWeekday, isWorkingDay } from './calendar-days.js';
import { backtestForecast, fitForecast, forecastIntervals, type HistoryInterval } from './forecast.js';
import { seededRandom } from './random.js';

/** Poisson draw (Knuth for small means, normal approximation above 50). */
function poisson(random: ReturnType<typeof seededRandom>, mean: number): number {
  if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gauss(random)));
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= random.next();
  } while (p > l);
  return k - 1;
}
const gauss = (r: ReturnType<typeof seededRandom>) => Math.sqrt(-2 * Math.log(1 - r.next())) * Math.cos(2 * Math.PI * r.next());

// Synthetic tenant: 400 calls a day growing 2 % a week, Monday peak 1.3, Friday 0.8, bridge days 0.7,
// a morning-heavy half-hour profile from 8 to 18, AHT 200 s; Poisson noise.
const dayFactor: Record<number, number> = { 1: 1.3, 2: 1.0, 3: 0.95, 4: 1.0, 5: 0.8 };
const profile = Array.from({ length: 20 }, (_, i) => (i < 2 ? 0.7 : i < 6 ? 1.6 : i < 12 ? 1.0 : 0.6));
const profileSum = profile.reduce((s, x) => s + x, 0);
function synthetic(from: string, to: string, seed = 5): HistoryInterval[] {
  const random = seededRandom(seed);
  const out: HistoryInterval[] = [];
  let week = 0;
  for (let d = from, i = 0; d <= to; d = addDays(d, 1), i++) {
    week = i / 7;
    if (!isWorkingDay(d)) continue;
    const total = 400 * (1 + 0.02 * week) * dayFactor[dayClass(d)]! * (isBridgeDay(d) ? 0.7 : 1);
    profile.forEach((w, slot) => {
      const offered = poisson(random, (total * w) / profileSum);
      if (offered > 0) out.push({ date: d, minute: 480 + slot * 30, offered, answered: offered, handleSeconds: offered * 200 });
    });
  }
  return out;
}

describe('calendar facts (Lower Saxony)', () => {
  it('Easter 2026: Good Friday and Easter Monday closed; the Tuesday after carries the Monday peak', () => {
    expect(isWorkingDay('2026-04-03')).toBe(false);
    expect(isWorkingDay('2026-04-06')).toBe(false);
    expect(dayClass('2026-04-07')).toBe(1);
    expect(dayClass('2026-04-08')).toBe(3);
    expect(isoWeekday('2026-04-07')).toBe(2);
  });
  it('the Friday after Ascension (14 May 2026) is a bridge day; an ordinary Friday is not', () => {
    expect(isBridgeDay('2026-05-15')).toBe(true);
    expect(isBridgeDay('2026-05-22')).toBe(false);
  });
});

describe('forecast from history', () => {
  const history = synthetic('2026-02-02', '2026-05-31');

  it('learns the Monday peak, the trend and the bridge-day dip', () => {
    const model = fitForecast(history, 30);
    expect(model.dayFactors[1]! / model.dayFactors[2]!).toBeGreaterThan(1.2);
    expect(model.dayFactors[1]! / model.dayFactors[2]!).toBeLessThan(1.4);
    expect(model.dayFactors[5]! / model.dayFactors[2]!).toBeCloseTo(0.8, 1);
    // 2 % of 400 a week = 8 calls a week per day
    expect(model.trendPerWeek).toBeGreaterThan(5);
    expect(model.trendPerWeek).toBeLessThan(11);
    expect(model.bridgeFactor).toBeGreaterThan(0.6);
    expect(model.bridgeFactor).toBeLessThan(0.8);
  });

  it('forecasts no calls on holidays and weekends, the morning peak on a Monday, AHT from history', () => {
    const out = forecastIntervals(history, { intervalMinutes: 30, from: '2026-06-01', to: '2026-06-07' });
    // 2026-06-01 is a Monday; five working days x 20 half hours
    expect(out).toHaveLength(100);
    const monday = out.filter((i) => i.date === '2026-06-01');
    const tuesday = out.filter((i) => i.date === '2026-06-02');
    const sum = (xs: typeof out) => xs.reduce((s, i) => s + i.calls, 0);
    expect(sum(monday) / sum(tuesday)).toBeGreaterThan(1.2);
    const peak = monday.reduce((m, i) => (i.calls > m.calls ? i : m));
    expect(peak.minute).toBeGreaterThanOrEqual(540);
    expect(peak.minute).toBeLessThan(720);
    expect(out.every((i) => Math.abs(i.ahtSeconds - 200) < 1e-9)).toBe(true);
    const whitMonday = forecastIntervals(history, { intervalMinutes: 30, from: '2026-05-25', to: '2026-05-25' });
    expect(whitMonday).toHaveLength(0);
  });

  it('backtest on the last four weeks held out: a small error on synthetic data', () => {
    const bt = backtestForecast(history, { intervalMinutes: 30 });
    expect(bt.heldOutTo).toBe('2026-05-29'); // the last day with calls (a Friday)
    expect(bt.heldOutFrom).toBe('2026-05-02');
    // Poisson noise alone on ~20 calls a half hour gives ~15-20 % interval MAPE.
    expect(bt.intervalMape!).toBeLessThan(0.3);
    expect(bt.dayMape!).toBeLessThan(0.1);
  });

  it('too little history: no backtest, and an empty history forecasts nothing', () => {
    expect(backtestForecast(synthetic('2026-05-01', '2026-05-31'), { intervalMinutes: 30 }).intervalMape).toBeNull();
    expect(forecastIntervals([], { intervalMinutes: 30, from: '2026-06-01', to: '2026-06-01' }).every((i) => i.calls === 0)).toBe(true);
  });
});
