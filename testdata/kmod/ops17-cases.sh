#!/bin/sh
# The unit-17 cases of the ops service, run as one program under `nlscope trace`
# (scenarios-kmod.txt, ## kmod-ops17). $1 = this folder, $2 = where the logs go.
K=$1; O=$2
rm -f /tmp/o1.ready /tmp/o2.ready
# two multicast listeners on group 1, 4 broadcasts each
$K/ops_client -u 17 -r /tmp/o1.ready listen 4 > $O/kmod-ops17.listen-bind.client.log & L1=$!
$K/ops_client -u 17 -m -r /tmp/o2.ready listen 4 > $O/kmod-ops17.listen-membership.client.log & L2=$!
i=0; while [ $i -lt 600 ] && ! { [ -e /tmp/o1.ready ] && [ -e /tmp/o2.ready ]; }; do sleep 0.1; i=$((i+1)); done
$K/ops_client -u 17 -s 1 ping echo:hello reset op:9:bad badmagic:oops "echo:hello netlink" > $O/kmod-ops17.requests.client.log
wait $L1 $L2
$K/ops_client -u 17 -p 100 -s 10 echo:port100 ping > $O/kmod-ops17.port100.client.log
$K/ops_client -u 17 -s 100 echo:a1 echo:a2 echo:a3 ping > $O/kmod-ops17.two-a.client.log & A=$!
$K/ops_client -u 17 -s 200 echo:b1 echo:b2 echo:b3 ping > $O/kmod-ops17.two-b.client.log & B=$!
wait $A $B
$K/ops_client -u 17 -W -s 30 echo:wholebuf > $O/kmod-ops17.wholebuf.client.log
$K/ops_client -u 17 -n -s 40 echo:never-read ping > $O/kmod-ops17.noread.client.log
