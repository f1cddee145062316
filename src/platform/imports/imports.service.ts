import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { scopeOf, type Actor } from '../auth/actor.js';
import type { UseCaseContext } from '../context.js';
import { AppError } from '../http/app-error.js';
import * as repo from './import-runs.repository.js';
import type { ImportRunRow, RefusedRow } from './import-runs.schema.js';

/** Where a run stands. Terminal: completed, rejected, cancelled, failed. */
export type ImportStatus = 'receiving' | 'processing' | 'completed' | 'rejected' | 'cancelled' | 'failed';
const terminal = new Set<ImportStatus>(['completed', 'rejected', 'cancelled', 'failed']);

/** What a module's processor hears and says while it works on the uploaded file. */
export interface ImportTask {
  readonly runId: string;
  readonly fileName: string;
  readonly bytes: number;
  /** Aborted when the run is cancelled (or the server shuts down): throw, so the transaction rolls back. */
  readonly signal: AbortSignal;
  /** The file line by line (never held whole); bytes read feed the progress share. */
  lines(): AsyncIterable<string>;
  /** The whole file as text, for formats that need a whole document (XML, GeoJSON, small CSV). */
  text(): Promise<string>;
  /** Counts so far and the phase (German, shown to the user: "Zeilen lesen", "Speichern"). */
  progress(p: { rowsRead?: number; rowsAccepted?: number; phase?: string; share?: number }): void;
}

/** A processor's answer: counts, the rows it refused (the rest was imported) and its own result. */
export interface ImportOutcome {
  rowsRead: number;
  rowsAccepted: number;
  refused?: RefusedRow[];
  result: Record<string, unknown>;
}

export type ImportProcessor = (task: ImportTask) => Promise<ImportOutcome>;

/** What the API shows of a run: the row, plus the live figures while this process works on it. */
export interface ImportRunView {
  id: string;
  kind: string;
  fileName: string;
  status: ImportStatus;
  phase: string | null;
  bytesTotal: number | null;
  bytesReceived: number;
  /** Share of the file processed (0..1), null when unknown. */
  share: number | null;
  rowsRead: number;
  rowsAccepted: number;
  rowsRefused: number;
  refused: RefusedRow[];
  result: Record<string, unknown> | null;
  message: string | null;
  createdBy: string;
  createdAt: Date;
  finishedAt: Date | null;
}

/** At most this many refused rows are kept in the report (the count is exact). */
export const MAX_REFUSED_KEPT = 10_000;

interface LiveRun {
  id: string;
  /** The row as inserted: polls while the run holds the database are answered from it. */
  row: ImportRunRow;
  tenantId: string | null;
  createdByUserId: string | null;
  status: ImportStatus;
  phase: string | null;
  bytesReceived: number;
  bytesRead: number;
  bytesTotal: number | null;
  rowsRead: number;
  rowsAccepted: number;
  controller: AbortController;
  done: Promise<void>;
}

/**
 * Runs in this process. Progress and cancel go through memory: on PGlite (one connection)
 * the import's own transaction holds the database, so the row is written at the start and
 * at the end only; the live figures come from here (decision 0126).
 */
const live = new Map<string, LiveRun>();

function view(row: ImportRunRow, run?: LiveRun): ImportRunView {
  const status = (run?.status ?? row.status) as ImportStatus;
  const bytesTotal = run?.bytesTotal ?? row.bytesTotal ?? null;
  const bytesReceived = run?.bytesReceived ?? row.bytesReceived;
  let share: number | null = null;
  if (status === 'completed') share = 1;
  else if (run && status === 'processing' && bytesReceived > 0) share = Math.min(1, run.bytesRead / bytesReceived);
  else if (run && status === 'receiving' && bytesTotal) share = Math.min(1, bytesReceived / bytesTotal);
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    status,
    phase: run?.phase ?? null,
    bytesTotal,
    bytesReceived,
    share,
    rowsRead: run?.rowsRead ?? row.rowsRead,
    rowsAccepted: run?.rowsAccepted ?? row.rowsAccepted,
    rowsRefused: row.rowsRefused,
    refused: row.refused,
    result: row.result ?? null,
    message: row.message,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}

/** Only the uploader (or an admin of the same scope) sees and cancels a run. */
function mayTouch(actor: Actor, row: { createdByUserId: string | null }) {
  return row.createdByUserId === actor.userId || actor.roles.includes('admin');
}

export interface ReceiveOptions {
  kind: string;
  fileName: string;
  /** The upload limit (IMPORT_MAX_MB), checked against Content-Length and while streaming. */
  maxBytes: number;
  process: ImportProcessor;
}

/**
 * Receives an upload as a stream into a temporary file (never into memory), then starts
 * the module's processor in the background and answers with the run (202). A dropped or
 * aborted upload ends as `cancelled`; an upload over the limit as `rejected` (413).
 */
export async function receiveUpload(
  ctx: UseCaseContext,
  body: Readable,
  declaredBytes: number | null,
  options: ReceiveOptions,
): Promise<ImportRunView> {
  if (declaredBytes !== null && declaredBytes > options.maxBytes) throw tooLarge(options.maxBytes);
  const row = await ctx.database.scoped(scopeOf(ctx.actor), (tx) =>
    repo.insertRun(tx, {
      tenantId: ctx.actor.tenantId,
      kind: options.kind,
      fileName: options.fileName,
      status: 'receiving',
      bytesTotal: declaredBytes,
      createdByUserId: ctx.actor.userId,
      createdBy: ctx.actor.username,
      createdAt: ctx.clock.now(),
    }),
  );
  const controller = new AbortController();
  let settle!: () => void;
  const run: LiveRun = {
    id: row.id,
    row,
    tenantId: row.tenantId,
    createdByUserId: row.createdByUserId,
    status: 'receiving',
    phase: 'Hochladen',
    bytesReceived: 0,
    bytesRead: 0,
    bytesTotal: declaredBytes,
    rowsRead: 0,
    rowsAccepted: 0,
    controller,
    done: new Promise<void>((resolve) => (settle = resolve)),
  };
  live.set(row.id, run);
  const dir = await mkdtemp(join(tmpdir(), 'dc-import-'));
  const filePath = join(dir, 'upload');
  let over = false;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, next) {
      run.bytesReceived += chunk.length;
      if (run.bytesReceived > options.maxBytes) {
        over = true;
        next(tooLarge(options.maxBytes));
        return;
      }
      next(null, chunk);
    },
  });
  try {
    await pipeline(body, counter, createWriteStream(filePath), { signal: controller.signal });
    if (run.bytesReceived === 0)
      throw new AppError('VALIDATION_FAILED', 'Die Datei ist leer.', { issues: [{ field: '(Datei)', message: 'Die Datei ist leer.' }] });
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    const status: ImportStatus = over || e instanceof AppError ? 'rejected' : 'cancelled';
    const message =
      e instanceof AppError
        ? e.userMessage
        : controller.signal.aborted
          ? 'Abgebrochen.'
          : 'Das Hochladen wurde abgebrochen; nichts wurde übernommen.';
    await finish(ctx, run, { status, message, refused: [{ row: 'Datei', reason: message }] });
    live.delete(row.id);
    settle();
    if (e instanceof AppError) throw e;
    throw new AppError('BAD_REQUEST', 'Das Hochladen wurde abgebrochen; nichts wurde übernommen.');
  }
  run.status = 'processing';
  run.phase = 'Prüfen';
  await ctx.database.scoped(scopeOf(ctx.actor), (tx) =>
    repo.updateRun(tx, row.id, { status: 'processing', bytesReceived: run.bytesReceived, bytesTotal: run.bytesReceived }),
  );
  run.bytesTotal = run.bytesReceived;
  const task: ImportTask = {
    runId: row.id,
    fileName: options.fileName,
    bytes: run.bytesReceived,
    signal: controller.signal,
    lines: () => fileLines(filePath, run),
    text: async () => {
      const text = await readFile(filePath, 'utf8');
      run.bytesRead = run.bytesReceived;
      return text;
    },
    progress: (p) => {
      if (p.rowsRead !== undefined) run.rowsRead = p.rowsRead;
      if (p.rowsAccepted !== undefined) run.rowsAccepted = p.rowsAccepted;
      if (p.phase !== undefined) run.phase = p.phase;
      if (p.share !== undefined) run.bytesRead = Math.round(p.share * run.bytesReceived);
    },
  };
  // The background part: its errors end in the run's row, never in the request.
  void (async () => {
    try {
      const outcome = await options.process(task);
      controller.signal.throwIfAborted();
      const refused = outcome.refused ?? [];
      run.rowsRead = outcome.rowsRead;
      run.rowsAccepted = outcome.rowsAccepted;
      await finish(ctx, run, { status: 'completed', refused, result: outcome.result, message: null });
    } catch (e) {
      if (controller.signal.aborted) {
        await finish(ctx, run, {
          status: 'cancelled',
          message: 'Der Import wurde abgebrochen; nichts wurde übernommen.',
          refused: [],
        });
      } else if (e instanceof AppError && (e.code === 'VALIDATION_FAILED' || e.code === 'BAD_REQUEST')) {
        const refused = (e.issues ?? []).map((i) => ({ row: i.field, reason: i.message }));
        await finish(ctx, run, {
          status: 'rejected',
          message: e.userMessage,
          refused: refused.length > 0 ? refused : [{ row: 'Datei', reason: e.userMessage }],
        });
      } else {
        await finish(ctx, run, {
          status: 'failed',
          message: 'Der Import ist mit einem unerwarteten Fehler abgebrochen; nichts wurde übernommen.',
          refused: [],
        }).catch(() => undefined);
        console.error(`import ${row.id} (${options.kind}) failed`, e);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
      live.delete(row.id);
      settle();
    }
  })();
  return view({ ...row, status: 'processing' }, run);
}

function tooLarge(maxBytes: number) {
  return new AppError(
    'PAYLOAD_TOO_LARGE',
    `Die Datei ist größer als ${Math.round(maxBytes / 1024 / 1024)} MB (Einstellung IMPORT_MAX_MB); nichts wurde übernommen.`,
  );
}

async function* fileLines(filePath: string, run: LiveRun): AsyncIterable<string> {
  const stream = createReadStream(filePath, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  stream.on('data', (chunk) => {
    run.bytesRead += Buffer.byteLength(chunk as string);
  });
  yield* createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
}

async function finish(
  ctx: UseCaseContext,
  run: LiveRun,
  end: { status: ImportStatus; message: string | null; refused: RefusedRow[]; result?: Record<string, unknown> },
) {
  run.status = end.status;
  const refusedCount = end.refused.length;
  await ctx.database.scoped(scopeOf(ctx.actor), (tx) =>
    repo.updateRun(tx, run.id, {
      status: end.status,
      message: end.message,
      refused: end.refused.slice(0, MAX_REFUSED_KEPT),
      rowsRefused: refusedCount,
      rowsRead: run.rowsRead,
      rowsAccepted: end.status === 'completed' ? run.rowsAccepted : 0,
      bytesReceived: run.bytesReceived,
      result: end.result ?? null,
      finishedAt: ctx.clock.now(),
    }),
  );
}

export async function getImportRun(ctx: UseCaseContext, id: string): Promise<ImportRunView> {
  const run = live.get(id);
  // A running import's row is written only at its start and end: while it runs, the live
  // figures are the answer, and the database (held by the import's transaction on PGlite)
  // is not asked.
  if (run && !terminal.has(run.status)) {
    if (!mayTouch(ctx.actor, run) || !sameScope(ctx.actor, run.tenantId)) throw runNotFound();
    return view(run.row, run);
  }
  const row = await ctx.database.scoped(scopeOf(ctx.actor), (tx) => repo.findRun(tx, id));
  if (!row || !mayTouch(ctx.actor, row)) throw runNotFound();
  return view(row);
}

const runNotFound = () => new AppError('NOT_FOUND', 'Dieser Import wurde nicht gefunden.');
/** First lock in code (RLS is the second): a tenant-bound actor sees only runs of its tenant. */
const sameScope = (actor: Actor, tenantId: string | null) => actor.tenantId === null || actor.tenantId === tenantId;

export async function listImportRuns(ctx: UseCaseContext, kind: string | undefined, limit = 20): Promise<ImportRunView[]> {
  const rows = await ctx.database.scoped(scopeOf(ctx.actor), (tx) => repo.listRuns(tx, kind, limit));
  return rows.filter((r) => mayTouch(ctx.actor, r)).map((r) => view(r, live.get(r.id)));
}

/** Cancels a run: the upload stops or the processor's transaction rolls back. Idempotent for finished runs. */
export async function cancelImportRun(ctx: UseCaseContext, id: string): Promise<ImportRunView> {
  const run = live.get(id);
  if (run) {
    if (!mayTouch(ctx.actor, run) || !sameScope(ctx.actor, run.tenantId)) throw runNotFound();
    run.controller.abort();
    await run.done;
  }
  const row = await ctx.database.scoped(scopeOf(ctx.actor), (tx) => repo.findRun(tx, id));
  if (!row || !mayTouch(ctx.actor, row)) throw runNotFound();
  return view(row);
}

/** Waits for a run of this process to end (tests, shutdown). */
export async function whenImportSettled(id: string): Promise<void> {
  await live.get(id)?.done;
}

/** On shutdown: every running import is cancelled (rolled back) before the database closes. */
export async function cancelAllImports(): Promise<void> {
  const runs = [...live.values()];
  for (const r of runs) r.controller.abort();
  await Promise.all(runs.map((r) => r.done));
}
