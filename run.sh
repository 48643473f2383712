#!/usr/bin/env bash
# The embedded default: builds the platform (tests skipped) and starts it on http://localhost:8080 over an
# embedded PostgreSQL whose data lives in ./data. Stop it with Ctrl-C; a restart keeps every record.
# Arguments go to the application, for example:
#   ./run.sh --server.port=18080 --sla.data-dir=/tmp/sla-data
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q -DskipTests package
jar=$(ls standalone/target/standalone-*.jar | head -n 1)
exec java -jar "$jar" "$@"
