// `postinstall`: makes the PGlite cluster template (scripts/prepare-pglite-template.ts) when the
// development tools are installed; a production install (`npm ci --omit=dev`) skips it. Never fails the install.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

// A production install (`--omit=dev`) runs the compiled server, usually on PostgreSQL: no template.
if ((process.env.npm_config_omit ?? '').includes('dev')) process.exit(0);
let tsx;
try {
  tsx = createRequire(import.meta.url).resolve('tsx/cli');
} catch {
  process.exit(0);
}
spawnSync(process.execPath, [tsx, 'scripts/prepare-pglite-template.ts'], { stdio: 'inherit' });
