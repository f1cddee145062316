/**
 * Public load on the embedded engine (issue 16, reliability): one app instance on PGlite (a fresh data folder,
 * demo data), PUBLIC_CLIENTS concurrent citizens (default 50) for PUBLIC_SECONDS (default 30), each taking the
 * public endpoints in turn: knowledge search, contact form, appointment slot search, request status. Each
 * client has an address of its own (X-Forwarded-For through the trusted proxy), as citizens do, so the
 * per-address limits do not answer for the engine. Prints per endpoint: requests, answers by status, p50/p95/max
 * and the share over 5 s (goal: none) and over 20 s. Figures only, nothing asserted.
 * The load generator is a pool of Node fetch clients in this process (no autocannon in node_modules); it
 * shares the machine's cores with the server, so it is run with the machine's load printed beside it.
 */
import diagnostics from 'node:diagnostics_channel';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { percentile, runWhenCalledDirectly } from './support/bench-kit.js';
import { Instance } from './resilience.bench.js';

const CLIENTS = Number(process.env.PUBLIC_CLIENTS ?? 50);
const SECONDS = Number(process.env.PUBLIC_SECONDS ?? 30);
const PORT = 3441;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type PublicKind = 'knowledge search' | 'contact form' | 'booking slots' | 'request status';
export const PUBLIC_KINDS: PublicKind[] = ['knowledge search', 'contact form', 'booking slots', 'request status'];
const QUESTIONS = ['Personalausweis', 'Wohngeld beantragen', 'Reisepass verloren', 'Ummeldung Wohnung', 'Führerschein', 'Hundesteuer'];

export interface PublicFixture {
  municipality: string;
  booking: { tenantId: string; services: { code: string; quantity: number }[] };
}

export interface PublicTally {
  latencies: Record<PublicKind, number[]>;
  statuses: Map<string, number>;
  errors: Map<string, number>;
}

/** The public fixture from the catalogue: a tenant with bookable services. */
export async function publicFixture(url: string): Promise<PublicFixture> {
  const catalogue = (await (await fetch(`${url}/api/v1/public/appointments/catalogue`)).json()) as {
    tenants: { id: string; slug: string; services: { code: string }[] }[];
  };
  const bookable =
    catalogue.tenants.find((t) => t.slug === 'langenhagen' && t.services.length > 0) ??
    catalogue.tenants.find((t) => t.services.length > 0)!;
  return { municipality: 'langenhagen', booking: { tenantId: bookable.id, services: [{ code: bookable.services[0]!.code, quantity: 1 }] } };
}

let sequence = 0;
const address = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

async function one(kind: PublicKind, url: string, fixture: PublicFixture, clientNo: number, tally: PublicTally) {
  const n = ++sequence;
  const headers: Record<string, string> = { 'x-forwarded-for': address(clientNo * 1000 + (n % 1000)) };
  let request: Request;
  if (kind === 'knowledge search') {
    const q = encodeURIComponent(QUESTIONS[n % QUESTIONS.length]!);
    request = new Request(`${url}/api/public/v1/knowledge/search?q=${q}&municipality=${fixture.municipality}`, { headers });
  } else if (kind === 'contact form') {
    request = new Request(`${url}/api/v1/public/contact-form`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        tenant: fixture.municipality,
        name: `Bürgerin ${n}`,
        email: `last-${n}@example.org`,
        subject: 'Frage zum Personalausweis',
        message: 'Wie lange dauert die Ausstellung eines Personalausweises?',
      }),
    });
  } else if (kind === 'booking slots') {
    request = new Request(`${url}/api/v1/public/appointments/search`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(fixture.booking),
    });
  } else {
    request = new Request(`${url}/api/public/v1/request-status?code=115-ZZ${(n % 9000) + 1000}`, { headers });
  }
  const started = performance.now();
  try {
    const res = await fetch(request, { signal: AbortSignal.timeout(60_000) });
    await res.arrayBuffer();
    tally.latencies[kind].push(performance.now() - started);
    tally.statuses.set(`${kind} ${res.status}`, (tally.statuses.get(`${kind} ${res.status}`) ?? 0) + 1);
  } catch (error) {
    tally.latencies[kind].push(performance.now() - started);
    const why = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    tally.errors.set(`${kind} ${why}`, (tally.errors.get(`${kind} ${why}`) ?? 0) + 1);
  }
}

/** `clients` citizens for `seconds`, spread over the instances in turn; returns the tally and the seconds. */
export async function publicClients(urls: string[], fixture: PublicFixture, clients: number, seconds: number) {
  const tally: PublicTally = {
    latencies: { 'knowledge search': [], 'contact form': [], 'booking slots': [], 'request status': [] },
    statuses: new Map(),
    errors: new Map(),
  };
  let stop = false;
  const started = performance.now();
  const client = async (c: number) => {
    let i = c;
    while (!stop) {
      await one(PUBLIC_KINDS[i % PUBLIC_KINDS.length]!, urls[c % urls.length]!, fixture, c, tally);
      i++;
    }
  };
  const all = Array.from({ length: clients }, (_, c) => client(c));
  await sleep(seconds * 1000);
  stop = true;
  await Promise.all(all);
  return { tally, seconds: (performance.now() - started) / 1000 };
}

export function printTally(title: string, run: { tally: PublicTally; seconds: number }) {
  const { tally } = run;
  const every = PUBLIC_KINDS.flatMap((k) => tally.latencies[k]);
  console.log(
    `\n## ${title} (${run.seconds.toFixed(1)} s, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')})`,
  );
  console.log('| endpoint | requests | p50 ms | p95 ms | max ms | over 5 s | over 20 s |\n|---|---:|---:|---:|---:|---:|---:|');
  const row = (name: string, l: number[]) => {
    if (l.length === 0) return console.log(`| ${name} | 0 | | | | | |`);
    const over = (ms: number) => `${l.filter((x) => x > ms).length} (${((100 * l.filter((x) => x > ms).length) / l.length).toFixed(1)} %)`;
    console.log(
      `| ${name} | ${l.length} | ${Math.round(percentile(l, 50))} | ${Math.round(percentile(l, 95))} | ${Math.round(Math.max(...l))} | ${over(5000)} | ${over(20000)} |`,
    );
  };
  for (const k of PUBLIC_KINDS) row(k, tally.latencies[k]);
  row('all', every);
  console.log(`throughput: ${(every.length / run.seconds).toFixed(1)} requests/s`);
  console.log(`answers: ${[...tally.statuses].map(([k, v]) => `${k} × ${v}`).join('; ')}`);
  if (tally.errors.size) console.log(`no answer: ${[...tally.errors].map(([k, v]) => `${k} × ${v}`).join('; ')}`);
}

/**
 * The client's side (BENCH_PGLITE_TRACE): Node's fetch (undici) reports on diagnostics channels when it opens
 * a connection and when a request was written and answered; a request slow on the client but not in the
 * server shows here where its time went.
 */
function traceClient() {
  const created = new WeakMap<object, number>();
  const sent = new WeakMap<object, number>();
  const stats = { connects: 0, connectMax: 0, connectErrors: 0, writeWaitOver5s: 0, writeWaitMax: 0, answerOver5s: 0, answerMax: 0 };
  let connecting = 0;
  const on = (name: string, fn: (m: { request?: object }) => void) => diagnostics.subscribe(name, fn as (m: unknown) => void);
  on('undici:client:beforeConnect', () => {
    connecting = performance.now();
  });
  on('undici:client:connected', () => {
    stats.connects++;
    stats.connectMax = Math.max(stats.connectMax, performance.now() - connecting);
  });
  on('undici:client:connectError', () => {
    stats.connectErrors++;
  });
  on('undici:request:create', (m) => {
    if (m.request) created.set(m.request, performance.now());
  });
  on('undici:request:bodySent', (m) => {
    const t = m.request && created.get(m.request);
    if (!m.request || t === undefined) return;
    const wait = performance.now() - t;
    sent.set(m.request, performance.now());
    stats.writeWaitMax = Math.max(stats.writeWaitMax, wait);
    if (wait > 5000) stats.writeWaitOver5s++;
  });
  on('undici:request:headers', (m) => {
    const t = m.request && sent.get(m.request);
    if (t === undefined) return;
    const answer = performance.now() - t;
    stats.answerMax = Math.max(stats.answerMax, answer);
    if (answer > 5000) stats.answerOver5s++;
  });
  return () =>
    console.log(
      `client (undici): ${stats.connects} connections opened (slowest ${Math.round(stats.connectMax)} ms, ${stats.connectErrors} failed); ` +
        `request created -> written: ${stats.writeWaitOver5s} over 5 s, longest ${Math.round(stats.writeWaitMax)} ms; ` +
        `written -> response headers: ${stats.answerOver5s} over 5 s, longest ${Math.round(stats.answerMax)} ms`,
    );
}

/** The trace lines written while the load ran, summed up (bench/support/pglite-trace.ts). */
function printTrace(file: string, from: string, to: string) {
  const lines = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l && l.slice(0, 24) >= from && l.slice(0, 24) <= to)
    : [];
  const ms = (kind: string) => lines.filter((l) => l.slice(25).startsWith(kind)).map((l) => Number(/ (\d+) ms/.exec(l)?.[1] ?? 0));
  const sum = (kind: string, label: string) => {
    const v = ms(kind);
    console.log(`${label}: ${v.length}${v.length ? `, longest ${Math.max(...v)} ms` : ''}`);
  };
  console.log('\n## PGlite trace during the load');
  console.log(`checkpoints: ${lines.filter((l) => l.includes('checkpoint complete')).length}`);
  for (const l of lines.filter((l) => l.includes('checkpoint complete'))) console.log(`  ${l.slice(0, 300)}`);
  sum('call', 'protocol calls over 500 ms');
  sum('tx', 'transactions held over 1 s or waiting over 4 s');
  sum('wait', 'waits over 4 s for the connection lock');
  sum('http', 'requests over 3 s in the server (arrival to last byte)');
  sum('loop', 'event loop stalls over 500 ms');
  for (const l of lines.filter((l) => /^.{25}(call|tx|wait|http)/.test(l)).slice(0, 12)) console.log(`  ${l.slice(0, 400)}`);
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dc-bench-pglite-'));
  // PGlite: no DATABASE_URL in the child's environment.
  delete process.env.DATABASE_URL;
  // BENCH_PGLITE_TRACE=1: what holds PGlite's connection (bench/support/pglite-trace.ts), summed up below.
  const traceFile = process.env.BENCH_PGLITE_TRACE ? join(dir, '..', `${basename(dir)}-trace.log`) : null;
  if (traceFile) process.env.PGLITE_TRACE_FILE = traceFile;
  const instance = new Instance(
    'pglite',
    PORT,
    {
      DATA_DIR: dir,
      DEMO_DATA: 'true',
      DEMO_HISTORY_MONTHS: '0',
      TRUST_PROXY: '127.0.0.1',
      BACKGROUND_JOBS: process.env.BENCH_BACKGROUND_JOBS ?? 'true',
      APPOINTMENT_POW_BITS: '4',
      NODE_ENV: 'development',
    },
    traceFile ? ['./bench/support/pglite-trace.ts'] : [],
  );
  try {
    const seeding = performance.now();
    instance.start('info');
    await instance.waitLine('Demodaten vollständig', 900_000);
    console.log(
      `PGlite instance with demo data ready in ${((performance.now() - seeding) / 1000).toFixed(0)} s (load ${loadavg()[0]!.toFixed(1)})`,
    );
    const fixture = await publicFixture(instance.url);
    const clientTrace = traceFile ? traceClient() : null;
    const loadStarted = new Date().toISOString();
    printTally(`PGlite, ${CLIENTS} concurrent public clients`, await publicClients([instance.url], fixture, CLIENTS, SECONDS));
    const loadEnded = new Date().toISOString();
    if (traceFile) printTrace(traceFile, loadStarted, loadEnded);
    clientTrace?.();
  } finally {
    await instance.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
    if (traceFile) rmSync(traceFile, { force: true });
  }
}

runWhenCalledDirectly(import.meta.url, run);
