import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { testNow } from '../../../test/support/test-clock.js';
import { easterSunday, holidayName } from '../../platform/calendar/lower-saxony-holidays.js';
import { addDays, isoWeekday, localDate, localInstant } from '../../platform/time/berlin-time.js';
import { DEMO_ACD_TOKEN, demoHotline } from '../contacts/index.js';

let t: TestApp;
let supervisor: string;
beforeAll(async () => {
  t = await createTestApp();
  supervisor = await t.login('teamleitung');
});
afterAll(() => t.close());

const post = (payload: unknown, cookie = supervisor) =>
  t.app.inject({ method: 'POST', url: '/api/v1/staffing/erlang', headers: { cookie }, payload: payload as object });

// pyworkforce's reference scenario (see erlang.test.ts): 100 calls / 30 min, AHT 180 s.
const base = { callsPerInterval: 100, intervalSeconds: 1800, ahtSeconds: 180, targetSeconds: 20 };

describe('POST /api/v1/staffing/erlang', () => {
  it('Erlang A with agents: the figures of pyworkforce test_erlanga_regression_metrics', async () => {
    const res = await post({ ...base, model: 'erlang-a', patienceSeconds: 300, agents: 14 });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['abandonRate', 'agents', 'asaSeconds', 'occupancy', 'probWait', 'serviceLevel']);
    expect(body.agents).toBe(14);
    expect(body.probWait).toBeCloseTo(0.14526, 5);
    expect(body.serviceLevel).toBeCloseTo(0.916792, 6);
    expect(body.abandonRate).toBeCloseTo(0.013984, 6);
  });

  it('Erlang C without agents: the smallest staff for the target; abandonRate null', async () => {
    const res = await post({ ...base, model: 'erlang-c', targetSeconds: 19.8, serviceLevelTarget: 0.8 });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.agents).toBe(14); // pyworkforce: raw_positions 14
    expect(body.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(body.abandonRate).toBeNull();
    const fewer = (await post({ ...base, model: 'erlang-c', targetSeconds: 19.8, agents: 13 })).json();
    expect(fewer.serviceLevel).toBeLessThan(0.8);
  });

  it('Erlang A needs no more agents than Erlang C for 75/30', async () => {
    const c = (await post({ ...base, model: 'erlang-c', targetSeconds: 30, serviceLevelTarget: 0.75 })).json();
    const a = (await post({ ...base, model: 'erlang-a', patienceSeconds: 120, targetSeconds: 30, serviceLevelTarget: 0.75 })).json();
    expect(a.agents).toBeLessThanOrEqual(c.agents);
  });

  it.each([
    [{ ...base, model: 'erlang-c', callsPerInterval: -5, agents: 10 }, 'callsPerInterval', /negativ/],
    [{ ...base, model: 'erlang-c', agents: 10 }, 'agents', /Auslastung/],
    [{ ...base, model: 'erlang-c', agents: 1e9 }, 'agents', /Höchstens 5000/],
    [{ ...base, model: 'erlang-a', agents: 10 }, 'patienceSeconds', /Geduld/],
    [{ ...base, model: 'erlang-c' }, 'serviceLevelTarget', /entweder/],
    [{ ...base, model: 'erlang-c', serviceLevelTarget: 1.5 }, 'serviceLevelTarget', /zwischen 0 und 1/],
    [{ ...base, model: 'erlang-c', serviceLevelTarget: 1 }, 'serviceLevelTarget', /100 %/],
    [{ ...base, model: 'erlang-x', agents: 3 }, 'model', /Modell/],
    [{ ...base, model: 'erlang-c', ahtSeconds: 0, agents: 3 }, 'ahtSeconds', /größer als 0/],
    [{ ...base, model: 'erlang-c', callsPerInterval: 9_000_000, serviceLevelTarget: 0.8 }, 'callsPerInterval', /Erlang/],
    [
      { ...base, model: 'erlang-a', patienceSeconds: 86_400, ahtSeconds: 1, callsPerInterval: 3_000_000, agents: 1 },
      'patienceSeconds',
      /zu lange|aufwendig/,
    ],
  ])('refuses nonsense with a 400 problem and a German message (%#)', async (payload, field, message) => {
    const res = await post(payload);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    const issue = body.issues.find((i: { field: string }) => i.field === field);
    expect(issue, JSON.stringify(body)).toBeDefined();
    expect(issue.message).toMatch(message);
    expect(res.body).not.toMatch(/NaN|Infinity/);
  });

  it('is for supervisors and administrators only', async () => {
    expect((await post({ ...base, model: 'erlang-c', agents: 14 }, await t.login('admin'))).statusCode).toBe(200);
    expect((await post({ ...base, model: 'erlang-c', agents: 14 }, await t.login('agent'))).statusCode).toBe(403);
    expect((await post({ ...base, model: 'erlang-c', agents: 14 }, '')).statusCode).toBe(401);
  });
});

/**
 * The weeks of these tests, relative to the test clock (DC_TEST_NOW), far enough back that the demo's
 * calls (today and the previous days) are not in any history window: the plan week is the latest week of
 * an Easter Monday or Whit Monday (a closed Monday) whose what-if week (the week after) ends 3 weeks before
 * now; its history is five Mondays and Tuesdays before it.
 */
function weeksOfTest() {
  const today = localDate(testNow());
  const latest = addDays(today, -21 - 14);
  const closedMondays: string[] = [];
  for (const year of [Number(today.slice(0, 4)) - 1, Number(today.slice(0, 4))]) {
    const easter = easterSunday(year);
    closedMondays.push(addDays(easter, 1), addDays(easter, 50));
  }
  const planWeek = closedMondays
    .filter((m) => m <= latest)
    .sort()
    .at(-1)!;
  const historyDays = [5, 4, 3, 2, 1]
    .flatMap((w) => [addDays(planWeek, -7 * w), addDays(planWeek, -7 * w + 1)])
    .filter((day) => holidayName(day) === undefined); // e.g. 1 May on a Monday
  return { planWeek, tuesday: addDays(planWeek, 1), whatIfWeek: addDays(planWeek, 7), historyDays, month: historyDays[0]!.slice(0, 7) };
}
const weeks = weeksOfTest();

/** Five Mondays and Tuesdays of calls for Langenhagen through the telephone-system endpoint. */
async function seedHistory() {
  const events: Record<string, unknown>[] = [];
  // What the patience estimate must see: the waits of ALL offered callers and the abandons.
  const waits = { totalWaitSeconds: 0, abandons: 0 };
  weeks.historyDays.forEach((day) => {
    // The Monday peak: 12 calls on Mondays, 8 on Tuesdays.
    const calls = isoWeekday(day) === 1 ? 12 : 8;
    for (let i = 0; i < calls; i++) {
      // 08:00-11:59 Berlin
      const start = localInstant(day, `${String(8 + (i % 4)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}`).getTime();
      const id = `st-${day}-${i}`;
      const at = (s: number) => new Date(start + s * 1000).toISOString();
      const common = { callId: id, dialledNumber: demoHotline('03241010'), queue: 'dc-langenhagen' };
      events.push({ ...common, eventId: `${id}:offered`, type: 'offered', occurredAt: at(0) });
      if (i % 5 === 4) {
        events.push({ ...common, eventId: `${id}:abandoned`, type: 'abandoned', occurredAt: at(40) });
        waits.totalWaitSeconds += 40;
        waits.abandons += 1;
      } else {
        waits.totalWaitSeconds += 10 + (i % 3) * 15;
        events.push({ ...common, eventId: `${id}:answered`, type: 'answered', occurredAt: at(10 + (i % 3) * 15), agentId: 'SIP/1001' });
        events.push({ ...common, eventId: `${id}:ended`, type: 'ended', occurredAt: at(200) });
      }
    }
  });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/telephony/events',
    headers: { authorization: `Bearer ${DEMO_ACD_TOKEN}` },
    payload: { events },
  });
  expect(res.statusCode, res.body).toBe(202);
  return waits;
}

describe('GET /api/v1/staffing/plan and POST /api/v1/staffing/what-if', () => {
  it('plans the week after the history per half hour, with FTE, cost, patience and the backtest', async () => {
    const waits = await seedHistory();
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/staffing/plan?weekStart=${weeks.planWeek}&historyWeeks=6&model=erlang-a`,
      headers: { cookie: supervisor },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    // Easter Monday or Whit Monday is closed: four working days x 20 half hours
    expect(body.plan.slots).toHaveLength(80);
    expect(body.plan.slots.some((s: { date: string }) => s.date === weeks.planWeek)).toBe(false);
    // The Tuesday after it carries the Monday peak
    const tuesday = body.plan.slots.filter((s: { date: string }) => s.date === weeks.tuesday);
    expect(tuesday.reduce((n: number, s: { calls: number }) => n + s.calls, 0)).toBeGreaterThan(0);
    expect(body.plan.peakAgents).toBeGreaterThan(0);
    expect(body.plan.fte).toBeGreaterThan(0);
    expect(body.plan.costPerYear).toBeCloseTo(body.plan.fte * 70_000, 4);
    // patience = waits of all callers (answered and abandoned: censored data) / abandons
    expect(body.patienceEstimated).toBe(true);
    expect(body.patienceBasis).toEqual(waits);
    expect(body.patienceSeconds).toBeCloseTo(waits.totalWaitSeconds / waits.abandons, 9);
    expect(body.backtests.length).toBeGreaterThan(0);
  });

  it('the pilot question: half hours of a month that missed 75/30 and the agents that would have kept them', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/staffing/missed?month=${weeks.month}&agents=18`,
      headers: { cookie: supervisor },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.intervalsWithCalls).toBeGreaterThan(0);
    // Every seeded half hour has an abandon or a 40-second wait among few calls: some miss 75 %.
    expect(body.missed.length).toBeGreaterThan(0);
    for (const m of body.missed) {
      expect(m.measuredServiceLevel).toBeLessThan(0.75);
      expect(m.agentsNeeded).toBeGreaterThanOrEqual(1);
    }
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/staffing/missed?month=2026-13', headers: { cookie: supervisor } });
    expect(bad.statusCode).toBe(400);
  });

  it('what-if: a municipality joining by inhabitants and a longer AHT cost more FTE', async () => {
    const tenants = (await t.app.inject({ method: 'GET', url: '/api/v1/tenants', headers: { cookie: await t.login('admin') } })).json() as
      | { id: string; slug: string }[]
      | { items: { id: string; slug: string }[] };
    const list = Array.isArray(tenants) ? tenants : tenants.items;
    const id = (slug: string) => list.find((x) => x.slug === slug)!.id;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/staffing/what-if',
      headers: { cookie: supervisor },
      payload: {
        weekStart: weeks.whatIfWeek,
        historyWeeks: 6,
        joining: [{ tenantId: id('garbsen'), inhabitants: 61_000 }],
        comparable: [{ tenantId: id('langenhagen'), inhabitants: 56_000 }],
        change: { ahtSeconds: 240 },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.callsPerInhabitantDay).toBeGreaterThan(0);
    expect(body.fteDifference).toBeGreaterThan(0);
    expect(body.after.peakAgents).toBeGreaterThanOrEqual(body.before.peakAgents);
  });

  it('refuses a week not starting on Monday and a joiner without comparable tenants', async () => {
    const bad = await t.app.inject({
      method: 'GET',
      url: `/api/v1/staffing/plan?weekStart=${weeks.tuesday}`,
      headers: { cookie: supervisor },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].message).toMatch(/Montag/);
    const noRate = await t.app.inject({
      method: 'POST',
      url: '/api/v1/staffing/what-if',
      headers: { cookie: supervisor },
      payload: { weekStart: weeks.whatIfWeek, joining: [{ tenantId: '00000000-0000-4000-8000-000000000000', inhabitants: 10_000 }] },
    });
    expect(noRate.statusCode).toBe(400);
    expect(noRate.json().detail).toMatch(/vergleichbare/);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/staffing/plan?weekStart=${weeks.whatIfWeek}`,
          headers: { cookie: await t.login('agent') },
        })
      ).statusCode,
    ).toBe(403);
  });
});
