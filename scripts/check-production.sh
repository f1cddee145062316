#!/usr/bin/env bash
# Production install check (CI): in a temporary copy of the working tree, install the way
# production does (npm ci --omit=dev, offline from npm's cache), build (npm run build), start
# the compiled server (npm run start:prod, no tsx installed) on PGlite in a temporary DATA_DIR
# on a free port, wait for GET /api/health = 200, stop it with SIGTERM and expect a clean exit.
# Fails on any EBADENGINE warning of the production install.
set -euo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/dc-prod-check.XXXXXX")"
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill -TERM -- "-$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
started=$(date +%s)

echo "-- copy of the working tree (tracked and new files, nothing ignored) in $work"
(cd "$src" && git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -cf - 2>/dev/null) | tar -xf - -C "$work"
cd "$work"

echo "-- npm ci --omit=dev --offline"
npm ci --omit=dev --offline --no-audit --no-fund 2>&1 | tee install.log
if grep -q EBADENGINE install.log; then echo "FAIL: the production install warns EBADENGINE (see above)"; exit 1; fi
if [ -e node_modules/vitest ] || [ -e node_modules/drizzle-kit ]; then echo "FAIL: dev dependencies were installed"; exit 1; fi
# tsx arrives as vite's optional peer (npm keeps it because the root lists it): remove it, so the
# start below proves that the compiled server needs no TypeScript loader.
rm -rf node_modules/tsx node_modules/.bin/tsx

echo "-- npm run build"
npm run build --silent
test -f dist/main.js && test -f web/dist/index.html

port=$(node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
echo "-- npm run start:prod on 127.0.0.1:$port (PGlite in $work/data, NODE_ENV=production)"
PORT=$port HOST=127.0.0.1 DATA_DIR="$work/data" NODE_ENV=production LOG_LEVEL=warn \
  setsid npm run start:prod --silent >server.log 2>&1 &
server=$!
t0=$(date +%s)
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health")" = 200 ]; do
  if ! kill -0 "$server" 2>/dev/null; then echo "FAIL: the server exited"; cat server.log; exit 1; fi
  if [ $(( $(date +%s) - t0 )) -gt 300 ]; then echo "FAIL: not healthy after 300 s"; cat server.log; exit 1; fi
  sleep 0.5
done
echo "healthy after $(( $(date +%s) - t0 )) s: $(curl -s "http://127.0.0.1:$port/api/health")"
if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" != 200 ]; then echo "FAIL: web app not served"; exit 1; fi

# SIGTERM to the server process itself (npm passes its exit code on; npm signalled would say 143).
node_pid=$(pgrep -g "$server" -f "^node dist/main\.js" | head -1)
kill -TERM "$node_pid"
for _ in $(seq 1 120); do kill -0 "$server" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$server" 2>/dev/null; then echo "FAIL: the server did not stop within 60 s of SIGTERM"; cat server.log; exit 1; fi
wait "$server" && code=0 || code=$?
server=""
if [ "$code" != 0 ]; then echo "FAIL: the server exited with $code after SIGTERM"; cat server.log; exit 1; fi
echo "production install check passed ($(( $(date +%s) - started )) s)"
