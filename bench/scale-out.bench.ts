/**
 * Several app instances behind one PostgreSQL (issue 16, scale-out): one, two and three instances
 * (`node --import tsx src/main.ts`, stateless: sessions, limits and live updates go through the database) on a
 * PostgreSQL server of the benchmark's own (initdb in a temp folder, port 55434; the shared test server is never
 * touched, and the own one is removed in `finally`, also on failure). The same load generator as
 * public-load.bench.ts (SCALE_CLIENTS Node fetch clients, default 24, for SCALE_SECONDS, default 20, spread over
 * the instances in turn) prints the throughput of 2 and 3 instances relative to 1. Then one wallboard SSE client
 * per instance (the session from a login on instance 1, so sessions are shared), a telephony event batch posted
 * to instance 1, and the time until each instance's client got the new wallboard (LISTEN/NOTIFY across
 * instances). Figures only, nothing asserted. On a 2-core machine the instances and the load generator share the
 * cores: read the relative throughput as "what the database lets through", not as what more machines would give.
 */
import { loadavg } from 'node:os';
import { DEMO_PASSWORD } from '../src/demo/demo-accounts.js';
import { DEMO_ACD_TOKEN } from '../src/modules/contacts/contacts.demo.js';
import { printTally, publicClients, publicFixture } from './public-load.bench.js';
import { Instance, OwnPostgres } from './resilience.bench.js';
import { runWhenCalledDirectly } from './support/bench-kit.js';

const CLIENTS = Number(process.env.SCALE_CLIENTS ?? 24);
const SECONDS = Number(process.env.SCALE_SECONDS ?? 20);
const PORTS = [3451, 3452, 3453];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reads a wallboard SSE stream and notes when each `event: wallboard` arrived. */
async function watchWallboard(url: string, cookie: string, arrivals: number[], stop: AbortSignal) {
  const res = await fetch(`${url}/api/v1/wallboard/stream`, { headers: { cookie, accept: 'text/event-stream' }, signal: stop });
  if (res.status !== 200 || !res.body) throw new Error(`wallboard stream ${url}: HTTP ${res.status}`);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let cut = buffer.indexOf('\n\n');
      while (cut >= 0) {
        if (buffer.slice(0, cut).includes('event: wallboard')) arrivals.push(performance.now());
        buffer = buffer.slice(cut + 2);
        cut = buffer.indexOf('\n\n');
      }
    }
  } catch {
    /* aborted */
  }
}

export async function run(): Promise<void> {
  const server = new OwnPostgres(55434);
  const instances: Instance[] = [];
  try {
    server.init();
    server.start();
    const url = await server.createAppDatabase();
    const env = {
      DATABASE_URL: url,
      DEMO_DATA: 'true',
      DEMO_HISTORY_MONTHS: '0',
      TRUST_PROXY: '127.0.0.1',
      BACKGROUND_JOBS: 'true',
      APPOINTMENT_POW_BITS: '4',
      NODE_ENV: 'development',
    };
    instances.push(...PORTS.map((port, i) => new Instance(`instance ${i + 1}`, port, env)));
    const [first, ...others] = instances as [Instance, ...Instance[]];
    const seeding = performance.now();
    first.start('info');
    await first.waitLine('Demodaten vollständig', 900_000);
    console.log(
      `instance 1 with demo data ready in ${((performance.now() - seeding) / 1000).toFixed(0)} s (load ${loadavg()[0]!.toFixed(1)})`,
    );
    for (const i of others) i.start();
    await Promise.all(others.map((i) => i.waitReady()));
    const fixture = await publicFixture(first.url);

    // Throughput of 1, 2, 3 instances, same clients and duration.
    const perSecond: number[] = [];
    for (const n of [1, 2, 3]) {
      const result = await publicClients(
        instances.slice(0, n).map((i) => i.url),
        fixture,
        CLIENTS,
        SECONDS,
      );
      printTally(`${n} instance${n > 1 ? 's' : ''}, ${CLIENTS} public clients`, result);
      perSecond.push(Object.values(result.tally.latencies).reduce((s, l) => s + l.length, 0) / result.seconds);
    }
    console.log('\n| instances | requests/s | relative to 1 |\n|---:|---:|---:|');
    for (const [i, r] of perSecond.entries()) console.log(`| ${i + 1} | ${r.toFixed(1)} | ${(r / perSecond[0]!).toFixed(2)} |`);

    // Wallboard updates reach the clients of every instance.
    const login = await fetch(`${first.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'teamleitung', password: DEMO_PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    if (login.status !== 200) throw new Error(`login HTTP ${login.status}`);
    const stop = new AbortController();
    const arrivals = instances.map(() => [] as number[]);
    const watchers = instances.map((i, k) => watchWallboard(i.url, cookie, arrivals[k]!, stop.signal));
    const settle = performance.now() + 20_000;
    while (arrivals.some((a) => a.length === 0) && performance.now() < settle) await sleep(100);
    await sleep(2000);
    const before = arrivals.map((a) => a.length);
    const posted = performance.now();
    const callId = `scale-${Date.now()}`;
    const res = await fetch(`${first.url}/api/v1/telephony/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_ACD_TOKEN}` },
      body: JSON.stringify({
        events: [
          {
            eventId: `${callId}:offered`,
            callId,
            type: 'offered',
            occurredAt: new Date().toISOString(),
            dialledNumber: '0511 1689-010',
            callerNumber: '0511 4711 0815',
          },
        ],
      }),
    });
    await res.arrayBuffer();
    const until = performance.now() + 30_000;
    while (arrivals.some((a, k) => a.length <= before[k]!) && performance.now() < until) await sleep(50);
    stop.abort();
    await Promise.all(watchers);
    console.log(
      `\n## wallboard SSE across instances (telephony batch to instance 1: HTTP ${res.status}; load ${loadavg()[0]!.toFixed(1)})`,
    );
    for (const [k, a] of arrivals.entries()) {
      const next = a.slice(before[k]!).find((t) => t >= posted);
      console.log(
        `${instances[k]!.name}: ${next === undefined ? 'NO update within 30 s' : `update after ${Math.round(next - posted)} ms`}`,
      );
    }
  } finally {
    await Promise.all(instances.map((i) => i.kill('SIGTERM')));
    server.remove();
  }
}

runWhenCalledDirectly(import.meta.url, run);
