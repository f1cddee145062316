import type { CallEventType } from './call-fold.js';

/**
 * Reads Asterisk `queue_log` lines (`epoch|callid|queue|agent|EVENT|data1|...`)
 * into the same call events the push endpoint takes, so imported history and
 * live events go through one path. Fields may be padded with spaces.
 *
 * Asterisk's own figures win over timestamps (decision 0122, docs/metrics.md):
 * - CONNECT(holdtime, bridgedchanneluniqueid, ringtime): the wait is `holdtime`;
 * - ABANDON(position, origposition, waittime), EXITWITHTIMEOUT(position, origposition, waittime),
 *   EXITWITHKEY(key, position, origposition, waittime): the wait is `waittime`;
 * - COMPLETECALLER / COMPLETEAGENT(holdtime, calltime, origposition): wait `holdtime`, talk `calltime`.
 * The figures reach the call as event times: the call's `queued` event is placed `holdtime` /
 * `waittime` seconds before the CONNECT or exit, and its `ended` event `calltime` seconds after
 * the answer. So a CONNECT stamped before its ENTERQUEUE, or a call without ENTERQUEUE (seen in
 * FreePBX logs), gets the wait Asterisk measured instead of 0. Without figures, timestamps count.
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
  EXITWITHTIMEOUT: ['abandoned'],
  EXITEMPTY: ['abandoned'],
  EXITWITHKEY: ['abandoned'],
  // The agent hung up while the caller was being connected (announcement): the call ends unanswered.
  AGENTDUMP: ['ended'],
  TRANSFER: ['transferred', 'ended'],
  BLINDTRANSFER: ['transferred', 'ended'],
  ATTENDEDTRANSFER: ['transferred', 'ended'],
};

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

export function parseQueueLog(text: string): QueueLogResult {
  const errors: QueueLogResult['errors'] = [];
  let ignored = 0;
  const calls = new Map<string, Line[]>();
  const dialled = new Map<string, string>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const parts = line.split('|').map((p) => p.trim());
    const [epochText = '', callId, queue, agent, event = '', ...data] = parts;
    const epoch = Number(epochText);
    if (parts.length < 5 || epochText === '' || !Number.isFinite(epoch) || epoch <= 0 || !event) {
      errors.push({ line: index + 1, reason: 'Zeile hat nicht das Format epoch|callid|queue|agent|EVENT|…' });
      return;
    }
    if (event === 'DID') {
      // DID(dialled number) comes before ENTERQUEUE: it names the hotline the caller dialled.
      const id = clean(callId);
      const number = clean(data[0]);
      if (id && number) dialled.set(id, number);
      ignored++;
      return;
    }
    if (!mapping[event]) {
      if (noCallEvent.has(event)) ignored++;
      else errors.push({ line: index + 1, reason: `Unbekanntes Ereignis ${event}` });
      return;
    }
    const id = clean(callId);
    if (!id) {
      errors.push({ line: index + 1, reason: 'Ereignis ohne Anruf-ID' });
      return;
    }
    const list = calls.get(id) ?? [];
    list.push({ epoch, epochText, callId: id, queue: clean(queue), agent: clean(agent), event, data });
    calls.set(id, list);
  });
  const events: ImportedCallEvent[] = [];
  for (const [callId, lines] of calls) events.push(...eventsOfCall(callId, lines, dialled.get(callId) ?? null));
  return { events, ignored, errors };
}

/** The wait and talk Asterisk reported on a line, if it reports them. */
function reported(l: Line): { wait: number | null; talk: number | null } {
  switch (l.event) {
    case 'CONNECT':
      return { wait: figure(l.data[0]), talk: null };
    case 'ABANDON':
    case 'EXITWITHTIMEOUT':
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
    default:
      return { wait: null, talk: null };
  }
}

function eventsOfCall(callId: string, lines: Line[], dialledNumber: string | null): ImportedCallEvent[] {
  const at = (epoch: number) => new Date(Math.round(epoch * 1000));
  const connect = lines.find((l) => l.event === 'CONNECT');
  const finish = lines.find((l) => mapping[l.event]!.includes('ended') || mapping[l.event]!.includes('abandoned'));
  const enter = lines.find((l) => l.event === 'ENTERQUEUE');
  const queueName = lines.find((l) => l.queue)?.queue ?? null;
  const agentOf = connect?.agent ?? finish?.agent ?? null;

  // Answer instant: the CONNECT line; without one, the completion minus Asterisk's call time.
  const finishFigures = finish ? reported(finish) : { wait: null, talk: null };
  const answeredEpoch =
    connect?.epoch ??
    (finish && finishFigures.talk !== null && finish.event !== 'AGENTDUMP' && !mapping[finish.event]!.includes('abandoned')
      ? finish.epoch - finishFigures.talk
      : null);
  // Wait: Asterisk's figure (CONNECT holdtime first, then the completion's or exit's), else timestamps.
  const wait = (connect ? reported(connect).wait : null) ?? finishFigures.wait;
  const decidedEpoch = answeredEpoch ?? finish?.epoch ?? null;
  const offeredEpoch = wait !== null && decidedEpoch !== null ? decidedEpoch - wait : (enter?.epoch ?? lines[0]!.epoch);
  // Talk: Asterisk's call time from the answer, else the completion's timestamp.
  const endedEpoch =
    finish && answeredEpoch !== null && finishFigures.talk !== null ? answeredEpoch + finishFigures.talk : (finish?.epoch ?? null);

  const events: ImportedCallEvent[] = [];
  const base = { callId, queueName, dialledNumber, callerNumber: null as string | null, agentId: null as string | null, target: null };
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
    for (const type of mapping[l.event]!) {
      const occurredAt = l === finish && (type === 'ended' || type === 'abandoned') && endedEpoch !== null ? at(endedEpoch) : at(l.epoch);
      events.push({
        ...base,
        eventId: id(l, type),
        type,
        occurredAt,
        agentId: type === 'transferred' ? l.agent : null,
        // TRANSFER(extension, context, holdtime, calltime, ...)
        target: type === 'transferred' ? clean(l.data[0]) : null,
      });
    }
  }
  return events;
}
