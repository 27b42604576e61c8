#!/usr/bin/env bash
# Where the CPU went in a JDK Flight Recorder file, as shares of its samples (per thread, top frame, package and
# method on the stack). Usage: mtp-benchmarks/run-jfr-shares.sh <recording.jfr> [--from EPOCH_MS] [--to EPOCH_MS]
# [--top N] [--callers TEXT] [--depth N]. Record with e.g. `jcmd <pid> JFR.start settings=profile filename=x.jfr`.
set -euo pipefail
recording="$(realpath "$1")"
shift
source "$(dirname "$0")/build-classpath.sh"
exec java -Xmx1g -cp "target/classes:$(cat target/classpath.txt)" se.rjh.mtp.bench.profile.JfrShares "$recording" "$@"
