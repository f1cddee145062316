import { describe, expect, it } from 'vitest';
import { foldCall, normaliseNumber, type CallEventFact } from './call-fold.js';

const t = (s: number) => new Date(Date.UTC(2026, 2, 2, 8, 0, s));
const answeredCall: CallEventFact[] = [
  { type: 'offered', occurredAt: t(0), callerNumber: '05114711', dialledNumber: '05111689010', queueName: 'dc-langenhagen' },
  { type: 'queued', occurredAt: t(1) },
  { type: 'ringing', occurredAt: t(20), agentId: 'SIP/1001' },
  { type: 'answered', occurredAt: t(25), agentId: 'SIP/1001' },
  { type: 'ended', occurredAt: t(145) },
];

describe('foldCall', () => {
  it('derives an answered and ended call with wait and talk time', () => {
    const s = foldCall(answeredCall);
    expect(s).toMatchObject({ status: 'completed', waitSeconds: 25, talkSeconds: 120, agentId: 'SIP/1001', dialledNumber: '05111689010' });
  });

  it('gives the same state whatever order the events arrived in', () => {
    const reversed = foldCall([...answeredCall].reverse());
    const shuffled = foldCall([answeredCall[4]!, answeredCall[1]!, answeredCall[3]!, answeredCall[0]!, answeredCall[2]!]);
    expect(reversed).toEqual(foldCall(answeredCall));
    expect(shuffled).toEqual(foldCall(answeredCall));
  });

  it('is still answered (not ended) while only part of the events are in', () => {
    expect(foldCall(answeredCall.slice(0, 4)).status).toBe('answered');
    expect(foldCall(answeredCall.slice(0, 3)).status).toBe('ringing');
    expect(foldCall(answeredCall.slice(0, 2)).status).toBe('queued');
  });

  it('counts an abandon and a call-back with their wait', () => {
    expect(foldCall([answeredCall[0]!, { type: 'abandoned', occurredAt: t(3) }])).toMatchObject({
      status: 'abandoned',
      waitSeconds: 3,
      endedAt: t(3),
    });
    expect(
      foldCall([answeredCall[0]!, { type: 'callback_requested', occurredAt: t(40) }, { type: 'ended', occurredAt: t(41) }]),
    ).toMatchObject({
      status: 'callback',
      waitSeconds: 40,
    });
  });

  it('records a transfer and the agent who answered last', () => {
    const s = foldCall([...answeredCall, { type: 'transferred', occurredAt: t(100), target: 'FB Steuern' }]);
    expect(s).toMatchObject({ isTransferred: true, transferTarget: 'FB Steuern', status: 'completed' });
  });
});

describe('normaliseNumber', () => {
  it('folds spaces, dashes and the international prefix', () => {
    expect(normaliseNumber('0511 1689-010')).toBe('05111689010');
    expect(normaliseNumber('+49 511 1689010')).toBe('05111689010');
    expect(normaliseNumber('0049511 1689010')).toBe('05111689010');
    expect(normaliseNumber('anonymous')).toBeNull();
    expect(normaliseNumber(null)).toBeNull();
  });
});
