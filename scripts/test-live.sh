#!/usr/bin/env bash
# Live capture in a real kernel: boots Debian's stock kernel under qemu (testdata/vm/capture-in-vm.sh),
# runs testdata/vm/scenarios-live.txt there (nlscope capture on nlmon0 beside the harness's tcpdump,
# SIGINT during dumps, --create, a missing interface, a user without CAP_NET_RAW, an existing file, the
# processes each frame's port id belongs to, and diff-base of scenarios-diff.txt recorded twice),
# then checks on the host: nlscope's file holds tcpdump's packets byte for byte, in order, none
# missing (scripts/live-compare.py), each command said and exited what it should, and nlscope diff finds the two
# recordings of diff-base equivalent.
# Needs root (qemu, dpkg -x); builds the CLI jar first when it is missing. About 2-4 minutes under TCG.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
[ -f cli/target/nlscope.jar ] || mvn -q -o -B package -DskipTests -pl cli -am || mvn -q -B package -DskipTests -pl cli -am
out="${LIVE_OUT:-$(mktemp -d)}"
# the guest runs the host's java on this checkout's jar (over the 9p root): the scenarios name it as /work/main,
# wherever this clone is
mkdir -p "$out"
# first diff-base of scenarios-diff.txt twice (live-diff-1, live-diff-2; ~7 s each, before live-burst leaves
# thousands of routes behind): the two new recordings must be equivalent
for n in 1 2; do
  echo "## live-diff-$n"
  awk '/^## /{on = ($2 == "diff-base")} on && !/^## /' "$here/testdata/vm/scenarios-diff.txt"
done > "$out/scenarios-live.txt"
sed "s|/work/main/|$here/|g" "$here/testdata/vm/scenarios-live.txt" >> "$out/scenarios-live.txt"
NLVM_GUEST_PKGS="" NLVM_REPORT=0 bash "$here/testdata/vm/capture-in-vm.sh" "$out" "$out/scenarios-live.txt"
fail=0
check() { if grep -qF -- "$2" "$1"; then echo "ok: $3"; else echo "FAIL: $3 (no '$2' in $1)"; fail=1; fi; }
python3 scripts/live-compare.py "$out/live-capture.pcap" "$out/live-capture.nlscope.pcapng" --skip-comments || fail=1
# the file starts with the guest kernel's generic netlink families, marked as added, the same as genl ctrl list
java -jar cli/target/nlscope.jar read -q --no-pairing -T ndjson "$out/live-capture.nlscope.pcapng" > "$out/live-capture.ndjson"
python3 - "$out/live-capture.ndjson" "$out/live-capture.genl.txt" <<'PY' || fail=1
import json, re, sys
def walk(fs, d):
    for f in fs:
        d.setdefault(f["name"], f.get("value"))
        if f.get("kind") == "nested": walk(f["fields"], d)
got = {}
for line in open(sys.argv[1]):
    m = json.loads(line)
    if m.get("type_name") == "nlctrl" and m["summary"].startswith("CTRL_CMD_NEWFAMILY"):
        d = {}; walk(m["fields"], d)
        got[d["CTRL_ATTR_FAMILY_ID"]] = d["CTRL_ATTR_FAMILY_NAME"]
want = {int(i, 16): n for n, i in re.findall(r"Name: (\S+)\s+ID: 0x([0-9a-f]+)", open(sys.argv[2]).read())}
if got != want or len(want) < 3:
    print("FAIL: families in the file %s, genl ctrl list in the guest %s" % (got, want)); sys.exit(1)
print("ok: the file names the guest kernel's %d generic netlink families as genl ctrl list does" % len(want))
PY
# and the section header carries the same map in its comment (capinfos shows it)
capinfos "$out/live-capture.nlscope.pcapng" > "$out/live-capture.capinfos" 2>&1 || true
python3 - "$out/live-capture.capinfos" "$out/live-capture.genl.txt" <<'PY' || fail=1
import re, sys
m = re.search(r"nlscope genl families: (.*)", open(sys.argv[1]).read())
got = dict((int(i, 16), n) for i, n in re.findall(r"0x([0-9a-f]+)=(\S+)", m.group(1))) if m else {}
want = {int(i, 16): n for n, i in re.findall(r"Name: (\S+)\s+ID: 0x([0-9a-f]+)", open(sys.argv[2]).read())}
if got != want:
    print("FAIL: the section header's families %s, genl ctrl list %s" % (got, want)); sys.exit(1)
print("ok: the section header's comment names the same %d families" % len(want))
PY
if command -v tshark > /dev/null; then
  c=$(tshark -r "$out/live-capture.nlscope.pcapng" -Y frame.comment -T fields -e frame.comment 2>/dev/null | head -1)
  case "$c" in *"added by nlscope"*) echo "ok: Wireshark shows the added frames' comment";; *) echo "FAIL: no comment on the added frames ($c)"; fail=1;; esac
fi
check "$out/live-capture.log" "nlscope exit 130" "SIGINT ends the capture (exit 130, the signal's)"
check "$out/live-capture.nlscope.log" "frames of the kernel's generic netlink families; received" "the summary gives received and dropped packets"
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
rotated=$(ls "$out"/live-rotate.nlscope-*.pcapng 2>/dev/null | sort)
n=$(echo "$rotated" | grep -c . || true)
if [ "$n" -ge 3 ]; then
  echo "ok: --rotate-seconds 1 over 3.5 s wrote $n files"
  python3 scripts/live-compare.py "$out/live-rotate.pcap" $rotated || fail=1
  for f in $rotated; do capinfos "$f" > /dev/null 2>&1 || { echo "FAIL: $f is not a valid capture"; fail=1; }; done
else
  echo "FAIL: --rotate-seconds 1 over 3.5 s wrote $n files"; fail=1
fi
check "$out/live-print.txt" "RTM_GETLINK" "--print shows the messages"
check "$out/live-print.txt" "[answered by frame" "--print shows a request with its answer"
check "$out/live-errors.log" "exit 0 (expected 0 for -Y)" "capture -Y captures"
if [ -f "$out/live-filter.nlscope.pcapng" ]; then
  all=$(tshark -r "$out/live-filter.nlscope.pcapng" -T fields -e frame.number 2>/dev/null | wc -l)
  newlink=$(tshark -r "$out/live-filter.nlscope.pcapng" -Y 'netlink-route.nltype == 16' -T fields -e frame.number 2>/dev/null | wc -l)
  [ "$all" = 4 ] && [ "$newlink" = 4 ] && echo "ok: capture -Y wrote 4 frames, each with an RTM_NEWLINK (tshark)" \
    || { echo "FAIL: capture -Y wrote $all frames, $newlink with RTM_NEWLINK"; fail=1; }
  if grep -q "RTM_NEWADDR\|RTM_GETADDR" "$out/live-filter.txt" || ! grep -q "RTM_NEWLINK" "$out/live-filter.txt"; then
    echo "FAIL: capture -Y --print shows other messages or none"; fail=1
  else echo "ok: capture -Y --print shows only RTM_NEWLINK"; fi
else
  echo "FAIL: capture -Y wrote no file"; fail=1
fi
check "$out/live-full.log" "exit 8 (expected 8)" "a full disk during the capture exits 8"
check "$out/live-full.log" "holds what was written before." "a full disk is said in one sentence, naming the file that keeps the packets"
if [ -s "$out/live-full.nlscope.pcapng" ] && capinfos "$out/live-full.nlscope.pcapng" > /dev/null 2>&1; then
  echo "ok: the file of the full disk is a valid capture ($(capinfos -c "$out/live-full.nlscope.pcapng" | awk '/Number of packets/ {print $4}') packets)"
  python3 scripts/live-compare.py "$out/live-full.pcap" "$out/live-full.nlscope.pcapng" || fail=1
else
  echo "FAIL: the file of the full disk is missing or not a valid capture"; fail=1
fi
# the burst: nlscope's kernel drops next to tcpdump's, and what both kept
td=$(grep -o '[0-9]* packets dropped by kernel' "$out/live-burst.tcpdump.log" | awk '{print $1}' || true)
nd=$(grep -o 'dropped by the kernel [0-9]*' "$out/live-burst.nlscope.log" | awk '{print $5}' || true)   # none: said below as a FAIL
echo "burst: tcpdump dropped ${td:-?}, nlscope dropped ${nd:-?} ($(cat "$out/live-burst.nlscope.log"))"
if [ -n "$td" ] && [ -n "$nd" ] && [ "$nd" -le "$td" ]; then echo "ok: in the burst nlscope dropped no more than tcpdump"; else echo "FAIL: burst drops"; fail=1; fi
if [ "${nd:-1}" = 0 ] && [ "${td:-1}" = 0 ]; then python3 scripts/live-compare.py "$out/live-burst.pcap" "$out/live-burst.nlscope.pcapng" || fail=1; fi
# who sent what: every process the file names is one the scenario logged, under its name; the long-lived ones are named
java -jar cli/target/nlscope.jar pairs --all -T ndjson "$out/live-processes.nlscope.pcapng" > "$out/live-processes.pairs.ndjson" || fail=1
java -jar cli/target/nlscope.jar stats -T json "$out/live-processes.nlscope.pcapng" > "$out/live-processes.stats.json" || fail=1
java -jar cli/target/nlscope.jar read "$out/live-processes.nlscope.pcapng" > "$out/live-processes.read.txt" || fail=1
python3 scripts/live-processes.py "$out/live-processes.pids" "$out/live-processes.pairs.ndjson" "$out/live-processes.stats.json" \
  "$out/live-processes.read.txt" || fail=1
if command -v tshark > /dev/null; then
  c=$(tshark -r "$out/live-processes.nlscope.pcapng" -Y 'frame.comment contains "comm=python3"' -T fields -e frame.comment 2>/dev/null | head -1)
  case "$c" in "pid="*" comm=python3") echo "ok: Wireshark shows the process comment ($c)";; *) echo "FAIL: Wireshark shows no process comment ($c)"; fail=1;; esac
fi
# the same scenario recorded twice in this run: nlscope diff says equivalent (exit 0)
if java -jar cli/target/nlscope.jar diff "$out/live-diff-1.pcap" "$out/live-diff-2.pcap" > "$out/live-diff.txt" 2>&1; then
  echo "ok: diff-base recorded twice is equivalent ($(tail -1 "$out/live-diff.txt"))"
else
  echo "FAIL: diff-base recorded twice differs:"; cat "$out/live-diff.txt"; fail=1
fi
echo "live test output in $out"
exit $fail
