#!/usr/bin/env bash
# The speed benchmark of quality.md and issue 12, in one command, on this machine:
#   bash scripts/bench.sh           the full run (≈ 20 minutes: a 10-minute mixed load among the rest)
#   bash scripts/bench.sh --smoke   a short run of every step (≈ 4 minutes), to see that it works
# It starts PostgreSQL as the tests do, recreates the database voucher_bench, builds what is missing,
# starts the product's uber-jar and the bare reference runtime (a trivial JAX-RS GET and a JPA
# find-by-id in a WAR of their own, on the same Payara Micro), loads 2 × 100,000 applications and
# prints each measure beside its reference from the same run. It asserts nothing about time.
# Settings: BENCH_SECONDS, BENCH_WARMUP, BENCH_LOAD_SECONDS, BENCH_ROWS, BENCH_STARTS (see Bench.java).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--smoke" ]]; then
  export BENCH_SECONDS=${BENCH_SECONDS:-4} BENCH_WARMUP=${BENCH_WARMUP:-3} BENCH_LOAD_SECONDS=${BENCH_LOAD_SECONDS:-10}
  export BENCH_ROWS=${BENCH_ROWS:-20000} BENCH_STARTS=${BENCH_STARTS:-1}
fi

bash scripts/start-postgres.sh >/dev/null
su postgres -c "psql -qAt" <<'SQL' >/dev/null
DROP DATABASE IF EXISTS voucher_bench;
CREATE DATABASE voucher_bench OWNER voucher;
SQL

# always build: a benchmark of stale jars measures nothing (incremental, about a minute when little changed)
mvn -B -q package -DskipTests

work=target/bench
rm -rf "$work" && mkdir -p "$work"
export BENCH_WORK="$PWD/$work"
exec java -Xmx2g -cp "bench/driver/target/bench-driver.jar:bench/driver/target/lib/*" cn.gov.dongguan.voucher.bench.Bench
