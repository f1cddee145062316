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
 *
 * BENCH_PGBOUNCER=1 (decision 0148): a pgbouncer of the benchmark's own (Debian's /usr/sbin/pgbouncer, config in a
 * temp folder, transaction mode as scripts/start-pgbouncer.sh writes it, on a free port) in front of that server;
 * the instances' DATABASE_URL (request pools) goes through it, DATABASE_DIRECT_URL (LISTEN, pg-boss, migrations)
 * straight to PostgreSQL. Either way the server connections are sampled every 500 ms during each load step
 * (pg_stat_activity of the own server, and SHOW POOLS of the own pgbouncer) and their maximum printed.
 * pgbouncer and the server are stopped and their folders removed in `finally` and on SIGINT/SIGTERM.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/demo/demo-accounts.js';
import { DEMO_ACD_TOKEN } from '../src/modules/contacts/contacts.demo.js';
import { printTally, publicClients, publicFixture } from './public-load.bench.js';
import { Instance, OwnPostgres } from './resilience.bench.js';
import { runWhenCalledDirectly } from './support/bench-kit.js';

const CLIENTS = Number(process.env.SCALE_CLIENTS ?? 24);
const SECONDS = Number(process.env.SCALE_SECONDS ?? 20);
const PORTS = [3451, 3452, 3453];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const VIA_PGBOUNCER = ['1', 'true'].includes(process.env.BENCH_PGBOUNCER ?? '');
const PGBOUNCER_POOL_SIZE = Number(process.env.BENCH_PGBOUNCER_POOL_SIZE ?? 20);

/** A port nobody listens on right now (the kernel's pick for port 0). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A pgbouncer of the benchmark's own in front of its own PostgreSQL: transaction mode, the settings of
 * scripts/start-pgbouncer.sh (SCRAM pass-through with the role's secret from pg_authid, no reset query,
 * extra_float_digits ignored), its files in a temp folder; as root it runs as user postgres (pgbouncer refuses
 * root). Runs in the foreground as our child, so stopping it is a signal to its pid.
 */
class OwnPgbouncer {
  readonly dir = mkdtempSync(join(tmpdir(), 'dc-bench-pgbouncer-'));
  child: ChildProcess | null = null;
  log = '';
  port = 0;
  constructor(
    private readonly server: OwnPostgres,
    private readonly poolSize: number,
  ) {}
  async start(): Promise<string> {
    this.port = await freePort();
    const su = this.server.superuser();
    await su.connect();
    const secret = (await su.query<{ s: string }>(`select rolpassword as s from pg_authid where rolname = 'dialogcenter'`)).rows[0]?.s;
    await su.end();
    if (!secret?.startsWith('SCRAM-SHA-256')) throw new Error('role dialogcenter has no SCRAM secret');
    writeFileSync(join(this.dir, 'userlist.txt'), `"dialogcenter" "${secret}"\n`, { mode: 0o600 });
    writeFileSync(
      join(this.dir, 'pgbouncer.ini'),
      [
        '[databases]',
        `* = host=127.0.0.1 port=${this.server.port}`,
        '[pgbouncer]',
        'listen_addr = 127.0.0.1',
        `listen_port = ${this.port}`,
        'unix_socket_dir =',
        'auth_type = scram-sha-256',
        `auth_file = ${join(this.dir, 'userlist.txt')}`,
        'pool_mode = transaction',
        `default_pool_size = ${this.poolSize}`,
        'max_client_conn = 500',
        'server_reset_query =',
        'ignore_startup_parameters = extra_float_digits',
        'stats_users = dialogcenter',
        `pidfile = ${join(this.dir, 'pgbouncer.pid')}`,
        '',
      ].join('\n'),
      { mode: 0o600 },
    );
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
      for (const f of ['', 'userlist.txt', 'pgbouncer.ini']) chownSync(join(this.dir, f), uid, gid);
    }
    const child = spawn('/usr/sbin/pgbouncer', [...(asRoot ? ['-u', 'postgres'] : []), join(this.dir, 'pgbouncer.ini')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      this.log = (this.log + chunk.toString('utf8')).slice(-4000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.child = child;
    const url = `postgres://dialogcenter:dialogcenter@127.0.0.1:${this.port}/dialogcenter`;
    for (let attempt = 0; ; attempt++) {
      if (child.exitCode !== null) throw new Error(`pgbouncer exited (${child.exitCode}): ${this.log}`);
      const probe = new pg.Client({ connectionString: url });
      try {
        await probe.connect();
        await probe.query('select 1');
        await probe.end();
        return url;
      } catch (error) {
        await probe.end().catch(() => undefined);
        if (attempt > 40) throw new Error(`pgbouncer on ${this.port} does not answer: ${String(error)} ${this.log}`);
        await sleep(250);
      }
    }
  }
  /** SHOW POOLS of the console database, the row of the app's database. */
  async pools(): Promise<{ clActive: number; clWaiting: number; sv: number }> {
    const c = new pg.Client({
      host: '127.0.0.1',
      port: this.port,
      user: 'dialogcenter',
      password: 'dialogcenter',
      database: 'pgbouncer',
    });
    await c.connect();
    try {
      // The console speaks the simple protocol only: a query without parameters is sent that way.
      const res = await c.query('SHOW POOLS');
      const row = res.rows.find((r: Record<string, string>) => r.database === 'dialogcenter') as Record<string, string> | undefined;
      if (!row) return { clActive: 0, clWaiting: 0, sv: 0 };
      const n = (k: string) => Number(row[k] ?? 0);
      return {
        clActive: n('cl_active'),
        clWaiting: n('cl_waiting'),
        sv: n('sv_active') + n('sv_idle') + n('sv_used') + n('sv_tested') + n('sv_login'),
      };
    } finally {
      await c.end();
    }
  }
  stop(): void {
    if (this.child && this.child.exitCode === null) this.child.kill('SIGINT');
    this.child = null;
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Server connections while a load step runs: the maximum of every 500 ms sample. */
function sampleConnections(server: OwnPostgres, bouncer: OwnPgbouncer | null) {
  const max = { backends: 0, bouncerServers: 0, bouncerClients: 0, bouncerWaiting: 0 };
  let stopped = false;
  const su = server.superuser();
  const loop = (async () => {
    await su.connect();
    while (!stopped) {
      const r = await su.query<{ n: string }>(
        `select count(*) as n from pg_stat_activity where datname = 'dialogcenter' and backend_type = 'client backend'`,
      );
      max.backends = Math.max(max.backends, Number(r.rows[0]!.n));
      if (bouncer) {
        const p = await bouncer.pools().catch(() => null);
        if (p) {
          max.bouncerServers = Math.max(max.bouncerServers, p.sv);
          max.bouncerClients = Math.max(max.bouncerClients, p.clActive + p.clWaiting);
          max.bouncerWaiting = Math.max(max.bouncerWaiting, p.clWaiting);
        }
      }
      await sleep(500);
    }
    await su.end();
  })();
  return async () => {
    stopped = true;
    await loop;
    return max;
  };
}

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
  const bouncer = VIA_PGBOUNCER ? new OwnPgbouncer(server, PGBOUNCER_POOL_SIZE) : null;
  let cleaned = false;
  const cleanUp = async () => {
    if (cleaned) return;
    cleaned = true;
    await Promise.all(instances.map((i) => i.kill('SIGTERM')));
    bouncer?.stop();
    server.remove();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    server.init();
    server.start();
    const directUrl = await server.createAppDatabase();
    const url = bouncer ? await bouncer.start() : directUrl;
    console.log(
      bouncer
        ? `DATABASE_URL through pgbouncer (transaction mode, default_pool_size ${PGBOUNCER_POOL_SIZE}) on port ${bouncer.port}; DATABASE_DIRECT_URL straight to PostgreSQL on ${server.port}`
        : `DATABASE_URL straight to PostgreSQL on ${server.port} (BENCH_PGBOUNCER=1 puts pgbouncer in front)`,
    );
    const env = {
      DATABASE_URL: url,
      DATABASE_DIRECT_URL: directUrl,
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
    const connections: Awaited<ReturnType<ReturnType<typeof sampleConnections>>>[] = [];
    for (const n of [1, 2, 3]) {
      const sampling = sampleConnections(server, bouncer);
      const result = await publicClients(
        instances.slice(0, n).map((i) => i.url),
        fixture,
        CLIENTS,
        SECONDS,
      );
      connections.push(await sampling());
      printTally(`${n} instance${n > 1 ? 's' : ''}, ${CLIENTS} public clients${bouncer ? ', through pgbouncer' : ''}`, result);
      perSecond.push(Object.values(result.tally.latencies).reduce((s, l) => s + l.length, 0) / result.seconds);
    }
    console.log(
      `\n| instances | requests/s | relative to 1 | PostgreSQL backends (max) |${bouncer ? ' pgbouncer server conns (max) | pgbouncer clients (max) | clients waiting (max) |' : ''}\n|---:|---:|---:|---:|${bouncer ? '---:|---:|---:|' : ''}`,
    );
    for (const [i, r] of perSecond.entries()) {
      const c = connections[i]!;
      console.log(
        `| ${i + 1} | ${r.toFixed(1)} | ${(r / perSecond[0]!).toFixed(2)} | ${c.backends} |${bouncer ? ` ${c.bouncerServers} | ${c.bouncerClients} | ${c.bouncerWaiting} |` : ''}`,
      );
    }
    console.log(`(all ${instances.length} instances run throughout; backends count every connection of the app's database)`);

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
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanUp();
  }
}

runWhenCalledDirectly(import.meta.url, run);
