import { localInstant } from '../../../platform/time/berlin-time.js';
import type { CallEventType, DivertReason } from './call-fold.js';

/**
 * Reads Asterisk `queue_log` lines (`epoch|callid|queue|agent|EVENT|data1|...`, as Asterisk writes
 * the file; or `YYYY-MM-DD HH:MM:SS[.ffffff][±hh[:mm]]|callid|...`, as Wazo's `queue_log` table is
 * exported) into the same call events the push endpoint takes, so imported history and live events
 * go through one path. Fields may be padded with spaces.
 *
 * Asterisk's own figures win over timestamps (decisions 0122, 0123, docs/metrics.md):
 * - CONNECT(holdtime, bridgedchanneluniqueid, ringtime): the wait is `holdtime`;
 * - ABANDON / EXITWITHTIMEOUT / EXITEMPTY(position, origposition, waittime),
 *   EXITWITHKEY(key, position, origposition, waittime): the wait is `waittime`;
 * - COMPLETECALLER / COMPLETEAGENT(holdtime, calltime, origposition): wait `holdtime`, talk `calltime`.
 * The call's offer is its ENTERQUEUE line (as Wazo's statistics take it); the answer or exit is
 * placed `wait` seconds after the offer and the end `calltime` seconds after the answer. Without an
 * ENTERQUEUE (seen in FreePBX logs) the offer is the answer or exit minus the wait. So a CONNECT
 * stamped before its ENTERQUEUE gets the wait Asterisk measured instead of 0. Without figures,
 * timestamps count.
 *
 * Calls the system ended or sent away without an agent become `diverted` with Wazo's reason:
 * FULL, CLOSED, JOINEMPTY (Wazo's dialplan writes them alone, agent NONE, no data; wait 0),
 * EXITEMPTY / LEAVEEMPTY (leaveempty) and EXITWITHTIMEOUT (timeout) with their waittime,
 * DIVERT_CA_RATIO, DIVERT_HOLDTIME (Wazo's status divert_waittime) and any other DIVERT_* (diverted).
 */
export interface ImportedCallEvent {
  eventId: string;
  callId: string;
  type: CallEventType;
  occurredAt: Date;
  queueName: string | null;
  agentId: string | null;
  callerNumber: string | null;
  /** The number the caller dialled, from the call's DID line. */
  dialledNumber: string | null;
  target: string | null;
  /** `diverted` events: Wazo's outcome (full, closed, joinempty, ...). */
  reason: DivertReason | null;
}

export interface QueueLogResult {
  events: ImportedCallEvent[];
  /** Lines that were well-formed but carry no call event (AGENTLOGIN, PAUSE, PENALTY, ...). */
  ignored: number;
  /** Lines that could not be read, with their number. */
  errors: { line: number; reason: string }[];
}

const mapping: Record<string, CallEventType[]> = {
  ENTERQUEUE: ['queued'],
  CONNECT: ['answered'],
  COMPLETECALLER: ['ended'],
  COMPLETEAGENT: ['ended'],
  ABANDON: ['abandoned'],
  EXITWITHKEY: ['abandoned'],
  // Ended or sent away by the system, never by the caller (Wazo's statuses, docs/metrics.md).
  EXITWITHTIMEOUT: ['diverted'],
  EXITEMPTY: ['diverted'],
  LEAVEEMPTY: ['diverted'],
  FULL: ['diverted'],
  CLOSED: ['diverted'],
  JOINEMPTY: ['diverted'],
  DIVERT_CA_RATIO: ['diverted'],
  DIVERT_HOLDTIME: ['diverted'],
  // The agent hung up while the caller was being connected (announcement): the call ends unanswered.
  AGENTDUMP: ['ended'],
  TRANSFER: ['transferred', 'ended'],
  BLINDTRANSFER: ['transferred', 'ended'],
  ATTENDEDTRANSFER: ['transferred', 'ended'],
};

const divertReasonOf: Record<string, DivertReason> = {
  EXITWITHTIMEOUT: 'timeout',
  EXITEMPTY: 'leaveempty',
  LEAVEEMPTY: 'leaveempty',
  FULL: 'full',
  CLOSED: 'closed',
  JOINEMPTY: 'joinempty',
  DIVERT_CA_RATIO: 'divert_ca_ratio',
  DIVERT_HOLDTIME: 'divert_waittime',
};
/** The event's call-event types; any DIVERT_* kind is a diversion. */
const typesOf = (event: string): CallEventType[] | undefined => mapping[event] ?? (event.startsWith('DIVERT_') ? ['diverted'] : undefined);

const noCallEvent = new Set([
  'AGENTLOGIN',
  'AGENTLOGOFF',
  'AGENTCALLBACKLOGIN',
  'AGENTCALLBACKLOGOFF',
  'ADDMEMBER',
  'REMOVEMEMBER',
  'PAUSE',
  'UNPAUSE',
  'PAUSEALL',
  'UNPAUSEALL',
  'PENALTY',
  'RINGNOANSWER',
  'RINGCANCELED',
  'QUEUESTART',
  'CONFIGRELOAD',
  'INFO',
  'SYSCOMPAT',
]);

const clean = (v: string | undefined) => {
  const t = v?.trim();
  return t && t !== 'NONE' ? t : null;
};
/** A figure in whole seconds, or null when the field is empty or no number. */
const figure = (v: string | undefined) => {
  const t = v?.trim();
  if (!t || !/^\d+$/.test(t)) return null;
  return Number(t);
};

interface Line {
  epoch: number;
  epochText: string;
  callId: string;
  queue: string | null;
  agent: string | null;
  event: string;
  data: string[];
}

const wazoTime = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * The line's instant in (fractional) epoch seconds: Asterisk's epoch, or a Wazo table timestamp
 * (with its offset; without one, Berlin wall-clock time). NaN when neither.
 */
export function lineEpoch(text: string): number {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const m = wazoTime.exec(text);
  if (!m) return Number.NaN;
  const [, date, time, fraction = '', zone] = m;
  const ms = Number(fraction.padEnd(6, '0')) / 1e6;
  if (zone === undefined) {
    try {
      return localInstant(date!, time!).getTime() / 1000 + ms;
    } catch {
      return Number.NaN;
    }
  }
  const offset = zone === 'Z' ? 'Z' : zone.length === 3 ? `${zone}:00` : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const instant = Date.parse(`${date}T${time}${offset}`);
  return Number.isNaN(instant) ? Number.NaN : instant / 1000 + ms;
}

/**
 * Reads a queue_log line by line (`push`), so a large file streams; `finish` folds each call's
 * lines into its events. Memory holds the lines of the file's calls (not the text).
 */
export class QueueLogReader {
  private lineNo = 0;
  private ignored = 0;
  private readonly errors: QueueLogResult['errors'] = [];
  private readonly calls = new Map<string, Line[]>();
  private readonly dialled = new Map<string, string>();

  /** Lines read so far (including blank ones). */
  get lines() {
    return this.lineNo;
  }

  push(raw: string) {
    this.lineNo++;
    const line = raw.trim();
    if (line === '') return;
    if (line.includes('\u0000')) {
      // PostgreSQL stores no NUL in text: the line is refused, not the file.
      this.errors.push({ line: this.lineNo, reason: 'Zeile enthält das Steuerzeichen NUL' });
      return;
    }
    const parts = line.split('|').map((p) => p.trim());
    const [epochText = '', callId, queue, agent, event = '', ...data] = parts;
    const epoch = lineEpoch(epochText);
    if (parts.length < 5 || epochText === '' || !Number.isFinite(epoch) || epoch <= 0 || !event) {
      this.errors.push({ line: this.lineNo, reason: 'Zeile hat nicht das Format epoch|callid|queue|agent|EVENT|…' });
      return;
    }
    if (event === 'DID') {
      // DID(dialled number) comes before ENTERQUEUE: it names the hotline the caller dialled.
      const id = clean(callId);
      const number = clean(data[0]);
      if (id && number) this.dialled.set(id, number);
      this.ignored++;
      return;
    }
    if (!typesOf(event)) {
      if (noCallEvent.has(event)) this.ignored++;
      else this.errors.push({ line: this.lineNo, reason: `Unbekanntes Ereignis ${event}` });
      return;
    }
    const id = clean(callId);
    if (!id) {
      this.errors.push({ line: this.lineNo, reason: 'Ereignis ohne Anruf-ID' });
      return;
    }
    const list = this.calls.get(id);
    const entry = { epoch, epochText, callId: id, queue: clean(queue), agent: clean(agent), event, data };
    if (list) list.push(entry);
    else this.calls.set(id, [entry]);
  }

  /** Number of calls read so far. */
  get callCount() {
    return this.calls.size;
  }

  /** The events of every call, call by call (all events of one call together). */
  *callEvents(): Generator<ImportedCallEvent[]> {
    for (const [callId, lines] of this.calls) yield eventsOfCall(callId, lines, this.dialled.get(callId) ?? null);
  }

  result(): Omit<QueueLogResult, 'events'> {
    return { ignored: this.ignored, errors: this.errors };
  }
}

export function parseQueueLog(text: string): QueueLogResult {
  const reader = new QueueLogReader();
  for (const line of text.split(/\r?\n/)) reader.push(line);
  const events: ImportedCallEvent[] = [];
  for (const list of reader.callEvents()) events.push(...list);
  return { events, ...reader.result() };
}

/** The wait and talk Asterisk reported on a line, if it reports them. */
function reported(l: Line): { wait: number | null; talk: number | null } {
  switch (l.event) {
    case 'CONNECT':
      return { wait: figure(l.data[0]), talk: null };
    case 'ABANDON':
    case 'EXITWITHTIMEOUT':
    case 'EXITEMPTY':
      return { wait: figure(l.data[2]), talk: null };
    case 'EXITWITHKEY':
      return { wait: figure(l.data[3]), talk: null };
    case 'COMPLETECALLER':
    case 'COMPLETEAGENT':
      return { wait: figure(l.data[0]), talk: figure(l.data[1]) };
    case 'TRANSFER':
    case 'BLINDTRANSFER':
    case 'ATTENDEDTRANSFER':
      // TRANSFER(extension, context, holdtime, calltime, origposition)
      return { wait: figure(l.data[2]), talk: figure(l.data[3]) };
    case 'FULL':
    case 'CLOSED':
    case 'JOINEMPTY':
      // Refused before entering the queue: the caller never waited.
      return { wait: 0, talk: null };
    default:
      return { wait: null, talk: null };
  }
}

const isExit = (l: Line) => {
  const types = typesOf(l.event)!;
  return types.includes('ended') || types.includes('abandoned') || types.includes('diverted');
};

function eventsOfCall(callId: string, lines: Line[], dialledNumber: string | null): ImportedCallEvent[] {
  // Milliseconds, truncated (a Wazo stamp 08:59:59.999999 stays in 08:59:59; 0.0005 absorbs float error).
  const at = (epoch: number) => new Date(Math.floor(epoch * 1000 + 0.0005));
  const connect = lines.find((l) => l.event === 'CONNECT');
  const finish = lines.find(isExit);
  const enter = lines.find((l) => l.event === 'ENTERQUEUE');
  const queueName = lines.find((l) => l.queue)?.queue ?? null;
  const agentOf = connect?.agent ?? finish?.agent ?? null;
  const finishTypes = finish ? typesOf(finish.event)! : [];
  const finishAnswers = !!finish && finishTypes.includes('ended') && finish.event !== 'AGENTDUMP';

  const finishFigures = finish ? reported(finish) : { wait: null, talk: null };
  // When the answer (or exit) was stamped: the CONNECT line; without one, the completion minus Asterisk's call time.
  const answerStamp = connect?.epoch ?? (finishAnswers && finishFigures.talk !== null ? finish!.epoch - finishFigures.talk : null);
  const decidedStamp = answerStamp ?? finish?.epoch ?? null;
  // Wait: Asterisk's figure (CONNECT holdtime first, then the completion's or exit's), else timestamps.
  const wait = (connect ? reported(connect).wait : null) ?? finishFigures.wait;
  // Offer: the ENTERQUEUE line; without one, the decision minus the wait; else the first line.
  const offeredEpoch = enter?.epoch ?? (wait !== null && decidedStamp !== null ? decidedStamp - wait : lines[0]!.epoch);
  const decidedEpoch = decidedStamp === null ? null : wait !== null ? offeredEpoch + wait : decidedStamp;
  const answeredEpoch = answerStamp === null ? null : decidedEpoch;
  // Talk: Asterisk's call time from the answer, else the completion's timestamp.
  const endedEpoch =
    finish && answeredEpoch !== null && finishFigures.talk !== null
      ? answeredEpoch + finishFigures.talk
      : finish && answeredEpoch === null
        ? decidedEpoch
        : (finish?.epoch ?? null);

  const events: ImportedCallEvent[] = [];
  const base = {
    callId,
    queueName,
    dialledNumber,
    callerNumber: null as string | null,
    agentId: null as string | null,
    target: null,
    reason: null,
  };
  const id = (l: Line, type: string) => `ql:${l.epochText}:${callId}:${l.event}:${type}`;
  // ENTERQUEUE(url, callerid, origposition); a call without one still gets its offer (synthesised, stable id).
  events.push({
    ...base,
    eventId: enter ? id(enter, 'queued') : `ql:${lines[0]!.epochText}:${callId}:ENTERQUEUE*:queued`,
    type: 'queued',
    occurredAt: at(offeredEpoch),
    callerNumber: enter ? clean(enter.data[1]) : null,
  });
  if (answeredEpoch !== null) {
    events.push({
      ...base,
      eventId: connect ? id(connect, 'answered') : `ql:${finish!.epochText}:${callId}:CONNECT*:answered`,
      type: 'answered',
      occurredAt: at(answeredEpoch),
      agentId: agentOf,
    });
  }
  for (const l of lines) {
    if (l.event === 'ENTERQUEUE' || l.event === 'CONNECT') continue;
    for (const type of typesOf(l.event)!) {
      const isFinal = l === finish && (type === 'ended' || type === 'abandoned' || type === 'diverted');
      const occurredAt = isFinal && endedEpoch !== null ? at(endedEpoch) : at(l.epoch);
      events.push({
        ...base,
        eventId: id(l, type),
        type,
        occurredAt,
        agentId: type === 'transferred' ? l.agent : null,
        // TRANSFER(extension, context, holdtime, calltime, ...)
        target: type === 'transferred' ? clean(l.data[0]) : null,
        reason: type === 'diverted' ? (divertReasonOf[l.event] ?? 'diverted') : null,
      });
    }
  }
  return events;
}
