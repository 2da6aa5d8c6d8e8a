#!/usr/bin/env bash
# Builds the system and runs it on the embedded default: H2 under ./data, demo mode (demo tokens,
# batch 2025-1, the sample programme in batch 2025-demo, the demo clock at 2025-11-01 09:00 +08:00),
# on http://localhost:8080. Extra arguments go to Payara Micro (e.g. --port 9090).
# For PostgreSQL set VOUCHER_DB_CLASS, VOUCHER_DB_URL, VOUCHER_DB_USER, VOUCHER_DB_PASSWORD (README).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -ntp -q clean package -DskipTests
mkdir -p data/tmp
export VOUCHER_DEMO="${VOUCHER_DEMO:-true}"
exec java -Djava.io.tmpdir="$PWD/data/tmp" -jar app/target/voucher-microbundle.jar --nocluster --port 8080 "$@"
