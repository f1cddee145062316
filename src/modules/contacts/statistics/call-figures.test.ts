import { describe, expect, it } from 'vitest';
import { addCounts, contributionOf, emptyCounts, figuresOf, type CallForFigures } from './call-figures.js';

const call = (over: Partial<CallForFigures>): CallForFigures => ({
  status: 'completed',
  answeredAt: '2025-03-30T08:00:30Z',
  endedAt: '2025-03-30T08:02:30Z',
  waitSeconds: 30,
  talkSeconds: 120,
  serviceLevelSeconds: 30,
  shortAbandonSeconds: 5,
  ...over,
});

describe('contributionOf', () => {
  it('answered within the threshold at exactly the threshold', () => {
    expect(contributionOf(call({})).counts).toMatchObject({
      offered: 1,
      answered: 1,
      answeredWithinTarget: 1,
      talkSeconds: 120,
      talkedCalls: 1,
    });
    expect(contributionOf(call({ waitSeconds: 31 })).counts).toMatchObject({ offered: 1, answered: 1, answeredWithinTarget: 0 });
  });
  it('short abandon up to and including the threshold, not offered', () => {
    const none = { answeredAt: null, endedAt: null, talkSeconds: null, status: 'abandoned' };
    expect(contributionOf(call({ ...none, waitSeconds: 5 }))).toMatchObject({
      counts: { offered: 0, shortAbandoned: 1, abandonWaitSeconds: 0 },
      waitOfOffered: null,
    });
    expect(contributionOf(call({ ...none, waitSeconds: 6 }))).toMatchObject({
      counts: { offered: 1, abandoned: 1, abandonWaitSeconds: 6, answerWaitSeconds: 0 },
      waitOfOffered: 6,
    });
  });
  it('a call-back is offered and not answered; a waiting call is in no figure', () => {
    expect(contributionOf(call({ status: 'callback', answeredAt: null, endedAt: null, talkSeconds: null })).counts).toMatchObject({
      offered: 1,
      callbacks: 1,
      answered: 0,
      callbackWaitSeconds: 30,
      abandonWaitSeconds: 0,
    });
    expect(
      contributionOf(call({ status: 'queued', answeredAt: null, endedAt: null, waitSeconds: null, talkSeconds: null })).counts,
    ).toMatchObject({ offered: 0, undecided: 1 });
  });
  it('a call in conversation is answered, its talk time not yet counted', () => {
    expect(contributionOf(call({ status: 'answered', endedAt: null, talkSeconds: null })).counts).toMatchObject({
      answered: 1,
      talkedCalls: 0,
      talkSeconds: 0,
    });
  });
});

describe('figuresOf', () => {
  it('rates on offered, averages on answered; nothing to divide by gives null', () => {
    const c = addCounts(emptyCounts(), {
      ...emptyCounts(),
      offered: 4,
      answered: 3,
      answeredWithinTarget: 2,
      abandoned: 1,
      answerWaitSeconds: 90,
      talkSeconds: 600,
      talkedCalls: 3,
      wrapUpSeconds: 60,
      wrappedCalls: 2,
    });
    expect(figuresOf(c, 75)).toMatchObject({
      serviceLevel: 0.5,
      answerRate: 0.75,
      abandonRate: 0.25,
      asaSeconds: 30,
      averageTalkSeconds: 200,
      ahtSeconds: 230,
      longestWaitSeconds: 75,
    });
    expect(figuresOf(emptyCounts(), null)).toMatchObject({
      serviceLevel: null,
      answerRate: null,
      asaSeconds: null,
      ahtSeconds: null,
      longestWaitSeconds: null,
    });
  });
});
