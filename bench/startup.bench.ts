/**
 * Start-up benchmark: time from `npm start` (and from the bare server process) to the
 * first healthy answer of GET /api/health, on PGlite (first start with demo data,
 * then a restart on the existing folder) and on PostgreSQL; resident memory after start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://dialogcenter:dialogcenter@127.0.0.1:5432/dialogcenter';

interface StartResult {
  label: string;
  msToHealthy: number;
  rssMb: number;
}

/** RSS of a process and all its descendants (npm → sh → node). */
function treeRssMb(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      children.forEach((c) => visit(Number(c)));
    } catch {
      /* process gone */
    }
  };
  visit(pid);
  return Math.round(total / 1024);
}

async function waitHealthy(port: number, child: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('server did not become healthy in time');
}

async function startOnce(label: string, command: string[], env: Record<string, string>, port: number): Promise<StartResult> {
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  try {
    await waitHealthy(port, child);
    const msToHealthy = Math.round(performance.now() - started);
    await new Promise((r) => setTimeout(r, 500));
    return { label, msToHealthy, rssMb: treeRssMb(child.pid!) };
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function freshPostgresDatabase(): Promise<string> {
  const name = `dc_bench_startup_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function run(): Promise<void> {
  const results: StartResult[] = [];
  const server = ['node', '--import', 'tsx', 'src/main.ts'];
  const npmStart = ['npm', 'start', '--silent'];

  const dataDir = mkdtempSync(join(tmpdir(), 'dc-bench-'));
  try {
    results.push(await startOnce('PGlite, npm start, first start (migrate + demo data)', npmStart, { DATA_DIR: dataDir }, 3301));
    results.push(await startOnce('PGlite, npm start, restart on existing data', npmStart, { DATA_DIR: dataDir }, 3302));
    results.push(await startOnce('PGlite, server process only, restart', server, { DATA_DIR: dataDir }, 3303));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }

  let pgAvailable = true;
  try {
    const url = await freshPostgresDatabase();
    results.push(await startOnce('PostgreSQL, npm start, first start (migrate + demo data)', npmStart, { DATABASE_URL: url }, 3304));
    results.push(await startOnce('PostgreSQL, npm start, restart', npmStart, { DATABASE_URL: url }, 3305));
    results.push(await startOnce('PostgreSQL, server process only, restart', server, { DATABASE_URL: url }, 3306));
  } catch (error) {
    pgAvailable = false;
    console.log(`PostgreSQL not measured (${(error as Error).message}); start it with: bash scripts/start-postgres.sh`);
  }

  console.log('\n## Start-up: time to first healthy /api/health, resident memory after start');
  console.log('| run | ms to healthy | RSS MB |\n|---|---:|---:|');
  for (const r of results) console.log(`| ${r.label} | ${r.msToHealthy} | ${r.rssMb} |`);
  if (pgAvailable) {
    const pgl = results.find((r) => r.label.startsWith('PGlite, server process only'))!;
    const pgs = results.find((r) => r.label.startsWith('PostgreSQL, server process only'))!;
    console.log(`restart ratio PGlite/PostgreSQL: ${(pgl.msToHealthy / pgs.msToHealthy).toFixed(1)}x time, ${(pgl.rssMb / pgs.rssMb).toFixed(1)}x memory`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
