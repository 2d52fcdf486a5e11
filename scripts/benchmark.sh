#!/usr/bin/env bash
# The benchmark of docs/performance.md: builds the program, then measures every figure next to its
# baseline in one run and rewrites docs/performance.md (its "## Analysis" part is kept).
# Takes about 15-20 minutes on 2 cores; --quick runs every measurement on tiny inputs (a smoke test).
#
# --only <part> runs one part (warm, cold, ingest, ledger, web, denmark, big) and replaces only its rows.
# Usage: scripts/benchmark.sh [--quick] [--only <part>]
set -euo pipefail
cd "$(dirname "$0")/.."

# Java 25's AOT cache is measured beside Java 17's CDS archive when a JDK 25 or newer is here: AOT_JAVA, or the
# newest under /usr/lib/jvm (pom.xml, profile aot-cache)
aot_java=${AOT_JAVA:-}
if [[ -z "$aot_java" ]]; then
  newest=0
  for release in /usr/lib/jvm/*/release; do
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
    if [[ -n "$v" && "$v" -ge 25 && "$v" -gt "$newest" && -x "$(dirname "$release")/bin/java" ]]; then
      newest=$v
      aot_java="$(dirname "$release")/bin/java"
    fi
  done
fi
mvn -q -B -DskipTests ${aot_java:+-Daot.java="$aot_java"} package
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
jar=$(ls target/aarsrapport-*.jar | grep -v original | head -1)
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
echo "$cp" > target/bench.classpath.full
java ${aot_java:+-Dbench.aot.java="$aot_java"} -cp "$cp" dk.aarsrapport.bench.Benchmark "$jar" target/bench.classpath.full docs/performance.md "$@"
