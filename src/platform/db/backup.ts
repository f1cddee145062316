import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import { openPglite } from './database.js';

/**
 * Backup and restore (decision 0145; README "Production", "Backup and restore").
 *
 * PostgreSQL: `pg_dump --format=custom` of the whole database (schema `public` with every table and
 * its row-level security, schema `drizzle` with the migration journal, schema `pgboss` with queued
 * jobs), restored with `pg_restore` into an EMPTY database. The role `dc_app` is cluster-wide and
 * not part of a dump: the restore creates it first when the target server lacks it.
 *
 * PGlite: the data folder as one gzipped tar (`dumpDataDir`), taken while no server owns the
 * folder (the lock file refuses otherwise), restored into an empty folder with `loadDataDir`.
 */

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', (error) =>
      reject(new Error(`${command} konnte nicht gestartet werden (${error.message}); ist postgresql-client installiert?`)),
    );
    child.on('close', (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`${command} endete mit Code ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`)),
    );
  });
}

export async function backupPostgres(databaseUrl: string, file: string): Promise<void> {
  await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${databaseUrl}`]);
}

/** Restores into an empty database; refuses a database that already has the application's tables. */
export async function restorePostgres(file: string, databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from information_schema.tables where table_schema in ('public', 'drizzle')`,
    );
    if ((rows[0]?.n ?? 0) > 0)
      throw new Error('Die Zieldatenbank ist nicht leer: bitte in eine neu angelegte, leere Datenbank zurückspielen.');
    // As migration 0000: the cluster-wide role the dump's GRANTs and policies name.
    await client.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dc_app') THEN CREATE ROLE dc_app NOLOGIN; END IF;
      END $$`);
    await client.query(`DO $$ BEGIN EXECUTE format('GRANT dc_app TO %I', current_user); EXCEPTION WHEN others THEN NULL; END $$`);
  } finally {
    await client.end();
  }
  // The dump's COMMENT ON EXTENSION lines need the extension's owner (a superuser created the comment);
  // the database owner creates the trusted extensions itself, so those comments are left out.
  const toc = await run('pg_restore', ['--list', file]);
  const listFile = `${file}.restore-list`;
  writeFileSync(
    listFile,
    toc
      .split('\n')
      .filter((line) => !/ COMMENT - EXTENSION /.test(line))
      .join('\n'),
  );
  try {
    await run('pg_restore', [
      '--no-owner',
      '--exit-on-error',
      '--single-transaction',
      `--use-list=${listFile}`,
      `--dbname=${databaseUrl}`,
      file,
    ]);
  } finally {
    rmSync(listFile, { force: true });
  }
}

export async function backupPglite(dataDir: string, file: string): Promise<void> {
  if (!existsSync(dataDir)) throw new Error(`Kein Datenordner ${dataDir}.`);
  const release = lockDataDir(dataDir); // refuses while a server owns the folder
  try {
    const database = await openPglite({ dataDir });
    try {
      const dump = await database.pglite!.dumpDataDir('gzip');
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await database.close();
    }
  } finally {
    release();
  }
}

export async function restorePglite(file: string, dataDir: string): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0)
    throw new Error(`Der Datenordner ${dataDir} ist nicht leer: bitte in einen neuen, leeren Ordner zurückspielen.`);
  const release = lockDataDir(dataDir);
  try {
    const database = await openPglite({ dataDir, loadDataDir: new Blob([readFileSync(file)]) });
    await database.close();
  } finally {
    release();
  }
}
