#!/usr/bin/env bash
# Records scenarios on a newer kernel into testdata/kernels/VERSION (issue 15):
#
#     testdata/kernels/regenerate.sh SUITE [SCENARIOS.txt ...]
#
# SUITE is a Debian suite whose kernel capture-in-vm.sh boots (trixie: 6.12, unstable: 7.2); VERSION is that
# kernel's major.minor. Without scenario files: the 6.1 harness's built-in sets (testdata/vm/scenarios.txt and
# scenarios-crosscheck.txt) and every testdata/kernels/scenarios-*.txt. Each NAME.pcap goes to VERSION/ with
# NAME.commands.log (the commands' own output) and the files a scenario saves next to it (NAME.*.json,
# NAME.*.txt); VERSION/summary.txt gets the harness's summary. Needs root; NLVM_DIR as for capture-in-vm.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
suite=${1:?usage: regenerate.sh trixie|unstable [SCENARIOS.txt ...]}
shift
[ $# -gt 0 ] || set -- "$here/../vm/scenarios.txt" "$here/../vm/scenarios-crosscheck.txt" "$here"/scenarios-*.txt
for scenarios in "$@"; do
  scenarios="$(cd "$(dirname "$scenarios")" && pwd)/$(basename "$scenarios")"
  out="$(mktemp -d)"
  NLVM_SUITE=$suite NLVM_REPORT=0 bash "$here/../vm/capture-in-vm.sh" "$out" "$scenarios"
  release=$(sed -n 's/^kernel \([0-9]*\.[0-9]*\)[.-].*/\1/p' "$out/summary.txt" | head -1)
  [ -n "$release" ] || { echo "regenerate.sh: no kernel release in $out/summary.txt" >&2; exit 1; }
  dest="$here/$release"
  bash "$here/../vm/keep-results.sh" "$out" "$dest"
  rm -rf "$out"
done
