#!/usr/bin/env bash
# Live capture in a real kernel: boots Debian's stock kernel under qemu (testdata/vm/capture-in-vm.sh),
# runs testdata/vm/scenarios-live.txt there (nlscope capture on nlmon0 beside the harness's tcpdump,
# SIGINT during dumps, --create, a missing interface, a user without CAP_NET_RAW, an existing file),
# then checks on the host: nlscope's file holds tcpdump's packets byte for byte, in order, none
# missing (scripts/live-compare.py), and each command said and exited what it should.
# Needs root (qemu, dpkg -x); builds the CLI jar first when it is missing. About 2-4 minutes under TCG.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
[ -f cli/target/nlscope.jar ] || mvn -q -o -B package -DskipTests -pl cli -am || mvn -q -B package -DskipTests -pl cli -am
out="${LIVE_OUT:-$(mktemp -d)}"
NLVM_GUEST_PKGS="" NLVM_REPORT=0 bash "$here/testdata/vm/capture-in-vm.sh" "$out" "$here/testdata/vm/scenarios-live.txt"
fail=0
check() { if grep -qF -- "$2" "$1"; then echo "ok: $3"; else echo "FAIL: $3 (no '$2' in $1)"; fail=1; fi; }
python3 scripts/live-compare.py "$out/live-capture.pcap" "$out/live-capture.nlscope.pcapng" || fail=1
check "$out/live-capture.log" "nlscope exit 130" "SIGINT ends the capture (exit 130, the signal's)"
check "$out/live-capture.nlscope.log" "packets written to /run/nlvm/live-capture.nlscope.pcapng; received" "the summary gives received and dropped packets"
check "$out/live-errors.log" "interface nlmon9 does not exist; create it with" "a missing interface is said in one sentence"
check "$out/live-errors.log" "exit 4 (expected 4)" "a missing interface exits 4"
check "$out/live-errors.log" "capturing needs CAP_NET_RAW" "a user without CAP_NET_RAW is told"
check "$out/live-errors.log" "exit 6 (expected 6)" "no permission exits 6"
check "$out/live-errors.log" "exists; use --force to overwrite it" "an existing file is kept"
check "$out/live-errors.log" "exit 2 (expected 2)" "an existing file exits 2"
check "$out/live-errors.log" "exit 0 (expected 0)" "--create captures"
check "$out/live-errors.log" "nlmon7 after the capture: exit 1 (expected 1: removed)" "--create removes the interface afterwards"
if [ -f "$out/live-create.nlscope.pcapng" ]; then
  n=$(java -jar cli/target/nlscope.jar read -q --no-pairing "$out/live-create.nlscope.pcapng" | awk '{print $1}' | sort -u | wc -l)
  [ "$n" = 4 ] && echo "ok: -c 4 wrote 4 packets" || { echo "FAIL: -c 4 wrote $n packets"; fail=1; }
else
  echo "FAIL: --create wrote no file"; fail=1
fi
echo "live test output in $out"
exit $fail
