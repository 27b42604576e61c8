#!/usr/bin/env bash
# Starts the whole system locally: embedded Kafka (KRaft), MongoDB-wire server and SMTP server (GreenMail; its
# mailbox at http://127.0.0.1:8025/), then the four services, the local authorization server and the web portal
# (http://127.0.0.1:8080/).
# Data is kept under ./data between runs. Stop with Ctrl-C.
# Builds first when a source or pom is newer than the last build (MTP_BUILD=always|never overrides).
# JVM options: MTP_INFRA_JAVA_OPTS for the Kafka + MongoDB-wire + SMTP JVM, MTP_SERVICE_JAVA_OPTS for each service
# (defaults chosen by measurement, see BENCHMARKS.md "JVM set-up").
set -euo pipefail
cd "$(dirname "$0")"
export AXONIQ_UPDATE_CHECKER_DISABLED=true
launcher=mtp-local/target/mtp-local-exec.jar
stamp=mtp-local/target/.local-build-stamp
stale() {
    [ -f "$launcher" ] && [ -f "$stamp" ] || return 0
    for module in mtp-api mtp-platform mtp-local case-service group-service guideline-service reporting-service web-portal; do
        [ -f "$module/target/$module-exec.jar" ] || [ "$module" = mtp-api ] || [ "$module" = mtp-platform ] || return 0
    done
    [ -n "$(find pom.xml */pom.xml */src/main -newer "$stamp" -print -quit 2>/dev/null)" ]
}
case "${MTP_BUILD:-auto}" in
    always) build=yes ;;
    never) build=no ;;
    *) if stale; then build=yes; else build=no; fi ;;
esac
if [ "$build" = yes ]; then
    mvn -q -B -DskipTests package
    touch "$stamp"
fi
# Two malloc arenas instead of one per core and thread group: the JVMs' native memory stays small (BENCHMARKS.md).
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# The launcher JVM hosts the broker and the MongoDB-wire server; without a cap it would size its heap to a quarter of RAM.
# Its last three flags are LocalJvmOptions.GIVE_BACK_MEMORY, which the launcher gives every JVM it starts; this one is
# started from here, before any Java runs, so they are written out (change both together).
exec java ${MTP_INFRA_JAVA_OPTS:--Xmx256m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError -Xms32m -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=10000} -Daxoniq.update-checker.disabled=true \
    -Dlogback.configurationFile=logback-local.xml -Dmtp.home=. -jar "$launcher"
