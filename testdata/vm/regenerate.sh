#!/usr/bin/env bash
# Rebuilds testdata/captures from a real Linux kernel: boots Debian's stock kernel under qemu
# (capture-in-vm.sh, adopted from the project's shared harness), runs each scenario of
# scenarios.txt, scenarios-crosscheck.txt, scenarios-pairs.txt and scenarios-groups.txt (monitors
# joined to known multicast groups while changes happen) while tcpdump records nlmon0, and copies the
# captures, the commands' own output (NAME.commands.log) and the files scenarios save next to
# them (iproute2's JSON views: NAME.*.json / NAME.*.txt) here, then cuts pairs-edges.pcap into
# pairs-cut-end.pcap and pairs-cut-start.pcap (cut-captures.sh). Needs root (apt-get, dpkg -x);
# takes 3-4 minutes under TCG.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="$here/../captures"
mkdir -p "$dest"
for scenarios in "$here"/scenarios.txt "$here"/scenarios-crosscheck.txt "$here"/scenarios-pairs.txt "$here"/scenarios-groups.txt; do
  out="$(mktemp -d)"
  bash "$here/capture-in-vm.sh" "$out" "$scenarios"
  bash "$here/keep-results.sh" "$out" "$dest"
done
# pairs-cut-end / pairs-cut-start: pairs-edges.pcap cut as a capture that stopped early / started late
bash "$here/cut-captures.sh" "$dest"
echo "captures written to $dest" >&2
