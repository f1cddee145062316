import { describe, expect, it } from 'vitest';
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
    expect(byCall('1767341000.13')).toEqual(['queued', 'abandoned']);
    expect(byCall('1767341400.14')).toEqual(['answered', 'transferred', 'ended']);
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
