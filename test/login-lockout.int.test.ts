import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-accounts.js';
import { manualClock, type ManualClock } from '../src/platform/time/clock.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { testNow } from './support/test-clock.js';

/**
 * Issue 16, measured defect: anyone could lock any staff account without logging in
 * (5 wrong passwords for `admin` → 423, then the right password was refused everywhere),
 * and only real names ever got 423. Now a lock holds per login name AND source, grows
 * with every failure, treats unknown names alike, and lets a known device through.
 */

const ATTACKER = '203.0.113.50';
const OWNER = '198.51.100.20';

describe('login locks per account and source', () => {
  let t: TestApp;
  let clock: ManualClock;
  const login = (username: string, password: string, ip: string, cookie?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: ip,
      headers: cookie ? { cookie } : {},
      payload: { username, password },
    });
  const fail = async (username: string, ip: string, times: number) => {
    for (let i = 0; i < times; i++) await login(username, `falsch-${i}`, ip);
  };

  beforeAll(async () => {
    clock = manualClock(testNow());
    t = await createTestApp({ clock });
  });
  afterAll(() => t.close());

  it('locks out only the attacking address: the owner still signs in from elsewhere', async () => {
    await fail('admin', ATTACKER, 5);
    expect((await login('admin', DEMO_PASSWORD, ATTACKER)).statusCode).toBe(423);
    expect((await login('admin', DEMO_PASSWORD, OWNER)).statusCode).toBe(200);
  });

  it('answers an unknown name exactly like a known one (423 after the same failures, same text shape)', async () => {
    await fail('gibt-es-nicht', ATTACKER, 5);
    const unknown = await login('gibt-es-nicht', 'egal-egal-egal', ATTACKER);
    const known = await login('admin', 'egal-egal-egal', ATTACKER);
    expect(unknown.statusCode).toBe(423);
    expect(known.statusCode).toBe(423);
    const strip = (s: string) => s.replace(/\d{1,2}:\d{2}/, 'HH:MM');
    expect(strip(unknown.json().detail)).toBe(strip(known.json().detail));
  });

  it('lets a known device through from the locked address', async () => {
    const first = await login('agent', DEMO_PASSWORD, OWNER);
    const device = first.cookies.find((c) => c.name === 'dc_device');
    expect(device?.value).toBeTruthy();
    expect(device?.httpOnly).toBe(true);
    await fail('agent', ATTACKER, 6);
    expect((await login('agent', DEMO_PASSWORD, ATTACKER)).statusCode).toBe(423);
    const fromDevice = await login('agent', DEMO_PASSWORD, ATTACKER, `dc_device=${device!.value}`);
    expect(fromDevice.statusCode).toBe(200);
  });

  it('a device cookie of another account does not count as known', async () => {
    const other = await login('agent2', DEMO_PASSWORD, OWNER);
    const device = other.cookies.find((c) => c.name === 'dc_device')!;
    await fail('teamleitung', ATTACKER, 5);
    expect((await login('teamleitung', DEMO_PASSWORD, ATTACKER, `dc_device=${device.value}`)).statusCode).toBe(423);
  });

  it('lets the right password through after the delay, and the delay grows with further failures', async () => {
    await fail('abrechnung', ATTACKER, 5);
    expect((await login('abrechnung', DEMO_PASSWORD, ATTACKER)).statusCode).toBe(423);
    clock.advance(15 * 60_000 + 1000);
    // One more failure after the first delay: now twice as long.
    expect((await login('abrechnung', 'falsch-wieder', ATTACKER)).statusCode).toBe(401);
    clock.advance(16 * 60_000);
    expect((await login('abrechnung', DEMO_PASSWORD, ATTACKER)).statusCode).toBe(423);
    clock.advance(15 * 60_000);
    expect((await login('abrechnung', DEMO_PASSWORD, ATTACKER)).statusCode).toBe(200);
  });

  it('shows administrators the locks and lets them lift one, audited', async () => {
    await fail('leitstelle', ATTACKER, 5);
    const admin = await login('admin', DEMO_PASSWORD, OWNER);
    const cookie = `dc_session=${admin.cookies.find((c) => c.name === 'dc_session')!.value}`;
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/login-locks', headers: { cookie } });
    expect(list.statusCode).toBe(200);
    const lock = list.json().items.find((l: { username: string }) => l.username === 'leitstelle');
    expect(lock).toMatchObject({ sourceKind: 'address', source: ATTACKER, failures: 5 });
    const lift = await t.app.inject({
      method: 'POST',
      url: '/api/v1/login-locks/lift',
      headers: { cookie },
      payload: { username: 'leitstelle', sourceKind: 'address', source: ATTACKER },
    });
    expect(lift.statusCode).toBe(204);
    expect((await login('leitstelle', DEMO_PASSWORD, ATTACKER)).statusCode).toBe(200);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/login-locks/lift',
      headers: { cookie },
      payload: { username: 'leitstelle', sourceKind: 'address', source: ATTACKER },
    });
    expect(again.statusCode).toBe(404);
    const auditor = await login('revision', DEMO_PASSWORD, OWNER);
    const auditCookie = `dc_session=${auditor.cookies.find((c) => c.name === 'dc_session')!.value}`;
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit?action=auth.lock_lifted', headers: { cookie: auditCookie } });
    expect(audit.json().items.length).toBeGreaterThanOrEqual(1);
  });

  it('refuses the lock list to non-admins', async () => {
    const agent = await login('agent2', DEMO_PASSWORD, OWNER);
    const cookie = `dc_session=${agent.cookies.find((c) => c.name === 'dc_session')!.value}`;
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/login-locks', headers: { cookie } })).statusCode).toBe(403);
  });

  it('shows an account as locked by the server clock: while the lock holds, and not after it ran out', async () => {
    // The browser used to compare lockedUntil with its own clock: with the server's clock (here a
    // fixed test day) behind the browser's, a lock in force looked expired and the list hid it.
    await fail('itdesk', ATTACKER, 5);
    const admin = await login('admin', DEMO_PASSWORD, OWNER);
    const cookie = `dc_session=${admin.cookies.find((c) => c.name === 'dc_session')!.value}`;
    const account = async () => {
      const users = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie } });
      const user = users.json().items.find((u: { username: string }) => u.username === 'itdesk');
      const one = await t.app.inject({ method: 'GET', url: `/api/v1/users/${user.id}`, headers: { cookie } });
      return [user.lockedUntil, one.json().lockedUntil];
    };
    const expected = new Date(clock.now().getTime() + 15 * 60_000).toISOString();
    const [listed, single] = await account();
    expect(listed).toBe(expected);
    expect(single).toBe(listed);
    clock.advance(15 * 60_000 + 1000);
    expect(await account()).toEqual([null, null]);
  });
});
