#!/usr/bin/env bash
# Starts the machine's PostgreSQL 15 cluster (installed but possibly stopped) and creates the
# role and the databases the tests use: voucher_test (persistence contracts, benchmarks) and
# voucher_it (the black-box suite of the running system). Idempotent.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "PostgreSQL is not installed; installing it" >&2
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h | awk '{print $4}' | grep online >/dev/null; then
  pg_ctlcluster "$version" main start
fi
for i in $(seq 1 30); do
  if su postgres -c "psql -qAt -c 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done
su postgres -c "psql -qAt" <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'voucher') THEN
    CREATE ROLE voucher LOGIN PASSWORD 'voucher';
  END IF;
END $$;
SQL
for db in voucher_test voucher_it; do
  if ! su postgres -c "psql -qAt -c \"select 1 from pg_database where datname = '$db'\"" | grep 1 >/dev/null; then
    su postgres -c "createdb -O voucher $db"
  fi
done
echo "PostgreSQL $version is up: databases voucher_test and voucher_it, role voucher"
