#!/usr/bin/env bash
# CPU per authentication, demo Basic users and bearer JWT. Usage: mtp-benchmarks/run-auth-benchmark.sh [iterations]
set -euo pipefail
source "$(dirname "$0")/build-classpath.sh"
exec java -Xmx512m -cp "target/classes:$(cat target/classpath.txt)" se.rjh.mtp.bench.auth.AuthBenchmark "$@"
