import { addDays, isoWeekday, localInstant } from '../../platform/time/berlin-time.js';
import { holidayName } from './holidays.js';

/**
 * Pure capacity logic: which seats (counters or staff) exist when, which of them
 * each booking channel may use, and which slot starts are still free. The
 * database enforces that no seat is ever claimed twice (exclusion constraint);
 * this code decides which seat to try.
 */
export type Channel = 'online' | 'callcenter' | 'internal';

export interface OpeningRule {
  weekday: number;
  opens: string;
  closes: string;
  seats: number;
  callcenterSeats: number;
  onlineSeats: number;
  validFrom: string | null;
  validUntil: string | null;
}

export interface DayException {
  day: string;
  closed: boolean;
  opens: string | null;
  closes: string | null;
  seats: number | null;
  callcenterSeats: number | null;
  onlineSeats: number | null;
}

/** One stretch of time with a fixed number of seats, per channel (nested: online ≤ call center ≤ all). */
export interface CapacityWindow {
  start: Date;
  end: Date;
  seats: number;
  callcenterSeats: number;
  onlineSeats: number;
}

export interface SeatClaim {
  seat: number;
  start: Date;
  end: Date;
}

/**
 * Opening windows from weekly rules, day exceptions, Lower Saxony's holidays and the tenant's closing days
 * (`closedDays`: the whole administration is closed, so a day exception with special hours does not open it),
 * for [from, to] (dates).
 */
export function buildWindows(
  rules: OpeningRule[],
  exceptions: DayException[],
  from: string,
  to: string,
  closedDays: ReadonlySet<string> = new Set(),
): CapacityWindow[] {
  const windows: CapacityWindow[] = [];
  const byDay = new Map<string, DayException[]>();
  for (const e of exceptions) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e]);
  for (let day = from; day <= to; day = addDays(day, 1)) {
    if (closedDays.has(day)) continue;
    const special = byDay.get(day);
    if (special) {
      if (special.some((e) => e.closed)) continue;
      for (const e of special) {
        if (!e.opens || !e.closes || !e.seats) continue;
        windows.push({
          start: localInstant(day, e.opens),
          end: localInstant(day, e.closes),
          seats: e.seats,
          callcenterSeats: Math.min(e.callcenterSeats ?? e.seats, e.seats),
          onlineSeats: Math.min(e.onlineSeats ?? e.seats, e.callcenterSeats ?? e.seats, e.seats),
        });
      }
      continue;
    }
    if (holidayName(day)) continue;
    const weekday = isoWeekday(day);
    for (const r of rules) {
      if (r.weekday !== weekday) continue;
      if ((r.validFrom && day < r.validFrom) || (r.validUntil && day > r.validUntil)) continue;
      windows.push({
        start: localInstant(day, r.opens),
        end: localInstant(day, r.closes),
        seats: r.seats,
        callcenterSeats: r.callcenterSeats,
        onlineSeats: r.onlineSeats,
      });
    }
  }
  return windows.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/**
 * Seats a channel may use, in the order to try them. Online takes the lowest
 * seats; call center and internal bookings take the highest first, so they use
 * their own share before eating into what the web contingent could still sell.
 */
export function seatOrder(channel: Channel, window: CapacityWindow): number[] {
  const limit = channel === 'online' ? window.onlineSeats : channel === 'callcenter' ? window.callcenterSeats : window.seats;
  const seats = Array.from({ length: Math.max(0, limit) }, (_, i) => i + 1);
  return channel === 'online' ? seats : seats.reverse();
}

const overlaps = (a: { start: Date; end: Date }, b: { start: Date; end: Date }) => a.start < b.end && b.start < a.end;

/** The window that holds [start, end) completely, if any. */
export function windowFor(windows: CapacityWindow[], start: Date, end: Date): CapacityWindow | undefined {
  return windows.find((w) => w.start <= start && end <= w.end);
}

/** Seats of `channel` that are free over [start, end), in preference order. */
export function freeSeats(window: CapacityWindow, claims: SeatClaim[], start: Date, end: Date, channel: Channel): number[] {
  const taken = new Set(claims.filter((c) => overlaps(c, { start, end })).map((c) => c.seat));
  return seatOrder(channel, window).filter((s) => !taken.has(s));
}

/** Minutes of one appointment: the sum of its services, rounded up to the slot grid. */
export function appointmentMinutes(serviceMinutes: number[], slotMinutes: number): number {
  const total = serviceMinutes.reduce((a, b) => a + b, 0);
  return Math.max(slotMinutes, Math.ceil(total / slotMinutes) * slotMinutes);
}

export interface FreeSlot {
  start: Date;
  end: Date;
  freeSeats: number;
}

export interface SlotQuery {
  windows: CapacityWindow[];
  claims: SeatClaim[];
  durationMinutes: number;
  slotMinutes: number;
  channel: Channel;
  /** Earliest start (now plus the services' lead time). */
  notBefore: Date;
  /** Latest start (the booking horizon). */
  notAfter: Date;
  limit?: number;
}

/**
 * Free slot starts on the grid of each window, earliest first. Works on numbers
 * with one cursor per seat (claims sorted by start), so four weeks of a busy
 * office take about a millisecond.
 */
export function listFreeSlots(q: SlotQuery): FreeSlot[] {
  const result: FreeSlot[] = [];
  const step = q.slotMinutes * 60_000;
  const length = q.durationMinutes * 60_000;
  const notBefore = q.notBefore.getTime();
  const notAfter = q.notAfter.getTime();
  const claims = q.claims.map((c) => ({ seat: c.seat, start: c.start.getTime(), end: c.end.getTime() })).sort((a, b) => a.start - b.start);
  for (const w of q.windows) {
    const ws = w.start.getTime();
    const we = w.end.getTime();
    if (we <= notBefore || ws > notAfter) continue;
    const seats = seatOrder(q.channel, w);
    const busy = new Map<number, { start: number; end: number }[]>(seats.map((s) => [s, []]));
    for (const c of claims) if (c.start < we && ws < c.end) busy.get(c.seat)?.push(c);
    const cursor = new Map<number, number>(seats.map((s) => [s, 0]));
    for (let t = ws; t + length <= we; t += step) {
      if (t < notBefore || t > notAfter) continue;
      let free = 0;
      for (const seat of seats) {
        const list = busy.get(seat)!;
        let i = cursor.get(seat)!;
        // Claims ending before this start can never matter again (starts only grow).
        while (i < list.length && list[i]!.end <= t) i++;
        cursor.set(seat, i);
        let taken = false;
        for (let j = i; j < list.length && list[j]!.start < t + length; j++) {
          if (list[j]!.end > t) {
            taken = true;
            break;
          }
        }
        if (!taken) free++;
      }
      if (free > 0) {
        result.push({ start: new Date(t), end: new Date(t + length), freeSeats: free });
        if (q.limit && result.length >= q.limit) return result;
      }
    }
  }
  return result;
}
