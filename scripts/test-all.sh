#!/usr/bin/env bash
# Runs every test of the project, after starting what the tests need:
#   - the machine's PostgreSQL cluster, with the test role and databases (scripts/start-postgres.sh);
#   - Debian's chromium, chromium-driver and a CJK font for the browser suite (scripts/install-browser.sh).
# PostgreSQL tests never skip: an unreachable database fails the build (CI=true or not).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/start-postgres.sh
bash scripts/install-browser.sh
export VOUCHER_TEST_PG_URL="${VOUCHER_TEST_PG_URL:-jdbc:postgresql://localhost:5432/voucher_test}"
# clean: failsafe merges its summary into one left by an earlier run, so a stale failure would fail this one
mvn -B -ntp clean verify "$@"
