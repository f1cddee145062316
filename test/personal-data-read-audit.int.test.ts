import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Tx } from '../src/platform/db/database.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Every read of personal data leaves a `personal_data.read` entry (issue 16: the agent's lookup
 * by a caller's number left none). The demo's citizens are renamed to one marked person (name,
 * e-mail address, phone number); then every GET endpoint of the API is called by every staff
 * role, with the ids of the marked rows for its path parameters. Whenever an answer carries the
 * marked data, the same request must have written a `personal_data.read` entry for that user.
 */

const NAME = 'Quirin Zaunkoenigsmarx';
const EMAIL = 'quirin.zaunkoenigsmarx@example.org';
const PHONE = '05119876543';
const markers = ['Zaunkoenigsmarx', '9876543'];

const staff = [
  'agent',
  'teamleitung',
  'leitstelle',
  'fachbereich.langenhagen',
  'itdesk',
  'admin',
  'revision',
  'abrechnung',
  'redaktion.zentral',
  'datenschutz',
];

/** Tables whose rows hold the marked person, and what marks them. */
const marking: [table: string, assignments: string][] = [
  ['contacts', `caller_number = '${PHONE}', note = case when note is null then null else note || ' (${NAME})' end`],
  ['calls', `caller_number = '${PHONE}'`],
  ['call_events', `caller_number = '${PHONE}'`],
  [
    'service_requests',
    `citizen_name = '${NAME}', citizen_email = case when citizen_email is null then null else '${EMAIL}' end,
     citizen_phone = case when citizen_phone is null then null else '${PHONE}' end`,
  ],
  ['callback_tasks', `citizen_name = '${NAME}', phone = '${PHONE}'`],
  [
    'work_items',
    `from_name = case when from_name is null then null else '${NAME}' end,
     from_address = case when from_address is null then null else '${EMAIL}' end`,
  ],
  [
    'appointments',
    `name = '${NAME}', email = case when email is null then null else '${EMAIL}' end,
     phone = case when phone is null then null else '${PHONE}' end`,
  ],
  ['appointment_waitlist', `name = '${NAME}', email = '${EMAIL}', phone = case when phone is null then null else '${PHONE}' end`],
  ['dispatch_incidents', `callback_number = '${PHONE}'`],
  ['dispatch_incident_callers', `callback_number = '${PHONE}'`],
  [
    'it_faults',
    `reporter_name = '${NAME}', reporter_phone = case when reporter_phone is null then null else '${PHONE}' end,
     reporter_email = case when reporter_email is null then null else '${EMAIL}' end`,
  ],
];

/** Which table's ids fill the `{id}` of a path, by the path segment before it. */
const idSource: Record<string, string[]> = {
  'service-requests': ['service_requests'],
  contacts: ['contacts'],
  'work-items': ['work_items'],
  incidents: ['dispatch_incidents'],
  'it-faults': ['it_faults'],
  locations: ['appointment_locations'],
  appointments: ['appointments'],
  'callback-tasks': ['callback_tasks'],
};

let t: TestApp;
const idsOf = new Map<string, string[]>();

const all = <T>(fn: (tx: Tx) => Promise<T>) => t.db.database.scoped({ kind: 'all' }, fn);

async function readsOf(username: string): Promise<number> {
  const [row] = await all((tx) =>
    queryRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from audit_log where action = 'personal_data.read' and actor_name = ${username}`,
    ),
  );
  return row!.n;
}

beforeAll(async () => {
  t = await createTestApp();
  await all(async (tx) => {
    for (const [table, assignments] of marking) await tx.execute(sql.raw(`update ${table} set ${assignments}`));
    for (const table of new Set([...marking.map(([n]) => n), 'appointment_locations'])) {
      const rows = await queryRows<{ id: string }>(tx, sql.raw(`select id::text as id from ${table} order by id limit 3`));
      idsOf.set(
        table,
        rows.map((r) => r.id),
      );
    }
  });
});
afterAll(() => t?.close());

describe('every read of personal data is audited', () => {
  it('no GET endpoint shows the marked citizen to any staff role without a personal_data.read entry', async () => {
    const openapi = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const paths = Object.entries(openapi.paths)
      .filter(([path, methods]) => 'get' in methods && !path.endsWith('/stream') && !path.startsWith('/api/v1/auth/'))
      .map(([path]) => path)
      .filter((path) => !path.includes('{token}') && path !== '/api/openapi.json');
    const everyId = [...idsOf.values()].flatMap((ids) => ids.slice(0, 1));

    const unaudited: string[] = [];
    let shown = 0;
    let calls = 0;
    for (const username of staff) {
      const cookie = await t.login(username);
      for (const path of paths) {
        const urls = [...path.matchAll(/\{(\w+)\}/g)].length === 0 ? [path] : urlsFor(path, everyId);
        for (const url of urls) {
          const first = await t.app.inject({ method: 'GET', url, headers: { cookie } });
          calls++;
          if (first.statusCode >= 400 || !markers.some((m) => first.body.includes(m))) continue;
          // It shows the person: the same read again, now counting the user's read entries around it
          // (counting around every one of the thousands of calls took most of this test's minutes).
          shown++;
          const before = await readsOf(username);
          const again = await t.app.inject({ method: 'GET', url, headers: { cookie } });
          expect(
            markers.some((m) => again.body.includes(m)),
            `${username}: GET ${url} answered differently`,
          ).toBe(true);
          if ((await readsOf(username)) === before) unaudited.push(`${username}: GET ${url}`);
        }
      }
    }
    expect(calls).toBeGreaterThan(100);
    // The marking worked: some endpoints do show the person (to the roles that need it).
    expect(shown).toBeGreaterThan(3);
    expect(unaudited).toEqual([]);
  }, 600_000);
});

function urlsFor(path: string, everyId: string[]): string[] {
  const segment = path.match(/\/([\w-]+)\/\{id\}/)?.[1];
  const sources = segment ? idSource[segment] : undefined;
  const ids = sources ? sources.flatMap((s) => idsOf.get(s) ?? []) : everyId;
  const tenantIds = ['00000000-0000-0000-0000-000000000000'];
  return ids.map((id) =>
    path.replace(/\{(\w+)\}/g, (_m, name: string) =>
      name === 'tenantId' ? tenantIds[0]! : name === 'leikaKey' ? '99000000000000' : name === 'year' ? '2026' : id,
    ),
  );
}
