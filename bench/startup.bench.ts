/**
 * Start-up benchmark: time from `npm start` (and from the bare server process, from source
 * with tsx and compiled with `npm run start:prod`) to the first healthy answer of
 * GET /api/health, on PGlite (first start with demo data, then a restart on the existing
 * folder) and on PostgreSQL; the time until the demo data are complete (the history
 * follows after listen), the CPU seconds the process tree used until healthy (on an idle
 * machine the wall time is at most about that), resident memory after start, and the demo
 * steps' progress lines of the first start. The load average is printed: on the shared
 * machine the wall times are several times the idle ones.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://dialogcenter:dialogcenter@127.0.0.1:5432/dialogcenter';

interface StartResult {
  label: string;
  msToHealthy: number;
  /** ms until "Demodaten vollständig" (first start only). */
  msToDemoComplete?: number;
  cpuSecondsToHealthy: number;
  /** CPU seconds of the server process alone until it listened (its own line "Bereit nach …"). */
  serverCpuSeconds?: number;
  rssMb: number;
  progress: string[];
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** CPU seconds of a process tree: user + system of each process and of its reaped children (npm waits for the web build). */
function treeCpuSeconds(pid: number): number {
  let ticks = 0;
  const visit = (p: number) => {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields[11..14] = utime, stime, cutime, cstime (stat fields 14-17)
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      const children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      children.forEach((c) => visit(Number(c)));
    } catch {
      /* process gone */
    }
  };
  visit(pid);
  return ticks / CLOCK_TICKS;
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
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const progress: string[] = [];
  let msToDemoComplete: number | undefined;
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith('{') || line.trim() === '') continue; // JSON log lines
      progress.push(line);
      if (line.startsWith('Demodaten vollständig')) msToDemoComplete = Math.round(performance.now() - started);
    }
  });
  try {
    await waitHealthy(port, child);
    const msToHealthy = Math.round(performance.now() - started);
    const cpuSecondsToHealthy = treeCpuSeconds(child.pid!);
    const firstStart = progress.some((l) => l.startsWith('Erster Start'));
    // STARTUP_RUNS=first stops at healthy: the history that follows is not on the measured path.
    if (firstStart && process.env.STARTUP_RUNS !== 'first') {
      const deadline = Date.now() + 300_000;
      while (msToDemoComplete === undefined && child.exitCode === null && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 100));
    } else {
      await new Promise((r) => setTimeout(r, 500));
    }
    const ready = progress.find((l) => l.startsWith('Bereit nach'));
    const serverCpu = ready ? /Rechenzeit des Serverprozesses ([\d,]+) s/.exec(ready)?.[1] : undefined;
    const serverCpuSeconds = serverCpu ? Number(serverCpu.replace(',', '.')) : undefined;
    return { label, msToHealthy, msToDemoComplete, cpuSecondsToHealthy, serverCpuSeconds, rssMb: treeRssMb(child.pid!), progress };
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await exited;
    }
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

/** One result line, printed at once too (a long run cut short still shows what it measured). */
function resultLine(r: StartResult): string {
  return `| ${r.label} | ${r.msToHealthy} | ${r.cpuSecondsToHealthy.toFixed(1)} | ${r.serverCpuSeconds?.toFixed(1) ?? ''} | ${r.msToDemoComplete ?? ''} | ${r.rssMb} |`;
}

/**
 * STARTUP_RUNS=first measures only the first `npm start` on a new PGlite folder (the figure of
 * issue 9 item 11), for a moment when the machine is idle; the default runs everything.
 */
export async function run(): Promise<void> {
  const onlyFirst = process.env.STARTUP_RUNS === 'first';
  const results: StartResult[] = [];
  const record = (r: StartResult) => {
    results.push(r);
    console.log(`measured: ${resultLine(r)} (load ${loadavg()[0]!.toFixed(1)})`);
  };
  const server = ['node', '--import', 'tsx', 'src/main.ts'];
  const compiled = ['node', 'dist/main.js'];
  const npmStart = ['npm', 'start', '--silent'];
  const load = () => loadavg()[0]!.toFixed(1);
  const loadBefore = load();
  if (!onlyFirst) execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });

  // The first start builds the front end (beside the database start): drop the stamp the build left.
  rmSync('web/dist/.source-stamp', { force: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'dc-bench-'));
  try {
    record(await startOnce('PGlite, npm start, first start (migrate + demo data)', npmStart, { DATA_DIR: dataDir }, 3301));
    if (onlyFirst) return;
    record(await startOnce('PGlite, npm start, restart on existing data', npmStart, { DATA_DIR: dataDir }, 3302));
    record(await startOnce('PGlite, server process only (tsx), restart', server, { DATA_DIR: dataDir }, 3303));
    record(await startOnce('PGlite, compiled (start:prod), restart', compiled, { DATA_DIR: dataDir }, 3307));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const prodDir = mkdtempSync(join(tmpdir(), 'dc-bench-'));
  try {
    record(await startOnce('PGlite, compiled (start:prod), first start (migrate + demo data)', compiled, { DATA_DIR: prodDir }, 3308));
  } finally {
    rmSync(prodDir, { recursive: true, force: true });
  }

  let pgAvailable = true;
  try {
    const url = await freshPostgresDatabase();
    record(await startOnce('PostgreSQL, npm start, first start (migrate + demo data)', npmStart, { DATABASE_URL: url }, 3304));
    record(await startOnce('PostgreSQL, npm start, restart', npmStart, { DATABASE_URL: url }, 3305));
    record(await startOnce('PostgreSQL, server process only (tsx), restart', server, { DATABASE_URL: url }, 3306));
    record(await startOnce('PostgreSQL, compiled (start:prod), restart', compiled, { DATABASE_URL: url }, 3309));
  } catch (error) {
    pgAvailable = false;
    console.log(`PostgreSQL not measured (${(error as Error).message}); start it with: bash scripts/start-postgres.sh`);
  }

  console.log(`\n## Start-up: time to first healthy /api/health (load average 1 min: ${loadBefore} before, ${load()} after; 2 cores)`);
  console.log(
    'CPU s = CPU seconds of the process tree until healthy (web build included for npm start); on an idle machine the wall time is about that or less.',
  );
  console.log(
    'server CPU s = CPU seconds of the server process alone until it listens (the critical path: the web build of npm start runs beside it in its own process).',
  );
  console.log(
    '| run | ms to healthy | CPU s to healthy | server CPU s | ms to demo data complete | RSS MB |\n|---|---:|---:|---:|---:|---:|',
  );
  for (const r of results) console.log(resultLine(r));
  for (const r of results.filter((x) => x.progress.some((l) => l.startsWith('Demodaten '))))
    console.log(`\n### ${r.label}: progress\n${r.progress.map((l) => `    ${l}`).join('\n')}`);
  if (pgAvailable) {
    const pgl = results.find((r) => r.label.startsWith('PGlite, server process only'))!;
    const pgs = results.find((r) => r.label.startsWith('PostgreSQL, server process only'))!;
    console.log(
      `restart ratio PGlite/PostgreSQL: ${(pgl.msToHealthy / pgs.msToHealthy).toFixed(1)}x time, ${(pgl.rssMb / pgs.rssMb).toFixed(1)}x memory`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
