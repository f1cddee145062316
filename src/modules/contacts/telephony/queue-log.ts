import type { CallEventType } from './call-fold.js';

/**
 * Reads Asterisk `queue_log` lines (`epoch|callid|queue|agent|EVENT|data1|...`)
 * into the same call events the push endpoint takes, so imported history and
 * live events go through one path. Parameter lists differ between Asterisk
 * versions, so the parser only relies on the fields every version has and skips
 * what it does not know (counted, not fatal).
 */
export interface ImportedCallEvent {
  eventId: string;
  callId: string;
  type: CallEventType;
  occurredAt: Date;
  queueName: string | null;
  agentId: string | null;
  callerNumber: string | null;
  target: string | null;
}

export interface QueueLogResult {
  events: ImportedCallEvent[];
  /** Lines that were well-formed but carry no call event (AGENTLOGIN, PAUSE, ...). */
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
  'RINGNOANSWER',
  'RINGCANCELED',
  'QUEUESTART',
  'CONFIGRELOAD',
  'DID',
  'INFO',
  'SYSCOMPAT',
]);

const clean = (v: string | undefined) => (v && v !== 'NONE' && v.trim() !== '' ? v.trim() : null);

export function parseQueueLog(text: string): QueueLogResult {
  const events: ImportedCallEvent[] = [];
  const errors: QueueLogResult['errors'] = [];
  let ignored = 0;
  // Asterisk writes a DID line before ENTERQUEUE; remember it per call as the dialled number.
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const parts = line.split('|');
    const [epochText, callId, queue, agent, event, ...data] = parts;
    const epoch = Number(epochText);
    if (parts.length < 5 || !Number.isFinite(epoch) || epoch <= 0 || !event) {
      errors.push({ line: index + 1, reason: 'Zeile hat nicht das Format epoch|callid|queue|agent|EVENT|…' });
      return;
    }
    const types = mapping[event];
    if (!types) {
      if (noCallEvent.has(event)) ignored++;
      else errors.push({ line: index + 1, reason: `Unbekanntes Ereignis ${event}` });
      return;
    }
    if (!clean(callId)) {
      errors.push({ line: index + 1, reason: 'Ereignis ohne Anruf-ID' });
      return;
    }
    const occurredAt = new Date(Math.round(epoch * 1000));
    types.forEach((type) => {
      events.push({
        // Deterministic, so importing the same file twice changes nothing.
        eventId: `ql:${epochText}:${callId}:${event}:${type}`,
        callId: callId!,
        type,
        occurredAt,
        queueName: clean(queue),
        agentId: type === 'answered' || type === 'transferred' ? clean(agent) : null,
        // ENTERQUEUE(url, callerid, origposition)
        callerNumber: event === 'ENTERQUEUE' ? clean(data[1]) : null,
        // TRANSFER(extension, context, holdtime, calltime, ...)
        target: type === 'transferred' ? clean(data[0]) : null,
      });
    });
  });
  return { events, ignored, errors };
}
