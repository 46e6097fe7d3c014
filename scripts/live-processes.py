#!/usr/bin/env python3
"""Checks the processes `nlscope capture` recorded in the live-processes scenario (scripts/test-live.sh).

PIDS: the scenario's log, one line per process it started: "NAME PID [PORT|batch|short]". PAIRS: `pairs --all -T
ndjson`, STATS: `stats -T json`, READ: `read` of the same file. Every process the file names must be one the
scenario started, under its name; the two long-lived ones (python3 dumping links with its port in nlmsg_pid, and
ip -batch reading a slow pipe) must name every one of their transactions, and ip -batch the notifications its
changes caused. Short-lived ip commands are named when their socket was still there when nlscope looked: counted,
not required.
"""
import json
import re
import sys

pids_file, pairs_file, stats_file, read_file = sys.argv[1:5]
started = {}
kinds = {}
for line in open(pids_file):
    w = line.split()
    if len(w) >= 2:
        started[int(w[1])] = w[0]
        kinds[int(w[1])] = w[2] if len(w) > 2 else ""
python_pid = next(p for p, n in started.items() if n == "python3")
batch_pid = next(p for p, k in kinds.items() if k == "batch")
short = {p for p, k in kinds.items() if k == "short"}

lines = open(pairs_file).read().splitlines()
if any(l[:1] != "{" for l in lines):
    print("FAIL: an NDJSON line of pairs does not start with its object")
    sys.exit(1)
rows = [json.loads(l)["row"] for l in lines if l.startswith('{"row"')]
fail = []
named = {}
for r in rows:
    if r["pid"] is None:
        continue
    # a name "" is a pid whose /proc/PID/comm was gone when nlscope read it (the process had exited): true, not named
    if r["pid"] not in started or r["process"] not in ("", started[r["pid"]]):
        fail.append("row %d names %s[%s], which the scenario did not start under that name" % (r["index"], r["process"], r["pid"]))
    named.setdefault(r["pid"], []).append(r)


def transactions(pid):
    return [r for r in named.get(pid, []) if r["outcome"] not in ("NOTIFICATION", "ORPHAN", "LATE", "COPY", "UNREADABLE")]


dumps = [r for r in transactions(python_pid) if r["operation"] == "GETLINK" and r["outcome"] == "DUMP"]
if len(dumps) != 5:
    fail.append("python3[%d]: %d of its 5 link dumps named" % (python_pid, len(dumps)))
batch = transactions(batch_pid)
# iproute2 first probes for RTM_NEWLINK support (an empty request the kernel answers ENODEV), then the four changes
got = [(r["operation"], r["outcome"], r["errno"]) for r in batch]
want = [("NEWLINK", "ERROR", "ENODEV"), ("NEWLINK", "ACK", ""), ("NEWLINK", "ACK", ""), ("NEWADDR", "ACK", ""), ("NEWROUTE", "ACK", "")]
if got != want:
    fail.append("ip -batch[%d]: its transactions named %s" % (batch_pid, [(r["operation"], r["outcome"]) for r in batch]))
caused = [r for r in named.get(batch_pid, []) if r["outcome"] == "NOTIFICATION"]
if not caused:
    fail.append("ip -batch[%d]: no notification named as caused by it" % batch_pid)
unnamed_requests = [r for r in rows if r["pid"] is None and r["outcome"] not in ("NOTIFICATION",)]
short_named = {p for p in named if p in short}

stats = json.load(open(stats_file))
by_pid = {p["pid"]: p for p in stats["processes"]}
if by_pid.get(python_pid, {}).get("transactions") != len(transactions(python_pid)) or by_pid[python_pid]["name"] != "python3":
    fail.append("stats: python3[%d] is %s" % (python_pid, by_pid.get(python_pid)))
if by_pid.get(batch_pid, {}).get("notifications") != len(caused):
    fail.append("stats: ip -batch[%d] is %s, %d notifications caused" % (batch_pid, by_pid.get(batch_pid), len(caused)))
read = open(read_file).read()
if "sent by python3[%d]" % python_pid not in read or not re.search(r"caused by frame \d+ of ip\[%d\]" % batch_pid, read):
    fail.append("read shows not both 'sent by python3[%d]' and 'caused by frame N of ip[%d]'" % (python_pid, batch_pid))

for f in fail:
    print("FAIL: " + f)
if not fail:
    print("ok: every process the file names is one the scenario started, under its name (%d processes); python3 and ip -batch "
          "name all their %d and %d transactions and %d notifications; %d of %d short-lived ip commands named; "
          "%d transactions name no process" % (len(named), len(dumps), len(batch), len(caused), len(short_named), len(short),
                                                len(unnamed_requests)))
sys.exit(1 if fail else 0)
