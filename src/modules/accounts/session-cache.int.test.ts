import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { openPostgres } from '../../platform/db/database.js';
import { stopChanges } from '../../platform/realtime/change-bus.js';
import { manualClock, type ManualClock } from '../../platform/time/clock.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { testNow } from '../../../test/support/test-clock.js';
import { resolveSession } from './index.js';
import { MAX_AGE_MS } from './session-cache.js';

/** The instance's session cache (decision 0095): revocation and expiry stay as without it. */
let t: TestApp;
let clock: ManualClock;
const me = (app: FastifyInstance, cookie: string) => app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
/** Id and version of the signed-in user (the version from the admin's read). */
async function userOf(app: FastifyInstance, cookie: string, admin: string) {
  const id = (await me(app, cookie)).json().user.id as string;
  const version = (await t.app.inject({ method: 'GET', url: `/api/v1/users/${id}`, headers: { cookie: admin } })).json().version as number;
  return { id, version };
}
const tokenOf = (cookie: string) => decodeURIComponent(cookie.slice('dc_session='.length));
const deleteSessionRows = () =>
  t.db.database.db.execute(sql`delete from sessions where user_id = (select id from users where username = 'agent2')`);

beforeAll(async () => {
  clock = manualClock(testNow());
  t = await createTestApp({ clock, env: { SESSION_TTL_HOURS: '1' } });
});
afterAll(() => t.close());

describe('session cache', () => {
  it('answers from memory once read: a row removed outside the app counts after at most MAX_AGE_MS', async () => {
    const cookie = await t.login('agent2');
    expect((await me(t.app, cookie)).statusCode).toBe(200);
    await deleteSessionRows();
    expect((await me(t.app, cookie)).statusCode).toBe(200);
    clock.advance(MAX_AGE_MS + 1);
    expect((await me(t.app, cookie)).statusCode).toBe(401);
  });

  it('ends a cached session at its expiry, whatever the cache holds', async () => {
    const cookie = await t.login('agent2');
    expect((await me(t.app, cookie)).statusCode).toBe(200);
    // 1 h TTL: read again 10 s before the end (and kept), then the end passes while the entry is young.
    clock.advance(3600_000 - 10_000);
    expect((await me(t.app, cookie)).statusCode).toBe(200);
    clock.advance(10_000);
    expect((await me(t.app, cookie)).statusCode).toBe(401);
  });

  it('ends a cached session at logout and when the admin deactivates the account; new roles apply at once', async () => {
    const cookie = await t.login('agent2');
    expect((await me(t.app, cookie)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } })).statusCode).toBe(204);
    expect((await me(t.app, cookie)).statusCode).toBe(401);

    const admin = await t.login('admin');
    const agent = await t.login('agent2');
    const user = await userOf(t.app, agent, admin);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/dispatch/units', headers: { cookie: agent } })).statusCode).toBe(403);
    const promoted = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: { cookie: admin },
      payload: { roles: ['agent', 'dispatcher'], version: user.version },
    });
    expect(promoted.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/dispatch/units', headers: { cookie: agent } })).statusCode).toBe(200);
    const off = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: { cookie: admin },
      payload: { active: false, roles: ['agent'], version: promoted.json().version },
    });
    expect(off.statusCode).toBe(200);
    expect((await me(t.app, agent)).statusCode).toBe(401);
    const on = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: { cookie: admin },
      payload: { active: true, version: off.json().version },
    });
    expect(on.statusCode).toBe(200);
  });

  it('reads the database every time while the instance does not hear every change', async () => {
    const cookie = await t.login('agent2');
    expect(await resolveSession(t.db.database, clock, tokenOf(cookie))).not.toBeNull();
    await stopChanges(t.db.database); // e.g. the LISTEN connection is gone
    await deleteSessionRows();
    expect(await resolveSession(t.db.database, clock, tokenOf(cookie))).toBeNull();
  });
});

describe.runIf(!!process.env.DATABASE_URL)('session cache on two instances (PostgreSQL)', () => {
  it('a session ended on one instance ends on the other (LISTEN/NOTIFY)', async () => {
    const database = openPostgres(t.db.url!, 3);
    const other = await buildApp({ config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), database, clock });
    try {
      await other.ready();
      const admin = await t.login('admin');
      const login = await other.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'agent2', password: 'Dialog-Demo-2026!' },
      });
      const cookie = `dc_session=${login.cookies.find((c) => c.name === 'dc_session')!.value}`;
      const user = await userOf(other, cookie, admin);
      expect((await me(other, cookie)).statusCode).toBe(200);
      const off = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${user.id}`,
        headers: { cookie: admin },
        payload: { active: false, version: user.version },
      });
      expect(off.statusCode).toBe(200);
      // The notice arrives after the commit; wait for it (bounded), never for a fixed time.
      let status = 200;
      for (let i = 0; i < 200 && status === 200; i++) {
        status = (await me(other, cookie)).statusCode;
        if (status === 200) await new Promise((r) => setTimeout(r, 25));
      }
      expect(status).toBe(401);
    } finally {
      await other.close();
      await database.close();
    }
  });
});
