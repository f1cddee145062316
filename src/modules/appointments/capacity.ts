import { addDays, berlinInstant, isoWeekday } from './berlin-time.js';
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

/** Opening windows from weekly rules, day exceptions and Lower Saxony's holidays, for [from, to] (dates). */
export function buildWindows(rules: OpeningRule[], exceptions: DayException[], from: string, to: string): CapacityWindow[] {
  const windows: CapacityWindow[] = [];
  const byDay = new Map<string, DayException[]>();
  for (const e of exceptions) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e]);
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const special = byDay.get(day);
    if (special) {
      if (special.some((e) => e.closed)) continue;
      for (const e of special) {
        if (!e.opens || !e.closes || !e.seats) continue;
        windows.push({
          start: berlinInstant(day, e.opens),
          end: berlinInstant(day, e.closes),
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
        start: berlinInstant(day, r.opens),
        end: berlinInstant(day, r.closes),
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

const overlaps = (a: { start: Date; end: Date }, b: { start: Date; end: Date }) =>
  a.start < b.end && b.start < a.end;

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

/** Free slot starts on the grid of each window, earliest first. */
export function listFreeSlots(q: SlotQuery): FreeSlot[] {
  const result: FreeSlot[] = [];
  const step = q.slotMinutes * 60_000;
  const length = q.durationMinutes * 60_000;
  const claims = [...q.claims].sort((a, b) => a.start.getTime() - b.start.getTime());
  for (const w of q.windows) {
    if (w.end <= q.notBefore || w.start > q.notAfter) continue;
    const near = claims.filter((c) => overlaps(c, w));
    for (let t = w.start.getTime(); t + length <= w.end.getTime(); t += step) {
      const start = new Date(t);
      if (start < q.notBefore || start > q.notAfter) continue;
      const end = new Date(t + length);
      const free = freeSeats(w, near, start, end, q.channel).length;
      if (free > 0) {
        result.push({ start, end, freeSeats: free });
        if (q.limit && result.length >= q.limit) return result;
      }
    }
  }
  return result;
}
