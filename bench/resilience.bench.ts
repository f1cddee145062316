/**
 * Resilience benchmark (issue 16, reliability): two app instances (`node --import tsx src/main.ts`)
 * on one PostgreSQL server of their own (initdb in a temp folder, port 55433, so the shared test
 * server is never restarted), under mixed load over HTTP: telephony event batches, public contact
 * forms, forwards to a department by an agent (each queues a mail), public appointment bookings
 * (hold + booking). Three faults, one after the other:
 *   1. kill -9 of one instance under load; it is started again at once;
 *   2. PostgreSQL stopped with `pg_ctl -m immediate` (a crash: no checkpoint) and started again
 *      3 s later, under load; /api/health/ready of both instances is polled every 250 ms;
 *   3. the SMTP server is gone for 15 s under load (mail stays in the outbox), then back.
 * After each fault it counts every write the load had acknowledged (202/201 with its id) that is
 * missing in the database (should be 0), the requests that got no acknowledgement (connection
 * refused/reset, 5xx, timeouts: a client would retry them) and the time to recover. At the end it
 * waits until the outbox is empty and counts mails sent twice (same Message-ID at the SMTP sink).
 * Figures are printed, nothing is asserted. PostgreSQL only: PGlite is one process by design
 * (one owner of the data folder), so "two instances" and "database restart" do not apply to it;
 * kill -9 on PGlite was measured before (issue 16: 0 of 25,300 events lost).
 *
 * Needs PostgreSQL's binaries (/usr/lib/postgresql/<v>/bin); as root, the server runs as user
 * postgres (runuser). Settings: RESILIENCE_SECONDS (load per fault, default 25), RESILIENCE_WORKERS
 * (concurrent clients, default 6).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ParsedMail } from 'mailparser';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/demo/demo-accounts.js';
import { solveChallenge } from '../src/modules/appointments/bot-protection.js';
import { DEMO_ACD_TOKEN } from '../src/modules/contacts/contacts.demo.js';
import { startSmtpSink, type SmtpSink } from '../src/platform/mail/smtp-sink.test-support.js';
import { percentile, runWhenCalledDirectly } from './support/bench-kit.js';

const SECONDS = Number(process.env.RESILIENCE_SECONDS ?? 25);
const WORKERS = Number(process.env.RESILIENCE_WORKERS ?? 6);
const PG_PORT = 55433;
const APP_PORTS = [3411, 3412];
const SMTP_PORT = 3425;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const since = (t: number) => Math.round(performance.now() - t);

// ---------------------------------------------------------------- own PostgreSQL server
/** A PostgreSQL server of the benchmark's own (initdb in a temp folder): the shared test server is never stopped. */
export class OwnPostgres {
  readonly dir = mkdtempSync(join(tmpdir(), 'dc-bench-pg-'));
  readonly bin: string;
  private readonly asRoot = process.getuid?.() === 0;
  constructor(readonly port = PG_PORT) {
    const version = readdirSync('/usr/lib/postgresql')
      .filter((v) => existsSync(`/usr/lib/postgresql/${v}/bin/pg_ctl`))
      .sort((a, b) => Number(b) - Number(a))[0];
    if (!version) throw new Error('PostgreSQL binaries not found in /usr/lib/postgresql');
    this.bin = `/usr/lib/postgresql/${version}/bin`;
    if (this.asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
      chownSync(this.dir, uid, gid);
    }
  }
  private run(tool: string, args: string[]): void {
    const command = this.asRoot ? ['runuser', '-u', 'postgres', '--', `${this.bin}/${tool}`, ...args] : [`${this.bin}/${tool}`, ...args];
    execFileSync(command[0]!, command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
  }
  init(): void {
    this.run('initdb', ['-D', `${this.dir}/data`, '--auth=trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  }
  start(): void {
    const opts = `-p ${this.port} -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200`;
    this.run('pg_ctl', ['-D', `${this.dir}/data`, '-l', `${this.dir}/server.log`, '-w', '-o', opts, 'start']);
  }
  stop(mode: 'immediate' | 'fast'): void {
    this.run('pg_ctl', ['-D', `${this.dir}/data`, '-m', mode, '-w', 'stop']);
  }
  superuser(database = 'postgres'): pg.Client {
    return new pg.Client({ host: '127.0.0.1', port: this.port, user: 'postgres', database });
  }
  async createAppDatabase(): Promise<string> {
    const c = this.superuser();
    await c.connect();
    await c.query(`CREATE ROLE dialogcenter LOGIN PASSWORD 'dialogcenter' CREATEDB CREATEROLE`);
    await c.query('CREATE DATABASE dialogcenter OWNER dialogcenter');
    await c.end();
    const d = this.superuser('dialogcenter');
    await d.connect();
    await d.query(
      'CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS btree_gist;',
    );
    await d.end();
    return `postgres://dialogcenter:dialogcenter@127.0.0.1:${this.port}/dialogcenter`;
  }
  remove(): void {
    try {
      this.stop('fast');
    } catch {
      /* not running */
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- app instances
/** One app process (`node --import tsx src/main.ts`) on its own port. */
export class Instance {
  child: ChildProcess | null = null;
  lines: string[] = [];
  /** Messages of log entries at warn level or above. */
  problems: string[] = [];
  stderr = '';
  starts = 0;
  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
    /** Extra `--import` modules for the process (e.g. bench/support/pglite-trace.ts). */
    private readonly imports: string[] = [],
  ) {}
  get url() {
    return `http://127.0.0.1:${this.port}`;
  }
  get alive() {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }
  start(logLevel = 'warn'): void {
    this.starts++;
    const child = spawn('node', ['--import', 'tsx', ...this.imports.flatMap((m) => ['--import', m]), 'src/main.ts'], {
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1', LOG_LEVEL: logLevel },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      for (const line of parts) {
        if (!line.startsWith('{')) {
          if (line.trim()) this.lines.push(line);
          continue;
        }
        // JSON log lines: keep warnings and errors (their message) for the report.
        try {
          const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string } };
          if ((entry.level ?? 0) >= 40)
            this.problems.push(`${entry.msg ?? ''}${entry.err?.message ? `: ${entry.err.message}` : ''}`.slice(0, 300));
        } catch {
          /* not JSON after all */
        }
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4000);
    });
    this.child = child;
  }
  async waitReady(timeoutMs = 600_000): Promise<number> {
    const started = performance.now();
    while (performance.now() - started < timeoutMs) {
      if (!this.alive) throw new Error(`${this.name} exited (${this.child?.exitCode ?? this.child?.signalCode}): ${this.stderr}`);
      if ((await ready(this)) === 200) return since(started);
      await sleep(100);
    }
    throw new Error(`${this.name} not ready in time`);
  }
  async waitLine(prefix: string, timeoutMs = 900_000, pattern?: RegExp): Promise<void> {
    const started = performance.now();
    while (!this.lines.some((l) => (pattern ? pattern.test(l) : l.startsWith(prefix)))) {
      if (!this.alive) throw new Error(`${this.name} exited: ${this.stderr}`);
      if (performance.now() - started > timeoutMs || this.problems.some((p) => p.startsWith('Demodaten')))
        throw new Error(`${this.name}: no line "${prefix}" (${this.problems.slice(-3).join(' | ')})`);
      await sleep(200);
    }
  }
  kill(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || !this.alive) return Promise.resolve();
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    try {
      process.kill(-child.pid!, signal);
    } catch {
      /* gone */
    }
    return exited;
  }
}

export async function ready(instance: Instance): Promise<number> {
  try {
    const res = await fetch(`${instance.url}/api/health/ready`, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

// ---------------------------------------------------------------- load
type Kind = 'telephony' | 'contact' | 'forward' | 'booking';
const KINDS: Kind[] = ['telephony', 'contact', 'forward', 'booking'];

interface Ledger {
  /** Acknowledged ids per kind (event ids, references, request ids, appointment ids). */
  acked: Record<Kind, string[]>;
  /** Requests without acknowledgement, by kind and reason. */
  failed: Map<string, number>;
  /** Refused by the product's own rules (slot taken, ...): answered, not a failure. */
  refused: Map<string, number>;
  latencies: number[];
}
const newLedger = (): Ledger => ({
  acked: { telephony: [], contact: [], forward: [], booking: [] },
  failed: new Map(),
  refused: new Map(),
  latencies: [],
});
const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

interface Fixture {
  cookie: string;
  forwardTarget: { tenantId: string; departmentId: string };
  booking: { tenantId: string; services: { code: string; quantity: number }[] };
}

let sequence = 0;
const runId = Date.now().toString(36);
const next = () => ++sequence;
const clientAddress = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
const letters = (n: number) => {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
};

class NotAcknowledged extends Error {}

async function call(
  instance: Instance,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string>,
  ledger: Ledger,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const started = performance.now();
  let res: Response;
  try {
    res = await fetch(`${instance.url}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw new NotAcknowledged(cause);
  }
  const text = await res.text().catch(() => '');
  ledger.latencies.push(performance.now() - started);
  if (res.status >= 500) throw new NotAcknowledged(`HTTP ${res.status}`);
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    /* not json */
  }
  return { status: res.status, json };
}

async function oneWrite(kind: Kind, instance: Instance, fixture: Fixture, ledger: Ledger, slots: string[][]): Promise<void> {
  const n = next();
  const fwd = { 'x-forwarded-for': clientAddress(n) };
  if (kind === 'telephony') {
    const now = Date.now();
    const events = [0, 1, 2].flatMap((c) => {
      const callId = `r-${runId}-${n}-${c}`;
      return ['offered', 'queued', 'abandoned'].map((type, i) => ({
        eventId: `${callId}:${type}`,
        callId,
        type,
        occurredAt: new Date(now - 60_000 + i * 5000).toISOString(),
        dialledNumber: '0511 1689-010',
        callerNumber: '0511 4711 0815',
      }));
    });
    const res = await call(instance, 'POST', '/api/v1/telephony/events', { events }, { authorization: `Bearer ${DEMO_ACD_TOKEN}` }, ledger);
    if (res.status !== 202) throw new NotAcknowledged(`telephony HTTP ${res.status} ${JSON.stringify(res.json).slice(0, 120)}`);
    ledger.acked.telephony.push(...events.map((e) => e.eventId));
  } else if (kind === 'contact') {
    const body = {
      tenant: 'langenhagen',
      name: `Erika ${letters(n)}`,
      email: `kontakt-${runId}-${n}@example.org`,
      subject: 'Frage zum Personalausweis',
      message: 'Wie lange dauert die Ausstellung eines Personalausweises?',
    };
    const res = await call(instance, 'POST', '/api/v1/public/contact-form', body, fwd, ledger);
    if (res.status !== 202) throw new NotAcknowledged(`contact HTTP ${res.status} ${JSON.stringify(res.json).slice(0, 120)}`);
    ledger.acked.contact.push(String(res.json.reference));
  } else if (kind === 'forward') {
    const body = {
      ...fixture.forwardTarget,
      leikaKey: '99102013000000',
      serviceTitle: 'Personalausweis beantragen',
      question: 'Kann ich den Personalausweis auch ohne Termin im Bürgerbüro beantragen?',
      citizen: { name: `Max ${letters(n)}`, email: `weiter-${runId}-${n}@example.org`, phone: null },
      answerChannel: 'email',
    };
    const res = await call(instance, 'POST', '/api/v1/service-requests', body, { cookie: fixture.cookie }, ledger);
    if (res.status !== 201) throw new NotAcknowledged(`forward HTTP ${res.status} ${JSON.stringify(res.json).slice(0, 120)}`);
    ledger.acked.forward.push(String(res.json.id));
  } else {
    // Booking: a free slot from a cached search, hold (proof of work), book.
    if (slots.length === 0 || slots[0]!.length === 0) {
      const found = await call(instance, 'POST', '/api/v1/public/appointments/search', fixture.booking, fwd, ledger);
      const locations = (found.json.locations ?? []) as { location: { id: string }; slots: { start: string }[] }[];
      slots.length = 0;
      slots.push(locations.flatMap((l) => l.slots.map((s) => `${l.location.id}|${s.start}`)).sort(() => Math.random() - 0.5));
      if (slots[0]!.length === 0) {
        bump(ledger.refused, 'booking: no free slot');
        return;
      }
    }
    const [locationId, start] = slots[0]!.pop()!.split('|') as [string, string];
    const ch = await call(instance, 'GET', '/api/v1/public/appointments/challenge', undefined, fwd, ledger);
    const nonce = solveChallenge(String(ch.json.challenge), Number(ch.json.bits));
    const hold = await call(
      instance,
      'POST',
      '/api/v1/public/appointments/holds',
      { locationId, start, services: fixture.booking.services, challenge: ch.json.challenge, nonce },
      fwd,
      ledger,
    );
    if (hold.status === 409) {
      bump(ledger.refused, 'booking: slot taken (409)');
      return;
    }
    if (hold.status !== 201) throw new NotAcknowledged(`hold HTTP ${hold.status} ${JSON.stringify(hold.json).slice(0, 120)}`);
    const booked = await call(
      instance,
      'POST',
      '/api/v1/public/appointments/bookings',
      {
        holdId: hold.json.holdId,
        holdSecret: hold.json.holdSecret,
        idempotencyKey: `bench-${runId}-${n}`,
        name: `Bruno ${letters(n)}`,
        email: `termin-${runId}-${n}@example.org`,
        phone: null,
      },
      fwd,
      ledger,
    );
    if (booked.status === 409) {
      bump(ledger.refused, 'booking: 409 at booking');
      return;
    }
    if (booked.status !== 201) throw new NotAcknowledged(`booking HTTP ${booked.status} ${JSON.stringify(booked.json).slice(0, 120)}`);
    ledger.acked.booking.push(String((booked.json.appointment as { id: string }).id));
  }
}

/** WORKERS clients, each taking the kinds in turn and the instances in turn, for `seconds`; `during` runs the fault. */
async function underLoad(instances: Instance[], fixture: Fixture, seconds: number, during: (elapsed: () => number) => Promise<void>) {
  const ledger = newLedger();
  const started = performance.now();
  let stop = false;
  const worker = async (w: number) => {
    const slots: string[][] = [];
    let i = w;
    while (!stop) {
      const kind = KINDS[i % KINDS.length]!;
      const instance = instances[Math.floor(i / KINDS.length) % instances.length]!;
      i++;
      try {
        await oneWrite(kind, instance, fixture, ledger, slots);
      } catch (error) {
        if (!(error instanceof NotAcknowledged)) throw error;
        bump(ledger.failed, `${kind}: ${error.message}`);
        await sleep(50); // a client backs off a little before the next try
      }
    }
  };
  const workers = Array.from({ length: WORKERS }, (_, w) => worker(w));
  const fault = during(() => since(started));
  await sleep(seconds * 1000);
  stop = true;
  await Promise.all([...workers, fault]);
  return { ledger, seconds: since(started) / 1000 };
}

// ---------------------------------------------------------------- checks
async function missing(pgAdmin: () => pg.Client, ledger: Ledger): Promise<Record<Kind, number>> {
  const c = pgAdmin();
  await c.connect();
  try {
    const count = async (query: string, ids: string[]) =>
      ids.length === 0 ? 0 : Number((await c.query<{ n: string }>(query, [ids])).rows[0]!.n);
    const events = await count('select count(*) as n from call_events where event_id = any($1)', ledger.acked.telephony);
    const contacts = await count('select count(*) as n from work_items where reference_code = any($1)', ledger.acked.contact);
    const forwards = await count('select count(*) as n from service_requests where id = any($1::uuid[])', ledger.acked.forward);
    const bookings = await count(
      "select count(*) as n from appointments where id = any($1::uuid[]) and status = 'booked'",
      ledger.acked.booking,
    );
    return {
      telephony: ledger.acked.telephony.length - events,
      contact: ledger.acked.contact.length - contacts,
      forward: ledger.acked.forward.length - forwards,
      booking: ledger.acked.booking.length - bookings,
    };
  } finally {
    await c.end();
  }
}

async function outboxState(pgAdmin: () => pg.Client): Promise<Record<string, number>> {
  const c = pgAdmin();
  await c.connect();
  try {
    const rows = (await c.query<{ status: string; n: string }>('select status, count(*) as n from outbox_mail group by status')).rows;
    return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  } finally {
    await c.end();
  }
}

function report(title: string, run: { ledger: Ledger; seconds: number }, lost: Record<Kind, number>, extra: string[]) {
  const { ledger } = run;
  const acked = KINDS.map((k) => ledger.acked[k].length);
  console.log(`\n## ${title} (${run.seconds.toFixed(1)} s of load, ${WORKERS} clients, load average ${loadavg()[0]!.toFixed(1)})`);
  console.log('| kind | acknowledged | lost of acknowledged | not acknowledged (client would retry) |\n|---|---:|---:|---:|');
  for (const [i, k] of KINDS.entries()) {
    const failed = [...ledger.failed].filter(([key]) => key.startsWith(`${k}:`)).reduce((s, [, v]) => s + v, 0);
    console.log(`| ${k}${k === 'telephony' ? ' (events, batches of 9)' : ''} | ${acked[i]} | ${lost[k]} | ${failed} |`);
  }
  if (ledger.failed.size) console.log(`not acknowledged, why: ${[...ledger.failed].map(([k, v]) => `${k} × ${v}`).join('; ')}`);
  if (ledger.refused.size) console.log(`refused by the rules (answered): ${[...ledger.refused].map(([k, v]) => `${k} × ${v}`).join('; ')}`);
  if (ledger.latencies.length)
    console.log(
      `HTTP requests answered: ${ledger.latencies.length} (${(ledger.latencies.length / run.seconds).toFixed(1)}/s); latency p50 ${Math.round(percentile(ledger.latencies, 50))} ms, p99 ${Math.round(percentile(ledger.latencies, 99))} ms, max ${Math.round(Math.max(...ledger.latencies))} ms`,
    );
  for (const line of extra) console.log(line);
}

// ---------------------------------------------------------------- run
export async function run(): Promise<void> {
  const server = new OwnPostgres();
  let sink: SmtpSink | null = null;
  const instances: Instance[] = [];
  try {
    server.init();
    server.start();
    const url = await server.createAppDatabase();
    sink = await startSmtpSink(SMTP_PORT);
    const env = {
      DATABASE_URL: url,
      DEMO_DATA: 'true',
      DEMO_HISTORY_MONTHS: '0',
      TRUST_PROXY: '127.0.0.1',
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      OUTBOX_POLL_SECONDS: '1',
      OUTBOX_RETRY_SECONDS: '1',
      // A mail claimed by the killed instance is taken over after its lease (which must outlast a batch's SMTP timeouts).
      OUTBOX_BATCH_SIZE: '5',
      SMTP_CONNECTION_TIMEOUT_MS: '2000',
      SMTP_GREETING_TIMEOUT_MS: '2000',
      SMTP_SOCKET_TIMEOUT_MS: '5000',
      OUTBOX_LEASE_SECONDS: '60',
      BACKGROUND_JOBS: 'true',
      APPOINTMENT_POW_BITS: '4',
      NODE_ENV: 'development',
    };
    const [a, b] = APP_PORTS.map((port, i) => new Instance(`instance ${i + 1}`, port, env)) as [Instance, Instance];
    instances.push(a, b);
    const pgAdmin = () => server.superuser('dialogcenter');

    // First start: migrate and seed on instance 1 alone, up to the appointments (what the load needs:
    // tenants, accounts, departments, the demo telephone system, appointment offices); the later demo
    // steps (history) are cut off by a kill, then both instances start on the same database.
    const seeding = performance.now();
    a.start('info');
    await a.waitLine('Demodaten ', 900_000, /^Demodaten \d+\/\d+ Termine/);
    console.log(`demo data up to the appointments seeded in ${(since(seeding) / 1000).toFixed(0)} s (load ${loadavg()[0]!.toFixed(1)}):`);
    for (const line of a.lines.filter((l) => l.startsWith('Demodaten'))) console.log(`    ${line}`);
    await a.kill('SIGKILL');
    a.start();
    b.start();
    await Promise.all([a.waitReady(), b.waitReady()]);
    const login = await fetch(`${a.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'agent', password: DEMO_PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const tenants = (await (await fetch(`${a.url}/api/v1/tenants`, { headers: { cookie } })).json()) as {
      items: { id: string; slug: string }[];
    };
    const lh = tenants.items.find((t) => t.slug === 'langenhagen')!;
    const deps = (await (await fetch(`${a.url}/api/v1/tenants/${lh.id}/departments`, { headers: { cookie } })).json()) as {
      items: { id: string; name: string }[];
    };
    const catalogue = (await (await fetch(`${a.url}/api/v1/public/appointments/catalogue`)).json()) as {
      tenants: { id: string; slug: string; services: { code: string }[]; locations: unknown[] }[];
    };
    const bookable =
      catalogue.tenants.find((t) => t.slug === 'langenhagen' && t.services.length > 0) ??
      catalogue.tenants.find((t) => t.services.length > 0)!;
    const fixture: Fixture = {
      cookie,
      forwardTarget: { tenantId: lh.id, departmentId: (deps.items.find((d) => d.name === 'Bürgerbüro') ?? deps.items[0]!).id },
      booking: { tenantId: bookable.id, services: [{ code: bookable.services[0]!.code, quantity: 1 }] },
    };
    console.log(
      `two instances on ports ${APP_PORTS.join(', ')}; PostgreSQL ${server.bin.split('/').at(-2)} on port ${PG_PORT}; bookings for ${bookable.slug}/${fixture.booking.services[0]!.code}`,
    );

    // 1. kill -9 of instance 1 under load.
    let killAt = 0;
    let backAfter = 0;
    const killRun = await underLoad(instances, fixture, SECONDS, async (elapsed) => {
      await sleep((SECONDS * 1000) / 3);
      killAt = elapsed();
      await a.kill('SIGKILL');
      const restarted = performance.now();
      a.start();
      await a.waitReady();
      backAfter = since(restarted);
    });
    await sleep(1000);
    report('1. kill -9 of instance 1 under load, started again at once', killRun, await missing(pgAdmin, killRun.ledger), [
      `killed at ${(killAt / 1000).toFixed(1)} s; instance 1 ready again ${(backAfter / 1000).toFixed(1)} s after the kill (a new process: start, migrations checked, job runner); instance 2 served throughout`,
    ]);

    // 2. PostgreSQL crash (immediate stop) and start 3 s later, under load.
    const transitions: string[] = [];
    let pgDownAt = 0;
    let pgUpAt = 0;
    let pgUpTook = 0;
    const readyLog: { t: number; instance: string; status: number }[] = [];
    const pgRun = await underLoad(instances, fixture, SECONDS, async (elapsed) => {
      let polling = true;
      const poll = (async () => {
        const last = new Map<string, number>();
        while (polling) {
          for (const inst of instances) {
            const status = await ready(inst);
            if (last.get(inst.name) !== status) {
              readyLog.push({ t: elapsed(), instance: inst.name, status });
              last.set(inst.name, status);
            }
          }
          await sleep(250);
        }
      })();
      await sleep((SECONDS * 1000) / 4);
      pgDownAt = elapsed();
      server.stop('immediate');
      await sleep(3000);
      const starting = performance.now();
      server.start();
      pgUpTook = since(starting);
      pgUpAt = elapsed();
      // Poll on until both instances answer ready again, at most 120 s (an instance that died stays red).
      const giveUp = performance.now() + 120_000;
      while (performance.now() < giveUp && !instances.every((i) => readyLog.filter((r) => r.instance === i.name).at(-1)?.status === 200))
        await sleep(250);
      await sleep(Math.max(0, SECONDS * 1000 - elapsed()));
      polling = false;
      await poll;
    });
    for (const inst of instances) {
      const log = readyLog.filter((r) => r.instance === inst.name);
      const red = log.find((r) => r.t >= pgDownAt && r.status !== 200);
      const green = log.find((r) => red && r.t > red.t && r.status === 200);
      transitions.push(
        `${inst.name}: /api/health/ready ${red ? `${red.status || 'no answer'} ${((red.t - pgDownAt) / 1000).toFixed(2)} s after the stop` : 'never red'}; ${green ? `200 again ${((green.t - pgUpAt) / 1000).toFixed(2)} s after PostgreSQL was up` : 'not green again during the load'}; process ${inst.alive ? 'still running (no restart)' : 'EXITED'}`,
      );
    }
    await sleep(1000);
    report('2. PostgreSQL stopped (-m immediate, a crash) and started 3 s later, under load', pgRun, await missing(pgAdmin, pgRun.ledger), [
      `PostgreSQL down at ${(pgDownAt / 1000).toFixed(1)} s, accepting connections again at ${(pgUpAt / 1000).toFixed(1)} s (crash recovery + start: ${(pgUpTook / 1000).toFixed(1)} s)`,
      ...transitions,
    ]);

    // 3. SMTP outage of 15 s under load; mail stays in the outbox and goes out afterwards.
    await sink.close();
    const received: ParsedMail[] = [];
    const mailsBefore = sink.mails.length;
    const outageStart = performance.now();
    const outboxDuring: Record<string, number>[] = [];
    let smtpBackAt = 0;
    const smtpRun = await underLoad(instances, fixture, Math.max(SECONDS, 20), async (elapsed) => {
      await sleep(15_000);
      outboxDuring.push(await outboxState(pgAdmin));
      received.push(...sink!.mails);
      sink = await startSmtpSink(SMTP_PORT);
      smtpBackAt = elapsed();
    });
    const drainStart = performance.now();
    let drained = -1;
    let state = await outboxState(pgAdmin);
    while (performance.now() - drainStart < 180_000) {
      state = await outboxState(pgAdmin);
      if (!state.pending && !state.sending) {
        drained = since(drainStart);
        break;
      }
      await sleep(500);
    }
    received.push(...sink.mails);
    const ids = received.map((m) => m.messageId ?? '').filter(Boolean);
    const duplicates = ids.length - new Set(ids).size;
    report('3. SMTP server gone for 15 s under load, then back', smtpRun, await missing(pgAdmin, smtpRun.ledger), [
      `outbox at the end of the outage: ${JSON.stringify(outboxDuring[0])} (mails of the whole run so far); mails received before the outage ${mailsBefore}`,
      `SMTP back at ${(smtpBackAt / 1000).toFixed(1)} s of ${((performance.now() - outageStart) / 1000).toFixed(0)} s; outbox ${drained >= 0 ? `empty (nothing pending or sending) ${(drained / 1000).toFixed(1)} s after the load ended` : 'NOT empty 180 s after the load ended'}: ${JSON.stringify(state)}`,
      `mails received by the SMTP server over the whole run: ${received.length}, of them sent twice (same Message-ID): ${duplicates}`,
    ]);
    for (const inst of instances) {
      const counts = new Map<string, number>();
      for (const p of inst.problems) bump(counts, p.slice(0, 160));
      console.log(
        `${inst.name}: ${inst.problems.length} log entries at warn or above${
          counts.size
            ? `: ${[...counts]
                .sort((x, y) => y[1] - x[1])
                .slice(0, 6)
                .map(([m, n]) => `"${m}" × ${n}`)
                .join('; ')}`
            : ''
        }`,
      );
    }
    console.log(
      `\nprocesses: instance 1 started ${a.starts} times, instance 2 ${b.starts} times; both running at the end: ${a.alive && b.alive}`,
    );
  } finally {
    for (const inst of instances) await inst.kill('SIGTERM');
    await sink?.close().catch(() => undefined);
    server.remove();
  }
}

runWhenCalledDirectly(import.meta.url, run);
