/**
 * Dispatch desk benchmarks (issue 13), through the real HTTP endpoints of a running app,
 * on a fresh PGlite and a fresh PostgreSQL database, with the demo gazetteer, units and
 * incidents plus:
 * - an imported address list of `BENCH_ADDRESSES` synthetic addresses (default 30,000,
 *   about the size of a large city's list; 200 streets in Hannover's centre) through the
 *   real import (its time is printed too);
 * - `BENCH_INCIDENTS` incidents in the past 30 days (default 10,000, the "a month"),
 *   `BENCH_OPEN` of them open (default 150), inserted with generate_series.
 * Figures, each against the goal (ratio = measured / goal, below 1 is met):
 * 1. Address look-up: GET /places?q=… for typed addresses, places, typos, "Str.", umlauts;
 *    p50/p95 of 200 look-ups. Goal p95 < 20 ms.
 * 2. Board load: GET /board (open incidents with their units, all units, shift log) with
 *    the month's incidents in the table; p50/p95 of 30 loads. Goal < 200 ms.
 * 3. Board push: 50 dispatchers on the SSE stream; 10 incidents created through POST
 *    /incidents; delay from sending the POST to each client's snapshot holding the new
 *    incident; p50/p95/max. Goal p95 < 1 s.
 * Printed, never asserted (the machine is shared; see `npm run bench -- dispatch`).
 */
import http from 'node:http';
import { loadavg } from 'node:os';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { seedTenants } from '../src/demo/seed-demo-data.js';
import { createUser } from '../src/modules/accounts/accounts.service.js';
import { importPlaces, seedDispatchDemo } from '../src/modules/dispatch/index.js';
import { gazetteerOf } from '../src/modules/dispatch/gazetteer-index.js';
import { findPlaces } from '../src/modules/dispatch/gazetteer.service.js';
import { systemActor } from '../src/platform/auth/actor.js';
import { ALL_TENANTS, queryRows, type Database } from '../src/platform/db/database.js';
import { systemClock } from '../src/platform/time/clock.js';
import { onFreshDatabases, percentile, runWhenCalledDirectly } from './support/bench-kit.js';

const ADDRESSES = Number(process.env.BENCH_ADDRESSES ?? 30_000);
const INCIDENTS = Number(process.env.BENCH_INCIDENTS ?? 10_000);
const OPEN = Number(process.env.BENCH_OPEN ?? 150);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const LOOKUPS = 200;
const BOARD_LOADS = 30;
const PUSHES = 10;
const PASSWORD = 'Bench-Passwort-2026!';

/** CPU milliseconds this process spent (the app runs in it; on PGlite so does the database). */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const load = () => `load average ${loadavg()[0]!.toFixed(1)} on this machine`;

const goal = (value: number, limit: number, unit = 'ms') =>
  `goal < ${limit} ${unit}: ratio ${(value / limit).toFixed(2)}, ${value < limit ? 'met' : 'NOT met'}`;

const prefixes = ['Ahorn', 'Birken', 'Linden', 'Eichen', 'Buchen', 'Erlen', 'Ulmen', 'Kastanien', 'Tannen', 'Weiden'];
const middles = ['', 'hof', 'garten', 'berg', 'feld', 'bach', 'wiesen', 'hagen', 'kamp', 'busch'];
const suffixes = ['straße', 'weg'];

/** A synthetic address list in the official CSV layout: 200 streets, house numbers along each. */
function addressListCsv(count: number): string {
  const streets = prefixes.flatMap((p) => middles.flatMap((m) => suffixes.map((s) => `${p}${m}${s}`)));
  const perStreet = Math.ceil(count / streets.length);
  const lines = ['strasse;hausnummer;plz;lat;lon;stadtbezirk'];
  let n = 0;
  for (const [i, street] of streets.entries()) {
    // Streets on a grid inside Hannover's centre (52.355-52.395 N, 9.705-9.775 E).
    const lat0 = 52.356 + (i % 20) * 0.002;
    const lon0 = 9.706 + Math.floor(i / 20) * 0.0065;
    for (let h = 1; h <= perStreet && n < count; h++, n++) {
      lines.push(`${street};${h};30159;${(lat0 + h * 0.00001).toFixed(6)};${(lon0 + h * 0.00004).toFixed(6)};Mitte`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const queries = [
  'Lister Meile 4',
  'Kröpcke',
  'Kroepcke',
  'Kropcke',
  'Georgstr. 10',
  'Georgstrasse 12',
  'Raschplatz',
  'Steintor',
  'Maschsee',
  'Marktplatz Langenhagen',
  'Limmerstr 40',
  'Lindenhofstraße 12',
  'Ahornweg 30',
  'Eichenbergstrasse 7',
  'Kastanienhofweg 99',
  'Birkenfeld',
  'Herrenhäuser Gärten',
  'Podbielski 200',
  'Engelbosteler Damm 72',
  'Hildesheimer Str 100',
];

async function login(baseUrl: string, username: string) {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function timed(url: string, cookie: string) {
  const started = performance.now();
  const res = await fetch(url, { headers: { cookie } });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body.slice(0, 200)}`);
  return { ms: performance.now() - started, body };
}

async function prepare(database: Database, label: string) {
  await seedTenants(database);
  const ctx = { database, actor: systemActor('bench'), clock: systemClock };
  await seedDispatchDemo(ctx);
  await createUser(ctx, { username: 'bench.leitstelle', displayName: 'Bench Leitstelle', password: PASSWORD, roles: ['dispatcher'] });

  let started = performance.now();
  const report = await importPlaces(
    { ...ctx, actor: { ...ctx.actor, roles: ['admin'] } },
    { format: 'address_list_csv', fileName: 'bench.csv', text: addressListCsv(ADDRESSES) },
  );
  if (report.outcome !== 'applied') throw new Error(`bench import ${report.outcome}: ${JSON.stringify(report.errors.slice(0, 3))}`);
  console.log(
    `${label}: imported ${report.acceptedCount.toLocaleString('de-DE')} addresses (official list CSV) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  started = performance.now();
  await database.scoped(ALL_TENANTS, async (tx) => {
    const [host] = await queryRows<{ id: string }>(tx, sql`select id from tenants where slug = 'hannover'`);
    await tx.execute(sql`
      insert into dispatch_incidents (tenant_id, number, category, priority, description, status, location_label, lat, lon, district,
        municipality, location_source, reporting_channel, reported_at, received_at, assigned_at, en_route_at, on_scene_at, finished_at,
        closed_at, close_result, created_by_name)
      select ${host!.id}, 'B-' || g, (array['noise','parking_driveway','parking_fire_lane','dumped_waste','aggressive_begging',
          'dog_off_lead','youth_protection','alcohol_ban_zone','damaged_street_furniture','public_hazard','other'])[1 + g % 11],
        1 + g % 3, 'Bench-Einsatz ' || g, case when g <= ${OPEN} then (array['received','assigned','en_route','on_scene'])[1 + g % 4] else 'closed' end,
        'Georgstraße ' || (1 + g % 50) || ', Hannover', 52.36 + (g % 97) * 0.0004, 9.71 + (g % 89) * 0.0007,
        (array['Mitte','Vahrenwald-List','Linden-Limmer','Südstadt-Bult','Nord'])[1 + g % 5], 'Hannover', 'address', 'phone', ts, ts,
        case when g % 4 = 1 and g <= ${OPEN} then null else ts + interval '3 minutes' end,
        case when g <= ${OPEN} and g % 4 < 2 then null else ts + interval '4 minutes' end,
        case when g <= ${OPEN} and g % 4 <> 3 then null else ts + ((10 + g % 30) || ' minutes')::interval end,
        case when g <= ${OPEN} then null else ts + ((35 + g % 30) || ' minutes')::interval end,
        case when g <= ${OPEN} then null else ts + ((40 + g % 30) || ' minutes')::interval end,
        case when g <= ${OPEN} then null else (array['resolved','warning_given','fine_notice','nothing_found'])[1 + g % 4] end,
        'Bench'
      from (select g, ${new Date().toISOString()}::timestamptz - ((g::bigint * 2592000 / ${INCIDENTS}) || ' seconds')::interval as ts
            from generate_series(1, ${INCIDENTS}) g) x`);
    await tx.execute(sql`analyze dispatch_incidents`);
    await tx.execute(sql`analyze dispatch_places`);
  });
  console.log(
    `${label}: ${INCIDENTS.toLocaleString('de-DE')} incidents in the past 30 days (${OPEN} open) inserted in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function lookups(database: Database, baseUrl: string, cookie: string, label: string) {
  for (const q of queries) await timed(`${baseUrl}/api/v1/dispatch/places?q=${encodeURIComponent(q)}`, cookie); // warm-up
  const times: number[] = [];
  let found = 0;
  const cpu0 = cpuMs();
  for (let i = 0; i < LOOKUPS; i++) {
    const q = queries[i % queries.length]!;
    const { ms, body } = await timed(`${baseUrl}/api/v1/dispatch/places?q=${encodeURIComponent(q)}`, cookie);
    times.push(ms);
    if ((JSON.parse(body) as { items: unknown[] }).items.length > 0) found++;
  }
  const p95 = percentile(times, 95);
  // The look-up itself, without HTTP, session and JSON: the in-memory index (decision 0092).
  const index = await gazetteerOf(database);
  const inProcess: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const started = performance.now();
    findPlaces(index, systemActor('bench'), queries[i % queries.length]!);
    inProcess.push(performance.now() - started);
  }
  console.log(
    `${label} address look-up in the index alone (${index.size.toLocaleString('de-DE')} entries, 2,000 look-ups): ` +
      `p50 ${percentile(inProcess, 50).toFixed(2)} ms, p95 ${percentile(inProcess, 95).toFixed(2)} ms`,
  );
  console.log(
    `${label} address look-up over HTTP (${LOOKUPS} look-ups of ${queries.length} kinds, ${found} with a match): ` +
      `p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms; ${goal(p95, 20)}; ` +
      `app process CPU ${((cpuMs() - cpu0) / LOOKUPS).toFixed(1)} ms per look-up; ${load()}`,
  );
}

async function boardLoads(baseUrl: string, cookie: string, label: string) {
  await timed(`${baseUrl}/api/v1/dispatch/board`, cookie);
  const times: number[] = [];
  let incidents = 0;
  const cpu0 = cpuMs();
  for (let i = 0; i < BOARD_LOADS; i++) {
    const { ms, body } = await timed(`${baseUrl}/api/v1/dispatch/board`, cookie);
    times.push(ms);
    incidents = (JSON.parse(body) as { incidents: unknown[] }).incidents.length;
  }
  const p95 = percentile(times, 95);
  console.log(
    `${label} board load over HTTP (${INCIDENTS.toLocaleString('de-DE')} incidents this month, ${incidents} open on the board): ` +
      `p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms; ${goal(p95, 200)}; ` +
      `app process CPU ${((cpuMs() - cpu0) / BOARD_LOADS).toFixed(0)} ms per load; ${load()}`,
  );
  const month = `from=${new Date(Date.now() - 30 * 86_400_000).toISOString()}&to=${new Date(Date.now() + 60_000).toISOString()}`;
  const report = await timed(`${baseUrl}/api/v1/dispatch/reports/response-times?groupBy=district&${month}`, cookie);
  console.log(`${label} month's response-time report by district (for information): ${report.ms.toFixed(0)} ms`);
}

async function pushes(baseUrl: string, cookie: string, label: string) {
  const seenBy: Map<string, number>[] = [];
  let awaited: string | null = null;
  const lastFrame: { text: string; at: number }[] = [];
  const waiters = new Set<() => void>();
  const requests: http.ClientRequest[] = [];
  await Promise.all(
    Array.from(
      { length: CLIENTS },
      (_, client) =>
        new Promise<void>((resolve, reject) => {
          seenBy[client] = new Map();
          const req = http.get(`${baseUrl}/api/v1/dispatch/board/stream`, { headers: { cookie }, agent: false }, (res) => {
            let buffer = '';
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              buffer += chunk;
              let end: number;
              while ((end = buffer.indexOf('\n\n')) >= 0) {
                const frame = buffer.slice(0, end);
                buffer = buffer.slice(end + 2);
                const data = frame.indexOf('\ndata: ');
                if (!frame.startsWith('event: board') || data < 0) continue;
                // The 50 clients live in the app's process: a full JSON.parse of every frame for every
                // client would be counted as push delay (it was, before decision 0094); a browser parses
                // on its own CPU. So a client only looks for the incident awaited in the frame's text.
                const now = performance.now();
                lastFrame[client] = { text: frame, at: now };
                if (awaited !== null && !seenBy[client]!.has(awaited) && frame.includes(`"id":"${awaited}"`))
                  seenBy[client]!.set(awaited, now);
                for (const w of waiters) w();
                resolve();
              }
            });
          });
          req.on('error', reject);
          requests.push(req);
        }),
    ),
  );
  const delays: number[] = [];
  let missed = 0;
  for (let round = 0; round < PUSHES; round++) {
    const sent = performance.now();
    const res = await fetch(`${baseUrl}/api/v1/dispatch/incidents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ category: 'noise', location: { address: `Lister Meile ${1 + round}` }, description: `Bench push ${round}` }),
    });
    if (res.status !== 201) throw new Error(`incident refused: ${res.status} ${await res.text()}`);
    const { id } = (await res.json()) as { id: string };
    awaited = id;
    // A frame that reached a client before the POST's answer was read counts with its arrival time.
    for (const [client, frame] of lastFrame.entries())
      if (frame && frame.at >= sent && !seenBy[client]!.has(id) && frame.text.includes(`"id":"${id}"`)) seenBy[client]!.set(id, frame.at);
    const isDone = () => seenBy.every((m) => m.has(id));
    await new Promise<void>((resolve) => {
      const timeout = setTimeout(finish, 10_000);
      function finish() {
        clearTimeout(timeout);
        waiters.delete(check);
        resolve();
      }
      function check() {
        if (isDone()) finish();
      }
      waiters.add(check);
      check();
    });
    for (const m of seenBy) {
      const at = m.get(id);
      if (at === undefined) missed++;
      else delays.push(at - sent);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  for (const req of requests) req.destroy();
  const p95 = percentile(delays, 95);
  console.log(
    `${label} board push: ${CLIENTS} dispatchers on SSE x ${PUSHES} new incidents (POST to snapshot with it): ` +
      `p50 ${percentile(delays, 50).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${Math.max(...delays).toFixed(0)} ms, ${missed} missed; ` +
      `${goal(missed > 0 ? Number.POSITIVE_INFINITY : p95, 1000)}; ${load()}`,
  );
}

async function measure(database: Database, label: string) {
  await prepare(database, label);
  const app = await buildApp({ config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }), database });
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const cookie = await login(baseUrl, 'bench.leitstelle');
    await lookups(database, baseUrl, cookie, label);
    await boardLoads(baseUrl, cookie, label);
    await pushes(baseUrl, cookie, label);
  } finally {
    await app.close();
  }
}

export async function run() {
  await onFreshDatabases({ name: 'dispatch', poolSize: 10 }, measure);
}

runWhenCalledDirectly(import.meta.url, run);
