#!/usr/bin/env bash
# Cuts a real capture the way a capture that started late or stopped early is cut, for the
# pairing ground truth of orphans and unanswered requests (testdata/vm/README.md). Source:
# pairs-edges.pcap (scenarios-pairs.txt), whose python program sent a change request (seq 7002)
# while its dump of the generic netlink families (seq 7001) was half read:
#   frame A   RTM_NEWLINK request, seq 7002 (after the dump request and the dump's first part)
#   frame A+1 its ACK (then the dump's second part, its NLMSG_DONE, and ip -6 route show table 999)
# pairs-cut-end.pcap   = frames 1..A: ends right after the change request, in the middle of the
#                        dump (neither the ACK nor the rest of the dump is in it);
# pairs-cut-start.pcap = frames A+1..last: starts at the change's ACK (the ACK, the dump's
#                        second part and NLMSG_DONE answer requests that are not in it).
# The cut points are found by the seq, so a regenerated pairs-edges.pcap is cut the same way.
# Needs editcap and tshark (wireshark-common, tshark). Usage: cut-captures.sh [CAPTURES_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dir="${1:-$here/../captures}"
src="$dir/pairs-edges.pcap"
mapfile -t at < <(tshark -r "$src" -Y 'netlink.hdr_seq == 7002' -T fields -e frame.number)
[ "${#at[@]}" = 2 ] && [ "${at[1]}" = $(( at[0] + 1 )) ] \
  || { echo "cut-captures.sh: expected the seq 7002 request and its ACK in two frames in a row in $src, found frames: ${at[*]}" >&2; exit 1; }
last="$(tshark -r "$src" -T fields -e frame.number | tail -1)"
editcap -F pcap -r "$src" "$dir/pairs-cut-end.pcap" "1-${at[0]}"
editcap -F pcap -r "$src" "$dir/pairs-cut-start.pcap" "${at[1]}-$last"
echo "cut-captures.sh: pairs-cut-end.pcap = frames 1-${at[0]}, pairs-cut-start.pcap = frames ${at[1]}-$last of $src" >&2
