#!/usr/bin/env bash
# Summarizes a JFR recording's CPU samples (jdk.ExecutionSample): the methods most often on top of the stack (self),
# and the methods most often anywhere on it (inclusive, each counted once per sample), optionally only those whose
# name starts with PREFIX. Usage: bench/jfr-summary.sh FILE.jfr [N=25] [PREFIX]
set -euo pipefail
file=$1; n=${2:-25}; prefix=${3:-}
jfr print --stack-depth 64 --events jdk.ExecutionSample "$file" | awk -v n="$n" -v prefix="$prefix" '
  /stackTrace = \[/ { in_stack = 1; first = 1; delete seen; samples++; next }
  in_stack && /^[[:space:]]*\]/ { in_stack = 0; next }
  in_stack {
    frame = $0; sub(/^[[:space:]]+/, "", frame); sub(/[[:space:]]+line:.*$/, "", frame)
    if (frame == "...") next
    if (first) { self[frame]++; first = 0 }
    if (!(frame in seen)) { seen[frame] = 1; if (prefix == "" || index(frame, prefix) == 1) incl[frame]++ }
  }
  END {
    printf "%d samples\n\nself (top of stack):\n", samples
    for (f in self) printf "%6d %5.1f%%  %s\n", self[f], 100 * self[f] / samples, f | "sort -rn | head -n " n
    close("sort -rn | head -n " n)
    printf "\ninclusive%s:\n", (prefix == "" ? "" : " (" prefix "*)")
    for (f in incl) printf "%6d %5.1f%%  %s\n", incl[f], 100 * incl[f] / samples, f | "sort -rn | head -n " n
  }'
