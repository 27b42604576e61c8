# Sourced by run-benchmark.sh and run-load.sh: builds mtp-benchmarks offline, writes its class path to
# mtp-benchmarks/target/classpath.txt and leaves the shell in mtp-benchmarks, ready to start a JVM.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export AXONIQ_UPDATE_CHECKER_DISABLED=true
mvn -q -B -o -pl mtp-benchmarks -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Daxoniq.update-checker.disabled=true
cd mtp-benchmarks
