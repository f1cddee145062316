/**
 * Cost import benchmark (decision record 0107), on a fresh PGlite and a fresh PostgreSQL database:
 * a generated cost file of `COST_BENCH_ROWS` lines (default 10,000: half one-off positions, half
 * recurring positions with four dated amounts each), read and checked (parse only), previewed (dry run)
 * and imported in one transaction, then imported again (nothing changes). Figures printed, never asserted.
 */
import type { Actor } from '../src/platform/auth/actor.js';
import type { Database } from '../src/platform/db/database.js';
import { fixedClock } from '../src/platform/time/clock.js';
import { parseCostFile } from '../src/modules/billing/cost-import.js';
import { importCosts } from '../src/modules/billing/cost-import.service.js';
import { onFreshDatabases, runWhenCalledDirectly } from './support/bench-kit.js';

const ROWS = Number(process.env.COST_BENCH_ROWS ?? 10_000);
const YEAR = 2026;
const clock = fixedClock(new Date('2026-11-05T09:00:00Z'));
const actor: Actor = {
  userId: null,
  username: 'bench.billing',
  displayName: 'bench',
  roles: ['billing'],
  tenantId: null,
  departmentIds: [],
};

function costFile(rows: number): string {
  const lines = ['\uFEFFJahr;Kostenart;Position;Träger;Betrag;Datum;Bemerkung'];
  const dates = ['01.01', '01.04', '01.07', '01.10'];
  for (let i = 0; lines.length <= rows; i++) {
    if (i % 2 === 0) {
      const month = String((i % 12) + 1).padStart(2, '0');
      lines.push(
        `${YEAR};Einmalig;Einmalposten ${i};Teilnehmende;${(1000 + i).toLocaleString('de-DE')},${String(i % 100).padStart(2, '0')};15.${month}.${YEAR};Beleg ${i}`,
      );
    } else {
      for (const d of dates)
        if (lines.length <= rows) lines.push(`${YEAR};Personal;Stelle ${i};;${(50_000 + i).toLocaleString('de-DE')},00;${d}.${YEAR};`);
    }
  }
  return lines.join('\r\n');
}

const rate = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('de-DE')} Zeilen/s`;

async function measure(database: Database, label: string) {
  const text = costFile(ROWS);
  const ctx = { database, actor, clock };
  let started = performance.now();
  const parsed = parseCostFile(text, YEAR);
  const parseMs = performance.now() - started;
  if (parsed.refused.length > 0 || parsed.fileError)
    throw new Error(`bench file refused: ${parsed.fileError ?? parsed.refused[0]?.reason}`);
  const rssBefore = process.memoryUsage().rss;
  started = performance.now();
  const preview = await importCosts(ctx, { year: YEAR, fileName: 'bench.csv', text, isDryRun: true });
  const previewMs = performance.now() - started;
  started = performance.now();
  const applied = await importCosts(ctx, { year: YEAR, fileName: 'bench.csv', text, isDryRun: false });
  const applyMs = performance.now() - started;
  started = performance.now();
  const again = await importCosts(ctx, { year: YEAR, fileName: 'bench.csv', text, isDryRun: false });
  const againMs = performance.now() - started;
  const rssMb = Math.round(Math.max(rssBefore, process.memoryUsage().rss) / 1024 / 1024);
  console.log(
    `${label}: ${ROWS.toLocaleString('de-DE')} lines (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB), ${applied.created} positions; ` +
      `read+check ${parseMs.toFixed(0)} ms (${rate(ROWS, parseMs)}), preview ${previewMs.toFixed(0)} ms (${rate(ROWS, previewMs)}, ${preview.created} new), ` +
      `import ${applyMs.toFixed(0)} ms (${rate(ROWS, applyMs)}), same file again ${againMs.toFixed(0)} ms (${again.unchanged} unchanged); RSS ${rssMb} MB`,
  );
}

export async function run() {
  await onFreshDatabases({ name: 'cost_import', poolSize: 4 }, (database, label) => measure(database, label));
}

runWhenCalledDirectly(import.meta.url, run);
