import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

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
    [{ ...base, model: 'erlang-a', patienceSeconds: 86_400, ahtSeconds: 1, callsPerInterval: 3_000_000, agents: 1 }, 'patienceSeconds', /zu lange|aufwendig/],
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
