#!/usr/bin/env bash
# Rebuilds testdata/diff: boots Debian's stock kernel under qemu (capture-in-vm.sh), runs the scenarios of
# scenarios-diff.txt (diff-base, the same again, and its variants) while tcpdump records nlmon0, copies NAME.pcap and
# NAME.commands.log to testdata/diff/, and writes each VARIANT.expected.txt = `nlscope diff diff-base.pcap VARIANT.pcap`
# (the report as this checkout's jar writes it; read each one before committing it: it must name the variant's
# difference and nothing else). Needs root (apt-get, dpkg -x) and cli/target/nlscope.jar; about 1 minute under TCG.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="$here/../diff"
jar="$here/../../cli/target/nlscope.jar"
[ -f "$jar" ] || { echo "build the jar first: mvn -o -q -B package -DskipTests" >&2; exit 2; }
mkdir -p "$dest"
out="$(mktemp -d)"
NLVM_GUEST_PKGS="" NLVM_REPORT=0 bash "$here/capture-in-vm.sh" "$out" "$here/scenarios-diff.txt"
for p in "$out"/*.pcap; do
  n="$(basename "$p" .pcap)"
  cp "$p" "$dest/"
  cp "$out/$n.log" "$dest/$n.commands.log"
done
cp "$out/summary.txt" "$dest/summary.txt"
cd "$dest"
for p in *.pcap; do
  n="$(basename "$p" .pcap)"
  [ "$n" = diff-base ] && continue
  java -jar "$jar" diff diff-base.pcap "$p" > "$n.expected.txt" || true
done
echo "recordings and reports written to $dest" >&2
