#!/usr/bin/env bash
# Starts the whole system locally: embedded Kafka (KRaft) and MongoDB-wire server, then the four services.
# Data is kept under ./data between runs. Stop with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"
export AXONIQ_UPDATE_CHECKER_DISABLED=true
mvn -q -B -DskipTests package
exec java -Daxoniq.update-checker.disabled=true -Dlogback.configurationFile=logback-local.xml -Dmtp.home=. -jar mtp-local/target/mtp-local-exec.jar
