import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { manualClock, type ManualClock } from '../src/platform/time/clock.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { testNow } from './support/test-clock.js';

/**
 * Issue 16, measured defect: the public contact form and chat had no limit at all (40 of
 * 40 from one address accepted), and the status-page limit lived in process memory (lost
 * on restart, not shared between instances). Now every public limit counts in the database.
 */

const form = (i: number) => ({
  tenant: 'burgwedel',
  name: 'Eva Engel',
  email: 'eva@example.org',
  subject: `Frage ${i}`,
  message: 'Wann wird die Grundsteuer fällig?',
});

describe('database-backed limits on the citizen forms', () => {
  let t: TestApp;
  let clock: ManualClock;
  beforeAll(async () => {
    clock = manualClock(testNow());
    t = await createTestApp({ clock });
  });
  afterAll(() => t.close());

  const post = (url: string, payload: unknown, ip: string, app = t.app) =>
    app.inject({ method: 'POST', url, payload: payload as object, remoteAddress: ip });

  it('accepts ten contact forms an hour from one address, refuses the burst beyond, and takes other addresses', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await post('/api/v1/public/contact-form', form(i), '198.51.100.31')).statusCode);
    expect(statuses.filter((s) => s === 202)).toHaveLength(10);
    expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
    const refused = await post('/api/v1/public/contact-form', form(99), '198.51.100.31');
    expect(refused.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(refused.headers['retry-after']).toBe('3600');
    expect((await post('/api/v1/public/contact-form', form(100), '198.51.100.32')).statusCode).toBe(202);
  });

  it('counts invalid forms too (a flood of bad bodies is still a flood)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await post('/api/v1/public/contact-form', { tenant: 'x' }, '198.51.100.33')).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('lets the address in again after the window', async () => {
    clock.advance(3601 * 1000);
    expect((await post('/api/v1/public/contact-form', form(200), '198.51.100.31')).statusCode).toBe(202);
  });

  it('limits starting chats', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push(
        (await post('/api/v1/public/chats', { tenant: 'burgwedel', name: 'Eva', message: 'Hallo' }, '198.51.100.34')).statusCode,
      );
    }
    expect(statuses[10]).toBe(429);
    expect(statuses.slice(0, 10)).not.toContain(429);
  });

  it('shares the count with a second app instance on the same database, and keeps it over a restart', async () => {
    const second = await buildApp({
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
      database: t.db.database,
      clock,
    });
    await second.ready();
    try {
      for (let i = 0; i < 10; i++) await post('/api/v1/public/contact-form', form(300 + i), '198.51.100.35');
      expect((await post('/api/v1/public/contact-form', form(400), '198.51.100.35', second)).statusCode).toBe(429);
      const status = async (app = t.app) =>
        (await app.inject({ method: 'GET', url: '/api/public/v1/request-status?code=ZZZZ0000', remoteAddress: '198.51.100.36' }))
          .statusCode;
      for (let i = 0; i < 10; i++) await status();
      expect(await status(second)).toBe(429);
    } finally {
      await second.close();
    }
  });
});
