#!/usr/bin/env bash
# /book slot listing under concurrent users, with Gatling (bench/gatling, BookSlotsSimulation).
#
# Builds the application jar, starts it as the embedded default (H2 file database in a temporary directory, demo
# practice loaded on first start: its clinician has free times at both locations), waits until the demo practice
# has loaded, runs one short unrecorded Gatling warm-up and then RUNS measured Gatling runs against the same
# application, stops it and prints p50/p95/p99 (ms) and requests/s of each run from Gatling's report (all
# requests, the page and the slot listing), and the median and range of the slot listing's p95/p99 across runs.
#
# The per-address limit on the public booking pages (tpi.online-booking.max-requests-per-hour, default 10) counts
# only form submissions and confirmations (POST), not the GET requests measured here; the benchmark still raises
# it on the command line, for this run only, so that one load-generating address is never throttled.
#
# Usage: scripts/bench-book-load.sh [runs]    (default 3)
#   GATLING_OPTS  extra -D settings for the simulation, e.g. "-Dusers=50 -Dseconds=60 -DrampSeconds=10"
#   JAVA_OPTS     JVM options for the application
# Reports: bench/gatling/target/gatling/<simulation>-<time>/index.html
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-3}
GATLING_OPTS=${GATLING_OPTS:-}
JAVA_OPTS=${JAVA_OPTS:-}
TIMEOUT_S=300

./mvnw -q -DskipTests package
JAR=$(ls target/*.jar | grep -v -- '-plain.jar$' | head -n 1)

work=$(mktemp -d /tmp/tpi-book-load.XXXXXX)
app_pid=
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

port=$(( 20000 + RANDOM % 20000 ))
while ss -Hltn "sport = :$port" | grep -q .; do port=$(( 20000 + RANDOM % 20000 )); done

echo "jar: $JAR; nproc: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" \
  "--spring.datasource.url=jdbc:h2:file:${work}/data/tpi;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;LOCK_TIMEOUT=10000" \
  "--server.port=${port}" \
  "--tpi.online-booking.max-requests-per-hour=1000000" >"$work/app.log" 2>&1 &
app_pid=$!

# The demo practice loads after Tomcat is up; measuring during the load would measure the load.
deadline=$(( $(date +%s) + TIMEOUT_S ))
until grep -q 'Demo practice loaded' "$work/app.log"; do
  if ! kill -0 "$app_pid" 2>/dev/null; then echo "the app exited:" >&2; cat "$work/app.log" >&2; exit 1; fi
  if [ "$(date +%s)" -gt "$deadline" ]; then echo "demo practice not loaded within ${TIMEOUT_S} s" >&2; exit 1; fi
  sleep 0.5
done
echo "app up on port $port with the demo practice; load: $(cut -d' ' -f1-3 /proc/loadavg)"

gatling() {
  # shellcheck disable=SC2086
  ./mvnw -B -q -f bench/gatling/pom.xml gatling:test "-DbaseUrl=http://127.0.0.1:${port}" $GATLING_OPTS "$@"
}

# Prints the statistics table of the latest Gatling report (Gatling 3.15 writes no stats.json; its console
# summary has the global figures only) and writes "p95 p99" of the slot listing to $work/last.
stats() {
  local dir
  dir=$(ls -td bench/gatling/target/gatling/*/ | head -n 1)
  python3 - "$dir/index.html" "$work/last" <<'PY'
import re, sys
html = open(sys.argv[1]).read()
# Each row: the name, then cells col-2 (count) .. col-14; col-6 requests/s, col-8/10/11 p50/p95/p99, col-12 max.
for name, row in re.findall(r'class="ellipsed-name">([^<]+)</span>(.*?)</tr>', html, re.S):
    v = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)</td>', row))
    print("  %-16s p50 %4s ms, p95 %4s ms, p99 %4s ms, max %5s ms, %4s requests/s, %6s ok, %s failed" % (
        name, v["8"], v["10"], v["11"], v["12"], v["6"], v["3"], v["4"]))
    if name == "list free times":
        open(sys.argv[2], "w").write("%s %s\n" % (v["10"], v["11"]))
PY
}

echo "warm-up (not recorded): 10 users for 15 s"
gatling -Dusers=10 -DrampSeconds=1 -Dseconds=15 >"$work/warmup.log" 2>&1 || { cat "$work/warmup.log" >&2; exit 1; }

p95s=() p99s=()
for i in $(seq 1 "$RUNS"); do
  before=$(cut -d' ' -f1-3 /proc/loadavg)
  gatling >"$work/run-$i.log" 2>&1 || { cat "$work/run-$i.log" >&2; exit 1; }
  echo "run $i: load before $before, after $(cut -d' ' -f1-3 /proc/loadavg)"
  stats
  read -r p95 p99 <"$work/last"
  p95s+=("$p95") p99s+=("$p99")
done

spread() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "median %s ms (min %s, max %s, n=%d)", m, v[1], v[NR], NR }'
}
echo "slot listing p95: $(spread "${p95s[@]}")"
echo "slot listing p99: $(spread "${p99s[@]}")"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
