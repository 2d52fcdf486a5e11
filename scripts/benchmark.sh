#!/usr/bin/env bash
# The benchmark of docs/performance.md: builds the program, then measures every figure next to its
# baseline in one run and rewrites docs/performance.md (its "## Analysis" part is kept).
# Takes about 15-20 minutes on 2 cores; --quick runs every measurement on tiny inputs (a smoke test).
#
# --only <part> runs one part (warm, cold, ingest, ledger, web, denmark, big) and replaces only its rows.
# Usage: scripts/benchmark.sh [--quick] [--only <part>]
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -DskipTests package
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
jar=$(ls target/aarsrapport-*.jar | grep -v original | head -1)
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
echo "$cp" > target/bench.classpath.full
java -cp "$cp" dk.aarsrapport.bench.Benchmark "$jar" target/bench.classpath.full docs/performance.md "$@"
