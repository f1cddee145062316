#!/usr/bin/env bash
# Runs the test layers with the test clock (DC_TEST_NOW) standing at several instants, on PGlite and on
# PostgreSQL, one run after the other (the machine is shared: never in parallel), and prints a table
# instant × engine × passed/failed/skipped at the end. Issue 9 item 1, decision record 0160.
#
#   bash scripts/test-at-instants.sh                      # unit + integration, every instant, both engines
#   LAYERS="unit integration browser" bash scripts/test-at-instants.sh
#   INSTANTS="2026-12-01T23:05:00Z" ENGINES=pglite bash scripts/test-at-instants.sh
#   FILES="src/modules/staffing/staffing.int.test.ts" bash scripts/test-at-instants.sh   # only these files
#
# The default instants (Europe/Berlin wall clock in brackets): an ordinary Wednesday, 2 December 2026, at
# 00:05, 07:59, 12:00 and 23:55 (CET, UTC+1); Sunday 29 March 2026 at 01:30 CET, half an hour before the
# spring switch (02:00 CET -> 03:00 CEST); Sunday 25 October 2026 at 02:30 CEST, the first of the two
# 02:30s of the autumn switch (03:00 CEST -> 02:00 CET).
# Logs: $LOG_DIR/<instant>-<engine>.log (default /tmp/dc-instants). Exit code 1 if any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."

INSTANTS=${INSTANTS:-"2026-12-01T23:05:00Z 2026-12-02T06:59:00Z 2026-12-02T11:00:00Z 2026-12-02T22:55:00Z 2026-03-29T00:30:00Z 2026-10-25T00:30:00Z"}
ENGINES=${ENGINES:-"pglite postgres"}
LAYERS=${LAYERS:-"unit integration"}
FILES=${FILES:-}
PG_URL=${PG_TEST_URL:-postgres://dialogcenter:dialogcenter@127.0.0.1:5432/dialogcenter}
LOG_DIR=${LOG_DIR:-/tmp/dc-instants}
mkdir -p "$LOG_DIR"

projects=()
for layer in $LAYERS; do projects+=(--project "$layer"); done
if [[ " $LAYERS " == *" browser "* ]]; then npm run build:web --silent; fi

berlin() { TZ=Europe/Berlin date -d "$1" '+%a %Y-%m-%d %H:%M %Z'; }

results=()
status=0
for instant in $INSTANTS; do
  for engine in $ENGINES; do
    log="$LOG_DIR/${instant//:/}-$engine.log"
    echo "== DC_TEST_NOW=$instant ($(berlin "$instant")) on $engine: $LAYERS (log: $log)"
    started=$(date +%s)
    if [ "$engine" = postgres ]; then
      # shellcheck disable=SC2086
      DC_TEST_NOW="$instant" DATABASE_URL="$PG_URL" npx vitest run "${projects[@]}" $FILES >"$log" 2>&1
    else
      # shellcheck disable=SC2086
      env -u DATABASE_URL DC_TEST_NOW="$instant" npx vitest run "${projects[@]}" $FILES >"$log" 2>&1
    fi
    rc=$?
    seconds=$(($(date +%s) - started))
    summary=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^tests: ' | tail -1)
    [ -n "$summary" ] || summary="no summary (exit $rc)"
    layers=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^layer ' | sed -E 's/^layer ([a-z]+): .* ([0-9]+) passed, ([0-9]+) failed, ([0-9]+) skipped.*/\1 \2\/\3\/\4/' | paste -sd ' ')
    [ "$rc" = 0 ] || status=1
    failed=$(sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^ FAIL ' | sed -E 's/^ FAIL +//' | sort -u | head -20 | paste -sd ';')
    line="| $instant | $(berlin "$instant") | $engine | $summary | $layers | ${seconds} s | $([ "$rc" = 0 ] && echo green || echo "FAILED: $failed") |"
    echo "$line"
    results+=("$line")
  done
done

echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); layers: $LAYERS${FILES:+; files: $FILES}"
echo '| DC_TEST_NOW | Berlin | engine | result | per layer passed/failed/skipped | wall | status |'
echo '|---|---|---|---|---|---:|---|'
printf '%s\n' "${results[@]}"
exit $status
