#!/usr/bin/env bash
# Runs every test of nlscope. Installs what the tests need first: tshark (the independent
# oracle the tests compare against), libpcap, strace, iproute2, and Chromium with its driver.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v tshark >/dev/null || need+=(tshark)
command -v editcap >/dev/null || need+=(wireshark-common)
command -v strace >/dev/null || need+=(strace)      # nlscope trace's tests run real programs under strace
command -v ip >/dev/null || need+=(iproute2)        # ... such as ip link show
[ -x /usr/bin/chromium ] || need+=(chromium)         # nlscope report's pages are tested in a real browser (headless)
[ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
/usr/bin/python3 -c 'import yaml' 2>/dev/null || need+=(python3-yaml)   # scripts/uapi-check.py reads the specs (Debian's python3)
[ -e /usr/lib/x86_64-linux-gnu/libpcap.so.0.8 ] || ls /usr/lib/*/libpcap.so.0.8 >/dev/null 2>&1 || need+=(libpcap0.8)
if [ ${#need[@]} -gt 0 ]; then
  echo "scripts/test.sh: installing ${need[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
fi
# the specs against the newest kernel headers Debian ships (7.2) and trixie's (6.12): every enum entry's name and
# number (scripts/uapi-check.py; exit 1 on a misnumbered entry)
for suite in unstable trixie; do
  include=$(scripts/uapi-headers.sh "$suite" | cut -d' ' -f1)
  /usr/bin/python3 scripts/uapi-check.py "$include" | tail -1
done
# ... and every member of the 7.2 header enums the specs' enums mirror named (exit 2 names the spec, enum and member)
/usr/bin/python3 scripts/uapi-check.py "$(scripts/uapi-headers.sh unstable | cut -d' ' -f1)" --missing | grep '^missing: '
# -Dnlscope.browser=required: the browser tests fail, rather than skip, without Chromium
mvn -B -Dstyle.color=never -Dnlscope.browser=required verify
