# Sourced by scenarios (. /nlvm/job/tools/trace.sh) whose protocol nlmon does not see (audit, SELinux, connector,
# uevent, crypto): each program that talks it runs under `nlscope trace` (its own socket I/O, from strace).
#   T FILE PROGRAM ARGS...   traces PROGRAM into /nlvm/out/FILE (the run's output folder)
#   ready FILE WORD          waits (up to 60 s) until a listener started in the background wrote WORD to FILE
T() { f=$1; shift; java -XX:TieredStopAtLevel=1 -jar /work/main/cli/target/nlscope.jar trace -w "/nlvm/out/$f" -- "$@"; }
ready() { for i in $(seq 1 300); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.2; done; echo "not ready: $1"; }
