#!/usr/bin/env bash
# Cold start of the embedded default (H2 file database, demo data) to the first successful page.
#
# Builds the jar once, then RUNS times: deletes a temporary data directory, launches the jar on it and a free
# port, and polls /login every 50 ms until it answers HTTP 200. "cold" is the first start on an empty database
# (migrations run and the demo practice of 200 patients loads, as on a new installation); "warm" restarts the
# same jar on the data directory the cold run left (schema and demo data already there).
# Time is wall clock from launching `java` to the first 200, in milliseconds.
#
# Usage: scripts/bench-cold-start.sh [runs]     (default 5; JAVA, JAVA_OPTS may be set)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-5}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
TIMEOUT_S=120

./mvnw -q -DskipTests package
JAR=$(ls target/*.jar | grep -v -- '-plain.jar$' | head -n 1)

work=$(mktemp -d /tmp/tpi-cold-start.XXXXXX)
cleanup() {
  # the app is started inside $(...), so its pid is passed back through a file
  if [ -s "$work/pid" ]; then kill -9 "$(cat "$work/pid")" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 20000 ))
    ss -Hltn "sport = :$port" | grep -q . || { echo "$port"; return; }
  done
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Starts the jar on data directory $1, prints ms until /login answers 200, then stops it.
time_to_first_page() {
  local data=$1 log=$2 port start code elapsed
  port=$(free_port)
  start=$(now_ms)
  # shellcheck disable=SC2086
  "$JAVA" $JAVA_OPTS -jar "$JAR" \
    "--spring.datasource.url=jdbc:h2:file:${data}/tpi;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" \
    "--server.port=${port}" >"$log" 2>&1 &
  app_pid=$!
  echo "$app_pid" >"$work/pid"
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:${port}/login" || true)
    [ "$code" = 200 ] && break
    if ! kill -0 "$app_pid" 2>/dev/null; then echo "the app exited before answering; log: $log" >&2; cat "$log" >&2; exit 1; fi
    if [ $(( $(now_ms) - start )) -gt $(( TIMEOUT_S * 1000 )) ]; then echo "no 200 within ${TIMEOUT_S} s" >&2; exit 1; fi
    sleep 0.05
  done
  elapsed=$(( $(now_ms) - start ))
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  : >"$work/pid"
  echo "$elapsed"
}

# median, min, max of the numbers given
stats() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "median %d ms, min %d ms, max %d ms (n=%d)\n", m, v[1], v[NR], NR }'
}

echo "jar: $JAR; java: $("$JAVA" -version 2>&1 | head -n 1); nproc: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
cold=() warm=()
for i in $(seq 1 "$RUNS"); do
  data="$work/data"
  rm -rf "$data"
  c=$(time_to_first_page "$data" "$work/cold-$i.log")
  started=$(grep -o 'Started TpiClinicApplication in [0-9.]* seconds' "$work/cold-$i.log" | grep -o '[0-9.]* seconds' || echo '?')
  w=$(time_to_first_page "$data" "$work/warm-$i.log")
  printf 'run %d: cold %5d ms (Spring reports started in %s), warm %5d ms, load %s\n' \
    "$i" "$c" "$started" "$w" "$(cut -d' ' -f1-3 /proc/loadavg)"
  cold+=("$c") warm+=("$w")
done
echo "cold (empty data dir, demo data loads): $(stats "${cold[@]}")"
echo "warm (existing data dir):               $(stats "${warm[@]}")"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
