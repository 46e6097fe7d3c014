#!/usr/bin/env bash
# Coverage-guided fuzzing of nlscope's fuzz targets (the @FuzzTest methods of *FuzzTest.java) with Jazzer.
#
#   scripts/fuzz.sh                      every target in turn, each for the maxDuration its annotation gives
#   scripts/fuzz.sh PATTERN...           the targets whose Class#method contains one of the patterns
#
# Each target runs in its own JVM with a 256 MB heap (exhausting it is a finding: memory must stay bounded),
# JAZZER_FUZZ=1, on the modules as last installed (`mvn -o -q -B install -DskipTests` first). A finding is
# written by Jazzer as crash-* under the target's src/test/resources/.../<Class>Inputs/<method>/ directory,
# which the normal test command then replays (regression mode); give it a named unit test too. Logs and a
# summary (runs, seconds, result per target) land in target/fuzz/. The normal test command
# (scripts/test.sh) runs every target in regression mode over its committed inputs only.
set -uo pipefail
cd "$(dirname "$0")/.."
out=target/fuzz
mkdir -p "$out"
heap=${FUZZ_HEAP:-256m}
targets=()
while IFS= read -r f; do
  module=${f%%/src/test/*}
  cls=$(basename "$f" .java)
  for m in $(grep -A3 '@FuzzTest' "$f" | grep -oE 'void [a-zA-Z0-9_]+\(' | sed -E 's/void |\(//g'); do
    targets+=("$module $cls $m")
  done
done < <(git ls-files '*FuzzTest.java' | sort)
summary=$out/summary.txt
: > "$summary"
status=0
for t in "${targets[@]}"; do
  read -r module cls m <<<"$t"
  if [ $# -gt 0 ]; then
    hit=0; for p in "$@"; do [[ "$cls#$m" == *"$p"* ]] && hit=1; done
    [ $hit = 1 ] || continue
  fi
  log=$out/$cls.$m.log
  start=$(date +%s)
  JAZZER_FUZZ=1 mvn -o -B test -pl "$module" -Dtest="$cls#$m" -Dsurefire.failIfNoSpecifiedTests=false \
      -DargLine="-Xmx$heap" >"$log" 2>&1
  rc=$?
  secs=$(( $(date +%s) - start ))
  runs=$(grep -oE '^Done [0-9]+ runs' "$log" | tail -1 | grep -oE '[0-9]+')
  result=$([ $rc = 0 ] && echo "no finding" || echo "FINDING (see $log)")
  [ $rc = 0 ] || status=1
  printf '%-60s %10s runs %6ss  %s\n' "$module $cls#$m" "${runs:-?}" "$secs" "$result" | tee -a "$summary"
done
exit $status
