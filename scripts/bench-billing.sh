#!/usr/bin/env bash
# Billing measured (issue 13): latency from signing to the claim being stored, and the claim export of 10,000
# sessions (time, bytes, heap in use). Embedded H2 in memory by default; set TPI_BENCH_POSTGRES_URL (and _USER,
# _PASSWORD) to an empty PostgreSQL database to measure there.
#
# Usage: scripts/bench-billing.sh
#   BENCH_OPTS="-Xmx256m -Dbench.sessions=10000 -Dbench.sequential=200 -Dbench.burst=1000" scripts/bench-billing.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -o -DskipTests test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
echo "nproc $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java ${BENCH_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.tpiclinic.billing.BillingBenchmark
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
