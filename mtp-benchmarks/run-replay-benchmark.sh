#!/usr/bin/env bash
# How fast reporting-service takes in and replays a topic history (ReplayBenchmark, a reporting-service test main):
# publishes the events, lets the live consumer catch up, runs two replays and compares the digests.
# Usage: mtp-benchmarks/run-replay-benchmark.sh [events, default 100000] [memory|h2, default memory] [jfr]
# With "jfr" the JVM records a profile to reporting-service/target/replay.jfr; each replay line prints the window to
# pass to run-jfr-shares.sh. Builds through the reactor, so the sibling modules come from this tree, not ~/.m2.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
events="${1:-100000}"
store="${2:-memory}"
profile=()
if [[ "${3:-}" == jfr ]]; then
    profile=("-XX:StartFlightRecording=filename=$root/reporting-service/target/replay.jfr,settings=profile")
fi
mvn -q -B -o -pl reporting-service -am -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test -Daxoniq.update-checker.disabled=true
cd reporting-service
exec java -Xmx1g "${profile[@]}" -Dbench.events="$events" -Dbench.store="$store" \
    -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" se.rjh.mtp.reporting.ReplayBenchmark
