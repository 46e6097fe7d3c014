#!/usr/bin/env bash
# JMH micro-benchmarks of the hot paths on real frames of testdata/captures (bench/jmh/.../HotPaths.java):
#   bench/jmh.sh [JMH OPTIONS...]     e.g. bench/jmh.sh -f 1 -wi 2 -i 3 HotPaths.formatOneLine
# Builds bench/jmh/target/benchmarks.jar when it is missing or older than the sources.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
JAR=bench/jmh/target/benchmarks.jar
if [ ! -f "$JAR" ] || [ -n "$(find pom.xml bom ksy capture dissectors analysis output bench/jmh/src -path '*/target' -prune -o -type f -newer "$JAR" -print -quit)" ]; then
    echo "building $JAR ..." >&2
    mvn -q -B -o -DskipTests -pl bench/jmh -am install > /dev/null 2>&1 || mvn -q -B -DskipTests -pl bench/jmh -am install
fi
exec java -Dnlscope.root="$ROOT" -jar "$JAR" "$@"
