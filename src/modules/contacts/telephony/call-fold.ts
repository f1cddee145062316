/**
 * Derives a call's state from its events. Pure: the same set of events gives the
 * same state whatever order they arrived in, because they are sorted by their own
 * timestamps (ties broken by the natural order of a call's life).
 */
export const callEventTypes = [
  'offered',
  'queued',
  'ringing',
  'answered',
  'transferred',
  'abandoned',
  'diverted',
  'callback_requested',
  'ended',
] as const;
export type CallEventType = (typeof callEventTypes)[number];

/**
 * Why the telephone system ended or sent away a call no agent answered (a `diverted` event's
 * `reason`), as Wazo names the outcomes in `stat_call_on_queue.status` (docs/metrics.md):
 * full, closed, joinempty: never queued; leaveempty, timeout: left the queue after waiting;
 * divert_ca_ratio, divert_waittime: sent elsewhere by a diversion rule; diverted: any other rule.
 */
export const divertReasons = [
  'full',
  'closed',
  'joinempty',
  'leaveempty',
  'timeout',
  'divert_ca_ratio',
  'divert_waittime',
  'diverted',
] as const;
export type DivertReason = (typeof divertReasons)[number];

export interface CallEventFact {
  type: CallEventType;
  occurredAt: Date;
  callerNumber?: string | null;
  dialledNumber?: string | null;
  queueName?: string | null;
  agentId?: string | null;
  target?: string | null;
  /** For `diverted`: one of divertReasons. */
  reason?: string | null;
}

export type CallStatus = 'queued' | 'ringing' | 'answered' | 'completed' | 'abandoned' | 'diverted' | 'callback';

export interface CallState {
  status: CallStatus;
  offeredAt: Date;
  answeredAt: Date | null;
  endedAt: Date | null;
  waitSeconds: number | null;
  talkSeconds: number | null;
  callerNumber: string | null;
  dialledNumber: string | null;
  queueName: string | null;
  /** The agent who answered (the last one, after a transfer inside the center). */
  agentId: string | null;
  isTransferred: boolean;
  transferTarget: string | null;
  callbackRequestedAt: Date | null;
  /** Status `diverted`: why the telephone system ended or sent away the call. */
  divertReason: DivertReason | null;
  lastEventAt: Date;
}

const lifeOrder: Record<CallEventType, number> = Object.fromEntries(callEventTypes.map((t, i) => [t, i])) as Record<CallEventType, number>;

const seconds = (from: Date, to: Date) => Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));

export function sortEvents<T extends CallEventFact>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || lifeOrder[a.type] - lifeOrder[b.type]);
}

export function foldCall(events: readonly CallEventFact[]): CallState {
  if (events.length === 0) throw new Error('foldCall needs at least one event');
  const sorted = sortEvents(events);
  const first = sorted[0]!;
  const firstOf = (...types: CallEventType[]) => sorted.find((e) => types.includes(e.type));
  const lastOf = (...types: CallEventType[]) => [...sorted].reverse().find((e) => types.includes(e.type));
  const pick = <K extends 'callerNumber' | 'dialledNumber' | 'queueName'>(key: K) => sorted.find((e) => e[key])?.[key] ?? null;

  const offer = firstOf('offered', 'queued') ?? first;
  const answered = firstOf('answered');
  const lastAnswer = lastOf('answered');
  const abandoned = firstOf('abandoned');
  const diverted = firstOf('diverted');
  const callback = firstOf('callback_requested');
  const ended = lastOf('ended');
  const transfer = lastOf('transferred');
  const ringing = lastOf('ringing');

  let status: CallStatus;
  let endedAt: Date | null = ended?.occurredAt ?? null;
  if (answered) status = ended ? 'completed' : 'answered';
  else if (callback) {
    status = 'callback';
    endedAt ??= callback.occurredAt;
  } else if (diverted) {
    // The system ended it (queue full, closed, no agents, diversion rule): never the caller's abandon.
    status = 'diverted';
    endedAt ??= diverted.occurredAt;
  } else if (abandoned) {
    status = 'abandoned';
    endedAt ??= abandoned.occurredAt;
  } else if (ended) status = 'abandoned';
  else status = ringing ? 'ringing' : 'queued';

  const decidedAt =
    answered?.occurredAt ??
    callback?.occurredAt ??
    (status === 'diverted' ? diverted!.occurredAt : null) ??
    abandoned?.occurredAt ??
    (status === 'abandoned' ? endedAt : null);
  return {
    status,
    offeredAt: offer.occurredAt,
    answeredAt: answered?.occurredAt ?? null,
    endedAt,
    waitSeconds: decidedAt ? seconds(offer.occurredAt, decidedAt) : null,
    talkSeconds: answered && ended ? seconds(answered.occurredAt, ended.occurredAt) : null,
    callerNumber: pick('callerNumber'),
    dialledNumber: pick('dialledNumber'),
    queueName: pick('queueName'),
    agentId: lastAnswer?.agentId ?? ringing?.agentId ?? null,
    isTransferred: !!transfer,
    transferTarget: transfer?.target ?? null,
    callbackRequestedAt: callback?.occurredAt ?? null,
    divertReason: status === 'diverted' ? asDivertReason(diverted!.reason) : null,
    lastEventAt: sorted[sorted.length - 1]!.occurredAt,
  };
}

const asDivertReason = (reason: string | null | undefined): DivertReason =>
  (divertReasons as readonly string[]).includes(reason ?? '') ? (reason as DivertReason) : 'diverted';

/**
 * Digits only, German international prefix folded to the national 0, so
 * "0511 168-31 00", "+49 511 1683100" and "0049511..." all become "05111683100".
 */
export function normaliseNumber(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  let digits = (trimmed.startsWith('+') ? '00' : '') + trimmed.replace(/[^0-9]/g, '');
  if (digits.startsWith('0049')) digits = `0${digits.slice(4)}`;
  return digits.length > 0 ? digits : null;
}
