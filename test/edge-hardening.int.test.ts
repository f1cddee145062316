import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACD_TOKEN } from '../src/modules/contacts/index.js';
import { errorForLog } from '../src/platform/http/log-safety.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 9, item 10: the defects measured at the edge. Each test failed before its fix:
 * forged X-Forwarded-For was believed, a NUL byte gave 500 and put the SQL parameters
 * (the citizen's input) into the error log, and telephone events were validated
 * before the sender was authenticated.
 */

const FORGED = '203.0.113.77';

async function loginAttemptIps(t: TestApp, username: string): Promise<string[]> {
  const result = (await t.db.database.db.execute(
    sql`select ip from audit_log where action in ('auth.login_failed', 'auth.login_locked') and details->>'username' = ${username} order by id`,
  )) as unknown as {
    rows: { ip: string }[];
  };
  return result.rows.map((r) => r.ip);
}

describe('client address without a trusted proxy (default: TRUST_PROXY off)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('ignores a forged X-Forwarded-For: the login record holds the real peer address', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-forwarded-for': FORGED },
      remoteAddress: '198.51.100.10',
      payload: { username: 'proxy-test-1', password: 'falsch-falsch-falsch' },
    });
    expect(res.statusCode).toBe(401);
    expect(await loginAttemptIps(t, 'proxy-test-1')).toEqual(['198.51.100.10']);
  });

  it('keeps the per-address limit of the public status page: a new forged address per request does not reset it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/public/v1/request-status?code=ZZZZ0000',
        headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
        remoteAddress: '198.51.100.11',
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 10)).not.toContain(429);
    expect(statuses[10]).toBe(429);
  });
});

describe('client address behind a configured reverse proxy (TRUST_PROXY=198.51.100.0/24)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: '198.51.100.0/24' } });
  });
  afterAll(() => t.close());

  it('takes the client address from X-Forwarded-For when the peer is a trusted proxy', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-forwarded-for': FORGED },
      remoteAddress: '198.51.100.10',
      payload: { username: 'proxy-test-2', password: 'falsch-falsch-falsch' },
    });
    expect(await loginAttemptIps(t, 'proxy-test-2')).toEqual([FORGED]);
  });

  it('ignores the header from a peer that is not a configured proxy', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-forwarded-for': FORGED },
      remoteAddress: '192.0.2.50',
      payload: { username: 'proxy-test-3', password: 'falsch-falsch-falsch' },
    });
    expect(await loginAttemptIps(t, 'proxy-test-3')).toEqual(['192.0.2.50']);
  });
});

describe('NUL bytes and what reaches the log', () => {
  let t: TestApp;
  const lines: string[] = [];
  const MARKER = 'Erika-Mustermann-Geheim';
  beforeAll(async () => {
    t = await createTestApp({ env: { LOG_LEVEL: 'info' }, logStream: { write: (line) => void lines.push(line) } });
  });
  afterAll(() => t.close());

  it('answers a NUL byte in a JSON field with 400, a German message and the field named; nothing is stored', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: `${MARKER}\u0000x`, password: 'falsch-falsch-falsch' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body).toMatchObject({ code: 'VALIDATION_FAILED', status: 400 });
    expect(body.detail).toContain('Steuerzeichen');
    expect(body.issues).toEqual([{ field: 'username', message: expect.stringContaining('NUL') }]);
    const stored = (await t.db.database.db.execute(
      sql`select count(*)::int as n from audit_log where details->>'username' like ${`${MARKER}%`}`,
    )) as unknown as {
      rows: { n: number }[];
    };
    expect(stored.rows[0]!.n).toBe(0);
  });

  it('answers a NUL byte in the query string and in a nested field with 400', async () => {
    const query = await t.app.inject({ method: 'GET', url: `/api/public/v1/request-status?code=${MARKER}%00` });
    expect(query.statusCode).toBe(400);
    expect(query.json().issues).toEqual([{ field: 'code', message: expect.stringContaining('NUL') }]);
    const nested = await t.app.inject({
      method: 'POST',
      url: '/api/v1/telephony/events',
      headers: { authorization: `Bearer ${DEMO_ACD_TOKEN}` },
      payload: {
        events: [
          {
            eventId: 'n1',
            callId: `c\u0000${MARKER}`,
            type: 'offered',
            occurredAt: '2026-12-01T08:00:00.000Z',
            dialledNumber: '0511 1689-010',
          },
        ],
      },
    });
    expect(nested.statusCode).toBe(400);
    expect(nested.json().issues[0].field).toBe('events.0.callId');
  });

  it('never writes what the citizen typed into the log', () => {
    const log = lines.join('').toLowerCase();
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain(MARKER.toLowerCase());
    expect(log).not.toContain('"level":50');
  });

  it('logs a failed query with its SQL and SQLSTATE but without parameters or the data-bearing message', async () => {
    const failure = await t.db.database.db.execute(sql`select ${MARKER}::uuid as id`).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(JSON.stringify({ message: (failure as Error).message, cause: String((failure as Error).cause) })).toContain(MARKER);
    const logged = errorForLog(failure);
    const text = JSON.stringify(logged);
    expect(text).not.toContain(MARKER);
    expect(text).toContain('::uuid');
    expect(text).toContain('22P02');
  });
});

describe('telephone events: the sender is authenticated before the body is looked at', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const badBody = { events: [{ nonsense: true }] };

  it('answers an unauthenticated request with an invalid body with 401, not 400', async () => {
    const none = await t.app.inject({ method: 'POST', url: '/api/v1/telephony/events', payload: badBody });
    expect(none.statusCode).toBe(401);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/telephony/events',
      headers: { authorization: 'Bearer not-the-right-token-at-all' },
      payload: badBody,
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().issues).toBeUndefined();
  });

  it('still validates the body of an authenticated sender (400 with the fields named)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/telephony/events',
      headers: { authorization: `Bearer ${DEMO_ACD_TOKEN}` },
      payload: badBody,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });
});
