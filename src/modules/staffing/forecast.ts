/**
 * Forecast of offered calls and handling time per interval from history (pure; the data comes from
 * the reporting rollups through staffing.data.ts). Model, per tenant, on Berlin calendar dates:
 *
 *   calls(day, slot) = level(day) × dayFactor(class(day)) × bridge(day) × share(class(day), slot)
 *
 * - level: least-squares line through the de-seasonalised daily totals of normal working days (trend);
 *   never below zero.
 * - dayFactor: mean ratio of a day's total to the trend line, per day class: class 1 is the first
 *   working day after a closed day (the Monday peak, also Tuesday after Easter Monday), 2–5 the
 *   other weekdays.
 * - bridge: mean ratio on bridge days seen in history (1 when none was seen).
 * - holidays and weekends: closed, no calls.
 * - share: the intraday profile per day class (share of the day's calls per slot); a class with fewer
 *   than 3 days in history uses the profile of all days.
 * - AHT per slot: handling seconds / answered calls over all history in that slot (else the overall
 *   mean, else 180 s).
 * Backtest: the last 28 days of history are held out, the model is fitted on the rest and compared:
 * MAPE over held-out working-day slots with calls (and over days).
 */
import { addDays, dayClass, daysBetween, isBridgeDay, isWorkingDay } from './calendar-days.js';

export interface HistoryInterval {
  /** Berlin calendar date of the interval start. */
  date: string;
  /** Minutes after local midnight of the interval start (0, 30, … for half hours). */
  minute: number;
  offered: number;
  answered: number;
  /** Handling seconds (talk + wrap-up) of the answered calls. */
  handleSeconds: number;
}

export interface ForecastOptions {
  intervalMinutes: 15 | 30;
  /** First and last forecast date (inclusive). */
  from: string;
  to: string;
  /** Service hours, minutes after midnight [open, close): only these slots get calls. */
  openMinute?: number;
  closeMinute?: number;
}

export interface ForecastInterval {
  date: string;
  minute: number;
  calls: number;
  ahtSeconds: number;
}

export interface ForecastModel {
  trendPerWeek: number;
  dayFactors: Record<number, number>;
  bridgeFactor: number;
  forecast(date: string, minute: number): ForecastInterval;
}

const DEFAULT_AHT = 180;
const HOLDOUT_DAYS = 28;

export function fitForecast(history: readonly HistoryInterval[], intervalMinutes: 15 | 30): ForecastModel {
  const perDay = new Map<string, number>();
  const perDaySlot = new Map<string, Map<number, number>>();
  const handle = new Map<number, { seconds: number; answered: number }>();
  let totalHandle = 0;
  let totalAnswered = 0;
  let first: string | undefined;
  let last: string | undefined;
  for (const h of history) {
    const slot = Math.floor(h.minute / intervalMinutes) * intervalMinutes;
    perDay.set(h.date, (perDay.get(h.date) ?? 0) + h.offered);
    const slots = perDaySlot.get(h.date) ?? new Map<number, number>();
    slots.set(slot, (slots.get(slot) ?? 0) + h.offered);
    perDaySlot.set(h.date, slots);
    const hs = handle.get(slot) ?? { seconds: 0, answered: 0 };
    hs.seconds += h.handleSeconds;
    hs.answered += h.answered;
    handle.set(slot, hs);
    totalHandle += h.handleSeconds;
    totalAnswered += h.answered;
    if (!first || h.date < first) first = h.date;
    if (!last || h.date > last) last = h.date;
  }
  // Every working day between the first and last history date is a day (missing = no calls).
  const days: { date: string; t: number; total: number; cls: number; bridge: boolean }[] = [];
  if (first && last) {
    for (let d = first; d <= last; d = addDays(d, 1)) {
      if (!isWorkingDay(d)) continue;
      days.push({ date: d, t: daysBetween(first, d), total: perDay.get(d) ?? 0, cls: dayClass(d), bridge: isBridgeDay(d) });
    }
  }
  const normal = days.filter((d) => !d.bridge);

  // Day factors without trend first, then the trend on de-seasonalised totals, then factors again.
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
  const overall = mean(normal.map((d) => d.total)) || 1;
  let factors: Record<number, number> = {};
  for (const c of [1, 2, 3, 4, 5]) {
    const xs = normal.filter((d) => d.cls === c).map((d) => d.total);
    factors[c] = xs.length ? mean(xs) / overall : 1;
  }
  const { a, b } = fitLine(normal.map((d) => [d.t, d.total / (factors[d.cls] || 1)]));
  const level = (t: number) => Math.max(0, a + b * t);
  const refit: Record<number, number> = {};
  for (const c of [1, 2, 3, 4, 5]) {
    const xs = normal.filter((d) => d.cls === c && level(d.t) > 0).map((d) => d.total / level(d.t));
    refit[c] = xs.length ? mean(xs) : (factors[c] ?? 1);
  }
  factors = refit;
  const bridges = days.filter((d) => d.bridge && level(d.t) > 0).map((d) => d.total / (level(d.t) * (factors[d.cls] ?? 1)));
  const bridgeFactor = bridges.length ? mean(bridges) : 1;

  // Intraday profiles.
  const profileOf = (dates: string[]) => {
    const sums = new Map<number, number>();
    let total = 0;
    for (const date of dates) {
      for (const [slot, n] of perDaySlot.get(date) ?? []) {
        sums.set(slot, (sums.get(slot) ?? 0) + n);
        total += n;
      }
    }
    return { sums, total };
  };
  const allProfile = profileOf(days.map((d) => d.date));
  const profiles = new Map<number, ReturnType<typeof profileOf>>();
  for (const c of [1, 2, 3, 4, 5]) {
    const dates = normal.filter((d) => d.cls === c).map((d) => d.date);
    const p = profileOf(dates);
    profiles.set(c, dates.length >= 3 && p.total > 0 ? p : allProfile);
  }
  const overallAht = totalAnswered > 0 ? totalHandle / totalAnswered : DEFAULT_AHT;

  return {
    trendPerWeek: b * 7,
    dayFactors: factors,
    bridgeFactor,
    forecast(date, minute) {
      const slot = Math.floor(minute / intervalMinutes) * intervalMinutes;
      const hs = handle.get(slot);
      const ahtSeconds = hs && hs.answered > 0 ? hs.seconds / hs.answered : overallAht;
      if (!first || !isWorkingDay(date)) return { date, minute: slot, calls: 0, ahtSeconds };
      const cls = dayClass(date);
      const profile = profiles.get(cls)!;
      const share = profile.total > 0 ? (profile.sums.get(slot) ?? 0) / profile.total : 0;
      const dayTotal = level(daysBetween(first, date)) * (factors[cls] ?? 1) * (isBridgeDay(date) ? bridgeFactor : 1);
      return { date, minute: slot, calls: dayTotal * share, ahtSeconds };
    },
  };
}

function fitLine(points: [number, number][]): { a: number; b: number } {
  const n = points.length;
  if (n === 0) return { a: 0, b: 0 };
  const mx = points.reduce((s, p) => s + p[0], 0) / n;
  const my = points.reduce((s, p) => s + p[1], 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
  }
  const b = sxx > 0 ? sxy / sxx : 0;
  return { a: my - b * mx, b };
}

export function forecastIntervals(history: readonly HistoryInterval[], options: ForecastOptions): ForecastInterval[] {
  const model = fitForecast(history, options.intervalMinutes);
  return intervalsOf(model, options);
}

function intervalsOf(model: ForecastModel, options: ForecastOptions): ForecastInterval[] {
  const open = options.openMinute ?? 8 * 60;
  const close = options.closeMinute ?? 18 * 60;
  const out: ForecastInterval[] = [];
  for (let d = options.from; d <= options.to; d = addDays(d, 1)) {
    if (!isWorkingDay(d)) continue;
    for (let m = open; m < close; m += options.intervalMinutes) out.push(model.forecast(d, m));
  }
  return out;
}

export interface Backtest {
  /** Mean absolute percentage error over held-out working-day slots with calls (0.1 = 10 %). */
  intervalMape: number | null;
  /** The same over held-out working days. */
  dayMape: number | null;
  heldOutFrom: string | null;
  heldOutTo: string | null;
}

/** Holds out the last four weeks of history, fits on the rest and measures the error. */
export function backtestForecast(
  history: readonly HistoryInterval[],
  options: Pick<ForecastOptions, 'intervalMinutes' | 'openMinute' | 'closeMinute'>,
): Backtest {
  const none: Backtest = { intervalMape: null, dayMape: null, heldOutFrom: null, heldOutTo: null };
  if (history.length === 0) return none;
  const last = history.reduce((m, h) => (h.date > m ? h.date : m), history[0]!.date);
  const first = history.reduce((m, h) => (h.date < m ? h.date : m), history[0]!.date);
  const cut = addDays(last, -(HOLDOUT_DAYS - 1));
  if (daysBetween(first, cut) < 28) return none; // less than four weeks left to fit on
  const train = history.filter((h) => h.date < cut);
  const test = history.filter((h) => h.date >= cut);
  const model = fitForecast(train, options.intervalMinutes);
  const actual = new Map<string, number>();
  const actualDay = new Map<string, number>();
  for (const h of test) {
    const slot = Math.floor(h.minute / options.intervalMinutes) * options.intervalMinutes;
    actual.set(`${h.date} ${slot}`, (actual.get(`${h.date} ${slot}`) ?? 0) + h.offered);
    actualDay.set(h.date, (actualDay.get(h.date) ?? 0) + h.offered);
  }
  const predicted = intervalsOf(model, { ...options, from: cut, to: last });
  const predictedDay = new Map<string, number>();
  let err = 0;
  let n = 0;
  for (const p of predicted) {
    predictedDay.set(p.date, (predictedDay.get(p.date) ?? 0) + p.calls);
    const a = actual.get(`${p.date} ${p.minute}`) ?? 0;
    if (a > 0) {
      err += Math.abs(p.calls - a) / a;
      n++;
    }
  }
  let dayErr = 0;
  let days = 0;
  for (const [date, f] of predictedDay) {
    const a = actualDay.get(date) ?? 0;
    if (a > 0) {
      dayErr += Math.abs(f - a) / a;
      days++;
    }
  }
  return { intervalMape: n ? err / n : null, dayMape: days ? dayErr / days : null, heldOutFrom: cut, heldOutTo: last };
}
