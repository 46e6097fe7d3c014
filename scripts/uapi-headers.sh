#!/usr/bin/env bash
# Newer kernels' UAPI headers, for the specs to follow (issue 15): downloads Debian's linux-libc-dev of a suite
# (trixie: 6.12, unstable: the newest) with a private apt configuration and unpacks it with dpkg -x. Nothing is
# installed on the host. Prints the unpacked include directory (DIR/usr/include) and the package's version.
#   scripts/uapi-headers.sh [trixie|unstable] [DIR]      DIR defaults to ~/.cache/nlscope/uapi/SUITE
set -euo pipefail
suite="${1:-unstable}"
case "$suite" in trixie|unstable|sid) ;; *) echo "uapi-headers.sh: suite trixie or unstable, not '$suite'" >&2; exit 2;; esac
dir="${2:-$HOME/.cache/nlscope/uapi/$suite}"
if [ -f "$dir/version" ] && [ -d "$dir/root/usr/include/linux" ]; then
  echo "$dir/root/usr/include $(cat "$dir/version")"; exit 0
fi
mkdir -p "$dir/lists/partial" "$dir/cache/archives/partial" "$dir/debs"
# the same archive the host's sources name, with the suite asked for
uri=$(grep -rhoE '^URIs: *http[^ ]*debian/?$' /etc/apt/sources.list.d/ 2>/dev/null | head -1 | sed 's/^URIs: *//')
[ -n "$uri" ] || uri=http://deb.debian.org/debian
printf 'deb [trusted=yes] %s %s main\n' "$uri" "$suite" > "$dir/sources.list"
apt_opts=(-o Dir::Etc::sourcelist="$dir/sources.list" -o Dir::Etc::sourceparts=/nonexistent
          -o Dir::State::Lists="$dir/lists" -o Dir::Cache="$dir/cache" -o APT::Architecture=amd64
          -o Debug::NoLocking=1)
apt-get "${apt_opts[@]}" -q update > "$dir/apt.log" 2>&1 || { cat "$dir/apt.log" >&2; exit 1; }
version=$(apt-cache "${apt_opts[@]}" policy linux-libc-dev | awk '/Candidate:/ {print $2}')
[ -n "$version" ] && [ "$version" != "(none)" ] || { echo "uapi-headers.sh: no linux-libc-dev in $suite" >&2; exit 1; }
(cd "$dir/debs" && apt-get "${apt_opts[@]}" -q download "linux-libc-dev=$version" >> "$dir/apt.log" 2>&1) \
  || { cat "$dir/apt.log" >&2; exit 1; }
rm -rf "$dir/root"
dpkg -x "$dir"/debs/linux-libc-dev_*.deb "$dir/root"
echo "$version" > "$dir/version"
echo "$dir/root/usr/include $version"
