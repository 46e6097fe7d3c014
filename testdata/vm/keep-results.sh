#!/usr/bin/env bash
# Copies what one capture-in-vm.sh run wrote to OUT into DEST, as testdata keeps it: NAME.pcap, NAME.log as
# NAME.commands.log, the views a scenario saved next to it (NAME.*.json, NAME.*.txt, but not tshark's NAME.pcap.txt),
# and the run's summary appended to DEST/summary.txt. Used by regenerate.sh here and in testdata/kernels.
#   keep-results.sh OUT DEST
set -euo pipefail
out=$1 dest=$2
mkdir -p "$dest"
for p in "$out"/*.pcap; do
  n="$(basename "$p" .pcap)"
  cp "$p" "$dest/"
  cp "$out/$n.log" "$dest/$n.commands.log"
  for extra in "$out/$n".*.json "$out/$n".*.txt; do
    [ -e "$extra" ] && [ "$extra" != "$p.txt" ] && cp "$extra" "$dest/"
  done
done
cat "$out/summary.txt" >> "$dest/summary.txt"
