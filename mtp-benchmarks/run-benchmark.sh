#!/usr/bin/env bash
# Builds the benchmark offline and runs it in a forked JVM. Usage: mtp-benchmarks/run-benchmark.sh [--quick]
# Results: stdout and mtp-benchmarks/target/benchmark-results.md
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export AXONIQ_UPDATE_CHECKER_DISABLED=true
mvn -q -B -o -pl mtp-benchmarks -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Daxoniq.update-checker.disabled=true
cd mtp-benchmarks
exec java -Xmx8g -XX:+UseParallelGC -Daxoniq.update-checker.disabled=true \
    -cp "target/classes:$(cat target/classpath.txt)" se.rjh.mtp.bench.EventStoreBenchmark "$@"
