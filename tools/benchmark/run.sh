#!/usr/bin/env bash
# The registration API benchmark and the start-up measurement (docs/benchmark.md).
#
# Starts the built jar as a separate process (demo profile, H2 file database in a temporary
# folder, port 18090), times start-up to a healthy /actuator/health on the empty database, runs
# the load client (4 threads, 200 warm-up, 10,000 registrations in rounds of 2,000), stops the
# application, seeds 100,000 people into the registry tables by SQL, starts again (start-up on
# the existing database) and runs the same load. Prints a table per phase and writes
# target/benchmark/result-<time>.json.
#
# Options (environment): PORT (18090), THREADS (4), WARMUP (200), COUNT (10000), ROUND (2000),
#   SEED (100000; 0 skips the second phase), BUILD (auto|always|never),
#   APP_JAVA_OPTS (JVM options of the application, e.g. -XX:StartFlightRecording=...),
#   KEEP_DB (1 keeps the temporary folder), CDS (1: start the extracted jar with a class-data
#   sharing archive made by a training run, as docs/production.md recommends; 0: the fat jar).
set -euo pipefail

cd "$(dirname "$0")/../.."
PORT=${PORT:-18090}
THREADS=${THREADS:-4}
WARMUP=${WARMUP:-200}
COUNT=${COUNT:-10000}
ROUND=${ROUND:-2000}
SEED=${SEED:-100000}
BUILD=${BUILD:-auto}
APP_JAVA_OPTS=${APP_JAVA_OPTS:-}
CDS=${CDS:-1}
OUT=target/benchmark
mkdir -p "$OUT"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)

jar() { ls target/kazanlak-inclusion-*.jar 2>/dev/null | grep -v original | head -1; }
if [[ $BUILD == always || ( $BUILD == auto && ( -z "$(jar)" || ! -d target/test-classes/bg/kazanlak/inclusion/benchmark ) ) ]]; then
  echo "building the jar and the test classes (mvn -o -q package -DskipTests)"
  mvn -o -q package -DskipTests -Djacoco.skip=true
fi
JAR=$(jar)
if [[ ! -s $OUT/classpath.txt || pom.xml -nt $OUT/classpath.txt ]]; then
  mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"
fi
CLIENT_CP="target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"

WORK=$(mktemp -d /tmp/kazanlak-bench.XXXXXX)
DB_URL="jdbc:h2:file:$WORK/db/kazanlak-inclusion;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=256;WRITE_DELAY=0"
APP_PID=
cleanup() {
  if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" || true; fi
  if [[ ${KEEP_DB:-0} != 1 ]]; then rm -rf "$WORK"; else echo "database kept in $WORK"; fi
}
trap cleanup EXIT

# Class-data sharing (Spring Boot's "extract" layout and a JVM archive of the classes a start
# loads): the training run starts the application on a throwaway database and exits after the
# context refresh. It halves start-up here (docs/benchmark.md).
APP_JAR=$JAR
CDS_OPTS=
if [[ $CDS == 1 ]]; then
  rm -rf "$OUT/app" && java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" >/dev/null
  APP_JAR=$OUT/app/$(basename "$JAR")
  java -XX:ArchiveClassesAtExit="$OUT/app/app.jsa" -Dspring.context.exit=onRefresh -jar "$APP_JAR" \
    --spring.profiles.active=demo --server.port=0 \
    --spring.datasource.url="jdbc:h2:file:$WORK/training/db;DB_CLOSE_ON_EXIT=FALSE" \
    >"$OUT/cds-training-$STAMP.log" 2>&1
  CDS_OPTS="-XX:SharedArchiveFile=$OUT/app/app.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
fi

# start <label>: starts the application, waits for health UP, sets STARTUP_MS
start() {
  local label=$1 t0 t1
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  java $CDS_OPTS $APP_JAVA_OPTS -jar "$APP_JAR" --spring.profiles.active=demo --server.port="$PORT" \
    --spring.datasource.url="$DB_URL" >"$OUT/app-$STAMP-$label.log" 2>&1 &
  APP_PID=$!
  until curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "the application died: $OUT/app-$STAMP-$label.log"; exit 1; fi
    if (( ($(date +%s%N) - t0) / 1000000 > 180000 )); then echo "not healthy after 180 s"; exit 1; fi
    sleep 0.1
  done
  t1=$(date +%s%N)
  STARTUP_MS=$(( (t1 - t0) / 1000000 ))
  echo "start-up to healthy ($label): ${STARTUP_MS} ms   ($(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$OUT/app-$STAMP-$label.log" | head -1))"
}
stop() {
  kill "$APP_PID"; wait "$APP_PID" || true; APP_PID=
}
client() {
  java -cp "$CLIENT_CP" bg.kazanlak.inclusion.benchmark.RegistrationBenchmark \
    --base-url="http://127.0.0.1:$PORT" --threads="$THREADS" --warmup="$WARMUP" --count="$COUNT" \
    --round="$ROUND" "$@" || true
}

echo "machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/'), java $(java -version 2>&1 | head -1)"
start empty-db
STARTUP_EMPTY=$STARTUP_MS
client --phase=empty-registry --first-index=0 --out="$OUT/phase-$STAMP-empty.json"
STARTUP_EXISTING=
if (( SEED > 0 )); then
  stop
  java -cp "$CLIENT_CP" bg.kazanlak.inclusion.benchmark.RegistrySeed "$DB_URL" "$SEED" 1000000
  start existing-db
  STARTUP_EXISTING=$STARTUP_MS
  client --phase="registry-of-$SEED" --first-index=2000000 --out="$OUT/phase-$STAMP-seeded.json"
fi
stop

RESULT=$OUT/result-$STAMP.json
{
  echo "{"
  echo "  \"date\": \"$STAMP\", \"cores\": $(nproc), \"loadAverageAtEnd\": \"$(cut -d' ' -f1-3 /proc/loadavg)\","
  echo "  \"appJavaOpts\": \"$APP_JAVA_OPTS\", \"classDataSharing\": $CDS, \"seeded\": $SEED,"
  echo "  \"startupToHealthyMs\": {\"emptyDatabase\": $STARTUP_EMPTY, \"existingDatabase\": ${STARTUP_EXISTING:-null}},"
  echo "  \"phases\": ["
  cat "$OUT/phase-$STAMP-empty.json"
  if [[ -f $OUT/phase-$STAMP-seeded.json ]]; then echo ","; cat "$OUT/phase-$STAMP-seeded.json"; fi
  echo "  ]"
  echo "}"
} >"$RESULT"
echo "result: $RESULT"
