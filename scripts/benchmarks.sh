#!/usr/bin/env bash
# Runs the shared development benchmarks on the built CLI when ../shared/benchmarks is there (a checkout beside
# the project's); without it, says so and succeeds, so CI elsewhere is not held up.
#   scripts/benchmarks.sh [clutter|contradictions|all]      (default: all)
# clutter: page clutter removed line by line (gate: CLUTTER_MIN_REMOVED, default here 0.95; CLUTTER_MAX_LOST 0.01).
# contradictions: contradictions found, traps, boilerplate leaks on the corpus clusters (no trap, leak or failed run;
#   recall at least CHECK_CLUSTERS_MIN_RECALL, default here the issue's target, 0.70).
# Exit: 0 when every benchmark run passes its gate, 1 otherwise, 2 on a bad argument.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="../shared/benchmarks"
which="${1:-all}"
case "$which" in clutter | contradictions | all) ;; *) echo "usage: scripts/benchmarks.sh [clutter|contradictions|all]" >&2; exit 2 ;; esac
if [ ! -d "$shared" ]; then
  echo "benchmarks: $shared not found, skipped"
  exit 0
fi
status=0
if [ "$which" != contradictions ]; then
  CLUTTER_MIN_REMOVED="${CLUTTER_MIN_REMOVED:-0.95}" node "$shared/clutter/score.mjs" node bin/claimdiff.js || status=1
fi
if [ "$which" != clutter ]; then
  # The target is reached (43/61 at this commit): CI fails when it stops passing. No trap, leak or failed run, and
  # recall at least 70%; raise the floor if recall rises well above it.
  CHECK_CLUSTERS_MIN_RECALL="${CHECK_CLUSTERS_MIN_RECALL:-0.70}" node "$shared/contradictions/score.mjs" node bin/claimdiff.js || status=1
fi
exit "$status"
