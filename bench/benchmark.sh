#!/usr/bin/env bash
# nlscope vs tshark on the same synthetic nlmon captures.
#
#   bench/benchmark.sh [MESSAGES...]        (default: 1000000 10000000)
#
# For each size: generates bench/out/synthetic-<MESSAGES>-seed<SEED>.pcap with the benchmark generator
# bench/generator (java -jar bench/generator/target/generate.jar, built when missing; not part of the user
# CLI), reused when it is already there, then times, each once, after `cat FILE > /dev/null` has put the
# file in the page cache:
#   1. nlscope read -q -T none FILE             (decode only)
#   2. nlscope read -q -T ndjson FILE           (decode and write JSON lines to /dev/null)
#   2b. nlscope stats -q FILE                   (decode, pair requests with responses, count; issue 5)
#   3. tshark -r FILE -T fields -e netlink.hdr_type
#   4. tshark -r FILE -V                        (on the 1 M-message file only for larger sizes: it is slow)
#   also: nlscope read -q (text), nlscope pairs -q, and nlscope read -q -V (like tshark -V, on at most VPREFIX)
# With KIND=links the capture is real RTM_NEWLINK dump traffic (rich nested attributes) instead of the mix;
# with KIND=replay it is the frames of the real captures in testdata/captures replayed in a cycle, 10 us
# apart (bench/replay.py): the benchmark that counts.
# nlscope runs with a fixed heap (-Xmx64m by default) for every size, so a heap that grew with the file
# would end in OutOfMemoryError; its GC log gives the heap in use. The table goes to the terminal and to
# bench/out/results-<date>.txt. Environment: SEED (default 1), HEAP (default 64m), VPREFIX (default 1000000).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
JAR=cli/target/nlscope.jar
GENJAR=bench/generator/target/generate.jar
OUT=bench/out
SEED=${SEED:-1}
HEAP=${HEAP:-64m}
VPREFIX=${VPREFIX:-1000000}

if [ $# -gt 0 ]; then SIZES=("$@"); else SIZES=(1000000 10000000); fi
for n in "${SIZES[@]}"; do
    if ! [[ $n =~ ^[1-9][0-9]*$ ]]; then
        echo "benchmark.sh: sizes are positive whole numbers of messages, not '$n'." >&2
        exit 2
    fi
done

say() { printf '%s\n' "$*" >&2; }

# ---- tools ----------------------------------------------------------------------------------------------
# the launcher rebuilds the jar when it is missing or older than the sources
./nlscope --version > /dev/null
if [ ! -f "$JAR" ]; then
    say "building $JAR ..."
    mvn -q -o package -DskipTests -pl cli -am || mvn -q package -DskipTests -pl cli -am
fi
if [ "${KIND:-mix}" = mix ] && [ ! -f "$GENJAR" ]; then
    say "building $GENJAR ..."
    mvn -q -o -B package -DskipTests -pl bench/generator -am || mvn -q -B package -DskipTests -pl bench/generator -am
fi
need_pkgs=()
command -v tshark > /dev/null || need_pkgs+=(tshark)
[ -x /usr/bin/time ] || need_pkgs+=(time)
if [ ${#need_pkgs[@]} -gt 0 ]; then
    say "installing ${need_pkgs[*]} ..."
    SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_pkgs[@]}" > /dev/null
fi
mkdir -p "$OUT"

# ---- captures -------------------------------------------------------------------------------------------
# capture_links SIZE: a capture dominated by rich messages, made of REAL kernel frames: the RTM_NEWLINK
# dump replies of testdata/captures/rtnl-dump.pcap (`ip -d link show`, `ip -s -s link show`, ... with
# every nested attribute), repeated (mergecap -a, doubling) until it holds at least SIZE messages.
capture_links() {
    local n=$1 seed=$OUT/links-seed.pcap per frames_per copies=1
    FILE=$OUT/links-real-$n.pcap
    if [ -f "$FILE" ] && [ -f "$FILE.meta" ]; then
        read -r MSGS FRAMES BYTES < "$FILE.meta"
        if [ "$(stat -c %s "$FILE")" = "$BYTES" ]; then say "reusing $FILE"; return; fi
    fi
    say "building $FILE from the RTM_NEWLINK dump frames of testdata/captures/rtnl-dump.pcap ..."
    tshark -r testdata/captures/rtnl-dump.pcap -Y 'netlink-route.nltype == 16 && netlink.hdr_flags & 0x2' -w "$seed" 2> /dev/null
    per=$(./nlscope read -q "$seed" | wc -l)
    frames_per=$(./nlscope read -q -V "$seed" | grep -c '^Frame ')
    cp "$seed" "$FILE.tmp"
    while [ $((per * copies)) -lt "$n" ]; do
        mergecap -a -F pcap -w "$FILE.tmp2" "$FILE.tmp" "$FILE.tmp" && mv "$FILE.tmp2" "$FILE.tmp"
        copies=$((copies * 2))
    done
    mv "$FILE.tmp" "$FILE"
    MSGS=$((per * copies)) FRAMES=$((frames_per * copies)) BYTES=$(stat -c %s "$FILE")
    echo "$MSGS $FRAMES $BYTES" > "$FILE.meta"
    say "$FILE: $MSGS RTM_NEWLINK messages (avg $((BYTES / MSGS)) bytes) in $FRAMES frames"
}

# capture_replay SIZE: the real captures of testdata/captures, frame by frame, in a cycle (bench/replay.py)
capture_replay() {
    local n=$1 summary
    FILE=$OUT/replay-$n.pcap
    if [ -f "$FILE" ] && [ -f "$FILE.meta" ]; then
        read -r MSGS FRAMES BYTES < "$FILE.meta"
        if [ "$(stat -c %s "$FILE")" = "$BYTES" ]; then say "reusing $FILE"; return; fi
    fi
    say "building $FILE: the frames of testdata/captures replayed in a cycle ..."
    summary=$(python3 bench/replay.py "$FILE.tmp" "$n")
    [[ $summary =~ :\ ([0-9]+)\ frames,\ ([0-9]+)\ messages,\ ([0-9]+)\ bytes ]] \
        || { say "benchmark.sh: cannot read replay.py's summary: $summary"; exit 1; }
    FRAMES=${BASH_REMATCH[1]} MSGS=${BASH_REMATCH[2]} BYTES=${BASH_REMATCH[3]}
    mv "$FILE.tmp" "$FILE"
    echo "$MSGS $FRAMES $BYTES" > "$FILE.meta"
    say "$FILE: $MSGS messages in $FRAMES frames"
}

# capture SIZE: sets FILE, MSGS, FRAMES, BYTES; generates the file unless it and its .meta are there.
# KIND=links measures capture_links, KIND=replay capture_replay instead of the synthetic mix.
capture() {
    local n=$1 summary
    if [ "${KIND:-mix}" = links ]; then capture_links "$n"; return; fi
    if [ "${KIND:-mix}" = replay ]; then capture_replay "$n"; return; fi
    FILE=$OUT/synthetic-$n-seed$SEED.pcap
    if [ -f "$FILE" ] && [ -f "$FILE.meta" ]; then
        read -r MSGS FRAMES BYTES < "$FILE.meta"
        if [ "$(stat -c %s "$FILE")" = "$BYTES" ]; then
            say "reusing $FILE ($MSGS messages, $FRAMES frames, $BYTES bytes)"
            return
        fi
    fi
    say "generating $FILE ..."
    java -jar "$GENJAR" -n "$n" -w "$FILE.tmp" --seed "$SEED" 2> "$OUT/generate.log" \
        || { cat "$OUT/generate.log" >&2; exit 1; }
    summary=$(cat "$OUT/generate.log")
    say "$summary"
    [[ $summary =~ ([0-9]+)\ messages\ in\ ([0-9]+)\ frames,\ ([0-9]+)\ bytes ]] \
        || { say "benchmark.sh: cannot read the generator's summary: $summary"; exit 1; }
    MSGS=${BASH_REMATCH[1]} FRAMES=${BASH_REMATCH[2]} BYTES=${BASH_REMATCH[3]}
    mv "$FILE.tmp" "$FILE"
    echo "$MSGS $FRAMES $BYTES" > "$FILE.meta"
}

# ---- measuring ------------------------------------------------------------------------------------------
ROWS=()            # one line per run, fields separated by |
declare -A RATE    # "<size> <tool>" -> messages/s

# heap_from_gclog LOG: "<max heap after GC>/<max heap before GC>" in MB, or "-" without any GC
heap_from_gclog() {
    grep -oE '[0-9]+[KMG]->[0-9]+[KMG]\([0-9]+[KMG]\)' "$1" 2> /dev/null | awk '
        function mb(v,  u) { u = substr(v, length(v)); v = substr(v, 1, length(v) - 1) + 0;
                             return u == "K" ? v / 1024 : u == "G" ? v * 1024 : v }
        { split($0, a, /->|\(/); b = mb(a[1]); f = mb(a[2]); if (b > mb1) mb1 = b; if (f > ma) ma = f; n++ }
        END { if (n) printf "%.0f/%.0f MB (%d GCs)", ma, mb1, n; else print "- (no GC)" }'
}

# run SIZE TOOL FILE MSGS FRAMES SCOPE HEAPNOTE -- COMMAND...   (stdout of COMMAND goes to /dev/null)
run() {
    local size=$1 tool=$2 file=$3 msgs=$4 frames=$5 scope=$6 gclog=$7; shift 8
    local tfile=$OUT/time.txt log=$OUT/run.log t0 t1 secs rss heap
    cat "$file" > /dev/null           # the warm-up read: the file is in the page cache for every tool
    say "  $tool: $*"
    t0=$(date +%s%N)
    if ! /usr/bin/time -f %M -o "$tfile" "$@" > /dev/null 2> "$log"; then
        say "benchmark.sh: '$*' failed:"; tail -5 "$log" >&2; exit 1
    fi
    t1=$(date +%s%N)
    secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
    rss=$(awk '{ printf "%.0f", $1 / 1024 }' "$tfile")
    heap="n/a"
    [ "$gclog" = "-" ] || heap=$(heap_from_gclog "$gclog")
    local mps pps
    mps=$(awk -v m="$msgs" -v s="$secs" 'BEGIN { printf "%.0f", m / s }')
    pps=$(awk -v m="$frames" -v s="$secs" 'BEGIN { printf "%.0f", m / s }')
    RATE["$size $tool"]=$mps
    ROWS+=("$size|$tool|$scope|$msgs|$frames|$secs|$mps|$pps|$rss|$heap")
}

START=$(date +%s)
for n in "${SIZES[@]}"; do
    capture "$n"
    file=$FILE msgs=$MSGS frames=$FRAMES
    say "size $n: $file, $msgs messages in $frames frames ($(( BYTES / 1048576 )) MiB)"
    gc1=$OUT/gc-$n-none.log gc2=$OUT/gc-$n-ndjson.log gc3=$OUT/gc-$n-stats.log
    gc4=$OUT/gc-$n-text.log gc5=$OUT/gc-$n-pairs.log gc6=$OUT/gc-$n-verbose.log
    rm -f "$gc1" "$gc2" "$gc3" "$gc4" "$gc5" "$gc6"
    run "$n" "nlscope -T none" "$file" "$msgs" "$frames" full "$gc1" -- \
        env NLSCOPE_JAVA_OPTS="-Xmx$HEAP -Xlog:gc:file=$gc1" ./nlscope read -q -T none "$file"
    run "$n" "nlscope -T ndjson" "$file" "$msgs" "$frames" full "$gc2" -- \
        env NLSCOPE_JAVA_OPTS="-Xmx$HEAP -Xlog:gc:file=$gc2" ./nlscope read -q -T ndjson "$file"
    run "$n" "nlscope stats" "$file" "$msgs" "$frames" full "$gc3" -- \
        env NLSCOPE_JAVA_OPTS="-Xmx$HEAP -Xlog:gc:file=$gc3" ./nlscope stats -q "$file"
    run "$n" "nlscope read" "$file" "$msgs" "$frames" full "$gc4" -- \
        env NLSCOPE_JAVA_OPTS="-Xmx$HEAP -Xlog:gc:file=$gc4" ./nlscope read -q "$file"
    run "$n" "nlscope pairs" "$file" "$msgs" "$frames" full "$gc5" -- \
        env NLSCOPE_JAVA_OPTS="-Xmx$HEAP -Xlog:gc:file=$gc5" ./nlscope pairs -q "$file"
    run "$n" "tshark -T fields" "$file" "$msgs" "$frames" full - -- \
        tshark -r "$file" -T fields -e netlink.hdr_type
    run "$n" "tshark text" "$file" "$msgs" "$frames" full - -- tshark -r "$file"
    if [ "$n" -le "$VPREFIX" ]; then
        run "$n" "tshark -T json" "$file" "$msgs" "$frames" full - -- tshark -r "$file" -T json
    fi
    if [ "$n" -le "$VPREFIX" ]; then
        run "$n" "tshark -V" "$file" "$msgs" "$frames" full - -- tshark -r "$file" -V
        run "$n" "nlscope -V" "$file" "$msgs" "$frames" full "$gc6" -- \
            env NLSCOPE_JAVA_OPTS="-Xmx$HEAP -Xlog:gc:file=$gc6" ./nlscope read -q -V "$file"
    else
        # tshark -V takes minutes per million messages: it runs on the VPREFIX-message capture, which has
        # the same mix (same seed: the first exchanges are the same bytes).
        vn=$n
        capture "$VPREFIX"
        run "$vn" "tshark -V" "$FILE" "$MSGS" "$FRAMES" "$VPREFIX-msg file" - -- tshark -r "$FILE" -V
        run "$vn" "nlscope -V" "$FILE" "$MSGS" "$FRAMES" "$VPREFIX-msg file" "$gc6" -- \
            env NLSCOPE_JAVA_OPTS="-Xmx$HEAP -Xlog:gc:file=$gc6" ./nlscope read -q -V "$FILE"
    fi
done
# ---- start-up: read of a 10-frame capture (the first 10 frames of the last file), best of 5 ----------------
TEN=$OUT/first-10-frames.pcap
editcap -F pcap -r "$FILE" "$TEN" 1-10 2> /dev/null
best() {   # best wall time in seconds of 5 runs of "$@"
    local b=999 t
    for _ in 1 2 3 4 5; do
        /usr/bin/time -f %e -o "$OUT/startup.time" "$@" > /dev/null 2> /dev/null
        t=$(tail -1 "$OUT/startup.time")
        b=$(awk -v a="$b" -v c="$t" 'BEGIN { print (c < a ? c : a) }')
    done
    echo "$b"
}
STARTUP_N=$(best env NLSCOPE_JAVA_OPTS="-Xmx$HEAP" ./nlscope read -q "$TEN")
STARTUP_T=$(best tshark -r "$TEN")
ELAPSED=$(( $(date +%s) - START ))

# ---- report ---------------------------------------------------------------------------------------------
STAMP=$(date +%Y%m%d-%H%M%S)
RESULTS=$OUT/results-$STAMP.txt
{
    echo "nlscope benchmark, $(date -u +'%Y-%m-%d %H:%M UTC'), ${ELAPSED}s in all"
    echo "host: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ { print $2 }') GiB RAM"
    echo "java: $(java -version 2>&1 | head -1); tshark: $(tshark -v 2>/dev/null | head -1)"
    if [ "${KIND:-mix}" = replay ]; then echo "captures: bench/out/replay-<messages>.pcap (bench/replay.py: the real frames of testdata/captures in a cycle, 10 us apart); nlscope runs with -Xmx$HEAP"; elif [ "${KIND:-mix}" = links ]; then echo "captures: bench/out/links-real-<messages>.pcap (real RTM_NEWLINK dump frames of testdata/captures/rtnl-dump.pcap, repeated); nlscope runs with -Xmx$HEAP"; else echo "captures: bench/out/synthetic-<messages>-seed$SEED.pcap (bench/generator: generate.jar --seed $SEED); nlscope runs with -Xmx$HEAP"; fi
    echo "wall time includes JVM / tshark start-up; each command ran once after 'cat FILE > /dev/null'"
    echo
    printf '%-9s %-18s %-16s %10s %9s %8s %10s %10s %8s  %s\n' \
        size tool scope messages packets wall_s msgs/s pkts/s rss_MB "java heap after/before GC (max)"
    for row in "${ROWS[@]}"; do
        IFS='|' read -r size tool scope msgs frames secs mps pps rss heap <<< "$row"
        printf '%-9s %-18s %-16s %10s %9s %8s %10s %10s %8s  %s\n' \
            "$size" "$tool" "$scope" "$msgs" "$frames" "$secs" "$mps" "$pps" "$rss" "$heap"
    done
    echo
    echo "ratios (nlscope messages/s divided by tshark messages/s, same size):"
    for n in "${SIZES[@]}"; do
        for t in "nlscope -T none" "nlscope -T ndjson" "nlscope stats" "nlscope read" "nlscope pairs" "nlscope -V"; do
            awk -v n="$n" -v t="$t" -v a="${RATE["$n $t"]}" -v f="${RATE["$n tshark -T fields"]}" \
                -v v="${RATE["$n tshark -V"]}" \
                'BEGIN { printf "  %-9s %-18s  %6.2fx tshark -T fields   %6.2fx tshark -V\n", n, t, a / f, a / v }'
        done
    done
    echo
    echo "what a user compares (nlscope wall time / tshark wall time inverted: above 1 is nlscope faster):"
    for n in "${SIZES[@]}"; do
        for pair in "nlscope read|tshark text" "nlscope -V|tshark -V" "nlscope -T ndjson|tshark -T json" "nlscope stats|tshark -T fields"; do
            a=${pair%%|*} b=${pair##*|}
            [ -n "${RATE["$n $b"]:-}" ] || continue
            awk -v n="$n" -v a="$a" -v b="$b" -v x="${RATE["$n $a"]}" -v y="${RATE["$n $b"]}" \
                'BEGIN { printf "  %-9s %-18s vs %-16s %6.2fx\n", n, a, b, x / y }'
        done
    done
    awk -v a="$STARTUP_N" -v b="$STARTUP_T" 'BEGIN { printf "  start-up: read of a 10-frame capture: nlscope %.2f s, tshark -r %.2f s (best of 5): %.2fx\n", a, b, b / a }'
    for n in "${SIZES[@]}"; do
        if [ "$n" -gt "$VPREFIX" ]; then
            echo "note: for $n messages, tshark -V ran on the $VPREFIX-message capture (same mix), not on the whole file."
        fi
    done
    echo "commands: NLSCOPE_JAVA_OPTS='-Xmx$HEAP -Xlog:gc:file=LOG' ./nlscope read -q -T none|ndjson FILE and ./nlscope stats -q FILE (the launcher runs java -XX:+UseSerialGC -jar $JAR);" \
        "tshark -r FILE -T fields -e netlink.hdr_type; tshark -r FILE -V (stdout to /dev/null);" \
        "peak RSS from /usr/bin/time -f %M"
} | tee "$RESULTS"
say "results written to $RESULTS"
