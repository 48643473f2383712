# What bench/run.sh and bench/large-store.sh share: their common settings, the jars, PostgreSQL of the machine on a free
# port, the seeding of the demo portfolio, starting a side and waiting for it, clean-up. Sourced with ROOT set.

DURATION=${BENCH_DURATION:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
JAVA_OPTS=${BENCH_JAVA_OPTS:-}
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
OUT=$ROOT/bench/target/$STAMP
mkdir -p "$OUT"

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

require_tools() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "missing: $tool" >&2; exit 1; }
  done
}

# ---- jars ---------------------------------------------------------------------------------------------------------
jar_of() { ls "$ROOT"/$1 2>/dev/null | head -n 1; }
find_jars() { # -> COMMAND_JAR QUERY_JAR STANDALONE_JAR, built (tests skipped) when one is missing
  if [[ -z "$(jar_of 'command-side/target/command-side-*-exec.jar')" || -z "$(jar_of 'query-side/target/query-side-*-exec.jar')" \
        || -z "$(jar_of 'standalone/target/standalone-*.jar')" ]]; then
    log "building the jars (tests skipped)"
    (cd "$ROOT" && ./mvnw -B -q -pl standalone -am package -DskipTests)
  fi
  COMMAND_JAR=$(jar_of 'command-side/target/command-side-*-exec.jar')
  QUERY_JAR=$(jar_of 'query-side/target/query-side-*-exec.jar')
  STANDALONE_JAR=$(ls "$ROOT"/standalone/target/standalone-*.jar | grep -v -- '-tests\|-sources\|original' | head -n 1)
}

# ---- processes and clean-up ---------------------------------------------------------------------------------------
# PGDATA_DIR: the server's data dir; TMP: scratch (removed at exit unless BENCH_KEEP is set)
PIDS=()
PG_STARTED=""
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  [[ -n "$PG_STARTED" ]] && as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m fast stop >/dev/null 2>&1 || true
  if [[ -n "${TMP:-}" && -z "${BENCH_KEEP:-}" ]]; then rm -rf "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local port
  while true; do
    port=$((20000 + RANDOM % 40000))
    if ! (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}

# ---- PostgreSQL -----------------------------------------------------------------------------------------------------
# The machine's own server rather than the embedded one of the tests: pgbench and both sides then use the same server
# binaries and settings (stock postgresql.conf: fsync and synchronous_commit on), and pgbench needs a server it can
# reach over TCP anyway.
pg_start() { # [extra server options] -> PGPORT; a data dir that exists already is started as it is
  PGPORT=$(free_port)
  local fresh=""
  [[ $(id -u) == 0 ]] && chown postgres "$TMP"
  if [[ ! -f "$PGDATA_DIR/PG_VERSION" ]]; then
    mkdir -p "$PGDATA_DIR"
    [[ $(id -u) == 0 ]] && chown postgres "$PGDATA_DIR"
    as_pg "$PGBIN/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust -E UTF8 >"$OUT/initdb.log"
    fresh=1
  fi
  as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -l "$TMP/server.log" -w \
    -o "-p $PGPORT -k $TMP -c listen_addresses=127.0.0.1 -c max_connections=200 $*" start >/dev/null
  PG_STARTED=1
  if [[ -n $fresh ]]; then
    psql_ -c "CREATE ROLE vendorsla LOGIN PASSWORD 'vendorsla'" -c "CREATE DATABASE vendorsla OWNER vendorsla"
  fi
  DB_ENV=(SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/vendorsla" SPRING_DATASOURCE_USERNAME=vendorsla
          SPRING_DATASOURCE_PASSWORD=vendorsla SPRING_PROFILES_ACTIVE=demo)
  log "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on port $PGPORT ($PGDATA_DIR)"
}
psql_() { psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres "$@"; }
# the postmaster's pid, for the CPU it and its children take
pg_postmaster() { head -n 1 "$PGDATA_DIR/postmaster.pid"; }

# ---- the platform -------------------------------------------------------------------------------------------------
await_up() { # url log pid
  local limit=${BENCH_START_TIMEOUT:-900}
  for _ in $(seq 1 $((limit * 2))); do
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "$1/actuator/health") == 200 ]]; then return; fi
    kill -0 "$3" 2>/dev/null || { echo "process died, see $2" >&2; tail -n 40 "$2" >&2; exit 1; }
    sleep 0.5
  done
  echo "not up after $limit s (BENCH_START_TIMEOUT): $2" >&2; exit 1
}

seed_demo() { # the demo portfolio through the platform's own commands, by the standalone jar, then stopped
  log "seeding the demo portfolio with the standalone jar"
  local port pid
  port=$(free_port)
  env "${DB_ENV[@]}" java $JAVA_OPTS -jar "$STANDALONE_JAR" --server.port="$port" \
    --sla.embedded-postgres.enabled=false --sla.demo-data=true >"$OUT/seed.log" 2>&1 &
  pid=$!; PIDS+=("$pid")
  for _ in $(seq 1 1200); do
    grep -q 'Demo portfolio seeded\|Demo portfolio already present' "$OUT/seed.log" && break
    kill -0 "$pid" 2>/dev/null || { tail -n 40 "$OUT/seed.log" >&2; exit 1; }
    sleep 0.5
  done
  grep -o 'Demo portfolio seeded in [0-9]* s\|Demo portfolio already present' "$OUT/seed.log" | head -n 1 >&2 \
    || { echo "demo portfolio not seeded" >&2; exit 1; }
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

start_side() { # jar port log [args...] -> SIDE_PID
  local jar=$1 port=$2 logfile=$3; shift 3
  env "${DB_ENV[@]}" java $JAVA_OPTS "$@" -jar "$jar" --server.port="$port" >"$logfile" 2>&1 &
  SIDE_PID=$!; PIDS+=("$SIDE_PID")
}
