import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { manualClock, type ManualClock } from '../../platform/time/clock.js';
import { testNow } from '../../../test/support/test-clock.js';
import { DEMO_ACD_TOKEN, demoHotline } from '../contacts/index.js';

// The plan compared with the agents at work from the agent state log (routing), per half hour.
// Tuesday 2026-04-07 (CEST, UTC+2); Easter Monday 2026-04-06 is closed, so the week's plan starts Tuesday.
let t: TestApp;
let clock: ManualClock;
beforeAll(async () => {
  clock = manualClock('2026-04-07T05:00:00Z');
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

/** Calls in March between 08:00 and 08:30 Berlin (07:00-07:30 UTC, CET) by an agent id unknown to the center. */
async function seedMarchMornings() {
  const events: Record<string, unknown>[] = [];
  for (const day of ['2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24', '2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23']) {
    for (let i = 0; i < 6; i++) {
      const start = new Date(`${day}T07:${String(i * 4).padStart(2, '0')}:00Z`).getTime();
      const id = `pr-${day}-${i}`;
      const at = (s: number) => new Date(start + s * 1000).toISOString();
      const common = { callId: id, dialledNumber: demoHotline('03241010'), queue: 'dc-langenhagen' };
      events.push({ ...common, eventId: `${id}:offered`, type: 'offered', occurredAt: at(0) });
      events.push({ ...common, eventId: `${id}:answered`, type: 'answered', occurredAt: at(5), agentId: 'SIP/9999' });
      events.push({ ...common, eventId: `${id}:ended`, type: 'ended', occurredAt: at(300) });
    }
  }
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/telephony/events',
    headers: { authorization: `Bearer ${DEMO_ACD_TOKEN}` },
    payload: { events },
  });
  expect(res.statusCode, res.body).toBe(202);
}

async function setState(cookie: string, atUtc: string, state: string) {
  clock.set(new Date(atUtc));
  const res = await t.app.inject({ method: 'PUT', url: '/api/v1/desktop/state', headers: { cookie }, payload: { state } });
  expect(res.statusCode, res.body).toBe(200);
}

interface Slot {
  date: string;
  minute: number;
  agents: number;
  staffed: number | null;
  status: string | null;
}

describe('GET /api/v1/staffing/plan: plan against the agents logged in', () => {
  it('marks each half hour that is over with the mean agents at work, under/ok/over by the rule', async () => {
    await seedMarchMornings();
    const agent2 = await t.login('agent2');
    const lead = await t.login('teamleitung');
    // The demo data (seeded at the run's instant, DC_TEST_NOW) leaves agent2 available and teamleitung on
    // break. An open state counts up to the clock, so a run day before this file's April week would have them
    // at work until the next change: they sign off at the run's instant first, then from offline here.
    if (testNow() < new Date('2026-04-07T05:00:00Z')) {
      await setState(agent2, testNow().toISOString(), 'offline');
      await setState(lead, testNow().toISOString(), 'offline');
    }
    await setState(agent2, '2026-04-07T05:00:00Z', 'offline');
    await setState(lead, '2026-04-07T05:00:00Z', 'offline');
    await setState(agent2, '2026-04-07T06:15:00Z', 'available'); // 08:15 Berlin: half of 08:00-08:30
    await setState(lead, '2026-04-07T07:00:00Z', 'available'); // 09:00
    await setState(lead, '2026-04-07T07:30:00Z', 'break'); // 09:30: logged in, not at work
    await setState(lead, '2026-04-07T08:00:00Z', 'offline'); // 10:00
    clock.set(new Date('2026-04-07T08:45:00Z')); // 10:45 Berlin: 10:30-11:00 is still running
    const supervisor = await t.login('teamleitung');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/staffing/plan?weekStart=2026-04-06&historyWeeks=6&model=erlang-c',
      headers: { cookie: supervisor },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { comparedSlots: number; plan: { slots: Slot[] } };
    const tuesday = new Map(body.plan.slots.filter((s) => s.date === '2026-04-07').map((s) => [s.minute, s]));
    const staffed = (hh: number, mm = 0) => tuesday.get(hh * 60 + mm)!.staffed;
    expect(staffed(8)).toBeCloseTo(0.5, 6);
    expect(staffed(8, 30)).toBeCloseTo(1, 6);
    expect(staffed(9)).toBeCloseTo(2, 6);
    expect(staffed(9, 30)).toBeCloseTo(1, 6); // the break is not at work
    expect(staffed(10)).toBeCloseTo(1, 6);
    expect(staffed(10, 30)).toBeNull(); // not over yet
    expect(staffed(17, 30)).toBeNull();
    expect(body.plan.slots.filter((s) => s.date > '2026-04-07').every((s) => s.staffed === null)).toBe(true);
    expect(body.comparedSlots).toBe(5);
    // The March mornings need at least one agent at 08:00: half an agent is under.
    expect(tuesday.get(8 * 60)!.agents).toBeGreaterThanOrEqual(1);
    expect(tuesday.get(8 * 60)!.status).toBe('under');
    for (const s of tuesday.values()) {
      if (s.staffed === null) expect(s.status).toBeNull();
      else expect(s.status).toBe(s.staffed < s.agents ? 'under' : s.staffed >= s.agents + 1 ? 'over' : 'ok');
    }
    expect([...tuesday.values()].some((s) => s.status === 'over')).toBe(true);
  });

  it('a week without any state log is not compared (no false "under")', async () => {
    // A past week without the demo's own states (they are at the run's instant, DC_TEST_NOW).
    const run = testNow().getTime();
    const weekStart = ['2026-03-30', '2026-03-16'].find((w) => {
      const start = new Date(`${w}T00:00:00Z`).getTime() - 86_400_000;
      return run < start || run > start + 9 * 86_400_000;
    });
    const supervisor = await t.login('teamleitung');
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/staffing/plan?weekStart=${weekStart}&historyWeeks=4`,
      headers: { cookie: supervisor },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { comparedSlots: number; plan: { slots: Slot[] } };
    expect(body.comparedSlots).toBe(0);
    expect(body.plan.slots.every((s) => s.staffed === null && s.status === null)).toBe(true);
  });
});
