// `npm run build:server`: compiles src/ into dist/ (tsconfig.build.json, emit only) and copies the
// non-TypeScript files the server reads next to its code (e.g. GeoJSON), so dist/ mirrors src/.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

rmSync('dist', { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
let copied = 0;
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (!/\.(ts|tsx)$/.test(name)) {
      cpSync(path, join('dist', path.slice('src/'.length)));
      copied++;
    }
  }
};
walk('src');
console.log(`dist/ built (${copied} asset file${copied === 1 ? '' : 's'} copied)`);
