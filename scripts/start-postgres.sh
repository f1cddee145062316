#!/usr/bin/env bash
# Starts Debian's PostgreSQL cluster and creates the `dialogcenter` role and database
# (password `dialogcenter`, for tests and local development only). Idempotent.
# Needs root: it runs pg_createcluster/pg_ctlcluster and `su postgres` (Debian's packages
# postgresql and postgresql-contrib must be installed).
set -euo pipefail
if [ "$(id -u)" != 0 ]; then
  echo "scripts/start-postgres.sh braucht root-Rechte (pg_ctlcluster, su postgres): sudo bash scripts/start-postgres.sh" >&2
  echo "needs root (it starts Debian's PostgreSQL cluster and creates the dialogcenter role): run it with sudo" >&2
  exit 1
fi
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "PostgreSQL fehlt: apt-get install -y postgresql postgresql-contrib (als root)" >&2
  exit 1
fi
V=$(ls /usr/lib/postgresql | sort -n | tail -1)
pg_lsclusters -h | awk '{print $2}' | grep -qx main || pg_createcluster "$V" main >/dev/null
pg_ctlcluster "$V" main status >/dev/null 2>&1 || pg_ctlcluster "$V" main start
until pg_isready -q -h 127.0.0.1; do sleep 0.5; done
su postgres -c "psql -qtAX" <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dialogcenter') THEN
    -- CREATEDB: tests copy a template database per test file. CREATEROLE: the first
    -- migration creates the non-login role dc_app that row-level security applies to.
    CREATE ROLE dialogcenter LOGIN PASSWORD 'dialogcenter' CREATEDB CREATEROLE;
  END IF;
END
$$;
SELECT 'CREATE DATABASE dialogcenter OWNER dialogcenter'
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'dialogcenter')\gexec
SQL
# pg_trgm, unaccent and btree_gist are trusted extensions (PostgreSQL 13+), so the
# database owner could create them; template1 gets them anyway, so test databases
# start with them and migration 0000's CREATE EXTENSION IF NOT EXISTS is a no-op.
for db in template1 dialogcenter; do
  su postgres -c "psql -qtAX -d $db -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS btree_gist;'"
done
echo "PostgreSQL $V ready: postgres://dialogcenter:dialogcenter@127.0.0.1:5432/dialogcenter"
