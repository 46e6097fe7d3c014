#!/usr/bin/env bash
# Rebuilds testdata/kmod/captures from a fresh machine (as root):
#  1. apt-get download + dpkg -x the headers of the kernel the qemu harness boots
#     (linux-headers-VER-amd64, linux-headers-VER-common, linux-kbuild-6.1; nothing is
#     installed), and point the -amd64 Makefile's absolute include at the unpacked copy;
#  2. builds nlscope_tut.ko against them and the clients with the host's gcc;
#  3. builds cli/target/nlscope.jar if missing (mvn install at the repository root);
#  4. runs scenarios-kmod.txt in the guest (testdata/vm/capture-in-vm.sh) and copies the
#     nlmon capture of NETLINK_USERSOCK, the nlscope-trace pcapng files of units 17/21/25/30,
#     the clients' logs and the scenarios' own output into captures/; then, in a second boot
#     with one CPU, scenarios-seed.txt (nlscope_seed.ko and seed_client): kmod-seed.pcap, the
#     module's log and kmod-seed.truth.tsv made from it by seed-truth.py.
# Usage: regenerate.sh [all|tut|seed]   (default all)
# Environment: NLVM_DIR (harness cache, default /tmp/nlvm), NLVM_KPKG (kernel package; default,
# as in capture-in-vm.sh, what linux-image-amd64 depends on). Takes about 3-5 minutes under TCG.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
NLVM_DIR=${NLVM_DIR:-/tmp/nlvm}
export NLVM_DIR

# ---- 1. the kernel version, found the way capture-in-vm.sh finds it
if [ -z "${NLVM_KPKG:-}" ]; then
  NLVM_KPKG=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/{print $2; exit}')
  [ -n "$NLVM_KPKG" ] || { apt-get update -q >/dev/null 2>&1; NLVM_KPKG=$(apt-cache depends linux-image-amd64 | awk '/Depends: linux-image-[0-9]/{print $2; exit}'); }
  [ -n "$NLVM_KPKG" ] || { echo "cannot resolve linux-image-amd64 (apt-get update?)" >&2; exit 1; }
fi
export NLVM_KPKG
KVER=${NLVM_KPKG#linux-image-}            # e.g. 6.1.0-56-amd64
KBASE=${KVER%-amd64}                      # e.g. 6.1.0-56
KSERIES=$(echo "$KVER" | cut -d. -f1,2)   # e.g. 6.1
hdr="$NLVM_DIR/kmod-headers-$KVER"
kdir="$hdr/root/usr/src/linux-headers-$KVER"
if [ ! -e "$hdr/.complete" ]; then
  echo "downloading headers for $KVER into $hdr" >&2
  rm -rf "$hdr"; mkdir -p "$hdr/debs" "$hdr/root"; chmod 777 "$hdr/debs"
  pkgs="linux-headers-$KVER linux-headers-$KBASE-common linux-kbuild-$KSERIES"
  (cd "$hdr/debs" && apt-get download -q $pkgs >"$hdr/apt-download.log" 2>&1) \
    || { apt-get update -q >/dev/null 2>&1; (cd "$hdr/debs" && apt-get download -q $pkgs >>"$hdr/apt-download.log" 2>&1); } \
    || { echo "apt-get download $pkgs failed, see $hdr/apt-download.log" >&2; exit 1; }
  for f in "$hdr"/debs/*.deb; do dpkg -x "$f" "$hdr/root"; done
  # the -amd64 Makefile is one absolute line: include /usr/src/linux-headers-VER-common/Makefile
  sed -i "s|^include /usr/src/|include $hdr/root/usr/src/|" "$kdir/Makefile"
  grep -q "^include $hdr/root/usr/src/linux-headers-$KBASE-common/Makefile" "$kdir/Makefile" \
    || { echo "unexpected $kdir/Makefile:" >&2; cat "$kdir/Makefile" >&2; exit 1; }
  touch "$hdr/.complete"
fi

# ---- 2. module and clients
make -C "$here" clean >/dev/null
make -C "$here" module KDIR="$kdir"
make -C "$here" clients
grep -aq "vermagic=$KVER " "$here/nlscope_tut.ko" \
  || { echo "nlscope_tut.ko's vermagic is not $KVER" >&2; exit 1; }

# ---- 3. the nlscope jar (nlscope trace runs in the guest)
jar="$root/cli/target/nlscope.jar"
[ -s "$jar" ] || (cd "$root" && mvn -q -B install -DskipTests)

# ---- 4. capture in the guest: the tutorial module's scenarios, then the seed-style module's
# (separate boots: both modules take units 2, 17, 21, 25 and 30)
what=${1:-all}
dest="$here/captures"
mkdir -p "$dest"
run_guest() {   # SCENARIO_FILE OUT [env...]
  local scen="$2.scenarios.txt"
  sed -e "s|@KMOD@|$here|g" -e "s|@JAR@|$jar|g" "$1" >"$scen"
  NLVM_SCEN_TIMEOUT=${NLVM_SCEN_TIMEOUT:-300} bash "$root/testdata/vm/capture-in-vm.sh" "$2" "$scen"
  rm -f "$scen"
}
if [ "$what" = all ] || [ "$what" = tut ]; then
  out="$(mktemp -d)"
  run_guest "$here/scenarios-kmod.txt" "$out"
  rm -f "$dest"/kmod-usersock.* "$dest"/kmod-hello.* "$dest"/kmod-ack.* "$dest"/kmod-burst.* "$dest"/kmod-ops17.* "$dest"/kmod-load.*
  cp "$out"/kmod-usersock.pcap "$out"/*.pcapng "$out"/*.client.log "$dest/"
  for n in kmod-load kmod-usersock kmod-hello kmod-ack kmod-burst kmod-ops17; do
    sed -e "s|$here|@KMOD@|g" -e "s|$jar|@JAR@|g" "$out/$n.log" >"$dest/$n.commands.log"
  done
  cp "$out/summary.txt" "$dest/summary.txt"
  rm -rf "$out"
fi
if [ "$what" = all ] || [ "$what" = seed ]; then
  # one CPU: the module's log is then in the order nlmon sees the frames
  out="$(mktemp -d)"
  NLVM_SMP=1 run_guest "$here/scenarios-seed.txt" "$out"
  rm -f "$dest"/kmod-seed.* "$dest"/seed-load.*
  cp "$out"/kmod-seed.pcap "$out"/kmod-seed.*.client.log "$out"/kmod-seed.module.log "$dest/"
  python3 "$here/seed-truth.py" "$out/kmod-seed.module.log" >"$dest/kmod-seed.truth.tsv"
  for n in seed-load kmod-seed; do
    sed -e "s|$here|@KMOD@|g" "$out/$n.log" >"$dest/$n.commands.log"
  done
  cp "$out/summary.txt" "$dest/summary-seed.txt"
  rm -rf "$out"
fi
echo "captures written to $dest" >&2
