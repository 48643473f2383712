#!/usr/bin/env bash
# The platform on a store of ten million events (issue 15; docs/benchmarks.md, "A store of ten million events"):
#   1. a PostgreSQL of the machine whose data dir is kept (LARGE_DIR), so the store is made once and reused;
#   2. the store: the demo portfolio seeded through the platform's commands, then copied until the store holds
#      LARGE_EVENTS events (bench/clone-portfolio.sql: the real storage format, the store's triggers computing every
#      hash-chain link), two copiers at once; the command side's processes start at the copies' end, as if they had
#      handled that history as it happened (their tokens are moved to the head: the copies would otherwise have them
#      schedule reviews and send notices for ten million events of the past);
#   3. the same PostgreSQL holds an empty store too (the demo portfolio alone, database vendorsla_empty); on each store in
#      turn, the command side alone: registrations with wrk (rate, p50, p99) after a warm-up;
#   4. on the large store, an aggregate of 10,000 events: a month of an agreement's performance with 10,000 downtimes,
#      recorded by one import through the API; then one more downtime at a time, on that month and on a month of the
#      same agreement with none (p50 and p99 of the command: loading the aggregate is inside it);
#   5. the query side on the large store: it works off everything it has not seen (the first time, ten million events
#      for each of its read models; the progress and the rate are printed every minute), for at most
#      LARGE_CATCH_UP_LIMIT s; once it has, the full integrity verification, reads and lag, and the same reads and lag
#      on the empty store.
# Needs what bench/run.sh needs, and about 40 GB of disk for ten million events and their read models.
# Options (environment): LARGE_EVENTS (10,000,000), LARGE_DIR (bench/target/large-store), LARGE_CATCH_UP_LIMIT (14,400 s),
# LARGE_READ_SIDE_ONLY=1 (steps 3 and 4 left out: a run that only lets the read models go on catching up, then measures),
# BENCH_WARMUP (90 s), BENCH_DURATION (20 s), BENCH_CONNECTIONS (8), PGBIN, BENCH_JAVA_OPTS.
# Output: the table on stdout and in bench/target/large-store-<time>.md; logs in bench/target/<time>/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TARGET_EVENTS=${LARGE_EVENTS:-10000000}
LARGE_DIR=${LARGE_DIR:-$ROOT/bench/target/large-store}
CATCH_UP_LIMIT=${LARGE_CATCH_UP_LIMIT:-14400}
WARMUP=${BENCH_WARMUP:-90}
source "$ROOT/bench/lib.sh"
mkdir -p "$LARGE_DIR"
require_tools java psql wrk curl "$PGBIN/initdb" "$PGBIN/pg_ctl"
find_jars
TMP=$(mktemp -d /tmp/sla-large.XXXXXX)
PGDATA_DIR=$LARGE_DIR/pg
# a larger WAL between checkpoints than the stock 1 GB: the copies write ~20 GB (the same for both stores' runs)
pg_start -c max_wal_size=8GB
sql() { psql_ -d vendorsla -v ON_ERROR_STOP=1 -tA "$@"; }
ROWS=()
row() { # a row of the table, kept in $OUT/rows.md as soon as it is measured (a run stopped early keeps its figures)
  ROWS+=("$1"); echo "$1" >>"$OUT/rows.md"; log "$1"
}

# ---- the stores ---------------------------------------------------------------------------------------------------
EVENTS=$(sql -c "SELECT count(*) FROM domain_event_entry" 2>/dev/null || echo 0)
if [[ $EVENTS == 0 ]]; then
  seed_demo
  sql -c "CREATE TABLE bench_portfolio AS SELECT * FROM domain_event_entry ORDER BY global_index" \
      -c "CREATE TABLE bench_copies (first integer PRIMARY KEY, last integer NOT NULL)"
  EVENTS=$(sql -c "SELECT count(*) FROM domain_event_entry")
fi
if [[ $EVENTS -lt $TARGET_EVENTS ]]; then
  PORTFOLIO=$(sql -c "SELECT count(*) FROM bench_portfolio")
  DONE=$(sql -c "SELECT coalesce(max(last), 0) FROM bench_copies")
  COPIES=$(( (TARGET_EVENTS - PORTFOLIO + PORTFOLIO - 1) / PORTFOLIO ))
  CHUNK=300
  log "copying the demo portfolio ($PORTFOLIO events) up to copy $COPIES, from copy $((DONE + 1)), $CHUNK copies a transaction"
  GENERATION_START=$(date +%s)
  copier() { # worker count: every count-th chunk from the worker's own
    local first
    for ((first = DONE + 1 + $1 * CHUNK; first <= COPIES; first += $2 * CHUNK)); do
      last=$((first + CHUNK - 1)); ((last > COPIES)) && last=$COPIES
      sql -v first="$first" -v last="$last" -c "BEGIN" -f bench/clone-portfolio.sql \
          -c "INSERT INTO bench_copies VALUES ($first, $last)" -c "COMMIT" >/dev/null
    done
  }
  copier 0 2 & C0=$!; copier 1 2 & C1=$!
  ticks=0
  while kill -0 "$C0" 2>/dev/null || kill -0 "$C1" 2>/dev/null; do
    sleep 5
    (( ++ticks % 12 == 0 )) && log "  $(sql -c "SELECT coalesce(sum(last - first + 1), 0) FROM bench_copies") copies"
  done
  wait "$C0"; wait "$C1"
  GENERATION_S=$(( $(date +%s) - GENERATION_START ))
  EVENTS=$(sql -c "SELECT count(*) FROM domain_event_entry")
  log "the store holds $EVENTS events ($GENERATION_S s for the copies)"
  # the command side's processes (NoticeScheduling, AnnualReviewProcess, AgreementPerformanceProcess,
  # AcquisitionProcess) start at the head; the query side's read models do not: they work the copies off
  MOVED=$(sql -c "UPDATE token_entry SET token = convert_to(json_build_object('index',
            (SELECT max(global_index) FROM domain_event_entry), 'gaps', json_build_array())::text, 'UTF8')
          WHERE processor_name IN ('notices', 'annual-review-process', 'agreement-performance-process',
                                   'acquisition-process') RETURNING 1" | wc -l)
  [[ $MOVED -ge 4 ]] || { echo "the command side's process tokens were not found ($MOVED moved)" >&2; exit 1; }
  # the copies' dirty pages written out and the table vacuumed now, not by a checkpoint or autovacuum during a measurement
  log "vacuuming and checkpointing the store"
  sql -c "VACUUM (ANALYZE) domain_event_entry" -c "VACUUM (ANALYZE) event_chain_head" -c "CHECKPOINT"
  row "| the store made: $EVENTS events by copying the demo portfolio | $GENERATION_S s | $(( EVENTS / (GENERATION_S > 0 ? GENERATION_S : 1) )) events/s |"
fi
row "| size of the database (events, chains, read models) | $(sql -c "SELECT pg_size_pretty(pg_database_size('vendorsla'))") | |"
db_env() { # database -> DB_ENV for it
  DB_ENV=(SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$1" SPRING_DATASOURCE_USERNAME=vendorsla
          SPRING_DATASOURCE_PASSWORD=vendorsla SPRING_PROFILES_ACTIVE=demo)
}
if [[ -z $(sql -c "SELECT 1 FROM pg_database WHERE datname = 'vendorsla_empty'") ]]; then
  psql_ -c "CREATE DATABASE vendorsla_empty OWNER vendorsla"
  db_env vendorsla_empty
  seed_demo
fi

wrk_rate() { # script url env... -> "rate p50 p99"
  local script=$1 url=$2; shift 2
  local file="$OUT/wrk-$(date +%s%N).txt"
  env "$@" wrk -t 2 -c "$CONNECTIONS" -d "${DURATION}s" --timeout 10s --latency -s "bench/$script" "$url" >"$file" 2>&1
  if grep -q 'Non-2xx' "$file"; then cat "$file" >&2; exit 1; fi
  echo "$(awk '/^Requests\/sec/ {printf "%.0f", $2}' "$file") $(awk '$1 == "50%" {print $2}' "$file") $(awk '$1 == "99%" {print $2}' "$file")"
}
post() { # url user body -> the answer's body; fails on anything but 2xx
  local answer status
  answer=$(curl -s -w '\n%{http_code}' -u "$2:$2" -H 'Content-Type: application/json' --data-binary "$3" "$1")
  status=${answer##*$'\n'}
  [[ $status == 2* ]] || { echo "POST $1 -> $status: ${answer%$'\n'*}" >&2; exit 1; }
  echo "${answer%$'\n'*}"
}
id_of() { sed -E 's/.*"id" *: *"([^"]+)".*/\1/'; }
echo '{"name":"Bench Vendor","country":"DE"}' >"$TMP/vendor.json"

# ---- writes, the command side alone, on each store ------------------------------------------------------------------
CPORT=$(free_port); C=http://127.0.0.1:$CPORT
if [[ -z ${LARGE_READ_SIDE_ONLY:-} ]]; then
for db in vendorsla_empty vendorsla; do
  db_env "$db"
  psql_ -c "CHECKPOINT" # each row starts with no dirty pages of what came before
  start_side "$COMMAND_JAR" "$CPORT" "$OUT/command-side-$db.log"; CPID=$SIDE_PID
  await_up "$C" "$OUT/command-side-$db.log" "$CPID"
  log "$db: write warm-up ($WARMUP s), then registrations"
  env BODY_FILE="$TMP/vendor.json" wrk -t 2 -c "$CONNECTIONS" -d "${WARMUP}s" -s bench/post.lua "$C/api/vendors" >/dev/null
  read -r rate p50 p99 <<<"$(wrk_rate post.lua "$C/api/vendors" BODY_FILE="$TMP/vendor.json")"
  row "| $db: POST /api/vendors, command side alone, $CONNECTIONS connections | $rate /s | p50 $p50, p99 $p99 |"
  [[ $db == vendorsla_empty ]] && EMPTY_WRITE=$rate || LARGE_WRITE=$rate
  if [[ $db == vendorsla ]]; then break; fi
  kill "$CPID"; wait "$CPID" 2>/dev/null || true
done

# ---- an aggregate of 10,000 events ----------------------------------------------------------------------------------
# an agreement in force since a year ago; its performance periods of the last months are open
VENDOR=$(post "$C/api/vendors" manager '{"name":"Large Store Vendor","country":"DE"}' | id_of)
FROM=$(date -u -d "$(date -u +%Y-%m-01) -12 months" +%Y-%m-%d)
AGREEMENT=$(post "$C/api/agreements" manager "$(sed -e "s/\"effectiveFrom\": \"2026-01-01\"/\"effectiveFrom\": \"$FROM\"/" \
  -e "s/VENDOR_ID/$VENDOR/" standalone/src/test/resources/bench/draft-agreement.json)" | id_of)
post "$C/api/agreements/$AGREEMENT/signatures" manager '{"party": "CUSTOMER", "signatory": "C. Buyer"}' >/dev/null
post "$C/api/agreements/$AGREEMENT/signatures" manager '{"party": "VENDOR", "signatory": "V. Seller"}' >/dev/null
BIG=$(date -u -d "$(date -u +%Y-%m-01) -2 months" +%Y-%m)
SMALL=$(date -u -d "$(date -u +%Y-%m-01) -3 months" +%Y-%m)
# 10,000 downtimes of one minute, one every three minutes from the month's first (30,000 minutes, under 21 days: any
# month holds them, and the 25th is free for the single ones below)
awk -v a="$AGREEMENT" -v p="$BIG" -v start="$(date -u -d "$BIG-01" +%s)" 'BEGIN {
  printf "["
  for (i = 0; i < 10000; i++) {
    s = start + i * 180
    printf "%s{\"agreementId\":\"%s\",\"period\":\"%s\",\"sourceId\":\"large-%d\",\"serviceLevelId\":\"availability\",", (i ? "," : ""), a, p, i
    printf "\"start\":\"%s\",\"end\":\"%s\",\"cause\":\"VENDOR\"}", strftime("%Y-%m-%dT%H:%M:%SZ", s, 1), strftime("%Y-%m-%dT%H:%M:%SZ", s + 60, 1)
  }
  printf "]" }' >"$TMP/import.json"
IMPORT_START=$(date +%s%N)
post "$C/api/imports/downtime" manager "@$TMP/import.json" >"$OUT/import.json"
IMPORT_MS=$(( ($(date +%s%N) - IMPORT_START) / 1000000 ))
period_events() { sql -c "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = 'prd-${AGREEMENT#agr-}-$1'"; }
row "| one import of 10,000 downtimes into one month (prd-…-$BIG, then $(period_events "$BIG") events) | $IMPORT_MS ms | |"
sleep 5 # the snapshot the import's events call for is taken after its commit, on the snapshotter's thread
SNAPSHOTS=$(sql -c "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = 'prd-${AGREEMENT#agr-}-$BIG'")
row "| snapshots of that month after the import | $SNAPSHOTS | |"
# one downtime at a time: loading the month is inside each command; a month of the same agreement with none beside it
# (each round's 100 downtimes 400 minutes after the round before's, from the 25th)
for round in 0 1; do
  for month in "$SMALL" "$BIG"; do
    events=$(period_events "$month")
    read -r p50 p99 n <<<"$(java bench/Probe.java latency "$C/api/agreements/$AGREEMENT/periods/$month/downtime" \
      '{"serviceLevelId":"availability","start":"{start}","end":"{end}","cause":"VENDOR"}' 100 \
      "$(date -u -d "$month-25 +$((round * 400)) minutes" +%Y-%m-%dT%H:%M:%SZ)")"
    row "| POST …/periods/$month/downtime, one at a time, on a month of $events events | p50 $p50 ms | p99 $p99 ms, $n requests |"
  done
done
kill "$CPID"; wait "$CPID" 2>/dev/null || true
fi

# ---- the query side: catch up, then integrity, reads and lag ------------------------------------------------------
QPORT=$(free_port); Q=http://127.0.0.1:$QPORT
READ_MODEL_TOKENS="processor_name NOT IN ('notices', 'annual-review-process', 'agreement-performance-process',
                                           'acquisition-process')"
token_index="coalesce((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint,
                      (convert_from(token, 'UTF8')::jsonb -> 'currentToken' ->> 'index')::bigint, -1)"
# Reads of one resource and of one vendor's agreements: what a user opens, whose cost should not grow with the store.
# The lists of everything (/api/vendors, /api/agreements, the worklist) are left out here: in the copied store the
# portfolio grows with the events (about 180,000 vendors and agreements at ten million), so they would measure the
# size of a list no organisation has, not the size of the store (docs/benchmarks.md, "Session 10").
reads_and_lag() { # database: reads; lag; both sides up on that database
  local vendor agreement
  vendor=$(psql_ -d "$1" -tA -c "SELECT vendor_id FROM agreement_view ORDER BY id LIMIT 1")
  agreement=$(psql_ -d "$1" -tA -c "SELECT id FROM agreement_view WHERE vendor_id = '$vendor' ORDER BY id LIMIT 1")
  local paths=("/api/vendors/$vendor" "/api/agreements/$agreement" "/api/agreements?vendorId=$vendor")
  env PATHS="$(IFS=,; echo "${paths[*]}")" wrk -t 2 -c "$CONNECTIONS" -d "$((WARMUP / 2))s" -s bench/get.lua "$Q/" \
    >/dev/null
  for path in "${paths[@]}"; do
    read -r rate p50 p99 <<<"$(wrk_rate get.lua "$Q$path")"
    row "| $1: GET $(echo "$path" | sed -E 's/(vnd|agr)-[0-9a-f-]+/{id}/') | $rate /s | p50 $p50, p99 $p99 |"
  done
  read -r p50 p99 n <<<"$(java bench/Probe.java lag "$C" "$Q" 200 60)"
  row "| $1: lag, POST answered → GET 200, one write at a time | p50 $p50 ms | p99 $p99 ms, $n samples |"
}
db_env vendorsla
start_side "$QUERY_JAR" "$QPORT" "$OUT/query-side-vendorsla.log"; QPID=$SIDE_PID
await_up "$Q" "$OUT/query-side-vendorsla.log" "$QPID"
HEAD=$(sql -c "SELECT max(global_index) FROM domain_event_entry")
CATCH_UP_START=$(date +%s)
START_LOW=$(sql -c "SELECT min($token_index) FROM token_entry WHERE $READ_MODEL_TOKENS")
log "the query side works off the store up to event $HEAD (its slowest read model is at $START_LOW)"
CAUGHT_UP=""
ticks=0
while (( $(date +%s) - CATCH_UP_START < CATCH_UP_LIMIT )); do
  sleep 5
  low=$(sql -c "SELECT min($token_index) FROM token_entry WHERE $READ_MODEL_TOKENS")
  if (( low >= HEAD )); then CAUGHT_UP=1; break; fi
  (( ++ticks % 12 == 0 )) || continue
  progress=$(sql -c "SELECT processor_name || ' ' || min($token_index) FROM token_entry WHERE $READ_MODEL_TOKENS
                     GROUP BY processor_name ORDER BY 1" | tr '\n' ' ')
  elapsed=$(( $(date +%s) - CATCH_UP_START ))
  rate=$(( (low - START_LOW) / elapsed ))
  log "  ${elapsed} s: slowest read model at $low of $HEAD ($rate events/s; ETA $(( rate > 0 ? (HEAD - low) / rate : -1 )) s): $progress"
done
CATCH_UP_S=$(( $(date +%s) - CATCH_UP_START ))
if [[ -z $CAUGHT_UP ]]; then
  row "| the read models working off $((HEAD - START_LOW)) events, all nine at once | NOT done in $CATCH_UP_S s | slowest at $low: $(( (low - START_LOW) / CATCH_UP_S )) events/s |"
else
  row "| the read models working off $((HEAD - START_LOW)) events, all nine at once | $CATCH_UP_S s | $(( (HEAD - START_LOW) / (CATCH_UP_S > 0 ? CATCH_UP_S : 1) )) events/s |"
fi
# the full verification once the read models have caught up: while they work, its one thread gets a small share of
# two cores and the figure says nothing (a first run waited 10 minutes for it and was stopped)
if [[ -n $CAUGHT_UP ]]; then
  VERIFY_START=$(date +%s%N)
  curl -s -u auditor:auditor --max-time 3600 "$Q/api/audit/integrity" >"$OUT/integrity.json"
  VERIFY_MS=$(( ($(date +%s%N) - VERIFY_START) / 1000000 ))
  row "| GET /api/audit/integrity: every chain of the store | $VERIFY_MS ms | $(head -c 200 "$OUT/integrity.json") |"
  start_side "$COMMAND_JAR" "$CPORT" "$OUT/command-side-lag.log"; CPID=$SIDE_PID
  await_up "$C" "$OUT/command-side-lag.log" "$CPID"
  reads_and_lag vendorsla
  for pid in "$CPID" "$QPID"; do kill "$pid"; wait "$pid" 2>/dev/null || true; done
  db_env vendorsla_empty
  start_side "$QUERY_JAR" "$QPORT" "$OUT/query-side-empty.log"; QPID=$SIDE_PID
  start_side "$COMMAND_JAR" "$CPORT" "$OUT/command-side-empty.log"; CPID=$SIDE_PID
  await_up "$Q" "$OUT/query-side-empty.log" "$QPID"; await_up "$C" "$OUT/command-side-empty.log" "$CPID"
  reads_and_lag vendorsla_empty
fi

# ---- the table ----------------------------------------------------------------------------------------------------
REPORT="$OUT/result.md"
{
  echo "Run $STAMP: $(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1),"
  echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') (max_wal_size 8GB), store of $EVENTS events in $LARGE_DIR,"
  echo "warm-up ${WARMUP} s, ${DURATION} s per wrk row, $CONNECTIONS connections."
  echo
  echo "| step | figure | detail |"
  echo "|---|---:|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  if [[ -n ${LARGE_WRITE:-} ]]; then
    echo "Writes on the large store / on the empty one: $(awk -v l="$LARGE_WRITE" -v e="$EMPTY_WRITE" 'BEGIN { printf "%.2f", l / e }')."
  fi
} | tee "$REPORT"
cp "$REPORT" "$ROOT/bench/target/large-store-$STAMP.md"
