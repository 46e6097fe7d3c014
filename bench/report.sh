#!/usr/bin/env bash
# nlscope report on real traffic: a replay of the frames of testdata/captures (bench/replay.py) of MESSAGES messages
# (default 34000: about 10,000 transactions and 2,600 notifications). Measures, in one run on the same file:
#   - nlscope report's wall time and peak resident memory with a 64 MB heap, against tshark -V (which decodes every
#     message too; tshark has no report to compare with) and against nlscope stats;
#   - the page's size;
#   - the time Chromium takes to render the page (headless, from navigation to the table and timeline drawn: the
#     page's own measure, body[data-ready]), median of 5 loads.
# Usage: bench/report.sh [MESSAGES]     Needs tshark and chromium (apt-get install tshark chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-34000}
out=bench/out
mkdir -p "$out"
cap=$out/replay-$n.pcap
[ -f "$cap" ] || python3 bench/replay.py "$cap" "$n" >/dev/null
export NLSCOPE_JAVA_OPTS="-Xmx64m"
[ -f cli/target/nlscope.jar ] || mvn -q -B -o -DskipTests package -pl cli -am >/dev/null
jar=cli/target/nlscope.jar
page=$out/report-$n.html
secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
best() { local b=999999 t; for _ in 1 2 3; do t=$(secs "$@"); b=$(echo "if ($t < $b) $t else $b" | bc -l); done; printf '%.3f' "$b"; }
report=$(best ./nlscope report -q "$cap" -w "$page")
stats=$(best ./nlscope stats -q "$cap")
tsharkv=$(best tshark -r "$cap" -V)
rss=$( { /usr/bin/time -f "%M" ./nlscope report -q "$cap" -w "$page" >/dev/null; } 2>&1 | tail -1)
events=$(java -jar $jar stats -q -T json "$cap" | python3 -c 'import json,sys; c=json.load(sys.stdin)["counts"]; print(c["transactions"], c["notifications"])')
renders=()
for _ in 1 2 3 4 5; do
  profile=$(mktemp -d)
  ms=$(timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$profile" --window-size=1400,1000 --virtual-time-budget=30000 \
        --dump-dom "file://$PWD/$page" 2>/dev/null | grep -o 'data-ready="[0-9]*"' | grep -o '[0-9]*' || echo "?")
  rm -rf "$profile"
  renders+=("$ms")
done
median=$(printf '%s\n' "${renders[@]}" | sort -n | sed -n 3p)
set -- $events
echo "capture: $cap ($n messages: $1 transactions, $2 notifications)"
echo "nlscope report: ${report} s (peak RSS ${rss} KB, -Xmx64m); nlscope stats: ${stats} s; tshark -V: ${tsharkv} s"
echo "report / tshark -V: $(echo "$tsharkv / $report" | bc -l | xargs printf '%.2f')x faster (higher is better); report / stats: $(echo "$report / $stats" | bc -l | xargs printf '%.2f')x the time"
echo "page: $page, $(stat -c %s "$page") bytes"
echo "Chromium render (navigation to table and timeline drawn, ms): ${renders[*]}; median $median"
