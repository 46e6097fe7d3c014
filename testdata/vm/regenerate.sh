#!/usr/bin/env bash
# Rebuilds testdata/captures from a real Linux kernel: boots Debian's stock kernel under qemu
# (capture-in-vm.sh, adopted from the project's shared harness), runs each scenario of
# scenarios.txt while tcpdump records nlmon0, and copies the captures and the commands' own
# output (NAME.commands.log) here. Needs root (apt-get, dpkg -x); takes 3-4 minutes under TCG.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(mktemp -d)"
bash "$here/capture-in-vm.sh" "$out" "$here/scenarios.txt"
dest="$here/../captures"
mkdir -p "$dest"
for p in "$out"/*.pcap; do
  n="$(basename "$p" .pcap)"
  cp "$p" "$dest/"
  cp "$out/$n.log" "$dest/$n.commands.log"
done
cp "$out/summary.txt" "$dest/summary.txt"
echo "captures written to $dest" >&2
