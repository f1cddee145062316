/**
 * Loaded into an app process by the benchmarks (`node --import tsx --import ./bench/support/pglite-trace.ts`)
 * when BENCH_PGLITE_TRACE is set, to find what holds PGlite's one connection (decision 0146). Writes one line
 * per finding to the file named by PGLITE_TRACE_FILE:
 *   - `checkpoint ...`: PostgreSQL's own checkpoint log (PGlite starts with log_checkpoints=off; here on).
 *     PGlite runs single-user: no checkpointer process, a checkpoint runs inside the one backend.
 *   - `call <ms> <sql>`: one protocol call into the WebAssembly backend longer than 500 ms (synchronous:
 *     nothing else in the process runs meanwhile).
 *   - `tx <held> <waited> <stack>`: a transaction that held the connection over 1 s, or waited over 4 s for it.
 *   - `wait <ms>`: a statement or transaction that waited over 4 s for PGlite's connection lock.
 *   - `http <ms> <method> <path>`: a request the server took over 3 s for (from its arrival to the last
 *     byte written), to tell time spent in the server from time spent between the client and the server.
 *   - `loop <ms>`: the event loop did not run a 200 ms timer for that much longer.
 * Nothing of the product is changed; without BENCH_PGLITE_TRACE the benchmarks do not load this file.
 */
import { appendFileSync } from 'node:fs';
import { type IncomingMessage, Server, type ServerResponse } from 'node:http';
import { PGlite } from '@electric-sql/pglite';

const file = process.env.PGLITE_TRACE_FILE ?? '/tmp/pglite-trace.log';
const note = (line: string) => appendFileSync(file, `${new Date().toISOString()} ${line}\n`);

type Create = (options?: Record<string, unknown>) => Promise<PGlite>;
const statics = PGlite as unknown as { create: Create; defaultStartParams: string[] };
const create = statics.create.bind(PGlite);
statics.create = (options = {}) =>
  create({
    ...options,
    startParams: [...statics.defaultStartParams, '-c', 'log_checkpoints=on'],
    onStderr: (line: string) => {
      if (/checkpoint/i.test(line)) note(`checkpoint ${line}`);
      return false;
    },
  });

const proto = PGlite.prototype as unknown as {
  execProtocolRawSync: (message: Uint8Array) => Uint8Array;
  transaction: (fn: (tx: unknown) => Promise<unknown>) => Promise<unknown>;
};
const call = proto.execProtocolRawSync;
proto.execProtocolRawSync = function (this: unknown, message: Uint8Array) {
  const started = performance.now();
  try {
    return call.call(this, message);
  } finally {
    const ms = performance.now() - started;
    if (ms > 500) {
      const text = Buffer.from(message.subarray(0, 300))
        .toString('latin1')
        .replace(/[^ -~]+/g, ' ');
      note(`call ${Math.round(ms)} ms ${text.slice(0, 200)}`);
    }
  }
};
const transaction = proto.transaction;
proto.transaction = function (this: unknown, fn: (tx: unknown) => Promise<unknown>) {
  const called = performance.now();
  const stack = (new Error().stack ?? '')
    .split('\n')
    .slice(2, 14)
    .map((l) => l.trim())
    .filter((l) => !l.includes('node_modules'))
    .join(' | ');
  return transaction.call(this, async (tx: unknown) => {
    const started = performance.now();
    try {
      return await fn(tx);
    } finally {
      const held = performance.now() - started;
      const waited = started - called;
      if (held > 1000 || waited > 4000) note(`tx held ${Math.round(held)} ms waited ${Math.round(waited)} ms ${stack.slice(0, 600)}`);
    }
  });
};

const lock = PGlite.prototype as unknown as { _runExclusiveTransaction: (fn: () => Promise<unknown>) => Promise<unknown> };
const runLocked = lock._runExclusiveTransaction;
// Every statement and transaction of PGlite runs under this lock: the time from asking to getting it.
lock._runExclusiveTransaction = function (this: unknown, fn: () => Promise<unknown>) {
  const called = performance.now();
  return runLocked.call(this, async () => {
    const waited = performance.now() - called;
    if (waited > 4000) note(`wait ${Math.round(waited)} ms for the connection`);
    return fn();
  });
};

const emit = Server.prototype.emit;
Server.prototype.emit = function (this: Server, event: string, ...args: unknown[]) {
  if (event === 'request') {
    const [req, res] = args as [IncomingMessage, ServerResponse];
    const arrived = performance.now();
    res.once('finish', () => {
      const ms = performance.now() - arrived;
      if (ms > 3000) note(`http ${Math.round(ms)} ms ${req.method} ${(req.url ?? '').split('?')[0]}`);
    });
  }
  return (emit as (this: Server, ...a: unknown[]) => boolean).call(this, event, ...args);
} as typeof Server.prototype.emit;

let last = performance.now();
setInterval(() => {
  const now = performance.now();
  if (now - last > 700) note(`loop ${Math.round(now - last - 200)} ms`);
  last = now;
}, 200).unref();
