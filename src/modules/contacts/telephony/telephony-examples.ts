import type { CallEventType, DivertReason } from './call-fold.js';

/** An event as the push API takes it (telephony.contract.ts checks the same shape). */
interface ExampleEvent {
  eventId: string;
  callId: string;
  type: CallEventType;
  occurredAt: string;
  callerNumber?: string;
  dialledNumber?: string;
  queue?: string;
  agentId?: string;
  target?: string;
  reason?: DivertReason;
}

/**
 * One example per event type of the push API (POST /api/v1/telephony/events): served by
 * GET /api/v1/telephony/events/example and shown in the OpenAPI schema. One call's life:
 * offered, queued, ringing at an agent, answered, transferred, ended; a second call abandoned,
 * a third diverted (queue full), a fourth with a call-back request. docs/telephony-events.md
 * describes every field.
 */
const base = { callerNumber: '+49 511 4711 0815', dialledNumber: '0511 168-31000', queue: 'dc-langenhagen' };

export const callEventExamples: Record<CallEventType, ExampleEvent> = {
  offered: {
    ...base,
    eventId: 'acd1-1767340801.10-offered',
    callId: '1767340801.10',
    type: 'offered',
    occurredAt: '2026-01-02T09:00:01+01:00',
  },
  queued: {
    ...base,
    eventId: 'acd1-1767340801.10-queued',
    callId: '1767340801.10',
    type: 'queued',
    occurredAt: '2026-01-02T09:00:03+01:00',
  },
  ringing: {
    ...base,
    eventId: 'acd1-1767340801.10-ringing-1001',
    callId: '1767340801.10',
    type: 'ringing',
    occurredAt: '2026-01-02T09:00:18+01:00',
    agentId: 'SIP/1001',
  },
  answered: {
    ...base,
    eventId: 'acd1-1767340801.10-answered',
    callId: '1767340801.10',
    type: 'answered',
    occurredAt: '2026-01-02T09:00:21+01:00',
    agentId: 'SIP/1001',
  },
  transferred: {
    ...base,
    eventId: 'acd1-1767340801.10-transferred',
    callId: '1767340801.10',
    type: 'transferred',
    occurredAt: '2026-01-02T09:03:40+01:00',
    agentId: 'SIP/1001',
    target: '0511 168-42000',
  },
  ended: { ...base, eventId: 'acd1-1767340801.10-ended', callId: '1767340801.10', type: 'ended', occurredAt: '2026-01-02T09:03:41+01:00' },
  abandoned: {
    ...base,
    eventId: 'acd1-1767340950.12-abandoned',
    callId: '1767340950.12',
    type: 'abandoned',
    occurredAt: '2026-01-02T09:03:12+01:00',
  },
  diverted: {
    ...base,
    eventId: 'acd1-1767341000.13-diverted',
    callId: '1767341000.13',
    type: 'diverted',
    occurredAt: '2026-01-02T09:03:20+01:00',
    reason: 'full',
  },
  callback_requested: {
    ...base,
    eventId: 'acd1-1767341100.14-callback',
    callId: '1767341100.14',
    type: 'callback_requested',
    occurredAt: '2026-01-02T09:06:00+01:00',
  },
};

/** The examples as one batch, in the order of a call's life. */
export const callEventBatchExample = { events: Object.values(callEventExamples) };
