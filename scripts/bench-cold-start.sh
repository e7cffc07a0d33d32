#!/usr/bin/env bash
# Start-up a user feels: from launching the jar of the embedded default (H2 file database, demo practice) to the
# first successful demo sign-in.
#
# Builds the jar once, then RUNS times: deletes a temporary data directory, launches the jar on it and a free
# port, polls /login every 50 ms until it answers HTTP 200 ("page"), then signs in as the demo front desk with a
# real form POST (CSRF token from the page, session cookie) and follows the redirect; "sign-in" is the moment that
# lands on a signed-in page (HTTP 200, not the sign-in page again). A refused sign-in is retried every 200 ms and
# counted. "cold" is the first start on an empty data directory (migrations run and the demo practice loads, as
# on a new installation); "warm" restarts the same jar on the data directory the cold run left.
# Times are wall clock from launching `java`, in milliseconds.
#
# Usage: [BASELINE=<git ref>] [CDS=1] scripts/bench-cold-start.sh [runs]     (default 5; JAVA, JAVA_OPTS may be set)
#   BASELINE=main  also builds the jar of that ref (exported to target/bench-baseline-jar) and alternates the two
#                  jars run by run (baseline cold, this cold, baseline warm, this warm), so both see the same load.
#   BASELINE_JAR=<path> the same with a jar built already.
#   CDS=1          adds a third variant: this tree's jar extracted (java -Djarmode=tools extract) and run with a
#                  class data sharing archive made by a training run (-XX:ArchiveClassesAtExit,
#                  -Dspring.context.exit=onRefresh) before timing.
# Besides wall-clock times each start reports the CPU time the process used until the sign-in (user + system,
# from /proc/<pid>/stat): on a machine shared with other work it varies far less than the wall clock.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-5}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS:-}
TIMEOUT_S=180
USERNAME=frontdesk
PASSWORD=$(sed -n 's/^tpi\.demo\.password=//p' src/main/resources/application.properties)

work=$(mktemp -d /tmp/tpi-cold-start.XXXXXX)
cleanup() {
  # the app is started inside $(...), so its pid is passed back through a file
  if [ -s "$work/pid" ]; then kill -9 "$(cat "$work/pid")" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

./mvnw -q -DskipTests package
jars=("$(ls "$PWD"/target/*.jar | grep -v -- '-plain.jar$' | head -n 1)")
names=(this)
if [ -n "${BASELINE_JAR:-}" ]; then
  jars=("$BASELINE_JAR" "${jars[0]}")
  names=("baseline $BASELINE_JAR" "this tree")
elif [ -n "${BASELINE:-}" ]; then
  base="$PWD/target/bench-baseline-jar"
  rm -rf "$base"
  mkdir -p "$base"
  git archive "$BASELINE" | tar -x -C "$base"
  (cd "$base" && ./mvnw -q -DskipTests package)
  jars=("$(ls "$base"/target/*.jar | grep -v -- '-plain.jar$' | head -n 1)" "${jars[0]}")
  names=("baseline $BASELINE ($(git rev-parse --short "$BASELINE"))" "this tree")
fi

free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 20000 ))
    ss -Hltn "sport = :$port" | grep -q . || { echo "$port"; return; }
  done
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# The java command line (after JAVA_OPTS) of jar number $1: the jar itself, or with CDS=1 its extracted form and
# the archive a training run made.
launch_args=()
prepare() {
  local i=$1 jar=${jars[$1]} dir
  if [ "${cds[$i]:-0}" != 1 ]; then launch_args[$i]="-jar $jar"; return; fi
  dir="$work/cds-$i"
  "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
  local app; app=$(ls "$dir"/*.jar | head -n 1)
  rm -rf "$work/train"
  # shellcheck disable=SC2086
  "$JAVA" $JAVA_OPTS -XX:ArchiveClassesAtExit="$dir/app.jsa" -Dspring.context.exit=onRefresh -jar "$app" \
    "--spring.datasource.url=jdbc:h2:file:$work/train/tpi;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" \
    --server.port=0 >"$work/train-$i.log" 2>&1 || true
  [ -s "$dir/app.jsa" ] || { echo "no CDS archive made for ${names[$i]}; log: " >&2; tail -20 "$work/train-$i.log" >&2; exit 1; }
  launch_args[$i]="-XX:SharedArchiveFile=$dir/app.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -jar $app"
}

# Signs in as the demo front desk; prints the final HTTP code and URL (200 and not /login when it worked).
sign_in() {
  local port=$1 cookies="$work/cookies" token
  rm -f "$cookies"
  token=$(curl -s --max-time 5 -c "$cookies" -b "$cookies" "http://127.0.0.1:${port}/login" \
    | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  curl -s --max-time 10 -o /dev/null -L -c "$cookies" -b "$cookies" -w '%{http_code} %{url_effective}' \
    --data-urlencode "username=$USERNAME" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" \
    "http://127.0.0.1:${port}/login" || true
}

# Starts jar $1 on data directory $2, prints "page_ms signin_ms refused_signins cpu_ms", then stops it.
time_to_sign_in() {
  local i=$1 data=$2 log=$3 port start code page=0 result refused=0 elapsed cpu
  port=$(free_port)
  start=$(now_ms)
  # shellcheck disable=SC2086
  "$JAVA" $JAVA_OPTS ${launch_args[$i]} \
    "--spring.datasource.url=jdbc:h2:file:${data}/tpi;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0" \
    "--server.port=${port}" >"$log" 2>&1 &
  app_pid=$!
  echo "$app_pid" >"$work/pid"
  while :; do
    if [ "$page" = 0 ]; then
      code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:${port}/login" || true)
      if [ "$code" = 200 ]; then page=$(( $(now_ms) - start )); continue; fi
    else
      result=$(sign_in "$port")
      if [[ "$result" == 200* && "$result" != *"/login"* ]]; then break; fi
      refused=$(( refused + 1 ))
      sleep 0.15
    fi
    if ! kill -0 "$app_pid" 2>/dev/null; then echo "the app exited; log: $log" >&2; cat "$log" >&2; exit 1; fi
    if [ $(( $(now_ms) - start )) -gt $(( TIMEOUT_S * 1000 )) ]; then echo "no sign-in within ${TIMEOUT_S} s" >&2; exit 1; fi
    sleep 0.05
  done
  elapsed=$(( $(now_ms) - start ))
  # utime + stime (fields 14, 15 of /proc/<pid>/stat, in clock ticks), as ms
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print int(($12 + $13) * 1000 / hz) }' "/proc/$app_pid/stat")
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  : >"$work/pid"
  echo "$page $elapsed $refused $cpu"
}

# median, min, max of the numbers given
stats() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "median %6d ms, min %6d ms, max %6d ms (n=%d)", m, v[1], v[NR], NR }'
}

echo "java: $("$JAVA" -version 2>&1 | head -n 1); JAVA_OPTS: ${JAVA_OPTS:-none}; CDS: ${CDS:-0}; nproc: $(nproc)"
cds=()
if [ "${CDS:-}" = 1 ]; then
  last=$(( ${#jars[@]} - 1 ))
  jars+=("${jars[$last]}") names+=("this tree + CDS")
  cds[$(( last + 1 ))]=1
fi
for i in "${!jars[@]}"; do prepare "$i"; echo "jar $i: ${names[$i]}: ${jars[$i]}"; done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A cold_page cold_sign warm_page warm_sign cold_cpu warm_cpu
for r in $(seq 1 "$RUNS"); do
  for i in "${!jars[@]}"; do
    data="$work/data-$i"
    rm -rf "$data"
    read -r cp cs cr cc < <(time_to_sign_in "$i" "$data" "$work/cold-$i-$r.log")
    started=$(grep -o 'Started TpiClinicApplication in [0-9.]* seconds' "$work/cold-$i-$r.log" | grep -o '[0-9.]*' || echo '?')
    read -r wp ws wr wc < <(time_to_sign_in "$i" "$data" "$work/warm-$i-$r.log")
    printf 'run %d, %-28s cold: page %6d, sign-in %6d ms, CPU %6d ms (refused %d; Spring %s s)  warm: page %6d, sign-in %6d ms, CPU %6d ms (refused %d)  load %s\n' \
      "$r" "${names[$i]}:" "$cp" "$cs" "$cc" "$cr" "$started" "$wp" "$ws" "$wc" "$wr" "$(cut -d' ' -f1-3 /proc/loadavg)"
    cold_page[$i]+="$cp " cold_sign[$i]+="$cs " warm_page[$i]+="$wp " warm_sign[$i]+="$ws " cold_cpu[$i]+="$cc " warm_cpu[$i]+="$wc "
  done
done
for i in "${!jars[@]}"; do
  echo "${names[$i]}:"
  # shellcheck disable=SC2086
  echo "  cold, first sign-in: $(stats ${cold_sign[$i]})   (first /login 200: $(stats ${cold_page[$i]}))"
  # shellcheck disable=SC2086
  echo "  warm, first sign-in: $(stats ${warm_sign[$i]})   (first /login 200: $(stats ${warm_page[$i]}))"
  # shellcheck disable=SC2086
  echo "  CPU used until sign-in, cold: $(stats ${cold_cpu[$i]}); warm: $(stats ${warm_cpu[$i]})"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
