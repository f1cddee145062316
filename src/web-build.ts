/**
 * The web build of the one-command demo start (`npm start`), run beside the database start instead of
 * before it: the build is its own process (vite on the second core) while PGlite's initdb, the
 * migrations and the demo seeding use this one, so the first start costs the longer of the two, not
 * their sum. A build whose sources have not changed since the last one is skipped (a stamp of every
 * source file's path, size and modification time), so a restart builds nothing. Decision record 0068.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const webDir = join(root, 'web');
const distDir = join(webDir, 'dist');
const stampFile = join(distDir, '.source-stamp');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'dist' || entry.name === 'dist-ssr' || entry.name === 'node_modules' ? [] : filesUnder(path);
    return [path];
  });
}

/** What the built front end depends on: the web sources and the installed packages. */
export function webSourceStamp(dir = webDir, alsoFiles = [join(root, 'package-lock.json')]): string {
  const hash = createHash('sha256');
  for (const file of [...filesUnder(dir), ...alsoFiles].sort()) {
    const s = statSync(file);
    hash.update(`${file}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

export const webBuildIsCurrent = (stamp = webSourceStamp()): boolean => existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;

export type WebBuildOutcome = 'current' | 'built';

/** Builds web/dist unless it is current; resolves when it is ready, rejects with vite's output on failure. */
export function buildWebIfStale(): Promise<WebBuildOutcome> {
  const stamp = webSourceStamp();
  if (webBuildIsCurrent(stamp)) return Promise.resolve('current');
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  // Two builds, one after the other: the browser bundles (web/dist), then the portal's server renderer
  // (web/dist-ssr, decision 0174).
  const viteBuild = (extra: string[]) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [vite, 'build', '--config', join(webDir, 'vite.config.ts'), '--logLevel', 'warn', ...extra], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`Web-Build fehlgeschlagen (Exit ${code}):\n${output.trim()}`)),
      );
    });
  return viteBuild([])
    .then(() => viteBuild(['--ssr']))
    .then(() => {
      writeFileSync(stampFile, stamp);
      return 'built' as const;
    });
}
