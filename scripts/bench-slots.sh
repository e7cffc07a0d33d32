#!/usr/bin/env bash
# Free-slot search with the pure SlotFinder (no database), with JMH (sample time: p50/p90/p99 per search):
# 10 clinicians, America/New_York and America/Phoenix, 90 days, 5,000 existing appointments.
#
# Usage: scripts/bench-slots.sh [JMH options]
#   no options: SlotSearchBenchmark -wi 2 -i 3 -f 1 (5 s iterations), rangeDays = 1, 7, 62
#   options replace those, e.g. scripts/bench-slots.sh SlotSearchBenchmark -p rangeDays=7 -wi 1 -i 1
# Output: the JMH report on stdout, and target/bench-slots.json.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -DskipTests test-compile
[ $# -gt 0 ] || set -- SlotSearchBenchmark -wi 2 -i 3 -f 1
echo "nproc $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# BENCH_JAVA_OPTS=-Djmh.ignoreLock=true lets this run beside another JMH run (both figures then suffer).
java ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  -rf json -rff target/bench-slots.json "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
