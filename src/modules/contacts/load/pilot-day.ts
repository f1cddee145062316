import { localDate, localInstant } from '../../../platform/time/berlin-time.js';
import type { CallEventInput } from '../telephony/telephony.contract.js';

/**
 * A realistic day of calls at pilot scale: several municipalities, Monday to
 * Friday 8:00 to 18:00 Europe/Berlin with the morning peak (9 to 11) the TIZ
 * sees, about 35 s average wait, callers who give up after a minute or two,
 * a few call-backs, transfers to the departments. Deterministic for a seed.
 * Events are what a telephone system pushes; the player sends them through the
 * real HTTP endpoint, slightly out of order and with some repeats, as real
 * systems do.
 */
export interface PilotLine {
  dialledNumber: string;
  queue: string;
  /** Relative call volume. */
  weight: number;
}

export interface PilotDayOptions {
  /** Any instant on the day to play (its Europe/Berlin calendar day is used). */
  day: Date;
  lines: PilotLine[];
  calls: number;
  agentIds: string[];
  seed?: number;
  /** Only calls offered in [from, to) (e.g. "until now" for demo data). */
  from?: Date;
  to?: Date;
  /** Prefix of call ids, so several runs do not collide. */
  callIdPrefix?: string;
}

export interface PilotCall {
  callId: string;
  line: PilotLine;
  offeredAt: Date;
  outcome: 'answered' | 'abandoned' | 'callback';
  agentId: string | null;
  events: CallEventInput[];
}

/** Share of the day's calls per hour from 8:00 (morning peak 9 to 11). */
const hourlyProfile = [0.09, 0.15, 0.15, 0.12, 0.09, 0.08, 0.09, 0.09, 0.08, 0.06];

export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 08:00 Europe/Berlin (the business zone) on the local calendar day of `day`. */
const berlinEight = (day: Date): Date => localInstant(localDate(day), '08:00');

export function generatePilotDay(options: PilotDayOptions): PilotCall[] {
  const random = mulberry32(options.seed ?? 115);
  const exp = (mean: number) => -Math.log(1 - random()) * mean;
  const start = berlinEight(options.day);
  const totalWeight = options.lines.reduce((n, l) => n + l.weight, 0);
  const pickLine = () => {
    let r = random() * totalWeight;
    for (const line of options.lines) if ((r -= line.weight) <= 0) return line;
    return options.lines[options.lines.length - 1]!;
  };
  const calls: PilotCall[] = [];
  let index = 0;
  hourlyProfile.forEach((share, hour) => {
    const count = Math.round(options.calls * share);
    for (let i = 0; i < count; i++) {
      const offeredAt = new Date(start.getTime() + (hour * 3600 + random() * 3600) * 1000);
      index++;
      if (options.from && offeredAt < options.from) continue;
      if (options.to && offeredAt >= options.to) continue;
      const line = pickLine();
      const callId = `${options.callIdPrefix ?? 'pd'}-${index}`;
      const caller = `0511${String(4000000 + Math.floor(random() * 5_000_000))}`;
      const at = (seconds: number) => new Date(offeredAt.getTime() + seconds * 1000).toISOString();
      const base = { callId, dialledNumber: line.dialledNumber, queue: line.queue, callerNumber: caller };
      const events: CallEventInput[] = [
        { ...base, eventId: `${callId}:offered`, type: 'offered', occurredAt: at(0) },
        { ...base, eventId: `${callId}:queued`, type: 'queued', occurredAt: at(1) },
      ];
      const wait = Math.min(600, exp(35));
      const patience = exp(110);
      let outcome: PilotCall['outcome'];
      let agentId: string | null = null;
      if (random() < 0.03 && wait > 20) {
        outcome = 'callback';
        events.push({ ...base, eventId: `${callId}:callback`, type: 'callback_requested', occurredAt: at(20) });
      } else if (patience < wait) {
        outcome = 'abandoned';
        events.push({ ...base, eventId: `${callId}:abandoned`, type: 'abandoned', occurredAt: at(1 + patience) });
      } else {
        outcome = 'answered';
        agentId = options.agentIds[Math.floor(random() * options.agentIds.length)] ?? null;
        const talk = 30 + exp(120);
        events.push({ ...base, agentId, eventId: `${callId}:ringing`, type: 'ringing', occurredAt: at(1 + Math.max(0, wait - 4)) });
        events.push({ ...base, agentId, eventId: `${callId}:answered`, type: 'answered', occurredAt: at(1 + wait) });
        if (random() < 0.25) {
          events.push({
            ...base,
            agentId,
            eventId: `${callId}:transferred`,
            type: 'transferred',
            occurredAt: at(1 + wait + talk),
            target: 'Fachbereich',
          });
        }
        events.push({ ...base, agentId, eventId: `${callId}:ended`, type: 'ended', occurredAt: at(2 + wait + talk) });
      }
      calls.push({ callId, line, offeredAt, outcome, agentId, events });
    }
  });
  return calls;
}

/**
 * All events of the calls in the order a telephone system would send them: by
 * time, with a share swapped with their neighbour (out of order) and a share
 * sent twice (retries).
 */
export function streamOfEvents(
  calls: PilotCall[],
  options: { seed?: number; outOfOrder?: number; repeats?: number } = {},
): CallEventInput[] {
  const random = mulberry32(options.seed ?? 7);
  const events = calls.flatMap((c) => c.events).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  for (let i = 0; i + 1 < events.length; i++) {
    if (random() < (options.outOfOrder ?? 0.05)) [events[i], events[i + 1]] = [events[i + 1]!, events[i]!];
  }
  const withRepeats: CallEventInput[] = [];
  for (const e of events) {
    withRepeats.push(e);
    if (random() < (options.repeats ?? 0.02)) withRepeats.push(e);
  }
  return withRepeats;
}

/** Sends events to the real endpoint in batches, `concurrency` requests at a time. */
export async function playEvents(
  baseUrl: string,
  token: string,
  events: CallEventInput[],
  options: { batchSize?: number; concurrency?: number } = {},
): Promise<{ requests: number; accepted: number; duplicates: number; failures: number; seconds: number; firstFailure?: string }> {
  const batchSize = options.batchSize ?? 100;
  const batches: CallEventInput[][] = [];
  for (let i = 0; i < events.length; i += batchSize) batches.push(events.slice(i, i + batchSize));
  let next = 0;
  const totals: { requests: number; accepted: number; duplicates: number; failures: number; firstFailure?: string } = {
    requests: 0,
    accepted: 0,
    duplicates: 0,
    failures: 0,
  };
  const started = performance.now();
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      const res = await fetch(`${baseUrl}/api/v1/telephony/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ events: batch }),
      });
      totals.requests++;
      if (res.status !== 202) {
        totals.failures++;
        totals.firstFailure ??= `${res.status} ${await res.text()}`;
        continue;
      }
      const body = (await res.json()) as { accepted: number; duplicates: number };
      totals.accepted += body.accepted;
      totals.duplicates += body.duplicates;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return { ...totals, seconds: (performance.now() - started) / 1000 };
}
