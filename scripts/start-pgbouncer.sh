#!/usr/bin/env bash
# Starts Debian's pgbouncer in transaction mode on 127.0.0.1:6432 in front of the local PostgreSQL
# (scripts/start-postgres.sh first), for the dialogcenter role and every database of this server
# (tests create one database per test file). Idempotent: a running pgbouncer re-reads its files.
# The app then takes DATABASE_URL through pgbouncer (port 6432) and DATABASE_DIRECT_URL straight to
# PostgreSQL (port 5432) for LISTEN, pg-boss and migrations (decision 0148).
# Needs root: it reads the role's SCRAM secret (su postgres) and starts pgbouncer as user postgres.
set -euo pipefail
if [ "$(id -u)" != 0 ]; then
  echo "scripts/start-pgbouncer.sh braucht root-Rechte (su postgres, pgbouncer als Benutzer postgres): sudo bash scripts/start-pgbouncer.sh" >&2
  exit 1
fi
if ! command -v pgbouncer >/dev/null 2>&1 && [ ! -x /usr/sbin/pgbouncer ]; then
  echo "pgbouncer fehlt: apt-get install -y pgbouncer (als root)" >&2
  exit 1
fi
PGBOUNCER=$(command -v pgbouncer || echo /usr/sbin/pgbouncer)
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "PostgreSQL auf 127.0.0.1:5432 antwortet nicht: zuerst sudo bash scripts/start-postgres.sh" >&2
  exit 1
fi
CONF_DIR=/etc/pgbouncer
INI=$CONF_DIR/dialogcenter.ini
USERLIST=$CONF_DIR/dialogcenter-userlist.txt
RUN_DIR=/var/run/postgresql
PIDFILE=$RUN_DIR/pgbouncer-dialogcenter.pid
LOGFILE=/var/log/postgresql/pgbouncer-dialogcenter.log
mkdir -p "$CONF_DIR" "$RUN_DIR" /var/log/postgresql
chown postgres:postgres "$RUN_DIR"

# The role's SCRAM secret, not its password: pgbouncer checks the client with it and, since the client
# proved it knows the password, logs in to PostgreSQL with the same secret (SCRAM pass-through).
secret=$(su postgres -c "psql -qtAX -c \"select rolpassword from pg_authid where rolname = 'dialogcenter'\"")
case "$secret" in
  SCRAM-SHA-256*) ;;
  *) echo "Rolle dialogcenter fehlt oder hat kein SCRAM-Passwort (password_encryption = scram-sha-256): scripts/start-postgres.sh" >&2; exit 1 ;;
esac
umask 027
printf '"dialogcenter" "%s"\n' "$secret" > "$USERLIST.new"
cat > "$INI.new" <<INI
; Written by scripts/start-pgbouncer.sh; changes here are overwritten.
[databases]
; Every database of the local server under its own name (the app's and the tests' per-file copies).
* = host=127.0.0.1 port=5432

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = 6432
unix_socket_dir =
auth_type = scram-sha-256
auth_file = $USERLIST
; A server connection belongs to a client for one transaction only: set_config(..., true) (tenant scope,
; role dc_app) is transaction-local and goes with it; LISTEN and session advisory locks would not, so the
; app sends those over DATABASE_DIRECT_URL.
pool_mode = transaction
default_pool_size = 20
max_client_conn = 500
; PgBouncer 1.18 (Debian bookworm) has no max_prepared_statements: only unnamed statements, which is what
; node-postgres sends unless a query is given a name (the app never names one).
server_reset_query =
ignore_startup_parameters = extra_float_digits
; SHOW STATS/POOLS on the console database pgbouncer (the integration test checks its requests went through).
stats_users = dialogcenter
logfile = $LOGFILE
pidfile = $PIDFILE
INI
chown root:postgres "$USERLIST.new" "$INI.new"
mv "$USERLIST.new" "$USERLIST"
mv "$INI.new" "$INI"

if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
  kill -HUP "$(cat "$PIDFILE")" # re-reads the files (a changed secret)
else
  rm -f "$PIDFILE"
  "$PGBOUNCER" -d -u postgres "$INI"
fi
for _ in $(seq 1 40); do
  pg_isready -q -h 127.0.0.1 -p 6432 && break
  sleep 0.25
done
if ! pg_isready -q -h 127.0.0.1 -p 6432; then
  echo "pgbouncer antwortet nicht auf 127.0.0.1:6432 (Protokoll: $LOGFILE)" >&2
  tail -5 "$LOGFILE" >&2 || true
  exit 1
fi
echo "pgbouncer $("$PGBOUNCER" --version | head -1 | awk '{print $2}') ready (transaction mode): postgres://dialogcenter:dialogcenter@127.0.0.1:6432/dialogcenter"
