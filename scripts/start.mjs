// `npm start`, the one-command demo start: src/ is compiled by esbuild (type stripping only, file by
// file, about 1 s; skipped when no source changed) into .run/, which mirrors src/ like dist/ does, so
// migrations/, web/dist/ and the data files resolve the same way, and then started there. Running the
// sources through tsx instead compiled every module on each start inside the loader thread (about 3 of
// the first start's 18 CPU seconds on the idle 2-core machine). Types are checked by `npm run typecheck`;
// `npm run dev` keeps tsx for its watch mode. Decision 0161.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const out = '.run';
const stampFile = join(out, '.source-stamp');
const isTest = (name) => /\.test\.ts$|\.test-support\.ts$/.test(name);
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'test-support' ? [] : files(path);
    return isTest(e.name) ? [] : [path];
  });

const sources = files('src').sort();
const hash = createHash('sha256');
for (const file of sources) {
  const s = statSync(file);
  hash.update(`${file}\0${s.size}\0${s.mtimeMs}\n`);
}
const stamp = hash.digest('hex');
if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
  rmSync(out, { recursive: true, force: true });
  await build({
    entryPoints: sources.filter((f) => f.endsWith('.ts')),
    outdir: out,
    outbase: 'src',
    bundle: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  for (const file of sources.filter((f) => !f.endsWith('.ts'))) {
    const target = join(out, relative('src', file));
    mkdirSync(join(target, '..'), { recursive: true });
    cpSync(file, target);
  }
  writeFileSync(stampFile, stamp);
}
// Stack traces name the .ts files and lines.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(join(out, 'main.js')).href);
