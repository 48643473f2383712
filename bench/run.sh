#!/usr/bin/env bash
# The platform against the hardware's limit, in one run (issue 15; docs/benchmarks.md):
#   1. a PostgreSQL of the machine in a temp dir on a free port (PGBIN, default /usr/lib/postgresql/15/bin);
#   2. the limit: pgbench, 8 clients, single-row inserts into a table shaped like domain_event_entry;
#   3. the demo portfolio, seeded by the standalone jar through the platform's own commands, then stopped;
#   4. the split topology: the command-side and query-side jars on that PostgreSQL (profile demo);
#   5. reads (one vendor, lists, worklist) after a read warm-up; writes (vendor, full draft, downtime on an open
#      month) after a write warm-up of BENCH_WARMUP s (150: on 2 cores the JIT's C2 compiler is still busy a minute
#      in), each driven by wrk for BENCH_DURATION s (20) with BENCH_CONNECTIONS (8) connections, with the CPU each
#      write took per process and thread; commit -> query-side lag, idle, during the registrations and at half their
#      rate; a rebuild of every read model, twice (cold, then warm);
#   6. pgbench once more (the machine may be shared: the two baselines show how much it moved), and a table.
# Needs: Java 17, pgbench and the PostgreSQL server binaries, wrk, curl. Builds the jars when missing.
# Options (environment): BENCH_WARMUP (150 s), BENCH_DURATION (20 s), BENCH_CONNECTIONS (8), PGBIN,
# BENCH_JAVA_OPTS (both sides), BENCH_START_TIMEOUT (900 s for a side to answer its health check), BENCH_FILLER,
# BENCH_COMPARE_BATCH_SIZE, BENCH_REPLAYS=0 (no replays: the write path alone), BENCH_JFR=1 (CPU samples of both sides
# during the write rows and of the query side during the replays, bench/cpu.jfc, in the output dir: a recorded run's
# rates are lower than an unrecorded one's, so take figures from a run without it), BENCH_KEEP=1 (keep the temp dir).
# Output: the table on stdout and in bench/target/result-<time>.md; logs, cpu.txt and threads.txt in bench/target/<time>/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
WARMUP=${BENCH_WARMUP:-150}
source "$ROOT/bench/lib.sh"
require_tools java pgbench wrk curl "$PGBIN/initdb" "$PGBIN/pg_ctl"
find_jars
TMP=$(mktemp -d /tmp/sla-bench.XXXXXX)
PGDATA_DIR=$TMP/pg
pg_start
psql_ -c "CREATE DATABASE pgbench"
psql_ -d pgbench -f bench/pgbench-schema.sql

pgbench_run() {
  pgbench -n -h 127.0.0.1 -p "$PGPORT" -U postgres -c 8 -j 2 -T "$DURATION" -f bench/pgbench-insert.sql pgbench \
    >"$OUT/pgbench-$1.txt" 2>&1
  grep -E '^tps' "$OUT/pgbench-$1.txt" | head -n 1 | sed -E 's/tps = ([0-9.]+).*/\1/'
}
log "pgbench baseline (8 clients, ${DURATION} s)"
PGBENCH_BEFORE=$(pgbench_run before)
log "pgbench: $PGBENCH_BEFORE inserts/s"

# ---- the platform -------------------------------------------------------------------------------------------------
seed_demo

QPORT=$(free_port); CPORT=$(free_port)
Q=http://127.0.0.1:$QPORT; C=http://127.0.0.1:$CPORT
START=$(date +%s%N)
start_side "$QUERY_JAR" "$QPORT" "$OUT/query-side.log"; QPID=$SIDE_PID
JFR_OPTS=()
[[ -n "${BENCH_JFR:-}" ]] && JFR_OPTS=(-XX:+FlightRecorder)
start_side "$COMMAND_JAR" "$CPORT" "$OUT/command-side.log" "${JFR_OPTS[@]}"; CPID=$SIDE_PID
await_up "$Q" "$OUT/query-side.log" "$QPID"; await_up "$C" "$OUT/command-side.log" "$CPID"
log "both sides up in $(( ($(date +%s%N) - START) / 1000000 )) ms (started together)"

# ---- helpers ------------------------------------------------------------------------------------------------------
post() { # user path body -> body of a 2xx answer
  local answer status
  answer=$(curl -s -w '\n%{http_code}' -u "$1:$1" -H 'Content-Type: application/json' -d "$3" "$C$2")
  status=${answer##*$'\n'}
  [[ $status == 2* ]] || { echo "POST $2 -> $status: ${answer%$'\n'*}" >&2; exit 1; }
  echo "${answer%$'\n'*}"
}
id_of() { sed -E 's/.*"id" *: *"([^"]+)".*/\1/'; }
# CPU spent per write, by process: ticks (1/100 s) of utime+stime from /proc. PostgreSQL is the postmaster, its
# live children and the children it has reaped; "other" is the machine's busy time less the three (wrk, the probe).
HZ=$(getconf CLK_TCK)
proc_ticks() { awk '{ print $14 + $15 + ('"${2:-0}"' ? $16 + $17 : 0) }' "/proc/$1/stat" 2>/dev/null || echo 0; }
cpu_snapshot() { # -> "command query postgres busy idle" in ticks
  local pm pg=0 busy
  pm=$(pg_postmaster)
  pg=$(proc_ticks "$pm" 1)
  for child in $(ps -o pid= --ppid "$pm"); do pg=$((pg + $(proc_ticks "$child"))); done
  busy=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $5 + $6 }' /proc/stat)
  echo "$(proc_ticks "$CPID") $(proc_ticks "$QPID") $pg $busy"
}
# thread_ticks PID -> "group<TAB>ticks" per thread group (pool threads' numbers dropped), for where a side's CPU went
thread_ticks() {
  for t in /proc/"$1"/task/*; do
    echo "$(awk '{ print $14 + $15 }' "$t/stat" 2>/dev/null || echo 0) $(cat "$t/comm" 2>/dev/null)"
  done | awk '{ c = $1; $1 = ""; sub(/^ /, ""); gsub(/[-#]?[0-9]+$/, ""); s[$0] += c } END { for (k in s) print k "\t" s[k] }' | sort
}
# threads_row name before-file after-file requests -> the busiest thread groups in ms of CPU per request
threads_row() {
  join -t $'\t' -a 2 -e 0 -o 0,1.2,2.2 "$2" "$3" | awk -F'\t' -v n="$4" -v hz="$HZ" -v name="$1" '
    { d = $3 - $2; if (d > 0) printf "%s\t%.2f\t%s\n", name, d * 1000 / hz / n, $1 }' | sort -t $'\t' -k2 -rn | head -n 8
}
# cpu_per_request before after requests -> "command query postgres other idle%" in ms of CPU per request
cpu_per_request() {
  awk -v hz="$HZ" -v n="$3" -v b="$1" -v a="$2" 'BEGIN {
    split(b, x, " "); split(a, y, " ")
    c = y[1] - x[1]; q = y[2] - x[2]; p = y[3] - x[3]; busy = y[4] - x[4]; idle = y[5] - x[5]
    ms = 1000 / hz / n
    printf "%.1f %.1f %.1f %.1f %.0f", c * ms, q * ms, p * ms, (busy - c - q - p) * ms, 100 * idle / (busy + idle) }'
}
# write_row name script path env... -> wrk_run's result; adds the row's CPU per request to $OUT/cpu.txt (a file: the
# row runs in a command substitution's subshell)
write_row() {
  local name=$1 before after result rate requests
  thread_ticks "$CPID" >"$TMP/threads-command-before"; thread_ticks "$QPID" >"$TMP/threads-query-before"
  before=$(cpu_snapshot)
  result=$(wrk_run "$@")
  after=$(cpu_snapshot)
  thread_ticks "$CPID" >"$TMP/threads-command-after"; thread_ticks "$QPID" >"$TMP/threads-query-after"
  rate=${result%%|*}
  requests=$(awk -v r="$rate" -v d="$DURATION" 'BEGIN { print r * d }')
  for side in command query; do
    threads_row "$name ($side side)" "$TMP/threads-$side-before" "$TMP/threads-$side-after" "$requests" >>"$OUT/threads.txt"
  done
  echo "$name|$(cpu_per_request "$before" "$after" "$requests")" >>"$OUT/cpu.txt"
  echo "$result"
}
ROWS=()
# wrk_row name script path env... -> a table row; fails on any non-2xx answer
wrk_run() {
  local name=$1 script=$2 path=$3; shift 3
  local file="$OUT/wrk-$(echo "$name" | tr -c 'a-zA-Z0-9' '-').txt"
  env "$@" wrk -t 2 -c "$CONNECTIONS" -d "${DURATION}s" --timeout 10s --latency -s "bench/$script" "$path" >"$file" 2>&1
  if grep -q 'Non-2xx' "$file"; then echo "$name: $(grep 'Non-2xx' "$file")" >&2; cat "$file" >&2; exit 1; fi
  local rate p50 p99
  rate=$(awk '/^Requests\/sec/ {print $2}' "$file")
  p50=$(awk '$1 == "50%" {print $2}' "$file")
  p99=$(awk '$1 == "99%" {print $2}' "$file")
  echo "$rate|$p50|$p99"
}
warm() { # seconds script path env...
  local seconds=$1 script=$2 path=$3; shift 3
  env "$@" wrk -t 2 -c "$CONNECTIONS" -d "${seconds}s" --timeout 10s -s "bench/$script" "$path" >>"$OUT/warmup.txt" 2>&1
}
to_ms() { # wrk's 12.34ms / 1.20s / 800.00us -> ms
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); printf "%.1f", v / 1000 }
                         else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.1f", v }
                         else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.1f", v * 1000 }
                         else print v }'
}

# ---- reads on the demo portfolio ----------------------------------------------------------------------------------
VENDOR_LIST=$(curl -s -u auditor:auditor "$Q/api/vendors")
NORTHWIND=$(echo "$VENDOR_LIST" | grep -o '"id":"vnd-[^"]*"' | head -n 1 | cut -d'"' -f4)
[[ -n "$NORTHWIND" ]] || { echo "no vendor in the demo portfolio: $VENDOR_LIST" >&2; exit 1; }
READ_ONE="/api/vendors/$NORTHWIND"
READ_PATHS="$READ_ONE,/api/vendors,/api/agreements,/api/worklist"
log "read warm-up ($((WARMUP / 2)) s)"
warm $((WARMUP / 2)) get.lua "$Q/" PATHS="$READ_PATHS"
log "reads"
R_ONE=$(wrk_run "read one vendor" get.lua "$Q$READ_ONE")
R_VENDORS=$(wrk_run "list vendors" get.lua "$Q/api/vendors")
R_AGREEMENTS=$(wrk_run "list agreements" get.lua "$Q/api/agreements")
R_WORKLIST=$(wrk_run "worklist" get.lua "$Q/api/worklist")
LAG_IDLE=$(java bench/Probe.java lag "$C" "$Q" 200 60)
log "lag idle (p50 p99 n): $LAG_IDLE"

# ---- writes -------------------------------------------------------------------------------------------------------
echo '{"name":"Bench Vendor","country":"DE"}' >"$TMP/vendor.json"
BENCH_VENDORS=""
for i in 1 2 3 4 5 6 7 8; do
  BENCH_VENDORS+="$(post manager /api/vendors "{\"name\":\"Bench Vendor $i\",\"country\":\"DE\"}" | id_of),"
done
# agreements in force since the first day of the month a year ago: downtimes go to the last six months, which have
# all begun and none of which is closed
FROM=$(date -u -d "$(date -u +%Y-%m-01) -12 months" +%Y-%m-%d)
sed "s/\"effectiveFrom\": \"2026-01-01\"/\"effectiveFrom\": \"$FROM\"/" standalone/src/test/resources/bench/draft-agreement.json \
  >"$TMP/draft.json"
DOWNTIME_PATHS=""
for v in $(echo "$BENCH_VENDORS" | tr ',' ' ' | cut -d' ' -f1-4); do
  agreement=$(post manager /api/agreements "$(sed "s/VENDOR_ID/$v/" "$TMP/draft.json")" | id_of)
  post manager "/api/agreements/$agreement/signatures" '{"party": "CUSTOMER", "signatory": "C. Buyer"}' >/dev/null
  post manager "/api/agreements/$agreement/signatures" '{"party": "VENDOR", "signatory": "V. Seller"}' >/dev/null
  for m in 1 2 3 4 5 6; do
    DOWNTIME_PATHS+="/api/agreements/$agreement/periods/$(date -u -d "$(date -u +%Y-%m-01) -$m months" +%Y-%m)/downtime,"
  done
done
# one body for every month: post.lua puts the month of the path it picks in place of MONTH
cat >"$TMP/downtime.json" <<'EOF'
{"serviceLevelId": "availability", "start": "MONTH-03T02:00:00Z", "end": "MONTH-03T02:30:00Z", "cause": "VENDOR"}
EOF

W_ENV_V=(BODY_FILE="$TMP/vendor.json")
W_ENV_D=(BODY_FILE="$TMP/draft.json" VENDORS="${BENCH_VENDORS%,}")
W_ENV_T=(BODY_FILE="$TMP/downtime.json" PATHS="${DOWNTIME_PATHS%,}")
log "write warm-up (${WARMUP} s)"
warm $((WARMUP / 3)) post.lua "$C/api/vendors" "${W_ENV_V[@]}"
warm $((WARMUP / 3)) post.lua "$C/api/agreements" "${W_ENV_D[@]}"
warm $((WARMUP / 3)) post.lua "$C/" "${W_ENV_T[@]}"

log "writes"
if [[ -n "${BENCH_JFR:-}" ]]; then
  jcmd "$CPID" JFR.start name=bench settings="$ROOT/bench/cpu.jfc" filename="$OUT/command-side.jfr" >/dev/null
  jcmd "$QPID" JFR.start name=bench settings="$ROOT/bench/cpu.jfc" filename="$OUT/query-side.jfr" >/dev/null
fi
LAG_LOAD_FILE="$OUT/lag-under-load.txt"
java bench/Probe.java lag "$C" "$Q" 100000 "$DURATION" >"$LAG_LOAD_FILE" 2>&1 &
LAG_PID=$!
W_VENDOR=$(write_row "register vendor" post.lua "$C/api/vendors" "${W_ENV_V[@]}")
wait "$LAG_PID" || { cat "$LAG_LOAD_FILE" >&2; exit 1; }
LAG_LOAD=$(cat "$LAG_LOAD_FILE")
# the issue's goal: lag while registrations run at half their peak (the rate just measured), sent at a fixed rate
HALF_RATE=$(awk -v r="${W_VENDOR%%|*}" 'BEGIN { printf "%.0f", r / 2 }')
LAG_HALF=$(java bench/Probe.java lagAt "$C" "$Q" "$HALF_RATE" "$DURATION")
log "lag at half the peak, $HALF_RATE registrations/s (p50 p99 n reached/s): $LAG_HALF"
W_DRAFT=$(write_row "draft agreement" post.lua "$C/api/agreements" "${W_ENV_D[@]}")
W_DOWNTIME=$(write_row "record downtime" post.lua "$C/" "${W_ENV_T[@]}")
if [[ -n "${BENCH_JFR:-}" ]]; then
  jcmd "$CPID" JFR.stop name=bench >/dev/null; jcmd "$QPID" JFR.stop name=bench >/dev/null
fi

# ---- replays ------------------------------------------------------------------------------------------------------
log "waiting for every processor to reach the head"
HEAD=$(psql_ -d vendorsla -tA -c "SELECT max(global_index) FROM domain_event_entry")
CATCH_UP_START=$(date +%s%N)
BEHIND=""
for _ in $(seq 1 240); do
  BEHIND=$(psql_ -d vendorsla -tA -c "SELECT string_agg(processor_name || '/' || segment, ' ') FROM token_entry
    WHERE coalesce((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint, -1) < $HEAD")
  [[ -z $BEHIND ]] && break
  sleep 0.5
done
CATCH_UP_MS=$(( ($(date +%s%N) - CATCH_UP_START) / 1000000 ))
if [[ -n $BEHIND ]]; then
  CATCH_UP="NOT caught up after $CATCH_UP_MS ms: segments behind event $HEAD: $BEHIND"
else
  CATCH_UP="every processor segment reached event $HEAD ${CATCH_UP_MS} ms after the last write row"
fi
log "$CATCH_UP"
# Replays: the command side has done its part (its processes would otherwise work off the filler below while the
# read models are rebuilt). The store grows by BENCH_FILLER (20,000) registrations in the real storage format
# (bench/filler.sql) so that a rebuild runs long enough to be measured; the query side works them off first.
REPLAY_ROWS=()
EVENTS=""
if [[ ${BENCH_REPLAYS:-1} != 0 ]]; then
  kill "$CPID"; wait "$CPID" 2>/dev/null || true
  FILLER=${BENCH_FILLER:-20000}
  psql_ -d vendorsla -v n="$FILLER" -f bench/filler.sql >/dev/null
  EVENTS=$(psql_ -d vendorsla -tA -c "SELECT count(*) FROM domain_event_entry")
  GROUPS_=$(java bench/Probe.java groups "$Q")
  await_read_models() {
    local head behind
    head=$(psql_ -d vendorsla -tA -c "SELECT max(global_index) FROM domain_event_entry")
    for _ in $(seq 1 1200); do
      behind=$(psql_ -d vendorsla -tA -c "SELECT count(*) FROM token_entry WHERE processor_name IN
        ($(printf "'%s'," $GROUPS_ | sed 's/,$//')) AND coalesce((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint,
          (convert_from(token, 'UTF8')::jsonb -> 'currentToken' ->> 'index')::bigint, -1) < $head")
      [[ $behind == 0 ]] && return
      sleep 0.5
    done
    echo "the read models did not reach event $head" >&2; exit 1
  }
  await_read_models
  # each read model twice: the first rebuild runs code the JIT has not compiled yet (on 2 cores C2 takes most of it), the
  # second shows the pace of a server that has done one (as it has, in production, after a day of its own traffic)
  replay_all() { # label groups...
    local label=$1; shift
    for group in "$@"; do
      first=$(java bench/Probe.java replay "$Q" "$group")
      again=$(java bench/Probe.java replay "$Q" "$group")
      REPLAY_ROWS+=("| $group | $label | $EVENTS | $first | $(per_second "$first") | $again | $(per_second "$again") |")
      log "replay $group ($label): $first ms, again $again ms"
    done
  }
  per_second() { awk -v e="$EVENTS" -v ms="$1" 'BEGIN { printf "%.0f", e * 1000 / ms }'; }
  [[ -n "${BENCH_JFR:-}" ]] && jcmd "$QPID" JFR.start name=replays settings="$ROOT/bench/cpu.jfc" filename="$OUT/query-side-replays.jfr" >/dev/null
  replay_all "sla.events.batch-size ${SLA_EVENTS_BATCH_SIZE:-default}" $GROUPS_
  [[ -n "${BENCH_JFR:-}" ]] && jcmd "$QPID" JFR.stop name=replays >/dev/null
  # BENCH_COMPARE_BATCH_SIZE=N: restart the query side with that batch size and rebuild BENCH_COMPARE_GROUPS
  # (vendor-view audit-trail) again, for a before/after of the batch size in the same run
  if [[ -n "${BENCH_COMPARE_BATCH_SIZE:-}" ]]; then
    kill "$QPID"; wait "$QPID" 2>/dev/null || true
    DB_ENV+=(SLA_EVENTS_BATCH_SIZE="$BENCH_COMPARE_BATCH_SIZE")
    start_side "$QUERY_JAR" "$QPORT" "$OUT/query-side-compare.log"; QPID=$SIDE_PID
    await_up "$Q" "$OUT/query-side-compare.log" "$QPID"
    await_read_models
    replay_all "sla.events.batch-size $BENCH_COMPARE_BATCH_SIZE" ${BENCH_COMPARE_GROUPS:-vendor-view audit-trail}
  fi
fi

log "pgbench again"
PGBENCH_AFTER=$(pgbench_run after)

# ---- the table ----------------------------------------------------------------------------------------------------
LIMIT=$(awk -v a="$PGBENCH_BEFORE" -v b="$PGBENCH_AFTER" 'BEGIN { printf "%.0f", (a + b) / 2 }')
ratio() { awk -v r="$1" -v l="$LIMIT" 'BEGIN { printf "%.3f", r / l }'; }
row() { # name result [ratio?]
  IFS='|' read -r rate p50 p99 <<<"$2"
  printf '| %s | %.0f | %s | %s | %s |\n' "$1" "$rate" "$(to_ms "$p50")" "$(to_ms "$p99")" \
    "$([[ -n ${3:-} ]] && ratio "$rate" || echo '')"
}
REPORT="$OUT/result.md"
{
  echo "Run $STAMP: $(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -n 1),"
  echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}'), warm-up ${WARMUP} s, ${DURATION} s per row, $CONNECTIONS connections (wrk)."
  echo
  echo "| workload | rate (/s) | p50 ms | p99 ms | ratio to pgbench |"
  echo "|---|---:|---:|---:|---:|"
  echo "| pgbench insert, 8 clients (before / after the platform's rows) | $LIMIT ($PGBENCH_BEFORE / $PGBENCH_AFTER) | | | 1 |"
  row "POST /api/vendors" "$W_VENDOR" r
  row "POST /api/agreements (draft with full terms)" "$W_DRAFT" r
  row "POST …/periods/{p}/downtime (open month)" "$W_DOWNTIME" r
  row "GET /api/vendors/{id}" "$R_ONE"
  row "GET /api/vendors (demo portfolio)" "$R_VENDORS"
  row "GET /api/agreements (demo portfolio)" "$R_AGREEMENTS"
  row "GET /api/worklist (demo portfolio)" "$R_WORKLIST"
  echo
  echo "| CPU per write (ms) | command side | query side | PostgreSQL | other (wrk, probe) | machine idle % |"
  echo "|---|---:|---:|---:|---:|---:|"
  while IFS='|' read -r name figures; do
    read -r c q p o i <<<"$figures"; echo "| $name | $c | $q | $p | $o | $i |"
  done <"$OUT/cpu.txt"
  echo
  echo "| lag: POST answered → GET 200 on the query side | p50 ms | p99 ms | samples |"
  echo "|---|---:|---:|---:|"
  read -r a b n <<<"$LAG_IDLE"; echo "| idle, one write at a time | $a | $b | $n |"
  read -r a b n <<<"$LAG_LOAD"; echo "| during the POST /api/vendors row (peak) | $a | $b | $n |"
  read -r a b n reached <<<"$LAG_HALF"; echo "| registrations at half the peak ($reached/s) | $a | $b | $n |"
  echo
  echo "| replay (rebuild from the first event) | setting | events | first: ms | events/s | again: ms | events/s |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${REPLAY_ROWS[@]}"
  echo
  echo "Catch-up: $CATCH_UP."
} | tee "$REPORT"
cp "$REPORT" "$ROOT/bench/target/result-$STAMP.md"
