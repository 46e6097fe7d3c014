#!/bin/bash
# capture-in-vm.sh - capture REAL netlink traffic (nlmon) from a stock Debian
# kernel booted in qemu, for hosts whose own kernel lacks CONFIG_NLMON.
#
# Usage:  capture-in-vm.sh OUTDIR [SCENARIO_FILE]
#
#   OUTDIR         host folder that receives NAME.pcap (+ NAME.log with the
#                  commands' own output, NAME.tcpdump.log) for every scenario,
#                  plus console.log (serial console) and guest.log.
#   SCENARIO_FILE  optional. Plain text; a line "## NAME" starts a scenario,
#                  the following lines (bash) are its commands. Each scenario
#                  is captured into OUTDIR/NAME.pcap (tcpdump -i nlmon0).
#                  Without it a built-in set of scenarios is used.
#                  Inside the guest: the host's whole root filesystem at the
#                  same paths (host files are never modified: writes go to a
#                  throw-away tmpfs overlay), so host programs such as java
#                  and the project's own files are usable; /nlvm/out is
#                  OUTDIR (writable, shared with the host),
#                  /nlvm/job holds the scenarios. Only the guest's own
#                  loopback/dummy/veth devices exist: qemu gets no NIC (unless NLVM_NIC=1).
#
# Environment knobs (all optional):
#   NLVM_DIR      work/cache folder             (default /tmp/nlvm)
#   NLVM_ACCEL    auto|kvm|tcg                  (default auto: kvm only if the
#                 CPU shows vmx/svm and /dev/kvm is usable, else tcg)
#   NLVM_TIMEOUT  hard wall-clock limit for qemu, seconds (default 900)
#   NLVM_SCEN_TIMEOUT  per-scenario limit inside the guest, s (default 120)
#   NLVM_MEM      guest RAM MiB (default 2048)   NLVM_SMP  vCPUs (default 2)
#   NLVM_KPKG     kernel package (default: what linux-image-amd64 depends on)
#   NLVM_SUITE    take the kernel from another Debian suite (trixie: 6.12, unstable:
#                 the newest), through a private apt configuration under NLVM_DIR
#                 (nothing installed); its modules may be compressed (.ko.xz)
#   NLVM_APPEND   more kernel command line (e.g. "lsm=selinux" for a scenario that needs SELinux)
#   NLVM_NIC      1: give the guest one virtio-net NIC (eth0, driver virtio_net) on a
#                 qemu hub with nothing else on it: no host or network backend, the
#                 guest's packets go nowhere (for ethtool's ring, channel, coalesce
#                 queries on a real driver)                           (default 0)
#   NLVM_GUEST_PKGS  extra Debian packages made available INSIDE the guest;
#                 those the host lacks are downloaded and unpacked into a
#                 guest-only overlay layer (never installed on the host).
#
# The host gets only qemu-system-x86 installed via apt if missing (plus tshark
# when NLVM_REPORT=1, the default, to write NAME.pcap.txt = `tshark -V | head
# -200` and NAME.pcap.capinfos). The kernel (linux-image-*.deb), busybox-static,
# kmod and the guest tools are `apt-get download`ed and `dpkg -x`ed under
# NLVM_DIR (cached), never installed on the host. Assumes a merged-/usr host
# (Debian 12). Stops by itself: per-scenario `timeout`, a guest watchdog
# (power-off at ~NLVM_TIMEOUT-30 s, keeps partial pcaps, exit code 3) and a
# host-side `timeout` on qemu (exit code 1). KVM is used only when the CPU
# has vmx/svm; otherwise TCG (software emulation, ~5-6 s to boot).
set -euo pipefail

T_START=$(date +%s.%N)
HERE=$(cd "$(dirname "$0")" && pwd)
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}'; }
log() { printf '[nlvm %6ss] %s\n' "$(since "$T_START")" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[ $# -ge 1 ] || { sed -n '2,40p' "$0"; exit 2; }
[ "$(id -u)" = 0 ] || die "must run as root (apt-get, dpkg -x, virtfs of /)"
OUTDIR=$(mkdir -p "$1" && cd "$1" && pwd)
SCEN_FILE=${2:-}
[ -z "$SCEN_FILE" ] || SCEN_FILE="$(cd "$(dirname "$SCEN_FILE")" && pwd)/$(basename "$SCEN_FILE")"   # absolute: the harness changes directory
[ -z "$SCEN_FILE" ] || [ -r "$SCEN_FILE" ] || die "cannot read scenario file $SCEN_FILE"

NLVM_DIR=${NLVM_DIR:-/tmp/nlvm}
NLVM_ACCEL=${NLVM_ACCEL:-auto}
NLVM_TIMEOUT=${NLVM_TIMEOUT:-900}
NLVM_SCEN_TIMEOUT=${NLVM_SCEN_TIMEOUT:-120}
NLVM_MEM=${NLVM_MEM:-2048}
NLVM_SMP=${NLVM_SMP:-2}
NLVM_REPORT=${NLVM_REPORT:-1}
NLVM_NIC=${NLVM_NIC:-0}
# Debian packages the guest needs (taken from the host root when the host has
# them, otherwise unpacked into the guest-only layer).
GUEST_PKGS_BASE="busybox-static kmod iproute2 tcpdump libpcap0.8 procps coreutils"
NLVM_GUEST_PKGS=${NLVM_GUEST_PKGS-"ethtool nftables conntrack iptables iw wireguard-tools auditd strace"}
export DEBIAN_FRONTEND=noninteractive

mkdir -p "$NLVM_DIR"/debs
cd "$NLVM_DIR"

# ---------------------------------------------------------------- host tools
need=()
command -v qemu-system-x86_64 >/dev/null || need+=(qemu-system-x86)
if [ "$NLVM_REPORT" = 1 ]; then
  command -v tshark >/dev/null || need+=(tshark)
  command -v capinfos >/dev/null || need+=(wireshark-common)
fi
if [ ${#need[@]} -gt 0 ]; then
  log "apt-get install on host: ${need[*]}"
  apt-get install -y -q --no-install-recommends "${need[@]}" >"$NLVM_DIR/apt-host.log" 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends "${need[@]}" >>"$NLVM_DIR/apt-host.log" 2>&1; } \
    || die "apt-get install ${need[*]} failed, see $NLVM_DIR/apt-host.log"
fi

# ------------------------------------------------------- kernel + guest layer
suite_apt=(); kparts=""
if [ -n "${NLVM_SUITE:-}" ]; then   # a newer kernel: the same archive, another suite, a private apt state
  sdir="$NLVM_DIR/apt-$NLVM_SUITE"
  mkdir -p "$sdir/lists/partial" "$sdir/cache/archives/partial"
  uri=$(grep -rhoE '^URIs: *http[^ ]*debian/?$' /etc/apt/sources.list.d/ 2>/dev/null | head -1 | sed 's/^URIs: *//')
  printf 'deb [trusted=yes] %s %s main\n' "${uri:-http://deb.debian.org/debian}" "$NLVM_SUITE" > "$sdir/sources.list"
  suite_apt=(-o Dir::Etc::sourcelist="$sdir/sources.list" -o Dir::Etc::sourceparts=/nonexistent
             -o Dir::State::Lists="$sdir/lists" -o Dir::Cache="$sdir/cache" -o Debug::NoLocking=1)
  [ -n "$(ls "$sdir/lists" 2>/dev/null | grep -v partial)" ] || apt-get "${suite_apt[@]}" -q update >"$NLVM_DIR/apt-suite.log" 2>&1 \
    || die "apt-get update of suite $NLVM_SUITE failed, see $NLVM_DIR/apt-suite.log"
  [ -n "${NLVM_KPKG:-}" ] || NLVM_KPKG=$(apt-cache "${suite_apt[@]}" depends linux-image-amd64 | awk '/Depends: linux-image-[0-9]/{print $2; exit}')
  [ -n "$NLVM_KPKG" ] || die "cannot resolve linux-image-amd64 in $NLVM_SUITE"
fi
if [ -z "${NLVM_KPKG:-}" ]; then
  NLVM_KPKG=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/{print $2; exit}')
  [ -n "$NLVM_KPKG" ] || { apt-get update -q >/dev/null 2>&1; NLVM_KPKG=$(apt-cache depends linux-image-amd64 | awk '/Depends: linux-image-[0-9]/{print $2; exit}'); }
  [ -n "$NLVM_KPKG" ] || die "cannot resolve linux-image-amd64 (apt-get update?)"
fi
KVER=${NLVM_KPKG#linux-image-}
LAYER="$NLVM_DIR/layer-$KVER"      # guest-only overlay layer (kernel modules + missing packages)
STAMP="$LAYER/.nlvm-complete"
want_pkgs="$GUEST_PKGS_BASE $NLVM_GUEST_PKGS"

usrmerge_fix() {  # the host is merged-/usr: /lib,/bin,/sbin are symlinks; keep them so
  local root=$1 d
  for d in bin sbin lib lib64; do
    if [ -d "$root/$d" ] && [ ! -L "$root/$d" ]; then
      mkdir -p "$root/usr/$d"
      cp -a "$root/$d/." "$root/usr/$d/"
      rm -rf "${root:?}/$d"
      ln -s "usr/$d" "$root/$d"
    fi
  done
}

if [ ! -e "$STAMP" ] || [ "$(cat "$STAMP")" != "$want_pkgs" ]; then
  log "preparing guest layer $LAYER (kernel $NLVM_KPKG)"
  rm -rf "$LAYER"; mkdir -p "$LAYER"
  # packages the host lacks (dependencies included) + always busybox-static + kmod
  missing=$(apt-get install -s --no-install-recommends $want_pkgs 2>/dev/null | awk '/^Inst /{print $2}')
  if [ ${#suite_apt[@]} -gt 0 ]; then   # the kernel from its suite, the rest from the host's
    # newer kernels are split: the image package depends on linux-binary-, linux-modules-, linux-base-KVER
    kparts="$NLVM_KPKG $(apt-cache "${suite_apt[@]}" depends "$NLVM_KPKG" | awk -v v="$KVER" '$1=="Depends:" && ($2=="linux-binary-" v || $2=="linux-modules-" v || $2=="linux-base-" v) {print $2}')"
    (cd debs && apt-get "${suite_apt[@]}" download -q $kparts >"$NLVM_DIR/apt-download-kernel.log" 2>&1) \
      || die "apt-get download $NLVM_KPKG from $NLVM_SUITE failed, see $NLVM_DIR/apt-download-kernel.log"
    dl="busybox-static kmod $missing"
  else
    dl="$NLVM_KPKG busybox-static kmod $missing"
  fi
  dl=$(echo $dl | tr ' ' '\n' | sort -u | tr '\n' ' ')
  log "apt-get download (not installed on host): $dl"
  chmod 777 debs  # let the _apt sandbox user write here
  (cd debs && apt-get download -q $dl >"$NLVM_DIR/apt-download.log" 2>&1) \
    || { apt-get update -q >/dev/null 2>&1; (cd debs && apt-get download -q $dl >>"$NLVM_DIR/apt-download.log" 2>&1); } \
    || die "apt-get download failed, see $NLVM_DIR/apt-download.log"
  for p in $dl ${kparts:-}; do
    f=$(ls -t debs/"${p}"_*.deb 2>/dev/null | head -1)
    [ -n "$f" ] || die "no .deb for $p"
    dpkg -x "$f" "$LAYER"
  done
  usrmerge_fix "$LAYER"
  # kmod dispatches on argv[0] (absolute links like /bin/kmod resolve inside the guest)
  mkdir -p "$NLVM_DIR/hostbin"
  ln -sf "$LAYER/usr/bin/kmod" "$NLVM_DIR/hostbin/depmod"
  ln -sf "$LAYER/usr/bin/kmod" "$NLVM_DIR/hostbin/modprobe"
  "$NLVM_DIR/hostbin/depmod" -b "$LAYER" "$KVER" || die "depmod failed"
  ls "$LAYER/usr/lib/modules/$KVER/kernel/drivers/net/nlmon.ko"* >/dev/null 2>&1 || die "kernel $KVER has no nlmon.ko"
  echo "$want_pkgs" >"$STAMP"
fi
KERNEL="$LAYER/boot/vmlinuz-$KVER"
[ -r "$KERNEL" ] || KERNEL="$LAYER/usr/lib/modules/$KVER/vmlinuz"   # where the split packages of newer kernels put it
[ -r "$KERNEL" ] || die "no kernel image $KERNEL"

# --------------------------------------------------------------- initramfs
IRD="$NLVM_DIR/initramfs-$KVER"
INITRD="$NLVM_DIR/initramfs-$KVER.cpio.gz"
if [ ! -s "$INITRD" ] || [ "$INITRD" -ot "$0" ]; then
  log "building initramfs $INITRD"
  rm -rf "$IRD"; mkdir -p "$IRD"/{bin,sbin,dev,proc,sys,mnt,newroot,modules}
  cp "$LAYER/usr/bin/busybox" "$IRD/bin/busybox"
  n=0
  for m in virtio_pci 9pnet_virtio 9p overlay; do
    "$NLVM_DIR/hostbin/modprobe" --show-depends -d "$LAYER" -S "$KVER" "$m" | awk '$1=="insmod"{print $2}'
  done | awk '!seen[$0]++' | while read -r ko; do
    n=$((n+1)); b="$IRD/modules/$(printf %02d $n)-$(basename "$ko")"
    case "$ko" in   # busybox insmod reads plain .ko: newer kernels ship them compressed
      *.ko.xz) xz -dc "$ko" > "${b%.xz}";;
      *.ko.zst) zstd -qdc "$ko" > "${b%.zst}";;
      *.ko.gz) gzip -dc "$ko" > "${b%.gz}";;
      *) cp "$ko" "$b";;
    esac
  done
  cat >"$IRD/init" <<'EOF'
#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
echo "nlvm-init: kernel $(uname -r) up at $(cut -d' ' -f1 /proc/uptime)s"
for m in /modules/*.ko; do insmod "$m" 2>/dev/null || echo "nlvm-init: insmod $m failed"; done
o9p="trans=virtio,version=9p2000.L,msize=512000"
mkdir -p /mnt/host /mnt/layer /mnt/rw
mount -t 9p -o "$o9p,ro,cache=loose" hostroot /mnt/host || echo "nlvm-init: mount hostroot failed"
mount -t 9p -o "$o9p,ro,cache=loose" layer /mnt/layer  || echo "nlvm-init: mount layer failed"
mount -t tmpfs -o mode=755 rw /mnt/rw; mkdir -p /mnt/rw/upper /mnt/rw/work
if ! mount -t overlay overlay -o lowerdir=/mnt/layer:/mnt/host,upperdir=/mnt/rw/upper,workdir=/mnt/rw/work /newroot; then
  echo "nlvm-init: overlay mount failed"; sleep 1; poweroff -f
fi
mkdir -p /newroot/nlvm/job /newroot/nlvm/out
mount -t 9p -o "$o9p,ro" job /newroot/nlvm/job
mount -t 9p -o "$o9p,rw,cache=none" out /newroot/nlvm/out
for d in proc sys dev; do mount --move /$d /newroot/$d; done
mkdir -p /newroot/dev/pts /newroot/dev/shm
mount -t devpts devpts /newroot/dev/pts; mount -t tmpfs tmpfs /newroot/dev/shm
ln -sf /proc/self/fd /newroot/dev/fd; ln -sf /proc/self/fd/0 /newroot/dev/stdin
ln -sf /proc/self/fd/1 /newroot/dev/stdout; ln -sf /proc/self/fd/2 /newroot/dev/stderr
mount -t tmpfs tmpfs /newroot/run
mount -t cgroup2 cgroup2 /newroot/sys/fs/cgroup 2>/dev/null
echo "nlvm-init: root ready at $(cut -d' ' -f1 /newroot/proc/uptime)s, switch_root"
exec switch_root /newroot /bin/bash /nlvm/job/guest-main.sh
EOF
  chmod 755 "$IRD/init"
  (cd "$IRD" && find . | "$IRD/bin/busybox" cpio -o -H newc 2>/dev/null | gzip -1 >"$INITRD")
fi

# ------------------------------------------------------------ job / scenarios
JOB=$(mktemp -d "$NLVM_DIR/job.XXXXXX")
trap 'rm -rf "$JOB"' EXIT
mkdir -p "$JOB/scen"
# the scenarios' own programs (genlq.py ...), at /nlvm/job/tools in the guest
cp -r "$HERE/tools" "$JOB/tools"
if [ -n "$SCEN_FILE" ]; then
  cat "$SCEN_FILE" >"$JOB/scenarios.txt"
else
  cat >"$JOB/scenarios.txt" <<'EOF'
## rtnl-dump
# plain rtnetlink dumps / gets (NETLINK_ROUTE)
ip link show
ip -d link show
ip -s -s link show
ip addr show
ip -4 route show table all
ip -6 route show
ip neigh show
ip rule show
ip -j link show lo
ip netconf show
## rtnl-changes
# link/addr/route changes, each with the kernel's ACK (and errors)
ip link add dummy0 type dummy
ip link set dummy0 up
ip link set dummy0 mtu 1400
ip addr add 192.0.2.1/24 dev dummy0
ip -6 addr add 2001:db8::1/64 dev dummy0 nodad
ip route add 198.51.100.0/24 via 192.0.2.254 dev dummy0
ip route get 198.51.100.7
ip route add 198.51.100.0/24 via 192.0.2.254 dev dummy0 || echo "expected EEXIST"
ip -6 route add 2001:db8:1::/48 via 2001:db8::fe dev dummy0
ip neigh add 192.0.2.9 lladdr 02:00:00:00:00:09 dev dummy0
ip link add veth0 type veth peer name veth1
ip link set veth0 master dummy0 2>/dev/null || echo "expected failure: dummy is no master"
ip route del 198.51.100.0/24
ip -6 route del 2001:db8:1::/48
ip addr del 192.0.2.1/24 dev dummy0
ip link del veth0
ip link del dummy0
ip link del nosuchdev || echo "expected ENODEV"
## rtnl-bulk
# multi-part dumps (NLM_F_MULTI spread over several packets, then NLMSG_DONE)
ip link add dummy3 type dummy
ip link set dummy3 up
ip addr add 10.99.0.1/16 dev dummy3
for i in $(seq 1 400); do echo "route add 10.200.$((i / 250)).$((i % 250))/32 via 10.99.0.254 dev dummy3"; done > /tmp/routes.batch
ip -batch /tmp/routes.batch
ip route show | wc -l
ip -4 route show table all > /dev/null
ip link del dummy3
## rtnl-monitor
# multicast notifications delivered to a listening socket (ip monitor)
ip monitor all > /tmp/mon.txt 2>&1 &
MON=$!
sleep 1
ip link add dummy1 type dummy
ip link set dummy1 up
ip addr add 203.0.113.1/24 dev dummy1
ip link del dummy1
sleep 1
kill $MON
cat /tmp/mon.txt
## sock-diag
# NETLINK_SOCK_DIAG: inet_diag (tcp/udp), unix_diag, netlink_diag, packet_diag
python3 - <<'PY' &
import socket, time, os
l = socket.socket(); l.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); l.bind(("127.0.0.1", 8080)); l.listen()
c = socket.create_connection(("127.0.0.1", 8080)); a, _ = l.accept()
l6 = socket.socket(socket.AF_INET6); l6.bind(("::1", 8443)); l6.listen()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", 5353))
x = socket.socket(socket.AF_UNIX); x.bind("/tmp/nlvm.sock"); x.listen()
pr = socket.socketpair()
open("/tmp/sockets-ready", "w").close()
time.sleep(30)
PY
PY=$!
for i in $(seq 1 100); do [ -e /tmp/sockets-ready ] && break; sleep 0.1; done
ss -a
ss -tanpie
ss -uan
ss -xa
ss -A netlink
ss -0 -a
ss -t state established '( dport = :8080 or sport = :8080 )'
kill $PY
## genl-ctrl
# NETLINK_GENERIC: nlctrl family/ops dumps and family-id resolution
genl ctrl list
genl ctrl get name nlctrl
genl ctrl get name nosuchfamily || echo "expected ENOENT"
## genl-ethtool
# ethtool netlink (ETHTOOL_GENL family) on a dummy device
ip link add dummy2 type dummy
ip link set dummy2 up
ethtool dummy2
ethtool -k dummy2
ethtool -i dummy2
ethtool -l dummy2 || true
ethtool -g dummy2 || true
ethtool --json -k dummy2 2>/dev/null || true
ethtool -K dummy2 tx off
ip link del dummy2
## genl-misc
# other generic-netlink users: devlink, wireguard, nl80211 (mac80211_hwsim)
devlink dev show
devlink -j dev show
ip link add wg0 type wireguard
wg genkey > /tmp/wg.key
wg set wg0 private-key /tmp/wg.key listen-port 51820
wg show
wg show wg0 dump
ip link del wg0
modprobe mac80211_hwsim radios=1 && sleep 1
iw dev
iw phy | head -40
iw reg get
## netfilter
# NETLINK_NETFILTER: nf_tables (nft, iptables-nft), ctnetlink (conntrack)
nft list ruleset
nft add table inet nlvm
nft add chain inet nlvm input '{ type filter hook input priority 0; policy accept; }'
nft add rule inet nlvm input tcp dport 8080 counter accept
nft -a list ruleset
nft delete table inet nlvm
# iptables-nft talks nf_tables over nfnetlink (Debian's "iptables" alternative link is not set up in the guest layer)
iptables-nft -L -n
iptables-nft -A INPUT -p udp --dport 9999 -j DROP
iptables-nft -S
iptables-nft -F
conntrack -L
conntrack -S
## xfrm
# NETLINK_XFRM: IPsec SA/policy add/dump/del
ip xfrm state add src 192.0.2.1 dst 192.0.2.2 proto esp spi 0x1000 mode transport enc 'cbc(aes)' 0x00112233445566778899aabbccddeeff
ip xfrm state list
ip xfrm policy add src 192.0.2.1 dst 192.0.2.2 dir out tmpl proto esp mode transport
ip xfrm policy list
ip xfrm policy flush
ip xfrm state flush
## audit
# NETLINK_AUDIT is NOT on the kernel's netlink-tap whitelist: expect 0 audit packets
auditctl -s
auditctl -l
## java
# the host's JVM over the 9p root (no capture expected from java -version)
java -version
ls /usr/lib/jvm
for j in /usr/lib/jvm/*/bin/java; do echo "== $j"; "$j" -version; done
EOF
fi
# split "## NAME" blocks into scen/NN-NAME.sh
awk -v dir="$JOB/scen" '
  /^## /{ n++; name=$2; gsub(/[^A-Za-z0-9_.-]/,"_",name); f=sprintf("%s/%02d-%s.sh",dir,n,name); next }
  f { print > f }' "$JOB/scenarios.txt"
ls "$JOB"/scen/*.sh >/dev/null 2>&1 || die "no '## NAME' scenario in scenario file"

cat >"$JOB/guest-main.sh" <<EOF
#!/bin/bash
# PID 1 inside the guest (after switch_root). Captures each scenario.
SCEN_TIMEOUT=$NLVM_SCEN_TIMEOUT
GUEST_DEADLINE=$(( NLVM_TIMEOUT > 60 ? NLVM_TIMEOUT - 30 : NLVM_TIMEOUT * 2 / 3 ))  # in guest uptime seconds
EOF
cat >>"$JOB/guest-main.sh" <<'EOF'
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export HOME=/root LANG=C.UTF-8 TERM=dumb
OUT=/nlvm/out
mkdir -p /run/nlvm
exec > >(tee /run/nlvm/guest.log) 2>&1
halt_now() {
  echo "nlvm-guest: power off at $(cut -d' ' -f1 /proc/uptime)s"
  cp /run/nlvm/guest.log $OUT/guest.log 2>/dev/null; sync
  busybox poweroff -f; echo o > /proc/sysrq-trigger
}
# watchdog: power off (keeping a partial capture) before the host-side timeout hits
( up=$(cut -d. -f1 /proc/uptime); sleep $(( GUEST_DEADLINE > up ? GUEST_DEADLINE - up : 1 ))
  echo "nlvm-guest: WATCHDOG fired at $(cut -d' ' -f1 /proc/uptime)s (NLVM_TIMEOUT too small or a scenario hangs)"
  if [ -s /run/nlvm/tcpdump.pid ]; then kill -INT "$(cat /run/nlvm/tcpdump.pid)"; sleep 1; fi
  for f in /run/nlvm/*.pcap; do [ -e "$f" ] && cp "$f" "$OUT/"; done
  halt_now ) &
hostname nlvm 2>/dev/null || busybox hostname nlvm
echo "nlvm-guest: $(uname -a)"
echo "nlvm-guest: userland up at $(cut -d' ' -f1 /proc/uptime)s"
ip link set lo up
modprobe nlmon || echo "nlvm-guest: modprobe nlmon failed"
ip link add nlmon0 type nlmon && ip link set nlmon0 up || { echo "nlvm-guest: cannot create nlmon0"; halt_now; }
ip -d link show nlmon0
for s in /nlvm/job/scen/*.sh; do
  name=$(basename "$s" .sh); name=${name#[0-9][0-9]-}
  echo "nlvm-guest: === scenario $name ($(cut -d' ' -f1 /proc/uptime)s)"
  # write to guest tmpfs (fast) with a 32 MiB ring, copy to the 9p share afterwards (no drops)
  mkdir -p /run/nlvm
  tcpdump -Z root -i nlmon0 --immediate-mode -B 32768 -s 0 -w "/run/nlvm/$name.pcap" >"$OUT/$name.tcpdump.log" 2>&1 &
  TD=$!; echo $TD > /run/nlvm/tcpdump.pid
  for i in $(seq 1 100); do grep -q "listening on" "$OUT/$name.tcpdump.log" 2>/dev/null && break; sleep 0.1; done
  sleep 0.3
  ( cd /tmp && timeout -k 5 "$SCEN_TIMEOUT" bash -x "$s" ) >"$OUT/$name.log" 2>&1
  rc=$?
  sleep 1
  kill -INT $TD; wait $TD; : > /run/nlvm/tcpdump.pid
  cp "/run/nlvm/$name.pcap" "$OUT/$name.pcap" && rm -f "/run/nlvm/$name.pcap"
  echo "nlvm-guest: scenario $name rc=$rc; $(tail -2 "$OUT/$name.tcpdump.log" | tr '\n' ' ')"
done
ip link del nlmon0
halt_now
EOF
chmod 755 "$JOB/guest-main.sh"

# ---------------------------------------------------------------- accel
kvm_ok=0
if [ -w /dev/kvm ] && grep -qwE 'vmx|svm' /proc/cpuinfo; then kvm_ok=1; fi
case "$NLVM_ACCEL" in
  auto) if [ $kvm_ok = 1 ]; then NLVM_ACCEL=kvm; else NLVM_ACCEL=tcg; fi ;;
  kvm|tcg) ;;
  *) die "NLVM_ACCEL must be auto, kvm or tcg" ;;
esac
if [ "$NLVM_ACCEL" = kvm ]; then ACC=(-accel kvm -cpu host); else ACC=(-accel tcg,thread=multi -cpu max); fi
NIC=()
[ "$NLVM_NIC" = 1 ] && NIC=(-netdev hubport,id=nic0,hubid=0 -device virtio-net-pci,netdev=nic0,mac=52:54:00:12:34:56)

# ---------------------------------------------------------------- boot
rm -f "$OUTDIR"/console.log "$OUTDIR"/guest.log
log "booting $KVER with $NLVM_ACCEL (mem ${NLVM_MEM}M, smp $NLVM_SMP, limit ${NLVM_TIMEOUT}s)"
T_BOOT=$(date +%s.%N)
set +e
timeout -k 10 "$NLVM_TIMEOUT" qemu-system-x86_64 \
  -nodefaults -no-user-config -machine pc "${ACC[@]}" -smp "$NLVM_SMP" -m "$NLVM_MEM" \
  -display none -vga none -no-reboot -serial file:"$OUTDIR/console.log" \
  -kernel "$KERNEL" -initrd "$INITRD" \
  -append "console=ttyS0 panic=-1 loglevel=4 8250.nr_uarts=1 mitigations=off${NLVM_APPEND:+ $NLVM_APPEND}" \
  -fsdev local,id=fs0,path=/,security_model=none,readonly=on,multidevs=remap \
  -device virtio-9p-pci,fsdev=fs0,mount_tag=hostroot \
  -fsdev local,id=fs1,path="$LAYER",security_model=none,readonly=on \
  -device virtio-9p-pci,fsdev=fs1,mount_tag=layer \
  -fsdev local,id=fs2,path="$JOB",security_model=none,readonly=on \
  -device virtio-9p-pci,fsdev=fs2,mount_tag=job \
  -fsdev local,id=fs3,path="$OUTDIR",security_model=none \
  -device virtio-9p-pci,fsdev=fs3,mount_tag=out "${NIC[@]}" \
  </dev/null >"$NLVM_DIR/qemu.err" 2>&1
QRC=$?
set -e
T_END=$(date +%s.%N)
log "qemu exited rc=$QRC after $(since "$T_BOOT")s (stderr: $NLVM_DIR/qemu.err)"
grep -E 'nlvm-(init|guest)' "$OUTDIR/console.log" >&2 || true
[ $QRC = 0 ] || { tail -20 "$OUTDIR/console.log" >&2; cat "$NLVM_DIR/qemu.err" >&2; die "qemu failed or timed out (rc=$QRC)"; }

# ---------------------------------------------------------------- reports
shopt -s nullglob
pcaps=("$OUTDIR"/*.pcap)
[ ${#pcaps[@]} -gt 0 ] || die "no pcap produced"
if [ "$NLVM_REPORT" = 1 ]; then
  for p in "${pcaps[@]}"; do
    tshark -r "$p" -V 2>/dev/null | head -200 >"$p.txt" || true
    capinfos "$p" >"$p.capinfos" 2>&1 || true
  done
fi
{
  echo "kernel $KVER, accel $NLVM_ACCEL, qemu wall $(awk -v a="$T_BOOT" -v b="$T_END" 'BEGIN{printf "%.1f", b-a}')s"
  for p in "${pcaps[@]}"; do
    n=$(basename "$p" .pcap)
    printf '%-24s %6s packets  (%s; %s)\n' "$n.pcap" \
      "$(grep -o '[0-9]* packets captured' "$OUTDIR/$n.tcpdump.log" 2>/dev/null | awk '{print $1}')" \
      "$(grep -o '[0-9]* packets dropped by kernel' "$OUTDIR/$n.tcpdump.log" 2>/dev/null)" \
      "$(grep -o "scenario $n rc=[0-9]*" "$OUTDIR/guest.log" 2>/dev/null | sed 's/.* //')"
  done
} | tee "$OUTDIR/summary.txt" >&2
if grep -q 'WATCHDOG fired' "$OUTDIR/console.log"; then log "guest watchdog fired: captures are incomplete"; exit 3; fi
log "done: total wall time $(since "$T_START")s, qemu $(awk -v a="$T_BOOT" -v b="$T_END" 'BEGIN{printf "%.1f", b-a}')s"
