#!/usr/bin/env bash
# Builds the benchmark offline and runs it in a forked JVM. Usage: mtp-benchmarks/run-benchmark.sh [--quick]
# Results: stdout and mtp-benchmarks/target/benchmark-results.md
set -euo pipefail
source "$(dirname "$0")/build-classpath.sh"
exec java -Xmx8g -XX:+UseParallelGC -Daxoniq.update-checker.disabled=true \
    -cp "target/classes:$(cat target/classpath.txt)" se.rjh.mtp.bench.EventStoreBenchmark "$@"
