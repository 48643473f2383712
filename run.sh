#!/usr/bin/env bash
# The embedded default: builds the platform (tests skipped) and starts it on http://localhost:8080 over an
# embedded PostgreSQL whose data lives in ./data. Stop it with Ctrl-C; a restart keeps every record.
# Arguments go to the application, for example:
#   ./run.sh --server.port=18080 --sla.data-dir=/tmp/sla-data
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -DskipTests package
jar=$(ls standalone/target/standalone-*.jar | head -n 1)

# Started from Spring Boot's extracted layout rather than the executable jar (classes load from plain jars, not
# jars nested in a jar), with a class-data archive of the classes a start loads (JDK CDS): 17.6-19.7 s to the banner
# from the jar, 10.3-14.0 s this way on the 2-core machine (docs/benchmarks.md, "Start-up"). The build is
# reproducible (pom.xml: project.build.outputTimestamp), so an unchanged build keeps both; a new one is extracted
# again and its archive made by one training start (about 40 s, once per build: the context starts on a throwaway
# database and stops). Without an archive (the training failed) it starts all the same, only slower.
app=standalone/target/run
stamp=$(sha256sum "$jar" | cut -d' ' -f1)
if [[ "$(cat "$app/from.sha256" 2>/dev/null)" != "$stamp" ]]; then
  rm -rf "$app"
  java -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
  echo "$stamp" >"$app/from.sha256"
  echo "Preparing a faster start-up for this build (once, about 40 s)..."
  # CDS reports every class it cannot archive (generated accessors, old class files) as a warning: not news
  java -XX:ArchiveClassesAtExit="$app/classes.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -Dspring.context.exit=onRefresh \
    -jar "$app/$(basename "$jar")" --sla.data-dir="$app/training-data" --server.port=0 --management.server.port=0 \
    >"$app/training.log" 2>&1 || rm -f "$app/classes.jsa"
  # the training JVM exits as soon as its context is up, without stopping its embedded PostgreSQL: stop it here
  training_pg=$(head -n 1 "$app/training-data/postgres/postmaster.pid" 2>/dev/null || true)
  if [[ -n "$training_pg" ]] && kill -INT "$training_pg" 2>/dev/null; then
    for _ in $(seq 1 100); do kill -0 "$training_pg" 2>/dev/null || break; sleep 0.1; done
  fi
  rm -rf "$app/training-data"
fi
cds=()
[[ -f "$app/classes.jsa" ]] && cds=(-XX:SharedArchiveFile="$app/classes.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
exec java ${cds[@]+"${cds[@]}"} -jar "$app/$(basename "$jar")" "$@"
