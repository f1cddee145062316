import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { ALL_TENANTS } from '../../../platform/db/database.js';
import { fixedClock } from '../../../platform/time/clock.js';
import { DEMO_ACD_TOKEN } from '../contacts.demo.js';
import { berlinDayStart, nextYmd } from './berlin-days.js';
import { figuresOf } from './call-figures.js';
import { rederiveCallRollups, sumCallRollupsInTx } from './call-rollups.service.js';
import { KNOWN_DAY, knownDayEvents, knownDayLateEvent, knownDayTotals } from './known-day.fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const post = (events: unknown[]) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/telephony/events',
    headers: { authorization: `Bearer ${DEMO_ACD_TOKEN}` },
    payload: { events },
  });
const sums = (group: 'total' | 'interval15' | 'day', day = KNOWN_DAY, to = nextYmd(day)) =>
  t.db.database.scoped(ALL_TENANTS, (tx) =>
    sumCallRollupsInTx(tx, { from: berlinDayStart(day), to: berlinDayStart(to), tenantIds: null, group }),
  );
const dayClock = fixedClock(`${nextYmd(KNOWN_DAY)}T03:00:00+02:00`);

describe('15-minute call rollups', () => {
  it('follow the ingest: the known day gives the hand-computed figures once the late event is in', async () => {
    expect((await post(knownDayEvents)).statusCode).toBe(202);
    let quarter = await sums('interval15');
    // Before the late event late1 sits in the 10:15 interval with 15 s wait.
    expect(quarter.find((q) => q.key === '2025-03-30T08:15:00Z')?.counts).toMatchObject({ offered: 1, answered: 1, answerWaitSeconds: 15 });

    expect((await post(knownDayLateEvent)).statusCode).toBe(202);
    quarter = await sums('interval15');
    expect(quarter.find((q) => q.key === '2025-03-30T08:15:00Z')?.counts).toMatchObject({ offered: 0, answered: 0, answerWaitSeconds: 0 });
    expect(quarter.find((q) => q.key === '2025-03-30T08:00:00Z')?.counts).toMatchObject({
      offered: 4,
      answered: 2,
      answeredWithinTarget: 1,
      abandoned: 1,
      shortAbandoned: 2,
      callbacks: 1,
    });
    // a1 was offered at 01:50 CET = 00:45 UTC quarter.
    expect(quarter.find((q) => q.key === '2025-03-30T00:45:00Z')?.counts).toMatchObject({ offered: 1, talkSeconds: 900 });

    const [total] = await sums('total');
    const figures = figuresOf(total!.counts, total!.longestWaitSeconds);
    expect(figures).toMatchObject({ ...knownDayTotals, longestWaitSeconds: 60 });
    // The call across midnight belongs to its offer day.
    const [before] = await sums('total', '2025-03-29');
    expect(before!.counts).toMatchObject({ offered: 1, answered: 1, talkSeconds: 300 });
  });

  it('is idempotent: repeated events change nothing', async () => {
    const before = await sums('interval15');
    const res = await post([...knownDayEvents, ...knownDayLateEvent]);
    expect(res.json()).toMatchObject({ accepted: 0 });
    expect(await sums('interval15')).toEqual(before);
  });

  it('the nightly re-derive of yesterday finds no difference', async () => {
    const result = await rederiveCallRollups(t.db.database, dayClock);
    expect(result).toMatchObject({ day: KNOWN_DAY, calls: 7, differences: [], repaired: false });
  });

  it('reports a difference it finds, and repairs it when asked', async () => {
    await t.db.database.scoped(ALL_TENANTS, (tx) =>
      tx.execute(sql`update call_rollups set answered = answered + 1 where interval_start = '2025-03-30T08:00:00Z' and answered > 0`),
    );
    const found = await rederiveCallRollups(t.db.database, dayClock);
    expect(found.differences).toEqual([expect.objectContaining({ field: 'answered', stored: 3, derived: 2 })]);
    const repaired = await rederiveCallRollups(t.db.database, dayClock, { repair: true });
    expect(repaired.repaired).toBe(true);
    expect((await rederiveCallRollups(t.db.database, dayClock)).differences).toEqual([]);
  });
});
