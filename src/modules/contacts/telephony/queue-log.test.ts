import { describe, expect, it } from 'vitest';
import { foldCall } from './call-fold.js';
import { parseQueueLog } from './queue-log.js';

const sample = [
  '1767340800|NONE|NONE|NONE|QUEUESTART|',
  '1767340801|1767340801.10|dc-langenhagen|NONE|ENTERQUEUE||051147110815|1',
  '1767340821|1767340801.10|dc-langenhagen|SIP/1001|CONNECT|20|1767340801.11|4',
  '1767340941|1767340801.10|dc-langenhagen|SIP/1001|COMPLETECALLER|20|120|1',
  '1767340950|1767340950.12|dc-laatzen|NONE|ENTERQUEUE||05119999|1',
  '1767340953|1767340950.12|dc-laatzen|NONE|ABANDON|1|1|3',
  '1767341000|1767341000.13|dc-laatzen|NONE|ENTERQUEUE||05118888|1',
  '1767341300|1767341000.13|dc-laatzen|NONE|EXITWITHTIMEOUT|1|1|300',
  '1767341400|1767341400.14|dc-hannover|SIP/1002|CONNECT|5|1767341400.15',
  '1767341500|1767341400.14|dc-hannover|SIP/1002|BLINDTRANSFER|3210|default|5|100',
  '1767341500|NONE|dc-hannover|SIP/1002|PAUSE|Mittag',
  'kaputt',
  '1767341600|x|q|a|FROBNICATE|',
].join('\n');

describe('parseQueueLog', () => {
  const result = parseQueueLog(sample);

  it('maps the call events of all common versions', () => {
    const byCall = (id: string) => result.events.filter((e) => e.callId === id).map((e) => e.type);
    expect(byCall('1767340801.10')).toEqual(['queued', 'answered', 'ended']);
    expect(byCall('1767340950.12')).toEqual(['queued', 'abandoned']);
    // EXITWITHTIMEOUT: the queue's timeout ended the call, not the caller (Wazo's status timeout, decision 0123).
    expect(byCall('1767341000.13')).toEqual(['queued', 'diverted']);
    expect(byCall('1767341400.14')).toEqual(['queued', 'answered', 'transferred', 'ended']);
  });

  it('keeps caller id, agent, queue, transfer target and the epoch as time', () => {
    const enter = result.events[0]!;
    expect(enter).toMatchObject({ callerNumber: '051147110815', queueName: 'dc-langenhagen', agentId: null });
    expect(enter.occurredAt.toISOString()).toBe('2026-01-02T08:00:01.000Z');
    expect(result.events.find((e) => e.type === 'answered')!.agentId).toBe('SIP/1001');
    expect(result.events.find((e) => e.type === 'transferred')!.target).toBe('3210');
  });

  it('gives deterministic event ids (re-import is idempotent)', () => {
    expect(parseQueueLog(sample).events.map((e) => e.eventId)).toEqual(result.events.map((e) => e.eventId));
    expect(new Set(result.events.map((e) => e.eventId)).size).toBe(result.events.length);
  });

  it('ignores known non-call lines and reports broken ones with their line number', () => {
    expect(result.ignored).toBe(2);
    expect(result.errors).toEqual([
      { line: 12, reason: expect.stringContaining('Format') },
      { line: 13, reason: 'Unbekanntes Ereignis FROBNICATE' },
    ]);
  });
});

describe("Asterisk's own figures before timestamps (decision 0122)", () => {
  const fold = (lines: string[]) => {
    const { events, errors, ignored } = parseQueueLog(lines.join('\n'));
    const state = foldCall(events);
    return { state, events, errors, ignored };
  };

  it('CONNECT holdtime and COMPLETECALLER calltime give wait and talk, not the timestamps', () => {
    // ENTERQUEUE written late (after the CONNECT, as seen in FreePBX logs): timestamps would say 0 s wait.
    const { state } = fold([
      '1767340900|1767340800.1|dc-laatzen|NONE|DID|05119999115',
      '1767340901|1767340800.1|dc-laatzen|NONE|ENTERQUEUE||051112345|1',
      '1767340900|1767340800.1|dc-laatzen|SIP/1001|CONNECT|36|1767340800.2|3',
      '1767341020|1767340800.1|dc-laatzen|SIP/1001|COMPLETECALLER|36|118|1',
    ]);
    expect(state).toMatchObject({
      status: 'completed',
      waitSeconds: 36,
      talkSeconds: 118,
      agentId: 'SIP/1001',
      dialledNumber: '05119999115',
    });
    expect(state.callerNumber).toBe('051112345');
    // 36 s is outside a 30 s service level: the call is answered, but late.
    expect(state.waitSeconds! > 30).toBe(true);
  });

  it('a call without ENTERQUEUE and without CONNECT still has its offer, answer, wait and talk', () => {
    const { state, events } = fold(['1767341020|1767340800.7|dc-laatzen|SIP/1002|COMPLETEAGENT|12|100|2']);
    expect(state).toMatchObject({ status: 'completed', waitSeconds: 12, talkSeconds: 100, agentId: 'SIP/1002' });
    expect(state.offeredAt.toISOString()).toBe(new Date((1767341020 - 100 - 12) * 1000).toISOString());
    expect(events.map((e) => e.type)).toEqual(['queued', 'answered', 'ended']);
  });

  it('ABANDON, EXITWITHTIMEOUT and EXITWITHKEY waittime give the wait (a timeout is diverted, decision 0123)', () => {
    expect(fold(['1767340860|c1|q|NONE|ABANDON|2|3|44']).state).toMatchObject({ status: 'abandoned', waitSeconds: 44 });
    expect(fold(['1767340800|c2|q|NONE|ENTERQUEUE||0511|1', '1767341100|c2|q|NONE|EXITWITHTIMEOUT|1|1|300']).state).toMatchObject({
      status: 'diverted',
      divertReason: 'timeout',
      waitSeconds: 300,
    });
    expect(fold(['1767340800|c3|q|NONE|ENTERQUEUE||0511|1', '1767340830|c3|q|NONE|EXITWITHKEY|1|1|1|25']).state).toMatchObject({
      status: 'abandoned',
      waitSeconds: 25,
    });
  });

  it('falls back to timestamps when a figure is missing or not a number', () => {
    const { state } = fold([
      '1767340800|c4|q|NONE|ENTERQUEUE||0511|1',
      '1767340820|c4|q|SIP/1001|CONNECT||c4b|1',
      '1767340900|c4|q|SIP/1001|COMPLETECALLER|x||1',
    ]);
    expect(state).toMatchObject({ waitSeconds: 20, talkSeconds: 80 });
  });

  it('AGENTDUMP ends the call unanswered (no longer waiting); PENALTY is no call event; padded fields are read', () => {
    const dump = fold(['1767340800|c5|q|NONE|ENTERQUEUE||0511|1', '1767340815|c5|q|SIP/1001|AGENTDUMP']);
    expect(dump.errors).toEqual([]);
    expect(dump.state).toMatchObject({ status: 'abandoned', waitSeconds: 15 });
    const padded = fold([
      ' 1767340800 | c6 | dc-hannover | NONE | ENTERQUEUE |  | 0511 4711 | 1 ',
      '1767340810|c6 |dc-hannover| SIP/1003 |CONNECT | 10 |c6b|2',
      '1767340900|NONE|dc-hannover|SIP/1003|PENALTY|2',
      '1767340950|c6|dc-hannover|SIP/1003| COMPLETEAGENT |10|140|1',
    ]);
    expect(padded.errors).toEqual([]);
    expect(padded.ignored).toBe(1);
    expect(padded.state).toMatchObject({
      status: 'completed',
      queueName: 'dc-hannover',
      agentId: 'SIP/1003',
      waitSeconds: 10,
      talkSeconds: 140,
    });
    expect(padded.state.callerNumber).toBe('0511 4711');
  });
});
