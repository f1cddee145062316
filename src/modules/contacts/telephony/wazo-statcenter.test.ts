import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localParts } from '../../../platform/time/berlin-time.js';
import { addCounts, contributionOf, emptyCounts, type CallCounts } from '../statistics/call-figures.js';
import { foldCall } from './call-fold.js';
import { parseQueueLog } from './queue-log.js';

/**
 * The figures of Wazo's statistics acceptance scenarios (wazo-acceptance, statcenter features:
 * received/abandoned, received/answered, blocking, closed, saturated), on our own lines written in
 * the shape of Wazo's queue_log table (fixtures/wazo-statcenter.queue_log). Wazo counts every call
 * of a queue as received in the hour of its ENTERQUEUE (or of its only line), with its own status.
 * Ours: Wazo's "received" = offered + short abandons (D115 leaves short abandons out of offered).
 */
const text = readFileSync(new URL('./fixtures/wazo-statcenter.queue_log', import.meta.url), 'utf8');
const parsed = parseQueueLog(text);

function figuresByQueueAndHour() {
  const byCall = new Map<string, typeof parsed.events>();
  for (const e of parsed.events) byCall.set(e.callId, [...(byCall.get(e.callId) ?? []), e]);
  const cells = new Map<string, CallCounts & { waits: number[]; reasons: string[] }>();
  for (const events of byCall.values()) {
    const state = foldCall(events);
    const key = `${state.queueName} ${localParts(state.offeredAt).time.slice(0, 2)}h`;
    const cell = cells.get(key) ?? { ...emptyCounts(), waits: [], reasons: [] };
    addCounts(cell, contributionOf({ ...state, serviceLevelSeconds: 30, shortAbandonSeconds: 5 }).counts);
    cell.waits.push(state.waitSeconds ?? 0);
    if (state.divertReason) cell.reasons.push(state.divertReason);
    cells.set(key, cell);
  }
  return cells;
}

describe("Wazo's statcenter scenarios (facts, our own lines)", () => {
  const cells = figuresByQueueAndHour();
  const cell = (key: string) => cells.get(key)!;
  const received = (key: string) => cell(key).offered + cell(key).shortAbandoned;
  /** Wazo shows the average wait truncated to whole seconds (00:00:03). */
  const awt = (key: string) => Math.floor(cell(key).waits.reduce((a, b) => a + b, 0) / cell(key).waits.length);

  it('reads every line of the table export (timestamps with and without offset, empty data fields)', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.ignored).toBe(0);
    expect(new Set(parsed.events.map((e) => e.callId)).size).toBe(30);
  });

  it('received/abandoned: 3 in 8h, 2 in 9h, all abandoned, average wait 3 s (Asterisk waittime, not 10 minutes)', () => {
    expect([received('wazo-abandon 08h'), received('wazo-abandon 09h')]).toEqual([3, 2]);
    expect(cell('wazo-abandon 08h').abandoned + cell('wazo-abandon 08h').shortAbandoned).toBe(3);
    expect(cell('wazo-abandon 09h').abandoned + cell('wazo-abandon 09h').shortAbandoned).toBe(2);
    expect([awt('wazo-abandon 08h'), awt('wazo-abandon 09h')]).toEqual([3, 3]);
    expect(cells.has('wazo-abandon 10h')).toBe(false);
  });

  it('received/answered: CONNECT stamped before ENTERQUEUE keeps the hour of ENTERQUEUE and the 3 s holdtime; answer rate and QoS 100 %', () => {
    expect(cell('wazo-answer 08h')).toMatchObject({ offered: 3, answered: 3, answeredWithinTarget: 3, answerWaitSeconds: 9 });
    expect(cell('wazo-answer 09h')).toMatchObject({ offered: 2, answered: 2, answeredWithinTarget: 2, answerWaitSeconds: 6 });
    // calltime of COMPLETE*: 6+6+5 in 8h, 4+7 in 9h
    expect([cell('wazo-answer 08h').talkSeconds, cell('wazo-answer 09h').talkSeconds]).toEqual([17, 11]);
  });

  it('blocking (JOINEMPTY), closed (CLOSED), saturated (FULL, DIVERT_CA_RATIO, DIVERT_HOLDTIME): received, not answered, never short abandons', () => {
    for (const q of ['wazo-joinempty', 'wazo-closed', 'wazo-saturated']) {
      expect([received(`${q} 08h`), received(`${q} 09h`)]).toEqual([3, 2]);
      expect([cell(`${q} 08h`).diverted, cell(`${q} 09h`).diverted]).toEqual([3, 2]);
      expect(cell(`${q} 08h`)).toMatchObject({ answered: 0, abandoned: 0, shortAbandoned: 0 });
    }
    expect(cell('wazo-joinempty 08h').reasons).toEqual(['joinempty', 'joinempty', 'joinempty']);
    expect(cell('wazo-closed 09h').reasons).toEqual(['closed', 'closed']);
    expect(cell('wazo-saturated 08h').reasons.sort()).toEqual(['divert_ca_ratio', 'divert_waittime', 'full']);
    expect(cell('wazo-saturated 09h').reasons.sort()).toEqual(['divert_ca_ratio', 'divert_waittime']);
  });

  it('the other queue gets its own calls only', () => {
    expect(cell('wazo-other 08h')).toMatchObject({ answered: 1, diverted: 3, shortAbandoned: 1 });
  });
});

describe('Asterisk exits with their wait (fixtures/asterisk-exits.queue_log)', () => {
  const lines = readFileSync(new URL('./fixtures/asterisk-exits.queue_log', import.meta.url), 'utf8');
  const { events, errors } = parseQueueLog(lines);
  const state = (callId: string) => foldCall(events.filter((e) => e.callId === callId));

  it('EXITEMPTY is leaveempty with its waittime, EXITWITHTIMEOUT timeout, an unknown DIVERT_* kind diverted', () => {
    expect(errors).toEqual([]);
    expect(state('1782892800.21')).toMatchObject({
      status: 'diverted',
      divertReason: 'leaveempty',
      waitSeconds: 42,
      dialledNumber: '05111689021',
    });
    expect(state('1782892900.22')).toMatchObject({ status: 'diverted', divertReason: 'timeout', waitSeconds: 300 });
    expect(state('1782893300.23')).toMatchObject({ status: 'diverted', divertReason: 'diverted', waitSeconds: 0 });
    expect(state('1782893400.24')).toMatchObject({ status: 'abandoned', waitSeconds: 2 });
  });

  it('a diverted call counts as offered and not answered, even with a wait under the short-abandon threshold', () => {
    const c = contributionOf({ ...state('1782893300.23'), serviceLevelSeconds: 30, shortAbandonSeconds: 5 });
    expect(c.counts).toMatchObject({ offered: 1, diverted: 1, shortAbandoned: 0, abandoned: 0 });
    expect(c.waitOfOffered).toBe(0);
  });
});
