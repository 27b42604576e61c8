#!/usr/bin/env bash
# Builds offline and runs the load driver in a forked JVM. Not part of the test suite.
# Usage: mtp-benchmarks/run-load.sh [--rate 200] [--duration 10m] [--warmup 30s] [--local | --urls ...] [--help]
#        mtp-benchmarks/run-load.sh --clients 1,2,4,8,16,32 --step 30s [--p99-limit 250] [--engine-baseline] [--local]
# Default: starts Kafka, the MongoDB-wire server and the four services in the driver's JVM; open loop at --rate.
# --clients/--closed: closed-loop saturation steps; ends with the "whole system" table (engine baseline, RSS, load).
#        mtp-benchmarks/run-load.sh --portal-users 20 [--portal-think 1s] [--duration 5m] [--local]
# --portal-users: the portal mix (signed-in users through the portal's pages) instead of the services' mix; without
# --local it starts the authorization server and the portal from their jars, built here first.
# Results: stdout and mtp-benchmarks/target/load-results.md (see BENCHMARKS.md, sections "Load" and "Portalen").
set -euo pipefail
if [[ " $* " == *" --portal-users "* && " $* " != *" --local "* && " $* " != *" --portal "* ]]; then
    (cd "$(dirname "$0")/.." && mvn -q -B -o -pl web-portal,mtp-local -am -DskipTests package)
fi
source "$(dirname "$0")/build-classpath.sh"
exec java -Xms1g -Xmx2g -Daxoniq.update-checker.disabled=true \
    -cp "target/classes:$(cat target/classpath.txt)" se.rjh.mtp.bench.load.LoadDriver "$@"
