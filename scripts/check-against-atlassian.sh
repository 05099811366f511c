#!/usr/bin/env bash
# Release gate: build against Atlassian's own Jira/JSM 11.3 artifacts (profile atlassian-sdk) and compare every member
# of the hand-written host-API surface (src/host-api/java) with the real class. Fails on any difference.
# Needs Atlassian's Maven repository; where it is out of reach (as on our build machines) it stops with exit code 2.
set -euo pipefail
cd "$(dirname "$0")/.."

repo=https://packages.atlassian.com/maven/repository/public
jira=$(sed -n 's:.*<atlassian.jira.version>\(.*\)</atlassian.jira.version>.*:\1:p' pom.xml | head -n 1)
probe="$repo/com/atlassian/jira/jira-api-bom/$jira/jira-api-bom-$jira.pom"

if ! curl -fsS -o /dev/null --max-time 20 "$probe" 2>/dev/null; then
  cat >&2 <<MSG
check-against-atlassian: Atlassian's Maven repository is out of reach from this machine
  (could not fetch $probe).
  This gate compiles against the real Jira $jira artifacts and compares them with src/host-api; it cannot run here.
  Run it on a machine that reaches $repo before a Marketplace release.
MSG
  exit 2
fi

work=target/host-api-check
rm -rf "$work" && mkdir -p "$work/surface"

echo "check-against-atlassian: compiling the app against the real Jira $jira artifacts (no host-API surface)"
mvn -B -q -P atlassian-sdk -Dmaven.test.skip=true package

echo "check-against-atlassian: resolving the real class path"
mvn -B -q -P atlassian-sdk dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$work/real.classpath"
mvn -B -q dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$work/central.classpath"

echo "check-against-atlassian: compiling the host-API surface on its own"
find src/host-api/java -name '*.java' > "$work/surface.sources"
javac -nowarn --release 17 -d "$work/surface" -cp "$(cat "$work/central.classpath")" @"$work/surface.sources"

echo "check-against-atlassian: comparing every mirrored member with the real class"
java scripts/HostApiComparison.java "$work/surface" "$(cat "$work/real.classpath")" "$(cat "$work/central.classpath")"
