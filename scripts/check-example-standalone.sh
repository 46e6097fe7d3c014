#!/bin/sh
# Builds examples/session-test on its own, as a user's project outside this build: the library's poms and jars
# (from `mvn package`) laid out as `mvn install` would lay them out, in a local repository of its own, so that the
# shared ~/.m2 is only read (for the third-party libraries and plugins), never written. Offline.
set -eu
cd "$(dirname "$0")/.."
m2=${M2_REPO:-$HOME/.m2/repository}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -f lib/target/nlscope-0.1.0-SNAPSHOT.jar ] || mvn -o -q -B package -DskipTests -pl lib -am
v=0.1.0-SNAPSHOT
for m in bom:nlscope-bom .:nlscope-parent ksy:nlscope-ksy capture:nlscope-capture dissectors:nlscope-dissectors \
         analysis:nlscope-analysis output:nlscope-output testing:nlscope-testing lib:nlscope; do
  d=${m%%:*} a=${m##*:}
  t=$tmp/repo/io/nlscope/$a/$v
  mkdir -p "$t"
  cp "$d/pom.xml" "$t/$a-$v.pom"
  if [ -f "$d/target/$a-$v.jar" ]; then cp "$d/target/$a-$v.jar" "$t/"; fi
done
cat > "$tmp/settings.xml" <<XML
<settings>
  <profiles><profile><id>shared</id>
    <repositories><repository><id>shared-m2</id><url>file://$m2</url></repository></repositories>
    <pluginRepositories><pluginRepository><id>shared-m2</id><url>file://$m2</url></pluginRepository></pluginRepositories>
  </profile></profiles>
  <activeProfiles><activeProfile>shared</activeProfile></activeProfiles>
</settings>
XML
cd examples/session-test
mvn -o -B -q -s "$tmp/settings.xml" -Dmaven.repo.local="$tmp/repo" -Daether.offline.protocols=file verify
echo "examples/session-test: built and tested on its own with io.nlscope:nlscope $v"
