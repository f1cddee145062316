import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACD_NAME } from '../src/modules/contacts/index.js';
import { systemActor } from '../src/platform/auth/actor.js';
import { cancelImportRun, receiveUpload, whenImportSettled } from '../src/platform/imports/imports.service.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * The large-file import pattern (decision 0126) through queue_log: streamed upload, background
 * run with progress and report, cancel, and nothing half imported.
 */
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ env: { IMPORT_MAX_MB: '1' } });
  admin = await t.login('admin');
});
afterAll(() => t.close());

const system = encodeURIComponent(DEMO_ACD_NAME);
const upload = (payload: string, query = `telephoneSystem=${system}&fileName=test.queue_log`) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/telephony/queue-log/uploads?${query}`,
    headers: { cookie: admin, 'content-type': 'text/plain' },
    payload,
  });
const getRun = async (id: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/imports/${id}`, headers: { cookie: admin } })).json();

async function countEvents(prefix: string) {
  const r = await t.db.database.db.execute(sql`select count(*)::int as n from call_events where call_id like ${`${prefix}%`}`);
  return (r as unknown as { rows: { n: number }[] }).rows[0]!.n;
}

/** A small queue_log for the Laatzen hotline: `calls` answered calls, ids starting with `prefix`. */
function queueLog(prefix: string, calls: number, extra: string[] = []) {
  const lines: string[] = [];
  for (let i = 0; i < calls; i++) {
    const epoch = 1782892800 + i * 60;
    const id = `${prefix}${epoch}.${i}`;
    lines.push(`${epoch}|${id}|dc-laatzen|NONE|DID|05111689020`);
    lines.push(`${epoch}|${id}|dc-laatzen|NONE|ENTERQUEUE||0511987${i}|1`);
    lines.push(`${epoch + 10}|${id}|dc-laatzen|SIP/1001|CONNECT|10|${id}|2`);
    lines.push(`${epoch + 70}|${id}|dc-laatzen|SIP/1001|COMPLETECALLER|10|60|1`);
  }
  return [...lines, ...extra].join('\n');
}

describe('streamed import of a queue_log file', () => {
  it('answers 202 with the run, processes it in the background and reports every refused line with its reason', async () => {
    const res = await upload(queueLog('up1-', 5, ['kaputt', '1782899999|up1-x|dc-laatzen|NONE|FROBNICATE|1']));
    expect(res.statusCode).toBe(202);
    const run = res.json();
    expect(run).toMatchObject({ kind: 'queue_log', fileName: 'test.queue_log' });
    expect(['processing', 'completed']).toContain(run.status);
    await whenImportSettled(run.id);
    const done = await getRun(run.id);
    expect(done).toMatchObject({ status: 'completed', rowsRead: 22, rowsRefused: 2, share: 1 });
    expect(done.result).toMatchObject({ calls: 5 });
    expect(done.refused).toEqual([
      { row: 'Zeile 21', reason: 'Zeile hat nicht das Format epoch|callid|queue|agent|EVENT|…' },
      { row: 'Zeile 22', reason: 'Unbekanntes Ereignis FROBNICATE' },
    ]);
    expect(await countEvents('up1-')).toBeGreaterThan(0);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/imports?kind=queue_log', headers: { cookie: admin } });
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(run.id);
  });

  it('refuses an unknown telephone system at once, before taking the file, and records nothing', async () => {
    const res = await upload(queueLog('up2-', 1), 'telephoneSystem=Gibt%20es%20nicht');
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([{ field: 'telephoneSystem', message: 'Unbekannte Telefonanlage.' }]);
    expect(await countEvents('up2-')).toBe(0);
  });

  it('refuses a file over IMPORT_MAX_MB with 413 and a clear message; nothing imported', async () => {
    const big = queueLog('up3-', 6000);
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const res = await upload(big);
    expect(res.statusCode).toBe(413);
    expect(res.json().detail).toContain('IMPORT_MAX_MB');
    expect(await countEvents('up3-')).toBe(0);
  });

  it('refuses an empty file', async () => {
    const res = await upload('');
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('leer');
  });

  it('an upload broken off by the browser ends as cancelled and imports nothing', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const body = queueLog('up4-', 200);
    const half = body.slice(0, Math.floor(body.length / 2));
    await new Promise<void>((resolve) => {
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/api/v1/telephony/queue-log/uploads?telephoneSystem=${system}&fileName=abgebrochen.log`,
        headers: { cookie: admin, 'content-type': 'text/plain', 'content-length': String(Buffer.byteLength(body)) },
      });
      req.on('error', () => resolve());
      req.write(half, () => setTimeout(() => req.destroy(), 200));
      req.on('close', () => resolve());
    });
    let run: { status: string; refused: unknown[] } | undefined;
    for (let i = 0; i < 200; i++) {
      const list = await t.app.inject({ method: 'GET', url: '/api/v1/imports?kind=queue_log', headers: { cookie: admin } });
      run = list.json().items.find((r: { fileName: string }) => r.fileName === 'abgebrochen.log');
      if (run && run.status !== 'receiving') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(run).toMatchObject({ status: 'cancelled' });
    expect(await countEvents('up4-')).toBe(0);
  });
});

describe('cancel while processing', () => {
  it('rolls the processor transaction back: nothing is left of the run but its row, status cancelled', async () => {
    const ctx = { database: t.db.database, actor: { ...systemActor('import-test'), userId: null }, clock: t.clock };
    let reached!: () => void;
    const atGate = new Promise<void>((r) => (reached = r));
    const run = await receiveUpload(ctx, Readable.from(['a;b\n', '1;2\n']), null, {
      kind: 'test',
      fileName: 'gate.csv',
      maxBytes: 1024,
      process: async (task) =>
        t.db.database.scoped({ kind: 'all' }, async (tx) => {
          await tx.execute(sql`insert into knowledge_synonyms (term, expansion) values ('abbruchtest', 'nie gespeichert')`);
          reached();
          await new Promise((r) => task.signal.addEventListener('abort', r));
          task.signal.throwIfAborted();
          return { rowsRead: 1, rowsAccepted: 1, result: {} };
        }),
    });
    await atGate;
    const cancelled = await cancelImportRun(ctx, run.id);
    expect(cancelled).toMatchObject({ status: 'cancelled', rowsAccepted: 0 });
    expect(cancelled.message).toContain('nichts wurde übernommen');
    const left = await t.db.database.db.execute(sql`select count(*)::int as n from knowledge_synonyms where term = 'abbruchtest'`);
    expect((left as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });
});
