#!/usr/bin/env bash
# Display filters and exports against tshark on the same capture in the same run: nlscope read -Y F and
# nlscope export --filter F -w OUT beside tshark -r FILE -Y F' (and -w OUT), F' being tshark's equivalent
# filter; wall time, best of 3, after 'cat FILE > /dev/null'; nlscope with -Xmx64m.
# Usage: bash bench/filters.sh [FILE]   (default: the replay capture benchmark.sh builds, KIND=replay)
set -euo pipefail
cd "$(dirname "$0")/.."
FILE=${1:-bench/out/replay-1000000.pcap}
[ -f "$FILE" ] || { echo "filters.sh: no $FILE; build it with: KIND=replay bash bench/benchmark.sh 1000000" >&2; exit 2; }
[ -f cli/target/nlscope.jar ] || mvn -q -o -B package -DskipTests -pl cli -am
cat "$FILE" > /dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
best() {   # best wall time of 3 runs of "$@", stdout to /dev/null
    local b=
    for _ in 1 2 3; do
        /usr/bin/time -o "$tmp/t" -f %e "$@" > /dev/null 2>/dev/null || true
        local t; t=$(cat "$tmp/t" | tail -1)
        if [ -z "$b" ] || python3 -c "import sys; sys.exit(0 if $t < $b else 1)"; then b=$t; fi
    done
    echo "$b"
}
NL=(java -Xmx64m -XX:+UseSerialGC -jar cli/target/nlscope.jar)
echo "nlscope filters benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $FILE"
echo "host: $(nproc) CPUs; $(tshark --version 2>/dev/null | head -1)"
printf '%-34s %-40s %9s %9s %8s\n' "nlscope" "tshark" "nlscope_s" "tshark_s" "ratio"
while IFS='|' read -r ours theirs; do
    a=$(best "${NL[@]}" read -q -Y "$ours" "$FILE")
    b=$(best tshark -r "$FILE" -Y "$theirs")
    printf '%-34s %-40s %9s %9s %7.2fx\n' "read -Y '$ours'" "-Y '$theirs'" "$a" "$b" "$(python3 -c "print($b / $a)")"
    a=$(best "${NL[@]}" export -q "$FILE" -w "$tmp/n.pcap" --filter "$ours")
    b=$(best tshark -r "$FILE" -Y "$theirs" -w "$tmp/t.pcap")
    printf '%-34s %-40s %9s %9s %7.2fx\n' "export --filter '$ours'" "-Y '$theirs' -w" "$a" "$b" "$(python3 -c "print($b / $a)")"
done <<'EOF'
type == RTM_NEWLINK|netlink-route.nltype == 16
attr.IFLA_IFNAME == "lo"|netlink-route.ifla_ifname == "lo"
flags.ACK && !flags.EXCL|netlink.hdr_flags.ack == 1 && netlink.hdr_flags.excl == 0
EOF
echo "ratio: tshark's time divided by nlscope's (above 1: nlscope faster)"
a=$(best "${NL[@]}" read -q -Y 'outcome == ERROR' "$FILE")
echo "read -Y 'outcome == ERROR' (no tshark equivalent): $a s"
