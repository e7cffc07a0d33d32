#!/usr/bin/env bash
# Patient search at 100,000 patients on H2 (file database, as the embedded default) and PostgreSQL, with JMH
# (sample time: p50/p90/p95/p99 per query type). Starts the local PostgreSQL cluster and creates the role "tpi"
# and the database "tpi_bench" if needed (idempotent; run as root). The benchmark seeds each database once and
# keeps it while it holds exactly 100,000 patients (H2 under target/bench-h2, PostgreSQL in tpi_bench).
#
# Usage: scripts/bench-search.sh [JMH options]
#   no options: PatientSearchBenchmark -p db=h2,postgres -wi 2 -i 3 -f 1 (5 s iterations)
#   options replace those, e.g. scripts/bench-search.sh PatientSearchBenchmark.mrn -p db=h2 -wi 0 -i 1
# Output: the JMH report on stdout, and target/bench-search.json.
set -euo pipefail
cd "$(dirname "$0")/.."

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
  if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'tpi_bench'")" != "1" ]; then
    psql_admin -c "CREATE DATABASE tpi_bench OWNER tpi"
  fi
  # reWriteBatchedInserts only speeds up the one-off seeding (multi-row INSERTs); searches are unaffected.
  export TPI_BENCH_POSTGRES_URL="jdbc:postgresql://127.0.0.1:${pg_port}/tpi_bench?reWriteBatchedInserts=true"
  export TPI_BENCH_POSTGRES_USER=tpi
  export TPI_BENCH_POSTGRES_PASSWORD=tpi
fi

./mvnw -q -DskipTests test-compile
[ $# -gt 0 ] || set -- PatientSearchBenchmark -p db=h2,postgres -wi 2 -i 3 -f 1
echo "nproc $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  -rf json -rff target/bench-search.json "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
