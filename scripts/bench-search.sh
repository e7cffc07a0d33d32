#!/usr/bin/env bash
# Patient search through the audited registry, at 100,000 patients on PostgreSQL and 10,000 on H2 (file database,
# as the embedded default), with JMH (sample time: p50/p90/p95/p99 per query type). Starts the local PostgreSQL
# cluster and creates the role "tpi" and the database (TPI_BENCH_DB, default "tpi_bench") if needed (idempotent;
# run as root). The benchmark seeds each database once and keeps it while it holds exactly that many patients
# (H2 under target/bench-h2-<n>, PostgreSQL in $TPI_BENCH_DB).
#
# Usage: [BASELINE=<git ref>] scripts/bench-search.sh [JMH options]
#   no options: PatientSearchBenchmark -p db=h2,postgres -wi 2 -i 3 -f 1 (5 s iterations)
#   options replace those, e.g. scripts/bench-search.sh PatientSearchBenchmark.mrn -p db=h2 -wi 0 -i 1
#   BASELINE=main: first runs the same benchmark class (this tree's) against the code of that ref, exported to
#   target/bench-baseline, on its own databases ($TPI_BENCH_DB"_base", its own H2 files), then against this tree:
#   before and after in one run, at the same load.
# Output: the JMH report on stdout, target/bench-search.json (and target/bench-search-baseline.json).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${TPI_BENCH_DB:-tpi_bench}
if [ -z "${TPI_BENCH_POSTGRES_URL:-}" ]; then
  pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^${pg_version} main$"; then
    pg_createcluster "$pg_version" main >/dev/null
  fi
  pg_port=$(pg_lsclusters -h | awk -v v="$pg_version" '$1==v && $2=="main" {print $3}')
  if ! pg_lsclusters -h | awk -v v="$pg_version" '$1==v && $2=="main" {print $4}' | grep -q online; then
    pg_ctlcluster "$pg_version" main start
  fi
  for _ in $(seq 1 30); do
    pg_isready -h 127.0.0.1 -p "$pg_port" -q && break
    sleep 1
  done
  pg_isready -h 127.0.0.1 -p "$pg_port"
  psql_admin() { runuser -u postgres -- psql -p "$pg_port" -v ON_ERROR_STOP=1 -qtA "$@"; }
  if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'tpi'")" != "1" ]; then
    psql_admin -c "CREATE ROLE tpi LOGIN PASSWORD 'tpi'"
  fi
  for d in "$DB" ${BASELINE:+"${DB}_base"}; do
    if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$d'")" != "1" ]; then
      psql_admin -c "CREATE DATABASE $d OWNER tpi"
    fi
  done
  # reWriteBatchedInserts only speeds up the one-off seeding (multi-row INSERTs); searches are unaffected.
  export TPI_BENCH_POSTGRES_URL="jdbc:postgresql://127.0.0.1:${pg_port}/${DB}?reWriteBatchedInserts=true"
  export TPI_BENCH_POSTGRES_USER=tpi
  export TPI_BENCH_POSTGRES_PASSWORD=tpi
fi

./mvnw -q -DskipTests test-compile
[ $# -gt 0 ] || set -- PatientSearchBenchmark -p db=h2,postgres -wi 2 -i 3 -f 1
here=$(pwd)
if [ -n "${BASELINE:-}" ]; then
  base="$here/target/bench-baseline"
  rm -rf "$base"
  mkdir -p "$base"
  git archive "$BASELINE" | tar -x -C "$base"
  cp src/test/java/org/tpiclinic/patients/PatientSearchBenchmark.java "$base/src/test/java/org/tpiclinic/patients/"
  (cd "$base" && ./mvnw -q -DskipTests test-compile)
  echo "== baseline: $BASELINE ($(git rev-parse --short "$BASELINE")); nproc $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  (cd "$base" && TPI_BENCH_POSTGRES_URL="${TPI_BENCH_POSTGRES_URL/\/${DB}?//${DB}_base?}" \
    java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
    -rf json -rff "$here/target/bench-search-baseline.json" "$@")
  echo "load after baseline: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
echo "== this tree ($(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' + uncommitted changes')); nproc $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  -rf json -rff target/bench-search.json "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
