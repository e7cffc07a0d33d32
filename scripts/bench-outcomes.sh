#!/usr/bin/env bash
# /outcomes at 100,000 patients and ~1,000,000 scores on PostgreSQL, and a patient's outcome chart.
# Seeds the database once (kept for later runs). TPI_BENCH_ONLY=seed only seeds; TPI_BENCH_ONLY=chart times only the patient chart. Needs a PostgreSQL database you may fill, e.g.:
#   sudo -u postgres psql -c "CREATE DATABASE tpi_outcomes_bench OWNER tpi"
set -euo pipefail
cd "$(dirname "$0")/.."
export TPI_BENCH_POSTGRES_URL="${TPI_BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/tpi_outcomes}"
export TPI_BENCH_POSTGRES_USER="${TPI_BENCH_POSTGRES_USER:-tpi}"
export TPI_BENCH_POSTGRES_PASSWORD="${TPI_BENCH_POSTGRES_PASSWORD:-tpi}"
./mvnw -B -q test -Dtest=OutcomesBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.redirectTestOutputToFile=false -DtrimStackTrace=false
cat /proc/loadavg
