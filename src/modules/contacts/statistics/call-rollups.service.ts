import type { Database, Tx } from '../../../platform/db/database.js';
import { ALL_TENANTS } from '../../../platform/db/database.js';
import type { Clock } from '../../../platform/time/clock.js';
import { addCounts, contributionOf, COUNT_FIELDS, emptyCounts, type CallCounts } from './call-figures.js';
import * as repo from './call-rollups.repository.js';
import { berlinDayStart, berlinYmd, nextYmd } from './berlin-days.js';

export type { CallForRollup } from './call-rollups.repository.js';

const INTERVAL_MS = 900_000;

/** Only bench/reporting.bench.ts turns this off, to measure the ingest without rollups. Never off in the app. */
export const rollupBenchmarkSwitch = { enabled: true };

function cellOf(call: repo.CallForRollup): repo.CellKey {
  return {
    intervalStart: new Date(Math.floor(call.offeredAt.getTime() / INTERVAL_MS) * INTERVAL_MS).toISOString(),
    tenantId: call.tenantId,
    queueName: call.queueName ?? '',
    agentKey: call.agentUserId ?? call.agentId ?? '',
  };
}
const keyOf = (c: repo.CellKey) => `${c.intervalStart}|${c.tenantId ?? ''}|${c.queueName}|${c.agentKey}`;

/** A call's contribution, wrap-up of its documented contact included. */
function contribution(call: repo.CallForRollup) {
  const { counts, waitOfOffered } = contributionOf(call, call.isTransferred);
  if (counts.answered && call.wrapUpSeconds !== null) {
    counts.wrapUpSeconds = call.wrapUpSeconds;
    counts.wrappedCalls = 1;
  }
  return { counts, waitOfOffered };
}

const isZero = (c: CallCounts) => COUNT_FIELDS.every((f) => c[f] === 0);

/**
 * Moves the rollups from the calls' old state to their new one, inside the ingest's
 * transaction: for each re-derived call its old contribution is subtracted from its
 * old cell and the new one added to its new cell. Applying the same state twice
 * changes nothing (old = new), so re-deriving is idempotent.
 */
export async function applyCallChangesInTx(tx: Tx, changes: { before: repo.CallForRollup | undefined; after: repo.CallForRollup }[]) {
  if (!rollupBenchmarkSwitch.enabled) return;
  const deltas = new Map<string, repo.CellDelta>();
  const deltaOf = (call: repo.CallForRollup) => {
    const cell = cellOf(call);
    const key = keyOf(cell);
    let d = deltas.get(key);
    if (!d) {
      d = { ...cell, agentName: null, counts: emptyCounts(), longestWait: null, recomputeLongest: false };
      deltas.set(key, d);
    }
    return d;
  };
  for (const { before, after } of changes) {
    if (before) {
      const old = contribution(before);
      const d = deltaOf(before);
      addCounts(d.counts, old.counts, -1);
      if (old.waitOfOffered !== null) {
        const now = contribution(after);
        const sameCell = keyOf(cellOf(before)) === keyOf(cellOf(after));
        if (!sameCell || now.waitOfOffered === null || now.waitOfOffered < old.waitOfOffered) d.recomputeLongest = true;
      }
    }
    const now = contribution(after);
    const d = deltaOf(after);
    addCounts(d.counts, now.counts, 1);
    d.agentName = after.agentName ?? d.agentName;
    // A maximum only needs writing when it may have grown.
    const unchanged = before && keyOf(cellOf(before)) === keyOf(cellOf(after)) && contribution(before).waitOfOffered === now.waitOfOffered;
    if (now.waitOfOffered !== null && !unchanged) d.longestWait = Math.max(d.longestWait ?? 0, now.waitOfOffered);
  }
  const effective = [...deltas.values()].filter((d) => !isZero(d.counts) || d.recomputeLongest || d.longestWait !== null);
  effective.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
  await repo.applyCellDeltas(tx, effective);
}

/** A documented phone contact adds its wrap-up time to its call's cell (documentation happens once). */
export async function addWrapUpInTx(tx: Tx, callId: string, wrapUpSeconds: number) {
  const call = await repo.findCallForRollup(tx, callId);
  if (!call?.answeredAt) return;
  const counts = emptyCounts();
  counts.wrapUpSeconds = wrapUpSeconds;
  counts.wrappedCalls = 1;
  await repo.applyCellDeltas(tx, [{ ...cellOf(call), agentName: null, counts, longestWait: null, recomputeLongest: false }]);
}

export interface RollupDifference {
  intervalStart: string;
  tenantId: string | null;
  queueName: string;
  agentKey: string;
  field: string;
  stored: number | null;
  derived: number | null;
}

export interface RederiveResult {
  day: string;
  calls: number;
  cells: number;
  differences: RollupDifference[];
  repaired: boolean;
}

/**
 * Nightly check: derives the rollup cells of one Berlin day (default: yesterday by
 * the clock) afresh from the call records and compares them with the stored cells.
 * There must be no difference; any found is returned (and, with `repair`, corrected
 * by adding the difference, in the same transaction as the comparison).
 */
export async function rederiveCallRollups(
  database: Database,
  clock: Clock,
  options: { day?: string; repair?: boolean } = {},
): Promise<RederiveResult> {
  const day = options.day ?? berlinYmd(new Date(berlinDayStart(berlinYmd(clock.now())).getTime() - 3600_000));
  const from = berlinDayStart(day);
  const to = berlinDayStart(nextYmd(day));
  return database.scoped(ALL_TENANTS, async (tx) => {
    const calls = await repo.listCallsForRollup(tx, from, to);
    const derived = new Map<string, { cell: repo.CellKey; counts: CallCounts; longestWait: number | null }>();
    for (const call of calls) {
      const cell = cellOf(call);
      const key = keyOf(cell);
      const entry = derived.get(key) ?? { cell, counts: emptyCounts(), longestWait: null };
      const c = contribution(call);
      addCounts(entry.counts, c.counts);
      if (c.waitOfOffered !== null) entry.longestWait = Math.max(entry.longestWait ?? 0, c.waitOfOffered);
      derived.set(key, entry);
    }
    const stored = new Map((await repo.listCells(tx, from, to)).map((s) => [keyOf(s), s]));
    const differences: RollupDifference[] = [];
    const corrections: repo.CellDelta[] = [];
    for (const key of new Set([...derived.keys(), ...stored.keys()])) {
      const d = derived.get(key);
      const s = stored.get(key);
      const cell = (d?.cell ?? s)!;
      const base = { intervalStart: cell.intervalStart, tenantId: cell.tenantId, queueName: cell.queueName, agentKey: cell.agentKey };
      const fix = emptyCounts();
      for (const f of COUNT_FIELDS) {
        const dv = d?.counts[f] ?? 0;
        const sv = s?.counts[f] ?? 0;
        if (dv !== sv) {
          differences.push({ ...base, field: f, stored: sv, derived: dv });
          fix[f] = dv - sv;
        }
      }
      const dl = d?.longestWait ?? null;
      const sl = s?.longestWait ?? null;
      if (dl !== sl && !(dl === null && s && isZero(s.counts)))
        differences.push({ ...base, field: 'longestWaitSeconds', stored: sl, derived: dl });
      if (!isZero(fix) || dl !== sl)
        corrections.push({ ...base, agentName: null, counts: fix, longestWait: null, recomputeLongest: dl !== sl });
    }
    if (options.repair && corrections.length > 0) await repo.applyCellDeltas(tx, corrections);
    return { day, calls: calls.length, cells: derived.size, differences, repaired: !!options.repair && corrections.length > 0 };
  });
}

export type { RollupGroup, RollupSum } from './call-rollups.repository.js';
export const sumCallRollupsInTx = repo.sumCallRollups;
export const documentedContactsByMonthInTx = repo.documentedContactsByMonth;
export type { CallDataBasis } from './call-rollups.repository.js';
export const callDataBasisInTx = repo.callDataBasis;
export const documentedContactsByChannelInTx = repo.documentedContactsByChannel;
export const queueLogImportsInTx = repo.queueLogImports;
