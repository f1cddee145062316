/**
 * The cost import (decision record 0107): billing staff bring a year's actual or planned costs
 * into the cost plan from a CSV file. Whole or not at all: one refused row refuses the file and
 * the report lists every refused row with its line and reason; applied, every change and the
 * audit record are one transaction. The file is the truth for the positions it names (their
 * amounts, dates, Träger, remark); positions it does not name stay as they are.
 */
import { recordAudit } from '../../platform/audit/audit.service.js';
import { writeCsv } from '../../platform/csv/csv.js';
import { inActorScope, type UseCaseContext } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/http/app-error.js';
import type { ImportProcessor } from '../../platform/imports/imports.service.js';
import { requireBillingStaff } from './billing.policy.js';
import * as repo from './billing.repository.js';
import {
  bearerLabel,
  categoryLabel,
  costCsvHeader,
  nameKey,
  parseCostFile,
  plannedItems,
  type PlannedItem,
  type RefusedLine,
} from './cost-import.js';
import { isRecurring, yearAmount, type CostItem } from './cost-plan.js';
import { toCostItem } from './cost-plan.service.js';

export interface CostImportOptions {
  year: number;
  fileName: string;
  text: string;
  /** Check and show what would change; write nothing. */
  isDryRun: boolean;
  /** A cancelled upload run: the transaction rolls back (decision 0126). */
  signal?: AbortSignal;
  onProgress?: (p: { phase: string; done: number; total: number }) => void;
}

export type CostImportAction = 'create' | 'change' | 'unchanged';

export interface CostImportItem {
  action: CostImportAction;
  name: string;
  category: string;
  bearer: string;
  /** Lines of the file that make this position. */
  lines: number[];
  yearCentsBefore: number | null;
  yearCentsAfter: number;
}

export interface CostImportReport {
  outcome: 'applied' | 'dry_run' | 'rejected';
  year: number;
  fileName: string;
  /** Data rows of the file (without the header and blank lines). */
  rowCount: number;
  acceptedCount: number;
  refused: RefusedLine[];
  /** The plan of the year is created by this import (there was none). */
  planCreated: boolean;
  created: number;
  changed: number;
  unchanged: number;
  items: CostImportItem[];
  totals: { beforeCents: number; afterCents: number };
}

const sameValues = (a: PlannedItem, row: repo.CostItemRow) =>
  a.name === row.name &&
  a.category === row.category &&
  a.bearer === row.bearer &&
  JSON.stringify(a.changes) === JSON.stringify([...row.changes].sort((x, y) => (x.from < y.from ? -1 : 1))) &&
  (a.oneOffAmountCents ?? null) === (row.oneOffAmountCents ?? null) &&
  (a.bookedOn ?? null) === (row.bookedOn ?? null) &&
  (a.note ?? null) === (row.note ?? null);

const asCostItem = (p: PlannedItem): CostItem => ({
  id: p.key,
  name: p.name,
  category: p.category,
  bearer: p.bearer,
  changes: p.changes,
  oneOffAmountCents: p.oneOffAmountCents,
  bookedOn: p.bookedOn,
});

export async function importCosts(ctx: UseCaseContext, options: CostImportOptions): Promise<CostImportReport> {
  requireBillingStaff(ctx.actor);
  const { year } = options;
  const parsed = parseCostFile(options.text, year);
  const base = {
    year,
    fileName: options.fileName,
    rowCount: parsed.rowCount,
    planCreated: false,
    created: 0,
    changed: 0,
    unchanged: 0,
    items: [] as CostImportItem[],
    totals: { beforeCents: 0, afterCents: 0 },
  };
  if (parsed.fileError) return { ...base, outcome: 'rejected', acceptedCount: 0, refused: [{ line: 0, reason: parsed.fileError }] };
  options.onProgress?.({ phase: 'Prüfen', done: parsed.rowCount, total: parsed.rowCount });

  return inActorScope(ctx, async (tx) => {
    const plan = await repo.findPlanByYear(tx, year);
    const existing = plan ? await repo.listItems(tx, plan.id) : [];
    const byKey = new Map<string, repo.CostItemRow[]>();
    for (const row of existing) byKey.set(nameKey(row.name), [...(byKey.get(nameKey(row.name)) ?? []), row]);
    const planned = plannedItems(parsed.lines);
    const refused = [...parsed.refused];
    for (const p of planned) {
      if ((byKey.get(p.key)?.length ?? 0) > 1)
        for (const line of p.lines)
          refused.push({
            line,
            reason: `Im Kostenplan ${year} gibt es „${p.name}“ mehrmals; bitte dort zuerst eindeutig benennen.`,
          });
    }
    refused.sort((a, b) => a.line - b.line);
    const beforeCents = existing.reduce((a, row) => a + Number(yearAmount(toCostItem(row), year)), 0);
    if (refused.length > 0)
      return { ...base, outcome: 'rejected' as const, acceptedCount: 0, refused, totals: { beforeCents, afterCents: beforeCents } };

    const items: CostImportItem[] = planned.map((p) => {
      const row = byKey.get(p.key)?.[0];
      return {
        action: !row ? 'create' : sameValues(p, row) ? 'unchanged' : 'change',
        name: p.name,
        category: p.category,
        bearer: p.bearer,
        lines: p.lines,
        yearCentsBefore: row ? Number(yearAmount(toCostItem(row), year)) : null,
        yearCentsAfter: Number(yearAmount(asCostItem(p), year)),
      };
    });
    const afterCents = beforeCents + items.reduce((a, i) => a + i.yearCentsAfter - (i.yearCentsBefore ?? 0), 0);
    const count = (a: CostImportAction) => items.filter((i) => i.action === a).length;
    const report: CostImportReport = {
      ...base,
      outcome: options.isDryRun ? 'dry_run' : 'applied',
      acceptedCount: parsed.rowCount,
      refused: [],
      planCreated: !plan,
      created: count('create'),
      changed: count('change'),
      unchanged: count('unchanged'),
      items,
      totals: { beforeCents, afterCents },
    };
    if (options.isDryRun) return report;

    const target =
      plan ??
      (await repo.insertPlan(tx, {
        year,
        title: `Kostenplan ${year}`,
        notes: `Angelegt durch den Kostenimport aus „${options.fileName}“.`,
      }));
    let position = existing.reduce((a, r) => Math.max(a, r.position), 0);
    const writes = planned.filter((_, i) => items[i]!.action !== 'unchanged');
    const inserts: repo.CostItemInsert[] = [];
    let done = 0;
    const step = () => {
      done++;
      if (done % 200 === 0 || done === writes.length) options.onProgress?.({ phase: 'Speichern', done, total: writes.length });
    };
    for (const p of writes) {
      options.signal?.throwIfAborted();
      const values = {
        name: p.name,
        category: p.category,
        bearer: p.bearer,
        changes: isRecurring(p) ? p.changes : [],
        oneOffAmountCents: isRecurring(p) ? null : p.oneOffAmountCents,
        bookedOn: isRecurring(p) ? null : p.bookedOn,
        note: p.note,
      };
      const row = byKey.get(p.key)?.[0];
      if (row) {
        await repo.updateItem(tx, row.id, values);
        step();
      } else inserts.push({ planId: target.id, ...values, position: ++position });
    }
    // New positions in chunks of 500 rows per statement.
    for (let i = 0; i < inserts.length; i += 500) {
      options.signal?.throwIfAborted();
      const chunk = inserts.slice(i, i + 500);
      await repo.insertItems(tx, chunk);
      for (const _ of chunk) step();
    }
    if (writes.length > 0 && !(await repo.touchPlan(tx, target.id, target.version)))
      throw new AppError('CONFLICT', 'Der Kostenplan wurde inzwischen geändert. Bitte neu laden.');
    if (!plan)
      await recordAudit(tx, ctx.actor, {
        action: 'billing.cost_plan.created',
        entityType: 'billing_cost_plan',
        entityId: target.id,
        details: { year, byImport: options.fileName },
      });
    await recordAudit(tx, ctx.actor, {
      action: 'billing.cost_plan.imported',
      entityType: 'billing_cost_plan',
      entityId: target.id,
      details: {
        year,
        fileName: options.fileName,
        rowCount: report.rowCount,
        created: items.filter((i) => i.action === 'create').map((i) => i.name),
        changed: items
          .filter((i) => i.action === 'change')
          .map((i) => ({ name: i.name, yearCentsBefore: i.yearCentsBefore, yearCentsAfter: i.yearCentsAfter })),
        unchanged: report.unchanged,
        totals: report.totals,
      },
    });
    // The last moment to cancel: after this the transaction commits.
    options.signal?.throwIfAborted();
    return report;
  });
}

/** The upload endpoint's processor: the same import in the background, with progress and cancel. */
export function costImportProcessor(
  ctx: UseCaseContext,
  options: Omit<CostImportOptions, 'text' | 'signal' | 'onProgress'>,
): ImportProcessor {
  requireBillingStaff(ctx.actor);
  return async (task) => {
    task.progress({ phase: 'Datei lesen' });
    const text = await task.text();
    task.progress({ phase: 'Prüfen', share: 0 });
    const report = await importCosts(ctx, {
      ...options,
      text,
      signal: task.signal,
      onProgress: (p) =>
        task.progress({
          phase: p.phase,
          ...(p.phase === 'Prüfen' ? { rowsRead: p.done } : {}),
          share: p.total > 0 ? p.done / p.total : 1,
        }),
    });
    task.progress({ rowsRead: report.rowCount });
    if (report.outcome === 'rejected') {
      const issues = report.refused.map((r) => ({ field: r.line === 0 ? 'Datei' : `Zeile ${r.line}`, message: r.reason }));
      const message =
        report.refused.length === 1 && report.refused[0]!.line === 0
          ? `${report.refused[0]!.reason} Nichts wurde übernommen.`
          : `${report.refused.length} ${report.refused.length === 1 ? 'Zeile' : 'Zeilen'} von ${report.rowCount} abgewiesen; nichts wurde übernommen.`;
      throw new AppError('VALIDATION_FAILED', message, { issues });
    }
    const { refused: _refused, ...result } = report;
    return { rowsRead: report.rowCount, rowsAccepted: report.acceptedCount, refused: [], result: { ...result } };
  };
}

/** The changes as the year sees them: one in force before 1 January counts from 1 January (the import's rule). */
function changesWithinYear(changes: { from: string; annualAmountCents: number }[], year: number) {
  const sorted = [...changes].filter((c) => c.from <= `${year}-12-31`).sort((a, b) => (a.from < b.from ? -1 : 1));
  const start = `${year}-01-01`;
  const before = sorted.filter((c) => c.from < start).at(-1);
  const inside = sorted.filter((c) => c.from >= start);
  return before && !inside.some((c) => c.from === start) ? [{ ...before, from: start }, ...inside] : inside;
}

const germanDate = (ymd: string) => `${ymd.slice(8, 10)}.${ymd.slice(5, 7)}.${ymd.slice(0, 4)}`;

/**
 * The year's cost plan as a CSV in the import's own format (one line per amount): exported,
 * edited in a spreadsheet and imported again. Written by the platform's writer, so a text
 * starting with = + - @ cannot run as a formula (decision 0120).
 */
export function exportCostPlanCsv(ctx: UseCaseContext, year: number): Promise<string> {
  requireBillingStaff(ctx.actor);
  return inActorScope(ctx, async (tx) => {
    const plan = await repo.findPlanByYear(tx, year);
    if (!plan) throw notFound(`Der Kostenplan ${year}`);
    const rows: (string | number | null)[][] = [costCsvHeader];
    for (const item of await repo.listItems(tx, plan.id)) {
      const start = [year, categoryLabel[item.category], item.name, bearerLabel[item.bearer]] as const;
      if (isRecurring(item))
        for (const c of changesWithinYear(item.changes, year))
          rows.push([...start, c.annualAmountCents / 100, germanDate(c.from), item.note]);
      else rows.push([...start, (item.oneOffAmountCents ?? 0) / 100, item.bookedOn ? germanDate(item.bookedOn) : null, item.note]);
    }
    return writeCsv(rows);
  });
}
