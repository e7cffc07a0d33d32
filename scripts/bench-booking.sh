#!/usr/bin/env bash
# Booking throughput on PostgreSQL: 16 concurrent clients through Bookings.book, against single-row INSERTs into
# a scratch table with the same exclusion constraints (the floor the database allows), in the same run. Starts
# the local PostgreSQL cluster if needed and creates role "tpi" and database "tpi_sbench" (idempotent; run as
# root). Each run adds its own clinicians, patients and appointments to tpi_sbench.
#
# Usage: scripts/bench-booking.sh        (warm-up 5 s, 2 rounds of 15 s bookings + 15 s inserts)
#   BENCH_OPTS="-Dbench.seconds=30 -Dbench.rounds=3 -Dbench.warmup=10" scripts/bench-booking.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${TPI_BENCH_POSTGRES_URL:-}" ]; then
  pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  pg_port=$(pg_lsclusters -h | awk -v v="$pg_version" '$1==v && $2=="main" {print $3}')
  if ! pg_lsclusters -h | awk -v v="$pg_version" '$1==v && $2=="main" {print $4}' | grep -q online; then
    pg_ctlcluster "$pg_version" main start
  fi
  for _ in $(seq 1 30); do
    pg_isready -h 127.0.0.1 -p "$pg_port" -q && break
    sleep 1
  done
  psql_admin() { runuser -u postgres -- psql -p "$pg_port" -v ON_ERROR_STOP=1 -qtA "$@"; }
  if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'tpi'")" != "1" ]; then
    psql_admin -c "CREATE ROLE tpi LOGIN PASSWORD 'tpi'"
  fi
  if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'tpi_sbench'")" != "1" ]; then
    psql_admin -c "CREATE DATABASE tpi_sbench OWNER tpi"
  fi
  # The migrations create btree_gist, which needs a superuser when the role is not one.
  psql_admin -d tpi_sbench -c "CREATE EXTENSION IF NOT EXISTS btree_gist"
  export TPI_BENCH_POSTGRES_URL="jdbc:postgresql://127.0.0.1:${pg_port}/tpi_sbench"
  export TPI_BENCH_POSTGRES_USER=tpi
  export TPI_BENCH_POSTGRES_PASSWORD=tpi
fi

./mvnw -q -DskipTests test-compile
echo "nproc $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java ${BENCH_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.tpiclinic.scheduling.BookingThroughputBenchmark
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
